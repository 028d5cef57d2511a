import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteData } from './load.ts';
import { compareIssues, type DataIssue } from './validate/issues.ts';
import { describeLoad } from './validate/report.ts';

const FIXTURE = fileURLToPath(new URL('../../tests/fixtures/data', import.meta.url));

// 'セミナー' and '東京都' in CP932, the Shift_JIS Excel writes as "CSV (Comma delimited)".
const SEMINAR_CP932 = [0x83, 0x5a, 0x83, 0x7e, 0x83, 0x69, 0x81, 0x5b];
const TOKYO_CP932 = [0x93, 0x8c, 0x8b, 0x9e, 0x93, 0x73];

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'inpit-load-'));
  dir = join(root, 'data');
  cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Paths in issues are absolute here (the temp dir is outside the working directory). */
const at = (path: string) => join(dir, path);
const read = (path: string) => readFileSync(at(path), 'utf8');
const write = (path: string, text: string | Uint8Array) => writeFileSync(at(path), text);
const edit = (path: string, from: string, to: string) => {
  const text = read(path);
  expect(text, `${path} should contain ${from}`).toContain(from);
  write(path, text.replace(from, to));
};
const where = (issues: DataIssue[]) => issues.map((issue) => [issue.file, issue.line, issue.column, issue.field]);
function single(issues: DataIssue[]): DataIssue {
  expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
  return issues[0]!;
}

describe('loadSiteData: the fixture', () => {
  it('loads with no issues', () => {
    const { issues } = loadSiteData(dir);
    expect(issues).toEqual([]);
  });

  it('reads every record, and recordsRead matches what was loaded', () => {
    const { data, recordsRead } = loadSiteData(dir);
    expect(recordsRead).toEqual({ seminars: 3, patents: 2, patentFields: 2, faq: 2, statistics: 1, windows: 2, cases: 1, news: 1, selfCheckGroups: 2, selfCheckQuestions: 2 });
    expect(recordsRead).toEqual({
      seminars: data.seminars.length,
      patents: data.patents.length,
      patentFields: data.patentFields.length,
      faq: data.faq.reduce((sum, category) => sum + category.items.length, 0),
      statistics: data.statistics.length,
      windows: data.windows.length,
      cases: data.cases.length,
      news: data.news.length,
      selfCheckGroups: data.selfCheckGroups.length,
      selfCheckQuestions: data.selfCheckQuestions.length,
    });
  });

  it('normalizes the Excel quirks in seminars.csv', () => {
    const { data } = loadSiteData(dir);
    const osaka = data.seminars.find((seminar) => seminar.id === 'fx-osaka-1')!;
    expect(osaka).toMatchObject({
      date: '2015-05-25',
      weekday: '月',
      start_time: '13:30',
      end_time: '15:00',
      prefecture: '大阪府',
      prefectureCode: '27',
      venue: '大阪会場',
      capacity: 1200,
      title: 'テスト大阪①, 午後の部',
      fiscalYear: 2015,
    });
    expect(data.seminars.map((seminar) => seminar.id)).toEqual(['fx-tokyo-1', 'fx-osaka-1', 'fx-online-1']);
  });
});

