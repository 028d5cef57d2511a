/**
 * Loaded with --import before a script's own modules (npm run validate): Node keeps their compiled code, and the
 * TypeScript stripped of its types, on disk, so the next run skips both. The cache is Node's own (in the system's
 * temp folder); a stale entry is checked and replaced by Node itself. Plain JavaScript because it runs before the
 * cache is on: as TypeScript it would load Node's type stripper (about 40 ms) for itself alone.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
