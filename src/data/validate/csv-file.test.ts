import { describe, expect, it } from 'vitest';
import { columnsOf, findDuplicates, validateCsvText, type CsvFileResult } from './csv-file.ts';
import type { DataIssue } from './issues.ts';
import { seminarSchema, type SeminarRow } from '../schemas/seminar.ts';
import { patentSchema, type PatentRow } from '../schemas/patent.ts';
import { windowSchema, type WindowRow } from '../schemas/window.ts';

const SEMINARS = 'data/seminars.csv';
const PATENTS = 'data/patents.csv';
const WINDOWS = 'data/windows.csv';

/** Quotes a cell the way Excel does when it holds a comma, quote or line break. */
const cell = (value: string) => (/[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const csvLine = (columns: readonly string[], values: Record<string, string>) => columns.map((column) => cell(values[column] ?? '')).join(',');

const SEMINAR_COLUMNS = [
  'id', 'series', 'title', 'date', 'weekday', 'start_time', 'end_time', 'prefecture', 'venue', 'format',
  'capacity', 'fee', 'status', 'registration_url', 'sample',
] as const;
const GOOD_SEMINAR: Record<string, string> = {
  id: 'fy2015-tokyo-1',
  series: '営業秘密・知財戦略セミナー',
  title: '営業秘密の基礎',
  date: '2015-04-17',
  weekday: '金',
  start_time: '13:30',
  end_time: '15:00',
  prefecture: '東京都',
  venue: 'INPIT 会議室',
  format: 'in_person',
  capacity: '100',
  fee: '0',
  status: 'scheduled',
  registration_url: 'https://www.inpit.go.jp/',
  sample: '',
};
/** A seminars.csv with a header and one line per row; each row is the good row with some cells changed. */
function seminars(...rows: Record<string, string>[]): string {
  return [SEMINAR_COLUMNS.join(','), ...rows.map((row, index) => csvLine(SEMINAR_COLUMNS, { ...GOOD_SEMINAR, id: `s-${index + 1}`, ...row }))].join('\n') + '\n';
}
const seminarColumn = (name: (typeof SEMINAR_COLUMNS)[number]) => SEMINAR_COLUMNS.indexOf(name) + 1;
const checkSeminars = (text: string) => validateCsvText(SEMINARS, text, seminarSchema);

const PATENT_COLUMNS = [
  'license_no', 'title', 'summary', 'field', 'holder', 'holder_type', 'application_no', 'patent_no', 'ipc',
  'license_terms', 'keywords', 'registered', 'updated', 'sample',
] as const;
const GOOD_PATENT: Record<string, string> = {
  license_no: 'L2016001200',
  title: '切削装置',
  summary: '切削屑を減らす装置。',
  field: 'machinery',
  holder: 'テスト工業株式会社',
  holder_type: 'company',
  application_no: '特願2012-123456',
  patent_no: '特許第5946067号',
  ipc: 'B23B 27/00;B23Q 11/00',
  license_terms: 'license',
  keywords: '切削;センサー',
  registered: '2016-04-01',
  updated: '2016-05-10',
  sample: '',
};
function patents(...rows: Record<string, string>[]): string {
  return [PATENT_COLUMNS.join(','), ...rows.map((row, index) => csvLine(PATENT_COLUMNS, { ...GOOD_PATENT, license_no: `L201600${String(1200 + index).padStart(4, '0')}`, ...row }))].join('\n') + '\n';
}
const patentColumn = (name: (typeof PATENT_COLUMNS)[number]) => PATENT_COLUMNS.indexOf(name) + 1;
const checkPatents = (text: string) => validateCsvText(PATENTS, text, patentSchema);

const WINDOW_COLUMNS = ['id', 'kind', 'order', 'name', 'prefecture', 'scope', 'phone', 'email', 'url'] as const;
const GOOD_WINDOW: Record<string, string> = {
  id: 'chizai-tokyo',
  kind: 'prefectural',
  order: '10',
  name: '知財総合支援窓口（東京都）',
  prefecture: '東京都',
  scope: '知財の悩み相談',
  phone: '03-3581-1101（内線3844）',
  email: 'trade-secret@inpit.jp.go.jp',
  url: 'https://chizai-portal.inpit.go.jp/',
};
function windows(...rows: Record<string, string>[]): string {
  return [WINDOW_COLUMNS.join(','), ...rows.map((row, index) => csvLine(WINDOW_COLUMNS, { ...GOOD_WINDOW, id: `w-${index + 1}`, ...row }))].join('\n') + '\n';
}
const windowColumn = (name: (typeof WINDOW_COLUMNS)[number]) => WINDOW_COLUMNS.indexOf(name) + 1;
const checkWindows = (text: string) => validateCsvText(WINDOWS, text, windowSchema);

/** The one issue a result has (fails, listing them, when there are more or none). */
function single(result: { issues: DataIssue[] }): DataIssue {
  expect(result.issues, JSON.stringify(result.issues, null, 2)).toHaveLength(1);
  return result.issues[0]!;
}
function expectNoIssues(result: { issues: DataIssue[] }) {
  expect(result.issues, JSON.stringify(result.issues, null, 2)).toEqual([]);
}

describe('validateCsvText: a valid file', () => {
  it('accepts the good rows and returns them with their lines', () => {
    const result = checkSeminars(seminars({}, { format: 'online', venue: '' }));
    expectNoIssues(result);
    expect(result.rowCount).toBe(2);
    expect(result.header).toEqual([...SEMINAR_COLUMNS]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 3]);
    expect(result.rows[0]!.value).toMatchObject({ id: 's-1', date: '2015-04-17', capacity: 100, fee: 0, status: 'scheduled', sample: false });
  });

  it('knows which columns are required', () => {
    expect(columnsOf(seminarSchema).required).toEqual(['id', 'series', 'title', 'date', 'prefecture', 'format']);
    expect(columnsOf(patentSchema).required).toEqual(['license_no', 'title', 'summary', 'field', 'holder', 'holder_type', 'license_terms', 'registered']);
  });
});

describe('validateCsvText: header', () => {
  it('reports a missing required column once, at the header, not on every row', () => {
    const columns = SEMINAR_COLUMNS.filter((column) => column !== 'title');
    const text = [columns.join(','), csvLine(columns, GOOD_SEMINAR), csvLine(columns, { ...GOOD_SEMINAR, id: 's-2' }), csvLine(columns, { ...GOOD_SEMINAR, id: 's-3' })].join('\n');
    const result = checkSeminars(text);
    const issue = single(result);
    expect(issue).toEqual({ file: SEMINARS, line: 1, row: 1, field: 'title', message: expect.any(Object) });
    expect(issue.message.en).toBe('required column "title" is missing from the header row');
    expect(issue.message.ja).toBe('必須の列 "title" が見出し行にありません');
    expect(result.rows).toEqual([]);
    expect(result.rowCount).toBe(3);
  });

  it('reports an unknown column at its header cell with the nearest name', () => {
    const columns = SEMINAR_COLUMNS.map((column) => (column === 'title' ? 'titel' : column));
    const result = checkSeminars([columns.join(','), csvLine(SEMINAR_COLUMNS, GOOD_SEMINAR)].join('\n'));
    const unknown = result.issues.find((issue) => issue.field === 'titel')!;
    expect(unknown).toMatchObject({ file: SEMINARS, line: 1, column: 3, field: 'titel' });
    expect(unknown.message.en).toContain('unknown column "titel"');
    expect(unknown.message.en).toContain('(did you mean title?)');
    expect(unknown.message.ja).toContain('列 "titel" は使えません');
    expect(unknown.message.ja).toContain('（title の誤りでは？）');
    // title itself is now missing: said once, at the header.
    expect(result.issues.filter((issue) => issue.field === 'title')).toEqual([expect.objectContaining({ line: 1, field: 'title' })]);
    expect(result.issues).toHaveLength(2);
    expect(result.rows).toEqual([]);
  });

  it('gives no suggestion for an unknown column that is like nothing known', () => {
    const result = checkSeminars(`${SEMINAR_COLUMNS.join(',')},zzzzzzzz\n${csvLine(SEMINAR_COLUMNS, GOOD_SEMINAR)},x\n`);
    const issue = single(result);
    expect(issue).toMatchObject({ line: 1, column: 16, field: 'zzzzzzzz' });
    expect(issue.message.en).not.toContain('did you mean');
    expect(issue.message.ja).not.toContain('誤りでは');
    expect(result.rows).toEqual([]);
  });

  it('reads header names case- and width-insensitively, with ideographic spaces trimmed', () => {
    const header = SEMINAR_COLUMNS.map((column) => (column === 'title' ? '\u3000ＴＩＴＬＥ\u3000' : column === 'id' ? 'ID' : column)).join(',');
    const result = checkSeminars(`${header}\n${csvLine(SEMINAR_COLUMNS, GOOD_SEMINAR)}\n`);
    expectNoIssues(result);
    expect(result.header[0]).toBe('id');
    expect(result.header[2]).toBe('title');
  });

  it('reports an empty header cell by its column number', () => {
    const result = checkSeminars(`${SEMINAR_COLUMNS.join(',')},\n${csvLine(SEMINAR_COLUMNS, GOOD_SEMINAR)},memo\n`);
    const issue = single(result);
    expect(issue).toEqual({ file: SEMINARS, line: 1, row: 1, column: 16, message: expect.any(Object) });
    expect(issue.message.en).toBe('column 16 has no name in the header row; name it or delete the column');
    expect(issue.message.ja).toBe('16列目の見出しが空です。列名を書くか、不要な列を削除してください');
    expect(result.rows).toEqual([]);
  });

  it('reports a duplicated header at its second occurrence, naming the first', () => {
    const result = checkSeminars(`${SEMINAR_COLUMNS.join(',')},fee\n${csvLine(SEMINAR_COLUMNS, GOOD_SEMINAR)},500\n`);
    const issue = single(result);
    expect(issue).toMatchObject({ file: SEMINARS, line: 1, column: 16, field: 'fee' });
    expect(issue.message.en).toBe('column "fee" appears twice (also column 12)');
    expect(issue.message.ja).toBe('列 "fee" が2回あります（12列目と重複）');
    expect(result.rows).toEqual([]);
  });

  it('reports an empty file at line 1', () => {
    const issue = single(checkSeminars(''));
    expect(issue).toMatchObject({ file: SEMINARS, line: 1 });
    expect(issue.message.en).toContain('the file is empty; a header row is needed');
    expect(issue.message.ja).toContain('ファイルが空です');
  });
});

describe('validateCsvText: reserved seminar ids', () => {
  it('rejects an id that would collide with a page under /seminars/', () => {
    const result = checkSeminars(seminars({ id: 'regions' }));
    expect(result.issues).toEqual([
      expect.objectContaining({ file: SEMINARS, line: 2, column: seminarColumn('id'), field: 'id' }),
    ]);
    expect(result.issues[0]!.message.en).toBe('"regions" cannot be an id: it would collide with the page /seminars/regions/; choose another id');
  });
});

describe('validateCsvText: required and typed values', () => {
  it('reports a required field left empty at its cell', () => {
    const issue = single(checkSeminars(seminars({ title: '' })));
    expect(issue).toEqual({ file: SEMINARS, line: 2, row: 2, column: seminarColumn('title'), field: 'title', message: expect.any(Object) });
    expect(issue.message.en).toBe('is required but empty');
    expect(issue.message.ja).toBe('必須項目が空です。値を入力してください');
  });

  it('treats a cell of ideographic spaces as empty', () => {
    expect(single(checkSeminars(seminars({ series: '\u3000\u3000' })))).toMatchObject({ line: 2, column: seminarColumn('series'), field: 'series' });
  });

  it('rejects a capacity that is not a whole number', () => {
    const issue = single(checkSeminars(seminars({ capacity: 'abc' })));
    expect(issue).toMatchObject({ file: SEMINARS, line: 2, column: seminarColumn('capacity'), field: 'capacity' });
    expect(issue.message.en).toBe('"abc" is not a whole number; write digits only, without units');
    expect(issue.message.ja).toBe('"abc" は整数ではありません。数字だけを書いてください（単位は不要）');
  });

  it('rejects units and decimals in a number', () => {
    const result = checkSeminars(seminars({ capacity: '100名' }, { capacity: '1.5' }));
    expect(result.issues.map((issue) => [issue.line, issue.field, issue.message.en])).toEqual([
      [2, 'capacity', '"100名" is not a whole number; write digits only, without units (did you mean 100?)'],
      [3, 'capacity', '"1.5" is not a whole number; write digits only, without units'],
    ]);
  });

  it('rejects a negative fee, naming the minimum', () => {
    const issue = single(checkSeminars(seminars({ fee: '-5' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('fee'), field: 'fee' });
    expect(issue.message.en).toBe('"-5" must be at least 0');
    expect(issue.message.ja).toBe('"-5" は 0 以上の数にしてください');
  });

  it('rejects a capacity of 0 (at least 1 person)', () => {
    const issue = single(checkSeminars(seminars({ capacity: '0' })));
    expect(issue).toMatchObject({ line: 2, field: 'capacity' });
    expect(issue.message.en).toBe('"0" must be at least 1');
    expect(issue.message.ja).toBe('"0" は 1 以上の数にしてください');
  });
});

describe('validateCsvText: dates and times', () => {
  it('accepts the dates Excel writes (2015/4/17, 2015/04/17) as 2015-04-17', () => {
    const result = checkSeminars(seminars({ date: '2015/4/17' }, { date: '2015/04/17' }, { date: '２０１５/４/１７' }));
    expectNoIssues(result);
    expect(result.rows.map((row) => row.value.date)).toEqual(['2015-04-17', '2015-04-17', '2015-04-17']);
  });

  it('rejects 2015.4.17 and suggests 2015-04-17', () => {
    const issue = single(checkSeminars(seminars({ date: '2015.4.17' })));
    expect(issue).toMatchObject({ file: SEMINARS, line: 2, column: 4, field: 'date' });
    expect(issue.message.en).toBe('"2015.4.17" is not a date in YYYY-MM-DD form (did you mean 2015-04-17?)');
    expect(issue.message.ja).toBe('"2015.4.17" は YYYY-MM-DD 形式の日付ではありません（2015-04-17 の誤りでは？）');
  });

  it('rejects an impossible Excel date (2015/2/30) as impossible, not as a form', () => {
    const issue = single(checkSeminars(seminars({ date: '2015/2/30', weekday: '' })));
    expect(issue.message.en).toBe('"2015/2/30" is not a date in YYYY-MM-DD form');
  });

  it('names the date an Excel serial number stands for and how to keep the column as text', () => {
    const issue = single(checkSeminars(seminars({ date: '42111', weekday: '' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('date'), field: 'date' });
    expect(issue.message.ja).toContain('"42111" は Excel が日付を数値（シリアル値）で保存したもので、2015-04-17 を表します');
    expect(issue.message.ja).toContain('「セルの書式設定」→「文字列」');
    expect(issue.message.en).toContain('Excel serial number for the date 2015-04-17');
  });

  it('names both readings of a day and month written before the year, or the one that is a date', () => {
    const [ambiguous, clear] = checkSeminars(seminars({ date: '5/6/2015', weekday: '' }, { date: '4/17/2015', weekday: '' })).issues;
    expect(ambiguous!.message.ja).toContain('月/日/年 なら 2015-05-06、日/月/年 なら 2015-06-05 です');
    expect(ambiguous!.message.en).toContain('as month/day/year it is 2015-05-06, as day/month/year 2015-06-05');
    expect(clear!.message.en).toBe('"4/17/2015" is not a date in YYYY-MM-DD form (did you mean 2015-04-17?)');
  });

  it('rejects a 和暦 date and suggests the western one', () => {
    const issue = single(checkSeminars(seminars({ date: '平成27年4月17日' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('date'), field: 'date' });
    expect(issue.message.en).toContain('"平成27年4月17日" is not a date in YYYY-MM-DD form');
    expect(issue.message.en).toContain('(did you mean 2015-04-17?)');
    expect(issue.message.ja).toContain('（2015-04-17 の誤りでは？）');
  });

  it('gives no suggestion for text that is no date at all', () => {
    const issue = single(checkSeminars(seminars({ date: '未定', weekday: '' })));
    expect(issue.message.en).toBe('"未定" is not a date in YYYY-MM-DD form');
    expect(issue.message.ja).toBe('"未定" は YYYY-MM-DD 形式の日付ではありません');
  });

  it('rejects an impossible date such as 2015-02-30', () => {
    const issue = single(checkSeminars(seminars({ date: '2015-02-30', weekday: '' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('date'), field: 'date' });
    expect(issue.message.en).toBe('"2015-02-30" is not a real calendar date');
    expect(issue.message.ja).toContain('"2015-02-30" は存在しない日付です');
  });

  it('does not claim a weekday mismatch for an impossible date', () => {
    expect(single(checkSeminars(seminars({ date: '2015-02-30', weekday: '月' }))).field).toBe('date');
  });

  it('reports a weekday that does not match the date (the seed slip: 2015-06-24 is a Wednesday)', () => {
    const issue = single(checkSeminars(seminars({ date: '2015-06-24', weekday: '木' })));
    expect(issue).toMatchObject({ file: SEMINARS, line: 2, column: seminarColumn('weekday'), field: 'weekday' });
    expect(issue.message.ja).toContain('"木" は 2015-06-24 の曜日と一致しません（2015-06-24 は水曜日です）');
    expect(issue.message.en).toContain('"木" does not match the date: 2015-06-24 is a 水曜日');
  });

  it('accepts the weekday written as 木曜, 木曜日, (木) or （木）', () => {
    expectNoIssues(checkSeminars(seminars(...['木曜', '木曜日', '(木)', '（木）', '木'].map((weekday) => ({ date: '2015-06-25', weekday })))));
  });

  it('rejects a weekday that is no weekday', () => {
    const issue = single(checkSeminars(seminars({ weekday: 'Fri' })));
    expect(issue).toMatchObject({ line: 2, field: 'weekday' });
    expect(issue.message.en).toBe('"Fri" is not a weekday; write one of 月 火 水 木 金 土 日');
    expect(issue.message.ja).toContain('"Fri" は曜日ではありません');
  });

  it('reports an end time that is not after the start time, at end_time', () => {
    const result = checkSeminars(seminars({ start_time: '15:00', end_time: '13:30' }, { start_time: '13:30', end_time: '13:30' }));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [2, seminarColumn('end_time'), 'end_time'],
      [3, seminarColumn('end_time'), 'end_time'],
    ]);
    expect(result.issues[0]!.message.en).toBe('end time "13:30" is not after the start time 15:00');
    expect(result.issues[0]!.message.ja).toBe('終了時刻 "13:30" が開始時刻 15:00 より後になっていません');
  });

  it('reports end_time without start_time at start_time', () => {
    const issue = single(checkSeminars(seminars({ start_time: '', end_time: '15:00' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('start_time'), field: 'start_time' });
    expect(issue.message.en).toBe('is empty while end_time is given');
    expect(issue.message.ja).toBe('end_time があるのに start_time が空です');
  });

  it('accepts start_time alone', () => {
    expectNoIssues(checkSeminars(seminars({ end_time: '' })));
  });

  it('accepts the times Excel writes (9:30, 9:30:00) as 09:30', () => {
    const result = checkSeminars(seminars({ start_time: '9:30', end_time: '12:00:00' }, { start_time: '９:３０', end_time: '' }));
    expectNoIssues(result);
    expect(result.rows.map((row) => [row.value.start_time, row.value.end_time])).toEqual([
      ['09:30', '12:00'],
      ['09:30', undefined],
    ]);
  });

  it('rejects a time out of range or in another form, suggesting a fix where it can', () => {
    const result = checkSeminars(seminars({ start_time: '9時', end_time: '' }, { start_time: '13時30分', end_time: '' }, { start_time: '24:00', end_time: '' }, { start_time: '9:30:15', end_time: '' }));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [2, 6, 'start_time'],
      [3, 6, 'start_time'],
      [4, 6, 'start_time'],
      [5, 6, 'start_time'],
    ]);
    expect(result.issues[0]!.message.en).toBe('"9時" is not a time in HH:MM form (00:00–23:59) (did you mean 09:00?)');
    expect(result.issues[0]!.message.ja).toContain('（09:00 の誤りでは？）');
    expect(result.issues[1]!.message.en).toContain('(did you mean 13:30?)');
    expect(result.issues[2]!.message.en).toBe('"24:00" is not a time in HH:MM form (00:00–23:59)');
    expect(result.issues[3]!.message.en).toBe('"9:30:15" is not a time in HH:MM form (00:00–23:59)');
  });

  it('names the time an Excel day fraction stands for', () => {
    const issue = single(checkSeminars(seminars({ start_time: '0.5625', end_time: '' })));
    expect(issue.message.ja).toContain('13:30 を表します');
    expect(issue.message.en).toContain('Excel serial number for the time 13:30');
  });

  it('reports a mistyped start time once, not again as an end time that is out of order', () => {
    const issue = single(checkSeminars(seminars({ start_time: '25:00', end_time: '16:00' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('start_time'), field: 'start_time' });
    expect(issue.message.en).toContain('"25:00" is not a time in HH:MM form');
  });
});

describe('validateCsvText: venue, prefecture, URLs, enums', () => {
  it('requires a venue for in_person and hybrid sessions', () => {
    const result = checkSeminars(seminars({ venue: '', format: 'in_person' }, { venue: '', format: 'hybrid' }));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [2, seminarColumn('venue'), 'venue'],
      [3, seminarColumn('venue'), 'venue'],
    ]);
    expect(result.issues[0]!.message.en).toBe('is required unless the format is online');
    expect(result.issues[0]!.message.ja).toBe('会場開催（in_person / hybrid）では会場名が必須です');
  });

  it('does not require a venue for online sessions', () => {
    const result = checkSeminars(seminars({ venue: '', format: 'online' }));
    expectNoIssues(result);
    expect(result.rows[0]!.value.venue).toBeUndefined();
  });

  it('rejects an unknown prefecture and suggests the nearest', () => {
    const issue = single(checkSeminars(seminars({ prefecture: '東亰都' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('prefecture'), field: 'prefecture' });
    expect(issue.message.en).toBe('"東亰都" is not one of the 47 prefectures (e.g. 東京都, 東京, 大阪府) (did you mean 東京都?)');
    expect(issue.message.ja).toContain('"東亰都" は都道府県名ではありません');
    expect(issue.message.ja).toContain('（東京都 の誤りでは？）');
  });

  it('normalizes short prefecture names (東京 → 東京都, 大阪 → 大阪府)', () => {
    const result = checkSeminars(seminars({ prefecture: '東京' }, { prefecture: '大阪' }, { prefecture: '北海道' }));
    expectNoIssues(result);
    expect(result.rows.map((row) => row.value.prefecture)).toEqual(['東京都', '大阪府', '北海道']);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///C:/secret.txt', '/seminars/2015/'])(
    'rejects the unsafe or relative URL %s',
    (url) => {
      const issue = single(checkSeminars(seminars({ registration_url: url })));
      expect(issue).toMatchObject({ file: SEMINARS, line: 2, column: seminarColumn('registration_url'), field: 'registration_url' });
      expect(issue.message.en).toBe(`${JSON.stringify(url)} is not a safe link; only https:, http: and mailto: URLs are allowed`);
      expect(issue.message.ja).toContain('は使えないURLです');
    },
  );

  it('accepts https, http and mailto links', () => {
    const result = checkSeminars(
      seminars({ registration_url: 'https://www.inpit.go.jp/katsuyo/' }, { registration_url: 'http://example.jp/a?b=c' }, { registration_url: 'mailto:trade-secret@inpit.jp.go.jp' }),
    );
    expectNoIssues(result);
    expect(result.rows).toHaveLength(3);
  });

  it('rejects an enum value and suggests the nearest (inperson → in_person)', () => {
    const issue = single(checkSeminars(seminars({ format: 'inperson' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('format'), field: 'format' });
    expect(issue.message.en).toBe('"inperson" is not allowed; expected one of in_person, online, hybrid (did you mean in_person?)');
    expect(issue.message.ja).toBe('"inperson" は使えません。次のいずれかを書いてください: in_person, online, hybrid（in_person の誤りでは？）');
  });

  it('accepts enum values in any case and width', () => {
    const result = checkSeminars(seminars({ status: 'Full' }, { format: 'ＯＮＬＩＮＥ', venue: '' }));
    expectNoIssues(result);
    expect(result.rows.map((row) => [row.value.status, row.value.format])).toEqual([
      ['full', 'in_person'],
      ['scheduled', 'online'],
    ]);
  });

  it('rejects a bad id and suggests one', () => {
    const issue = single(checkSeminars(seminars({ id: 'FY2015 Tokyo_1' })));
    expect(issue).toMatchObject({ line: 2, column: 1, field: 'id' });
    expect(issue.message.en).toContain('"FY2015 Tokyo_1" is not a valid id');
    expect(issue.message.en).toContain('(did you mean fy2015-tokyo-1?)');
  });

  it('requires a prefecture for prefectural windows only (windows.csv)', () => {
    const result = checkWindows(windows({ prefecture: '' }, { kind: 'overseas', prefecture: '' }));
    const issue = single(result);
    expect(issue).toMatchObject({ file: WINDOWS, line: 2, column: windowColumn('prefecture'), field: 'prefecture' });
    expect(issue.message.en).toBe('is required when kind is prefectural');
    expect(issue.message.ja).toBe('kind が prefectural の窓口では都道府県が必須です');
  });

  it('checks phone, email and url in windows.csv', () => {
    const result = checkWindows(windows({ phone: 'なし', email: 'a@b', url: 'javascript:void(0)', kind: 'trade-secret' }));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [2, windowColumn('kind'), 'kind'],
      [2, windowColumn('phone'), 'phone'],
      [2, windowColumn('email'), 'email'],
      [2, windowColumn('url'), 'url'],
    ]);
    expect(result.issues[0]!.message.en).toContain('(did you mean trade_secret?)');
    expect(result.issues[1]!.message.en).toContain('"なし" is not a phone number');
    expect(result.issues[2]!.message.en).toBe('"a@b" is not an email address');
    expect(result.issues[3]!.message.ja).toContain('"javascript:void(0)" は使えないURLです');
  });

  it('defaults the window order to 100', () => {
    const result = checkWindows(windows({ order: '' }));
    expectNoIssues(result);
    expect(result.rows[0]!.value.order).toBe(100);
  });
});

describe('validateCsvText: fixes where one is obvious', () => {
  it('suggests https:// for a URL without a scheme, and mailto: for an address', () => {
    const [bare, path, mail] = checkSeminars(seminars({ registration_url: 'www.inpit.go.jp' }, { registration_url: 'www.inpit.go.jp/seminar/' }, { registration_url: 'info@inpit.go.jp' })).issues;
    expect(bare!.message.ja).toBe('"www.inpit.go.jp" は使えないURLです。https:// または http:// で始まるURL、または mailto: のみ使えます（https://www.inpit.go.jp の誤りでは？）');
    expect(path!.message.en).toContain('(did you mean https://www.inpit.go.jp/seminar/?)');
    expect(mail!.message.en).toContain('(did you mean mailto:info@inpit.go.jp?)');
  });

  it('suggests the code value for the Japanese word staff write (会場 → in_person, 中止 → cancelled)', () => {
    const issues = checkSeminars(seminars({ format: '会場' }, { format: 'オンライン' }, { format: '併用' }, { status: '中止' }, { status: '満席' })).issues;
    expect(issues.map((issue) => /did you mean (\S+)\?/u.exec(issue.message.en)?.[1])).toEqual(['in_person', 'online', 'hybrid', 'cancelled', 'full']);
    expect(issues[0]!.message.ja).toBe('"会場" は使えません。次のいずれかを書いてください: in_person, online, hybrid（in_person の誤りでは？）');
  });

  it('suggests the number without its unit, and empty or 0 for 無料', () => {
    const [unit, yen, free] = checkSeminars(seminars({ capacity: '100人' }, { fee: '1,000円' }, { fee: '無料' })).issues;
    expect(unit!.message.ja).toContain('（100 の誤りでは？）');
    expect(yen!.message.ja).toContain('（1000 の誤りでは？）');
    expect(free!.message.ja).toBe('"無料" は整数ではありません。数字だけを書いてください（単位は不要）。値がなければ空欄にし、無料や0件なら 0 と書いてください');
    expect(free!.message.en).toContain('or write 0 for free or none');
  });

  it('keeps every part of an id in its suggestion: prefecture names become romaji, nothing is dropped', () => {
    const [osaka, tokyo, other] = checkSeminars(seminars({ id: 'fy2027-大阪-1' }, { id: 'FY2027_東京都_2' }, { id: 'fy2027-セミナー-1' })).issues;
    expect(osaka!.message.en).toContain('(did you mean fy2027-osaka-1?)');
    expect(tokyo!.message.en).toContain('(did you mean fy2027-tokyo-2?)');
    expect(other!.message.en).not.toContain('did you mean');
    expect(other!.message.ja).toContain('「セミナー」はローマ字にしてください');
  });
});

describe('validateCsvText: every problem of a row at once', () => {
  it('checks the weekday against the date the date will be once fixed, with the other problems of the row', () => {
    const issues = checkSeminars(seminars({ date: '2015.6.24', weekday: '木', start_time: '15:00', end_time: '13:00', format: '会場', capacity: '100人' })).issues;
    expect(issues.map((issue) => issue.field).sort()).toEqual(['capacity', 'date', 'end_time', 'format', 'weekday']);
    const weekday = issues.find((issue) => issue.field === 'weekday')!;
    expect(weekday.message.ja).toBe('"木" は、日付を 2015-06-24 に直すと曜日が一致しません（2015-06-24 は水曜日です）。日付と曜日のどちらが正しいか確認してください');
  });

  it('checks the weekday against the date an Excel serial stands for', () => {
    const issues = checkSeminars(seminars({ date: '42179', weekday: '木' })).issues;
    expect(issues.map((issue) => issue.field)).toEqual(['date', 'weekday']);
  });
});

describe('validateCsvText: patent numbers', () => {
  it('accepts both license number lengths and both forms of application and patent numbers', () => {
    const result = checkPatents(
      patents(
        { license_no: 'L2016001200', application_no: '特願2012-123456', patent_no: '特許第5946067号' },
        { license_no: 'L20160012001', application_no: '2012-123456', patent_no: '5946067' },
        { license_no: 'l2016001202', application_no: '', patent_no: '' },
      ),
    );
    expectNoIssues(result);
    expect(result.rows.map((row) => [row.value.license_no, row.value.application_no, row.value.patent_no])).toEqual([
      ['L2016001200', '特願2012-123456', '特許第5946067号'],
      ['L20160012001', '2012-123456', '5946067'],
      ['L2016001202', undefined, undefined],
    ]);
  });

  it.each(['L201600120', 'L201600120000', '2016001200', 'L16001200', 'L2016-001200', 'LX016001200'])('rejects the license number %s', (value) => {
    const issue = single(checkPatents(patents({ license_no: value })));
    expect(issue).toMatchObject({ file: PATENTS, line: 2, column: patentColumn('license_no'), field: 'license_no' });
    expect(issue.message.en).toBe(`${JSON.stringify(value)} is not a license number: L + 4-digit year + a 6- or 7-digit serial, e.g. L2016001200`);
    expect(issue.message.ja).toContain('はライセンス番号の形ではありません');
  });

  it.each(['特願2012-12345', '2012/123456', '特開2012-123456', '2012123456', '特願12-123456'])('rejects the application number %s', (value) => {
    const issue = single(checkPatents(patents({ application_no: value })));
    expect(issue).toMatchObject({ line: 2, column: patentColumn('application_no'), field: 'application_no' });
    expect(issue.message.en).toBe(`${JSON.stringify(value)} is not an application number (特願2012-123456 or 2012-123456)`);
    expect(issue.message.ja).toContain('は出願番号の形ではありません');
  });

  it.each(['特許第594606号', '59460670', '特許5946067号', '第5946067号', 'JP5946067'])('rejects the patent number %s', (value) => {
    const issue = single(checkPatents(patents({ patent_no: value })));
    expect(issue).toMatchObject({ line: 2, column: patentColumn('patent_no'), field: 'patent_no' });
    expect(issue.message.en).toBe(`${JSON.stringify(value)} is not a patent number (特許第5946067号 or 5946067)`);
    expect(issue.message.ja).toContain('は特許番号の形ではありません');
  });

  it('reads full-width digits and dashes in codes', () => {
    const result = checkPatents(patents({ application_no: '特願２０１２－１２３４５６', patent_no: '５９４６０６７' }));
    expectNoIssues(result);
    expect(result.rows[0]!.value).toMatchObject({ application_no: '特願2012-123456', patent_no: '5946067' });
  });

  it('accepts IPC symbols with or without the space, separated by ; or ；', () => {
    const result = checkPatents(patents({ ipc: 'G06F16/30；Ｈ０４Ｌ　９／００; b23b 27/00 ;' }));
    expectNoIssues(result);
    expect(result.rows[0]!.value.ipc).toEqual(['G06F16/30', 'H04L 9/00', 'B23B 27/00']);
  });

  it('names the IPC symbol that is wrong, not the whole cell', () => {
    const result = checkPatents(patents({ ipc: 'G06F' }, { ipc: 'G06F 16/30;Z01A 1/00' }));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [2, patentColumn('ipc'), 'ipc'],
      [3, patentColumn('ipc'), 'ipc'],
    ]);
    expect(result.issues[0]!.message.en).toBe('"G06F" is not an IPC symbol (e.g. G06F 16/30); separate several with semicolons');
    expect(result.issues[1]!.message.en).toContain('"Z01A 1/00" is not an IPC symbol');
    expect(result.issues[1]!.message.ja).toContain('"Z01A 1/00" は国際特許分類（IPC）の形ではありません');
  });

  it('splits keywords on ; and ； and drops empty items', () => {
    const result = checkPatents(patents({ keywords: 'センサー；IoT; ;\u3000LED\u3000' }));
    expectNoIssues(result);
    expect(result.rows[0]!.value.keywords).toEqual(['センサー', 'IoT', 'LED']);
  });

  it('reports updated before registered at updated', () => {
    const issue = single(checkPatents(patents({ registered: '2016-04-01', updated: '2016-03-31' })));
    expect(issue).toMatchObject({ file: PATENTS, line: 2, column: patentColumn('updated'), field: 'updated' });
    expect(issue.message.en).toBe('"2016-03-31" is before the registration date 2016-04-01');
    expect(issue.message.ja).toBe('更新日 "2016-03-31" が登録日 2016-04-01 より前です');
  });

  it('accepts updated on the registration day', () => {
    expectNoIssues(checkPatents(patents({ registered: '2016-04-01', updated: '2016-04-01' })));
  });

  it('reports an impossible registration date once, not again as "updated is before it"', () => {
    const issue = single(checkPatents(patents({ registered: '2016-02-30', updated: '2016-02-01' })));
    expect(issue).toMatchObject({ line: 2, column: patentColumn('registered'), field: 'registered' });
    expect(issue.message.en).toBe('"2016-02-30" is not a real calendar date');
  });
});

describe('validateCsvText: sample flag', () => {
  it('reads the forms of true and false people type', () => {
    const truthy = ['true', 'TRUE', 'True', 'tRuE', 'yes', 'Y', '1', 'はい', 'ｔｒｕｅ', 'ＴＲＵＥ', '１'];
    const falsy = ['false', 'FALSE', 'False', 'no', 'N', '0', 'いいえ', ''];
    const result = checkSeminars(seminars(...[...truthy, ...falsy].map((sample) => ({ sample }))));
    expectNoIssues(result);
    expect(result.rows.map((row) => row.value.sample)).toEqual([...truthy.map(() => true), ...falsy.map(() => false)]);
  });

  it('rejects anything else', () => {
    const issue = single(checkSeminars(seminars({ sample: 'maybe' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('sample'), field: 'sample' });
    expect(issue.message.en).toBe('"maybe" must be true or false (empty means false)');
    expect(issue.message.ja).toBe('"maybe" は true か false で書いてください（空欄は false）');
  });
});

describe('validateCsvText: rows', () => {
  it('reports a row with too many fields, and one with too few, at their lines', () => {
    const good = csvLine(SEMINAR_COLUMNS, GOOD_SEMINAR);
    const text = `${SEMINAR_COLUMNS.join(',')}\n${good},extra\n${good.split(',').slice(0, 5).join(',')}\n${csvLine(SEMINAR_COLUMNS, { ...GOOD_SEMINAR, id: 's-3' })}\n`;
    const result = checkSeminars(text);
    expect(result.issues).toEqual([
      { file: SEMINARS, line: 2, row: 2, message: expect.any(Object) },
      { file: SEMINARS, line: 3, row: 3, message: expect.any(Object) },
    ]);
    expect(result.issues[0]!.message.en).toContain('this row has 16 fields but the header has 15');
    expect(result.issues[0]!.message.ja).toContain('この行は 16 項目ですが、見出しは 15 列です');
    expect(result.issues[1]!.message.en).toContain('this row has 5 fields but the header has 15');
    expect(result.issues[1]!.message.ja).toContain('この行は 5 項目ですが、見出しは 15 列です');
    // The row after them is still read.
    expect(result.rows.map((row) => row.line)).toEqual([4]);
    expect(result.rowCount).toBe(3);
  });

  it('reports every error of every row in one run', () => {
    const result = checkSeminars(seminars({ date: '2015.4.17' }, { capacity: 'abc' }, {}, { format: 'inperson', fee: '-5' }));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [2, seminarColumn('date'), 'date'],
      [3, seminarColumn('capacity'), 'capacity'],
      [5, seminarColumn('format'), 'format'],
      [5, seminarColumn('fee'), 'fee'],
    ]);
    expect(new Set(result.issues.map((issue) => issue.line)).size).toBe(3);
    expect(result.rows.map((row) => row.line)).toEqual([4]);
    expect(result.rowCount).toBe(4);
  });

  it('reports several errors of one row, each at its own column', () => {
    const result = checkSeminars(seminars({ title: '', date: '2015.4.17', prefecture: 'Tokio', sample: 'x' }));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [2, seminarColumn('title'), 'title'],
      [2, seminarColumn('date'), 'date'],
      [2, seminarColumn('prefecture'), 'prefecture'],
      [2, seminarColumn('sample'), 'sample'],
    ]);
  });

  it('puts an error on the line where its cell starts, after a quoted line break', () => {
    const text = seminars({ title: '営業秘密\nの基礎', date: '2015.4.17' }, { capacity: 'abc' });
    const result = checkSeminars(text);
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [3, seminarColumn('date'), 'date'],
      [4, seminarColumn('capacity'), 'capacity'],
    ]);
  });

  it('still checks the rows read before an unclosed quote', () => {
    const text = `${seminars({}, { capacity: 'abc' })}${csvLine(SEMINAR_COLUMNS, { ...GOOD_SEMINAR, id: 's-3' }).replace('営業秘密の基礎', '"営業秘密の基礎')}\n`;
    const result = checkSeminars(text);
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [4, undefined, undefined],
      [3, seminarColumn('capacity'), 'capacity'],
    ]);
    expect(result.issues[0]!.message.en).toContain('a quote (") opened on this line is never closed');
    expect(result.issues[0]!.message.ja).toContain('この行で始まった引用符（"）が閉じられていません');
    expect(result.rows.map((row) => row.line)).toEqual([2]);
  });
});

describe('findDuplicates', () => {
  it('names both lines of a duplicated id', () => {
    const result = checkSeminars(seminars({ id: 'fx-1' }, { id: 'fx-2' }, { id: 'fx-1' }));
    expectNoIssues(result);
    const duplicates = findDuplicates(SEMINARS, result, 'id', (row: SeminarRow) => row.id);
    expect(duplicates).toEqual([{ file: SEMINARS, line: 4, row: 4, column: 1, field: 'id', message: expect.any(Object) }]);
    expect(duplicates[0]!.message.en).toBe('"fx-1" is a duplicate (first used at data/seminars.csv:2)');
    expect(duplicates[0]!.message.ja).toBe('"fx-1" が重複しています（最初の出現: data/seminars.csv:2）');
  });

  it('compares normalized values (L2016001200 and l2016001200 are the same license)', () => {
    const result: CsvFileResult<PatentRow> = checkPatents(patents({ license_no: 'L2016001200' }, { license_no: ' l2016001200 ' }));
    const duplicates = findDuplicates(PATENTS, result, 'license_no', (row) => row.license_no);
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ line: 3, column: patentColumn('license_no'), field: 'license_no' });
    expect(duplicates[0]!.message.en).toContain('first used at data/patents.csv:2');
  });

  it('reports each further repeat against the first line', () => {
    const result: CsvFileResult<WindowRow> = checkWindows(windows({ id: 'a' }, { id: 'a' }, { id: 'a' }));
    const duplicates = findDuplicates(WINDOWS, result, 'id', (row) => row.id);
    expect(duplicates.map((issue) => [issue.line, issue.message.en])).toEqual([
      [3, '"a" is a duplicate (first used at data/windows.csv:2)'],
      [4, '"a" is a duplicate (first used at data/windows.csv:2)'],
    ]);
  });
});

