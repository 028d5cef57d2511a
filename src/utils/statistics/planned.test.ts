import { describe, expect, it } from 'vitest';
import { formatPlanned, parsePlanned, plannedCell, plannedNote, plannedWord } from './planned.ts';

describe('parsePlanned', () => {
  it('reads a number with （予定） or （計画）, an optional 以上, thousands separators and spaces (after NFKC)', () => {
    expect(parsePlanned('20(予定)')).toEqual({ value: 20, atLeast: false, word: '予定' });
    expect(parsePlanned('20以上(計画)')).toEqual({ value: 20, atLeast: true, word: '計画' });
    expect(parsePlanned('1,200 以上 ( 予定 )')).toEqual({ value: 1200, atLeast: true, word: '予定' });
    expect(parsePlanned('2.5(予定)')).toEqual({ value: 2.5, atLeast: false, word: '予定' });
  });

  it('rejects other markers and plain numbers (those are results)', () => {
    for (const cell of ['20', '※20', '20(見込み)', '20予定', '(予定)', '20以上', '20(予定)です', '1,20(予定)'])
      expect(parsePlanned(cell), cell).toBeUndefined();
  });
});

describe('formatting', () => {
  const plan = { value: 1200, atLeast: true, word: '計画' } as const;
  it('shows the word and 以上 in Japanese, "or more (planned)" in English, with the unit after the number', () => {
    expect(formatPlanned(plan, 'ja')).toBe('1,200以上（計画）');
    expect(formatPlanned(plan, 'ja', '箇所')).toBe('1,200箇所以上（計画）');
    expect(formatPlanned({ ...plan, atLeast: false, word: '予定' }, 'ja', '回')).toBe('1,200回（予定）');
    expect(formatPlanned(plan, 'en', 'locations')).toBe('1,200 locations or more (planned)');
    expect(formatPlanned({ ...plan, atLeast: false }, 'en')).toBe('1,200 (planned)');
    expect(plannedWord(plan, 'ja')).toBe('計画');
    expect(plannedWord(plan, 'en')).toBe('planned');
  });

  it('writes the cell back as staff write it, which reads again as the same value', () => {
    expect(plannedCell(plan)).toBe('1200以上（計画）');
    expect(parsePlanned(plannedCell(plan).normalize('NFKC'))).toEqual(plan);
  });

  it('names the words used in a table, and nothing without planned figures', () => {
    const rows = [
      { planned: [null, { value: 1, atLeast: false, word: '予定' as const }] },
      { planned: [{ value: 2, atLeast: true, word: '計画' as const }] },
    ];
    expect(plannedNote(rows, 'ja')).toBe('「（予定）」・「（計画）」の値は予定・計画の数で、実績ではありません。');
    expect(plannedNote(rows.slice(0, 1), 'ja')).toBe('「（予定）」の値は予定の数で、実績ではありません。');
    expect(plannedNote(rows, 'en')).toBe('Figures marked "(planned)" are plans, not results.');
    expect(plannedNote([{}, { planned: [null] }], 'ja')).toBeUndefined();
  });
});
