/**
 * Values every record of a list has in common (the 47 prefectural windows share one description and one
 * nationwide number): shown once above the list instead of 47 times.
 */

/** The value of `key` when at least two items all have the same defined value; otherwise undefined. */
export function sharedValue<T, K extends keyof T>(items: readonly T[], key: K): T[K] | undefined {
  if (items.length < 2) return undefined;
  const first = items[0]![key];
  if (first === undefined || first === null) return undefined;
  return items.every((item) => item[key] === first) ? first : undefined;
}

/** The item's own value when it differs from the shared one (so it is shown on the item itself). */
export function ownValue<T, K extends keyof T>(item: T, key: K, shared: T[K] | undefined): T[K] | undefined {
  return shared !== undefined && item[key] === shared ? undefined : item[key];
}
