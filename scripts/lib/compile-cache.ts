/**
 * Loaded with --import before a script's own modules (npm run validate): Node keeps their compiled code on disk,
 * so the next run skips compiling them. The cache is Node's own (in the system's temp folder); a stale entry is
 * checked and replaced by Node itself.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
