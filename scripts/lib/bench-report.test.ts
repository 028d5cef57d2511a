import { describe, expect, it } from 'vitest';
import { firstResults, type Figures } from './bench-report.ts';

/** Only what firstResults reads. */
const figures = (ownMs: number[], bareApiMs: number[] | undefined, paired?: { oursFirstMs: number[]; bareMs: number[] }) =>
  ({
    queries: { firstMs: ownMs },
    ...(bareApiMs ? { bare: { apiMs: bareApiMs, ...(paired ? { paired } : {}) } } : {}),
  }) as unknown as Figures;

describe('firstResults', () => {
  it('takes both medians from the timings in turns when the run has them', () => {
    const f = figures([130, 133, 140], [70, 72, 75], { oursFirstMs: [100, 104, 110], bareMs: [76, 80, 81] });
    expect(firstResults(f)).toEqual({ ours: 104, bare: 80, inTurns: true });
  });

  it("falls back to each side's own timings without them", () => {
    expect(firstResults(figures([130, 133, 140], [70, 72, 75]))).toEqual({ ours: 133, bare: 72, inTurns: false });
  });

  it('has no bare figure without a baseline', () => {
    expect(firstResults(figures([50, 45, 60], undefined))).toEqual({ ours: 50, bare: undefined, inTurns: false });
  });
});