describe('loadSiteData: encodings and missing files', () => {
  it('tells staff to re-save a Shift_JIS seminars.csv as "CSV UTF-8" or run npm run data:utf8', () => {
    const header = read('seminars.csv').replace(/^\uFEFF/u, '').split(/\r?\n/u)[0]!;
    expect(header).toMatch(/^[\x20-\x7e]+$/u);
    const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
    write('seminars.csv', new Uint8Array([...ascii(`${header}\r\nfx-1,`), ...SEMINAR_CP932, 0x2c, ...TOKYO_CP932, ...ascii('\r\n')]));
    const { issues, data, recordsRead } = loadSiteData(dir);
    const issue = single(issues);
    expect(issue).toEqual({ file: at('seminars.csv'), line: 2, message: expect.any(Object) });
    expect(issue.message.en).toContain('this file is Shift_JIS (CP932');
    expect(issue.message.en).toContain('Save As → "CSV UTF-8 (Comma delimited)"');
    expect(issue.message.en).toContain(`npm run data:utf8 -- ${at('seminars.csv')}`);
    expect(issue.message.ja).toContain('Shift_JIS（CP932');
    expect(issue.message.ja).toContain('「CSV UTF-8 (コンマ区切り)」で保存し直す');
    expect(issue.message.ja).toContain(`npm run data:utf8 -- ${at('seminars.csv')}`);
    expect(data.seminars).toEqual([]);
    expect(recordsRead.seminars).toBe(0);
  });

  it('tells staff a UTF-16 file must be saved again as CSV UTF-8', () => {
    write('windows.csv', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]));
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toEqual({ file: at('windows.csv'), message: expect.any(Object) });
    expect(issue.message.en).toContain('this file is UTF-16');
    expect(issue.message.ja).toContain('UTF-16');
  });

  it('reports a missing file', () => {
    unlinkSync(at('windows.csv'));
    const { issues, recordsRead } = loadSiteData(dir);
    const issue = single(issues);
    expect(issue).toEqual({ file: at('windows.csv'), message: expect.any(Object) });
    expect(issue.message.en).toBe('file not found (docs/data.md lists where each file goes)');
    expect(issue.message.ja).toBe('ファイルがありません（置き場所は docs/data.md を参照）');
    expect(recordsRead.windows).toBe(0);
  });

  it('reports a missing folder', () => {
    rmSync(at('faq'), { recursive: true });
    expect(where(loadSiteData(dir).issues)).toEqual([[at('faq'), undefined, undefined, undefined]]);
  });

  it('reports an empty CSV file', () => {
    write('patents.csv', '');
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toMatchObject({ file: at('patents.csv'), line: 1 });
    expect(issue.message.en).toBe('the file is empty; a header row is needed');
  });
});

describe('loadSiteData: references across files', () => {
  it('reports a patent field that is not in patent-fields.yaml, with a suggestion', () => {
    edit('patents.csv', ',machinery,', ',machinary,');
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toEqual({ file: at('patents.csv'), line: 2, row: 2, column: 5, field: 'field', message: expect.any(Object) });
    expect(issue.message.en).toBe('"machinary" is not listed in data/patent-fields.yaml (did you mean machinery?)');
    expect(issue.message.ja).toBe('"machinary" は data/patent-fields.yaml にありません（machinery の誤りでは？）');
  });

  it('reports a duplicate license number naming both lines', () => {
    edit('patents.csv', 'L2020000001', 'L2016001200');
    const issue = single(loadSiteData(dir).issues);
    // The first patent spans lines 2–3 (a line break in its summary); the second starts on line 4.
    expect(issue).toMatchObject({ file: at('patents.csv'), line: 4, column: 1, field: 'license_no' });
    expect(issue.message.en).toBe(`"L2016001200" is a duplicate (first used at ${at('patents.csv')}:2)`);
  });

  it('reports FAQ item ids used in two FAQ files, naming both places', () => {
    write('faq/more.yaml', ['category:', '  id: more', '  title: その他', '  order: 2', 'items:', '  - id: more-1', '    question: q', '    answer: a', '  - id: basics-where', '    question: q', '    answer: a', ''].join('\n'));
    const { issues, recordsRead } = loadSiteData(dir);
    const issue = single(issues);
    expect(issue).toEqual({ file: at('faq/more.yaml'), line: 9, column: 9, field: 'items[1].id', message: expect.any(Object) });
    expect(issue.message.en).toBe(`"basics-where" is a duplicate (first used at ${at('faq/basics.yaml')}:12)`);
    expect(issue.message.ja).toBe(`"basics-where" が重複しています（最初の出現: ${at('faq/basics.yaml')}:12）`);
    expect(recordsRead.faq).toBe(4);
  });

  it('reports a category.id that is not the file name', () => {
    edit('faq/basics.yaml', '  id: basics\n', '  id: basic\n');
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toEqual({ file: at('faq/basics.yaml'), line: 2, column: 7, field: 'category.id', message: expect.any(Object) });
    expect(issue.message.en).toBe('category.id "basic" must equal the file name "basics"');
    expect(issue.message.ja).toBe('category.id "basic" がファイル名と一致しません（"basics" にしてください）');
  });

  it('reports a FAQ file name that is not an id', () => {
    write('faq/Trade Secret.yaml', read('faq/basics.yaml'));
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toEqual({ file: at('faq/Trade Secret.yaml'), message: expect.any(Object) });
    expect(issue.message.en).toBe('file name "Trade Secret.yaml" must use a-z, 0-9 and hyphens');
  });
});

