/**
 * The order in which test files start, so that a browser test file is running while the other worker goes through
 * the files that need no browser. Only one browser runs at a time (browser-slot.ts), so two browser files in a row
 * leave one worker waiting for the slot. After each browser file come other files whose expected time adds up to
 * about that file's, the slowest first, so that builds run beside the longest browser files.
 */
export interface SpreadFile<T> {
  file: T;
  usesBrowser: boolean;
  /** Expected seconds: the last run's, or a guess by kind. */
  seconds: number;
}

export function spreadBrowserFiles<T>(files: readonly SpreadFile<T>[]): T[] {
  const slowestFirst = (a: SpreadFile<T>, b: SpreadFile<T>) => b.seconds - a.seconds;
  const browser = files.filter((f) => f.usesBrowser).sort(slowestFirst);
  const other = files.filter((f) => !f.usesBrowser).sort(slowestFirst);
  const order: T[] = [];
  let next = 0;
  for (const current of browser) {
    order.push(current.file);
    for (let filled = 0; next < other.length && filled < current.seconds; next++) {
      filled += other[next]!.seconds;
      order.push(other[next]!.file);
    }
  }
  for (; next < other.length; next++) order.push(other[next]!.file);
  return order;
}
