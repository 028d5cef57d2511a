/**
 * Build phase timings for `npm run bench`: when BUILD_TIMINGS_FILE is set, the integration writes each phase's
 * seconds there as JSON. Nothing is written otherwise.
 */
import { writeFileSync } from 'node:fs';

const phases: Record<string, number> = {};

export function recordPhase(name: string, seconds: number): void {
  phases[name] = Math.round(seconds * 100) / 100;
  const file = process.env.BUILD_TIMINGS_FILE;
  if (file) writeFileSync(file, `${JSON.stringify(phases, null, 2)}\n`);
}