describe('loadSiteData: statistics', () => {
  it('reports a .csv without its .yaml, and a .yaml without its .csv', () => {
    write('statistics/lonely.csv', 'fiscal_year,a\n2011,1\n');
    write('statistics/alone.yaml', read('statistics/open-patent-database.yaml'));
    const { issues, data } = loadSiteData(dir);
    expect(where(issues)).toEqual([
      [at('statistics/alone.yaml'), undefined, undefined, undefined],
      [at('statistics/lonely.csv'), undefined, undefined, undefined],
    ]);
    expect(issues[0]!.message.en).toBe('the matching alone.csv is missing; each statistic is a .yaml and .csv pair with the same name');
    expect(issues[0]!.message.ja).toContain('対になる alone.csv がありません');
    expect(issues[1]!.message.en).toContain('the matching lonely.yaml is missing');
    expect(data.statistics.map((statistic) => statistic.id)).toEqual(['open-patent-database']);
  });

  it('reports a header that does not follow the order of the series', () => {
    write('statistics/open-patent-database.csv', 'fiscal_year,listed,new_registrations\n2011,43358,5601\n');
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toEqual({ file: at('statistics/open-patent-database.csv'), line: 1, message: expect.any(Object) });
    expect(issue.message.en).toBe("the header must be the YAML's category.column and series[].column in order: fiscal_year,new_registrations,listed");
    expect(issue.message.ja).toContain('（fiscal_year,new_registrations,listed）');
  });

  it('reports a header column the YAML does not list, with a suggestion', () => {
    write('statistics/open-patent-database.csv', 'fiscal_year,new_registrations,listd\n2011,5601,43358\n');
    const { issues } = loadSiteData(dir);
    // Series columns may be left out of a row schema (empty = no data), so the header check names the order.
    expect(where(issues)).toEqual([
      [at('statistics/open-patent-database.csv'), 1, undefined, undefined],
      [at('statistics/open-patent-database.csv'), 1, 3, 'listd'],
    ]);
    expect(issues[0]!.message.en).toContain('in order: fiscal_year,new_registrations,listed');
    expect(issues[1]!.message.en).toBe('unknown column "listd" (its values would be lost) (did you mean listed?)');
  });

  it('loads an empty cell as null and 0 as 0', () => {
    const { data, issues } = loadSiteData(dir);
    expect(issues).toEqual([]);
    expect(data.statistics[0]!.rows).toEqual([
      { category: '2011', values: [5601, 43358] },
      { category: '2012', values: [0, null] },
      { category: '2013', values: [2753, 37253] },
    ]);
  });

  it('rejects a unit in a value (12件) and a 和暦 year', () => {
    write('statistics/open-patent-database.csv', 'fiscal_year,new_registrations,listed\n2011,12件,1\n平成24,1,1\n2013,１，２００,\n');
    const { issues, data } = loadSiteData(dir);
    expect(where(issues)).toEqual([
      [at('statistics/open-patent-database.csv'), 2, 2, 'new_registrations'],
      [at('statistics/open-patent-database.csv'), 3, 1, 'fiscal_year'],
    ]);
    expect(issues[0]!.message.en).toBe(
      '"12件" is not a number; write digits only (units live in the YAML; leave empty for no data; a planned figure is written 20（予定） or 20以上（計画）) (did you mean 12?)',
    );
    expect(issues[0]!.message.ja).toContain('"12件" は数値ではありません');
    expect(issues[1]!.message.en).toBe('"平成24" is not a year; write the 4-digit western year (2011 = 平成23年度)');
    expect(data.statistics[0]!.rows).toEqual([{ category: '2013', values: [1200, null] }]);
  });

  it('reads a planned figure, 20（予定） or ２０以上（計画）, apart from the results', () => {
    write('statistics/open-patent-database.csv', 'fiscal_year,new_registrations,listed\n2014,5,6\n2015,20（予定）,２０以上 (計画)\n');
    const { issues, data } = loadSiteData(dir);
    expect(issues).toEqual([]);
    expect(data.statistics[0]!.rows).toEqual([
      { category: '2014', values: [5, 6] },
      {
        category: '2015',
        values: [null, null],
        planned: [
          { value: 20, atLeast: false, word: '予定' },
          { value: 20, atLeast: true, word: '計画' },
        ],
      },
    ]);
  });

  it('rejects a planned marker it does not know, saying how a planned figure is written', () => {
    write('statistics/open-patent-database.csv', 'fiscal_year,new_registrations,listed\n2015,※20,20（見込み）\n');
    const { issues } = loadSiteData(dir);
    expect(where(issues)).toEqual([
      [at('statistics/open-patent-database.csv'), 2, 2, 'new_registrations'],
      [at('statistics/open-patent-database.csv'), 2, 3, 'listed'],
    ]);
    expect(issues[0]!.message.ja).toContain('20（予定）');
  });

  it('reports a year listed twice, naming both lines', () => {
    write('statistics/open-patent-database.csv', 'fiscal_year,new_registrations,listed\n2011,1,2\n2012,3,4\n2011,5,6\n');
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toMatchObject({ file: at('statistics/open-patent-database.csv'), line: 4, column: 1, field: 'fiscal_year' });
    expect(issue.message.en).toContain(`first used at ${at('statistics/open-patent-database.csv')}:2`);
  });

  it('reports a YAML problem of a statistic in its .yaml', () => {
    edit('statistics/open-patent-database.yaml', 'chart: bar', 'chart: bars');
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toMatchObject({ file: at('statistics/open-patent-database.yaml'), line: 4, column: 8, field: 'chart' });
    expect(issue.message.en).toContain('(did you mean bar?)');
  });
});

