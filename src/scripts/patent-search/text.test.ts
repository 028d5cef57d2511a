import { describe, expect, it } from 'vitest';
import { emptyFilters, initialState } from './state.ts';
import { buildLabels, conditionsText, countLabel, filterValueLabel, progressMessage, resultMessage, TEXT } from './text.ts';

const fields = [{ id: 'ict', ja: '情報・通信', en: 'Information and communications' }];
const ja = buildLabels('ja', fields, { sample: 'サンプル', sampleHidden: '（実在しないデータ）' });
const en = buildLabels('en', fields, { sample: 'Sample', sampleHidden: ' (not real data)' });

describe('resultMessage', () => {
  it('says how many were found and which are shown', () => {
    expect(resultMessage('ja', 1234, { start: 20, end: 40 })).toBe('1,234件見つかりました（21〜40件目を表示）');
    expect(resultMessage('ja', 12, { start: 0, end: 12 })).toBe('12件見つかりました');
    expect(resultMessage('ja', 240, 'all')).toBe('240件見つかりました（すべて表示）');
    expect(resultMessage('en', 1, { start: 0, end: 1 })).toBe('1 result');
    expect(resultMessage('en', 35, { start: 0, end: 20 })).toBe('35 results (showing 1–20)');
    expect(resultMessage('en', 240, 'all')).toBe('240 results (all shown)');
    expect(resultMessage('ja', 0, { start: 0, end: 0 })).toBe(TEXT.ja.noResults);
    expect(resultMessage('en', 0, 'all')).toBe(TEXT.en.noResults);
  });
});

describe('labels', () => {
  it('labels filter values in the page language', () => {
    expect(filterValueLabel('field', 'ict', ja)).toBe('情報・通信');
    expect(filterValueLabel('field', 'ict', en)).toBe('Information and communications');
    expect(filterValueLabel('holder_type', 'public_research', en)).toBe('Public research institute');
    expect(filterValueLabel('license', 'assignment', ja)).toBe('譲渡');
    expect(filterValueLabel('year', '2016', ja)).toBe('2016年');
    expect(filterValueLabel('year', '2016', en)).toBe('2016');
    expect(filterValueLabel('field', 'unknown', ja)).toBe('unknown');
    expect(countLabel(1234, 'ja')).toBe('（1,234件）');
    expect(countLabel(0, 'en')).toBe(' (0)');
    expect(progressMessage('ja', 100, 2400)).toBe('100 / 2,400件を読み込みました');
    expect(progressMessage('en', 100, 2400)).toBe('Loaded 100 of 2,400');
  });
});

describe('conditionsText', () => {
  it('describes the search for print', () => {
    const state = {
      ...initialState(),
      q: 'センサ',
      filters: { ...emptyFilters(), field: ['ict'], license: ['license', 'assignment'], year: ['2016'] },
    };
    expect(conditionsText(state, ja)).toBe(
      '検索条件：キーワード「センサ」／分野：情報・通信／ライセンス形態：実施許諾、譲渡／登録年：2016年／並び順：関連度順',
    );
    expect(conditionsText({ ...state, sort: 'newest' }, en)).toBe(
      'Search: Keywords: “センサ”; Field: Information and communications; License terms: License, Assignment; Year registered: 2016; Sort by: Newest registration',
    );
    expect(conditionsText(initialState(), ja)).toBe('検索条件：条件なし（すべての開放特許）／並び順：登録日の新しい順');
  });
});
