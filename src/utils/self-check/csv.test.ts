import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { selfCheckCsv, selfCheckFilename } from './csv.ts';

const GROUPS = [
  { id: 'secrecy', title: '秘密管理性', links: [{ text: '経済産業省：営業秘密', url: 'https://www.meti.go.jp/x' }] },
  { id: 'physical', title: '=HYPERLINK("http://evil")', links: [] },
];
const QUESTIONS = [
  { id: 'marking', group: 'secrecy', text: '「秘」の表示をしていますか。' },
  { id: 'inventory', group: 'secrecy', text: '情報を洗い出していますか, 台帳は?' },
  { id: 'locked', group: 'physical', text: '+鍵のかかる場所に保管していますか。' },
];

const rowsOf = (text: string): string[][] => parse(text.replace(/^\uFEFF/u, ''));

describe('selfCheckCsv', () => {
  it('writes a BOM, CRLF lines, a header, one row per question and a closing note, all the same width', () => {
    const text = selfCheckCsv(GROUPS, QUESTIONS, { marking: 'yes', inventory: 'partly' }, 'ja');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = rowsOf(text);
    expect(rows[0]).toEqual(['グループ', '質問ID', '質問', '回答', '結果', '次に読むページ']);
    expect(rows.slice(1, 4)).toEqual([
      ['秘密管理性', 'marking', '「秘」の表示をしていますか。', 'はい', '整っている', ''],
      [
        '秘密管理性',
        'inventory',
        '情報を洗い出していますか, 台帳は?',
        '一部',
        '次に確かめる',
        '経済産業省：営業秘密 https://www.meti.go.jp/x',
      ],
      [`'=HYPERLINK("http://evil")`, 'locked', `'+鍵のかかる場所に保管していますか。`, '', '未回答', ''],
    ]);
    expect(rows[4]![0]).toContain('法的な助言');
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([6]));
  });

  it('uses English labels on the English page', () => {
    const rows = rowsOf(selfCheckCsv(GROUPS, QUESTIONS, { locked: 'unknown' }, 'en'));
    expect(rows[0]![3]).toBe('Answer');
    expect(rows[3]!.slice(3, 5)).toEqual(['Not sure', 'Look at next']);
    expect(rows[4]![0]).toContain('not legal advice');
  });

  it('names the file by the local date', () => {
    expect(selfCheckFilename(new Date(2026, 11, 5, 23, 59))).toBe('self-check-20261205.csv');
  });
});
