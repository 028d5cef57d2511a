/**
 * Small deterministic pseudo-random number generator for sample-data generation.
 *
 * Uses sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) seeded through
 * splitmix32, so that neighbouring seeds (1, 2, 3, ...) give unrelated streams.
 * Never uses Math.random or the clock: the same seed always yields the same sequence.
 */

export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Element chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** `n` distinct elements (or all of them if n >= items.length), in random order. */
  sample<T>(items: readonly T[], n: number): T[];
  /** Shuffles the array in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Mixes any safe integer (including negatives and values above 2^32) into a 32-bit state. */
function seedToUint32(seed: number): number {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${String(seed)}`);
  }
  const negative = seed < 0;
  const abs = Math.abs(seed);
  const lo = abs % 0x100000000;
  const hi = Math.floor(abs / 0x100000000);
  let h = Math.imul(lo ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(hi + 0x165667b1, 0x9e3779b1);
  if (negative) h = Math.imul(h ^ 0xdeadbeef, 0x85ebca6b);
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const sm = splitmix32(seedToUint32(seed));
  let a = sm();
  let b = sm();
  let c = sm();
  let d = 1;

  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs, as recommended for sfc32.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / 4294967296;

  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`int(): max (${max}) < min (${min})`);
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick(): empty array');
    return items[Math.floor(next() * items.length)] as T;
  };

  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    if (items.length === 0) throw new RangeError('weighted(): empty array');
    let total = 0;
    for (const [, w] of items) total += w;
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  };

  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  };

  const sample = <T>(items: readonly T[], n: number): T[] => {
    const copy = items.slice();
    const k = Math.min(n, copy.length);
    // Partial Fisher–Yates: only the first k positions are needed.
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy.slice(0, k);
  };

  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick,
    weighted,
    sample,
    shuffle,
  };
}