describe('validateCsvText: Excel quirks', () => {
  it('accepts BOM, CRLF, a quoted comma and line break, trailing empty lines and ",,,," rows', () => {
    const header = `\uFEFF${SEMINAR_COLUMNS.join(',')}`;
    const first = csvLine(SEMINAR_COLUMNS, { ...GOOD_SEMINAR, id: 'fx-1', title: '営業秘密の基礎, 午後の部', registration_url: '' });
    const second = csvLine(SEMINAR_COLUMNS, { ...GOOD_SEMINAR, id: 'fx-2', title: '1行目\r\n2行目', capacity: '' });
    const blank = ','.repeat(SEMINAR_COLUMNS.length - 1);
    const result = checkSeminars([header, first, second, blank, '', ''].join('\r\n'));
    expectNoIssues(result);
    expect(result.rows.map((row) => [row.line, row.value.id, row.value.title])).toEqual([
      [2, 'fx-1', '営業秘密の基礎, 午後の部'],
      [3, 'fx-2', '1行目\n2行目'],
    ]);
    expect(result.rowCount).toBe(2);
  });

  it('reads full-width digits and separators in date, time and number fields', () => {
    const result = checkSeminars(
      seminars({ date: '２０１５－０４－１７', start_time: '１３：３０', end_time: '１５：００', capacity: '１，２００', fee: '1,000' }, { date: '２０１５ー０４ー１７', capacity: '１２０' }),
    );
    expectNoIssues(result);
    expect(result.rows[0]!.value).toMatchObject({ date: '2015-04-17', start_time: '13:30', end_time: '15:00', capacity: 1200, fee: 1000 });
    expect(result.rows[1]!.value).toMatchObject({ date: '2015-04-17', capacity: 120 });
  });

  it('still checks full-width values (１３：３０ after １５：００ is out of order)', () => {
    const issue = single(checkSeminars(seminars({ start_time: '１５：００', end_time: '１３：３０' })));
    expect(issue).toMatchObject({ line: 2, column: seminarColumn('end_time'), field: 'end_time' });
    expect(issue.message.en).toBe('end time "１３：３０" is not after the start time 15:00');
  });

  it('rejects a thousands separator in the wrong place', () => {
    expect(single(checkSeminars(seminars({ capacity: '1,20' }))).field).toBe('capacity');
  });

  it('trims leading and trailing ideographic spaces (U+3000)', () => {
    const result = checkSeminars(seminars({ id: '\u3000fx-1\u3000', title: '\u3000営業秘密\u3000の基礎\u3000', prefecture: '\u3000東京\u3000', format: '\u3000in_person ', date: '\u30002015-04-17\u3000' }));
    expectNoIssues(result);
    expect(result.rows[0]!.value).toMatchObject({ id: 'fx-1', title: '営業秘密\u3000の基礎', prefecture: '東京都', format: 'in_person', date: '2015-04-17' });
  });
});
