/**
 * Scheduling hints for the build. On Linux a nice value belongs to a thread, and os.setPriority() without a pid
 * sets the calling thread's; elsewhere it sets the whole process's.
 */
import { getPriority, setPriority } from 'node:os';

/**
 * Lowers the calling thread's priority to `niceness` (never raises it: that needs privileges). Returns the
 * niceness it has afterwards. Failing to change it only makes the build slower, so it never throws.
 */
export function lowerThreadPriority(niceness: number): number {
  try {
    if (niceness > getPriority()) setPriority(niceness);
    return getPriority();
  } catch {
    return Number.NaN;
  }
}
