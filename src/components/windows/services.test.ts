import { describe, expect, it } from 'vitest';
import { serviceSummary, WINDOW_KINDS } from './services.ts';

describe('serviceSummary', () => {
  it('has a one-line summary for every kind in both languages', () => {
    for (const kind of WINDOW_KINDS) {
      for (const lang of ['ja', 'en'] as const) {
        const text = serviceSummary(kind, lang, 47);
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toContain('\n');
      }
    }
  });
  it('states the number of prefectures the data covers', () => {
    expect(serviceSummary('prefectural', 'ja', 47)).toContain('全国47都道府県');
    expect(serviceSummary('prefectural', 'ja', 1)).toContain('1都道府県');
    expect(serviceSummary('prefectural', 'en', 3)).toContain('3 prefectures');
  });
});
