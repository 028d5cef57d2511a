import { describe, expect, it } from 'vitest';
import { columnLetter, compareIssues, formatIssue, type DataIssue } from './issues.ts';
import { schemaMessage, fileMessages, quote } from './messages.ts';

const dateIssue: DataIssue = {
  file: 'data/seminars.csv',
  line: 12,
  column: 5,
  field: 'date',
  message: schemaMessage({ key: 'date', value: '2015.4.17' }),
};

describe('formatIssue', () => {
  it('writes file:line:col, then the row and column letter as Excel shows them, then ja / en by default', () => {
    expect(formatIssue(dateIssue)).toBe(
      'data/seminars.csv:12:5: 12行目・E列（date）: "2015.4.17" は YYYY-MM-DD 形式の日付ではありません（2015-04-17 の誤りでは？） / "2015.4.17" is not a date in YYYY-MM-DD form (did you mean 2015-04-17?)',
    );
    expect(formatIssue(dateIssue, 'both')).toBe(formatIssue(dateIssue));
  });

  it('writes only Japanese with ja', () => {
    expect(formatIssue(dateIssue, 'ja')).toBe('data/seminars.csv:12:5: 12行目・E列（date）: "2015.4.17" は YYYY-MM-DD 形式の日付ではありません（2015-04-17 の誤りでは？）');
  });

  it('writes only English with en', () => {
    expect(formatIssue(dateIssue, 'en')).toBe('data/seminars.csv:12:5: row 12, column E (date): "2015.4.17" is not a date in YYYY-MM-DD form (did you mean 2015-04-17?)');
  });

  it("names Excel's row, which differs from the line after a line break inside a quoted cell", () => {
    expect(formatIssue({ ...dateIssue, line: 43, row: 42 }, 'ja')).toMatch(/^data\/seminars\.csv:43:5: 42行目・E列（date）: /u);
  });

  it('leaves out the column when there is none', () => {
    const issue: DataIssue = { file: 'data/seminars.csv', line: 1, field: 'title', message: fileMessages.missingColumn('title') };
    expect(formatIssue(issue, 'en')).toBe('data/seminars.csv:1: row 1 (title): required column "title" is missing from the header row');
    expect(formatIssue(issue, 'ja')).toBe('data/seminars.csv:1: 1行目（title）: 必須の列 "title" が見出し行にありません');
  });

  it('leaves out the field when there is none', () => {
    const issue: DataIssue = { file: 'data/seminars.csv', line: 4, message: fileMessages.fieldCount(16, 15) };
    expect(formatIssue(issue, 'en')).toBe(
      'data/seminars.csv:4: row 4: this row has 16 fields but the header has 15; look for a missing or extra comma, or a comma or line break outside quotes',
    );
    expect(formatIssue(issue, 'ja')).toMatch(/^data\/seminars\.csv:4: 4行目: この行は 16 項目ですが、見出しは 15 列です。/u);
  });

  it('writes only the file when there is no line, and never a column without a line', () => {
    const missing: DataIssue = { file: 'data/windows.csv', message: fileMessages.missingFile() };
    expect(formatIssue(missing, 'en')).toBe('data/windows.csv: file not found (docs/data.md lists where each file goes)');
    expect(formatIssue(missing)).toBe('data/windows.csv: ファイルがありません（置き場所は docs/data.md を参照） / file not found (docs/data.md lists where each file goes)');
    expect(formatIssue({ ...missing, column: 3 }, 'en')).toBe('data/windows.csv: file not found (docs/data.md lists where each file goes)');
  });

  it('keeps the field without a line', () => {
    const issue: DataIssue = { file: 'data/statistics/a.csv', field: 'year', message: { ja: 'ja', en: 'en' } };
    expect(formatIssue(issue, 'en')).toBe('data/statistics/a.csv: year: en');
    expect(formatIssue(issue, 'ja')).toBe('data/statistics/a.csv: year: ja');
    expect(formatIssue(issue, 'both')).toBe('data/statistics/a.csv: year: ja / en');
  });

  it('writes YAML paths as the field', () => {
    const issue: DataIssue = { file: 'data/faq/basics.yaml', line: 9, column: 5, field: 'items[0].anwser_en', message: fileMessages.unknownKey('anwser_en', 'answer_en') };
    expect(formatIssue(issue, 'en')).toBe('data/faq/basics.yaml:9:5: items[0].anwser_en: unknown key "anwser_en" (its value would be lost) (did you mean answer_en?)');
  });
});

describe('columnLetter', () => {
  it('counts columns as Excel letters them', () => {
    expect([1, 5, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'E', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('compareIssues', () => {
  it('orders by file, then line, then column, with file-level issues first', () => {
    const issues: DataIssue[] = [
      { file: 'data/windows.csv', line: 2, column: 3, message: { ja: '', en: 'w' } },
      { file: 'data/seminars.csv', line: 10, column: 1, message: { ja: '', en: 's10' } },
      { file: 'data/seminars.csv', line: 2, column: 9, message: { ja: '', en: 's2c9' } },
      { file: 'data/seminars.csv', line: 2, column: 4, message: { ja: '', en: 's2c4' } },
      { file: 'data/seminars.csv', line: 2, message: { ja: '', en: 's2' } },
      { file: 'data/seminars.csv', message: { ja: '', en: 's' } },
      { file: 'data/cases.yaml', line: 40, message: { ja: '', en: 'c' } },
    ];
    expect([...issues].sort(compareIssues).map((issue) => issue.message.en)).toEqual(['c', 's', 's2', 's2c4', 's2c9', 's10', 'w']);
  });
});

describe('quote', () => {
  it('quotes text and shortens long values', () => {
    expect(quote('2015/4/17')).toBe('"2015/4/17"');
    expect(quote(12)).toBe('"12"');
    expect(quote('あ'.repeat(80))).toBe(`"${'あ'.repeat(57)}…"`);
  });

  it('shows a YAML mapping or list as its JSON, without escaping it again', () => {
    expect(quote({ first: '権利化' })).toBe('{"first":"権利化"}');
    expect(quote(['a', 'b'])).toBe('["a","b"]');
  });
});