describe('loadSiteData: many problems at once', () => {
  it('reports the errors of several files in one run, sorted by file then line', () => {
    edit('windows.csv', 'trade-secret@inpit.jp.go.jp', 'trade-secret(at)inpit');
    edit('seminars.csv', '2026-12-10', '2026.12.10');
    edit('seminars.csv', 'in_person,100', 'in_person,abc');
    edit('patents.csv', '2016-05-10', '2016-03-01');
    edit('news.yaml', 'date: 2015-07-08', 'date: 2015-7-8');
    edit('cases.yaml', 'service: overseas', 'service: oversea');
    const { issues } = loadSiteData(dir);
    expect(where(issues)).toEqual([
      [at('cases.yaml'), 4, 14, 'cases[0].service'],
      [at('news.yaml'), 3, 11, 'news[0].date'],
      [at('patents.csv'), 3, 15, 'updated'],
      [at('seminars.csv'), 2, 14, 'capacity'],
      [at('seminars.csv'), 5, 5, 'date'],
      [at('windows.csv'), 2, 13, 'email'],
    ]);
    expect([...issues].sort(compareIssues)).toEqual(issues);
    expect(issues[1]!.message.en).toContain('(did you mean 2015-07-08?)');
    expect(issues[4]!.message.en).toContain('(did you mean 2026-12-10?)');
  });

  it('sorts issues of one file by line, then column', () => {
    edit('seminars.csv', 'in_person,100,0', 'in_person,abc,-1');
    edit('seminars.csv', 'fx-online-1', 'FX Online 1');
    edit('seminars.csv', '13:30,15:00', '15:00,13:30');
    const { issues } = loadSiteData(dir);
    expect(issues.map((issue) => [issue.line, issue.column, issue.field])).toEqual([
      [2, 8, 'end_time'],
      [2, 14, 'capacity'],
      [2, 15, 'fee'],
      [5, 1, 'id'],
    ]);
  });
});

describe('loadSiteData: links inside the site', () => {
  it('reports a Markdown link to a page the site will not have, at its line, with the nearest page', () => {
    edit('faq/basics.yaml', '[相談窓口](/windows/)', '[相談窓口](/windows/) と [セミナー](/seminar/)');
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toMatchObject({ file: at('faq/basics.yaml'), line: 14, field: 'items[1].answer' });
    expect(issue.column).toBeGreaterThan(20);
    expect(issue.message.ja).toBe('リンク先 "/seminar/" のページはこのサイトにありません（データから作られるページと固定のページを確かめました）（/seminars/ の誤りでは？）');
  });

  it('accepts links to pages made from the data, fixed pages, prose pages and public files, with or without anchor', () => {
    const links = ['/seminars/fx-tokyo-1/', '/en/faq/basics-what/#answer', '/faq/basics-where', '/about/', '/guides/trade-secret-basics/', '/favicon.svg', '/patents/', '/seminars/prefecture/tokyo/', '/statistics/?x=1', '/'];
    edit('faq/basics.yaml', '[相談窓口](/windows/)', links.map((link, index) => `[${index}](${link})`).join(' '));
    expect(loadSiteData(dir).issues).toEqual([]);
  });

  it('checks a link in a block answer and in news, naming its own line', () => {
    edit('faq/basics.yaml', 'answer: "[相談窓口](/windows/)へどうぞ。"', 'answer: |\n      一行目\n      [統計](/statistic/)');
    const issue = single(loadSiteData(dir).issues);
    expect(issue).toMatchObject({ line: 16, column: 12 });
    expect(issue.message.en).toContain('(did you mean /statistics/?)');
  });
});

describe("loadSiteData with { patents: 'keys' } (npm run validate): checking only, without keeping the patents' values", () => {
  it('finds the same problems as a full load, across rows and files, and keeps no patent values', () => {
    edit('patents.csv', ',machinery,', ',machinary,');
    edit('patents.csv', 'L2020000001', 'L2016001200');
    // Links whose targets exist only because of the patents: a year's list, a field's list and a patent's page.
    const links = ['/patents/years/2016/', '/patents/fields/machinery/', '/en/patents/L2016001200/', '/patents/years/1999/', '/patents/L2099000001/'];
    edit('faq/basics.yaml', '[相談窓口](/windows/)', links.map((link, index) => `[${index}](${link})`).join(' '));
    const full = loadSiteData(dir);
    const keys = loadSiteData(dir, { patents: 'keys' });
    // The unknown field, the duplicate license number and the two links to pages the data does not make.
    expect(where(full.issues)).toEqual([
      [at('faq/basics.yaml'), 14, expect.any(Number), 'items[1].answer'],
      [at('faq/basics.yaml'), 14, expect.any(Number), 'items[1].answer'],
      [at('patents.csv'), 2, 5, 'field'],
      [at('patents.csv'), 4, 1, 'license_no'],
    ]);
    expect(keys.issues).toEqual(full.issues);
    expect(keys.recordsRead).toEqual(full.recordsRead);
    expect(keys.facts).toEqual(full.facts);
    expect(full.data.patents).toHaveLength(2);
    expect(keys.data.patents).toEqual([]);
  });

  it('says how many patents were read when all is well', () => {
    const [line] = describeLoad(loadSiteData(dir, { patents: 'keys' }), 'en');
    expect(line).toBe('Data OK: seminars 3, patents 2, FAQ 2, statistics 1, windows 2, cases 1, news 1');
  });
});
