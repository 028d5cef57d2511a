import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, GITHUB_ANNOTATION_LIMIT, githubAnnotation, githubReport, githubSummary, resolveFormat } from './annotations.ts';
import type { DataIssue } from './issues.ts';

const DATE_ISSUE: DataIssue = {
  file: 'data/seminars.csv',
  line: 2,
  column: 5,
  field: 'date',
  message: {
    ja: '"2015/4/17" は YYYY-MM-DD 形式の日付ではありません（2015-04-17 の誤りでは？）',
    en: '"2015/4/17" is not a date in YYYY-MM-DD form (did you mean 2015-04-17?)',
  },
};

/** Undoes GitHub's escaping, the way the runner reads a workflow command back. */
const unescape = (value: string) =>
  value.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');

describe('escapeData (the message)', () => {
  it('encodes % first, then CR and LF', () => {
    expect(escapeData('100% done\r\nnext\nline\r')).toBe('100%25 done%0D%0Anext%0Aline%0D');
    // A literal "%0A" in the text must not turn into a line break when GitHub decodes it.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('leaves colons and commas alone in the message', () => {
    expect(escapeData('a: b, c')).toBe('a: b, c');
  });

  it('leaves Japanese text, full-width punctuation and quotes untouched', () => {
    const text = '「東京」は都道府県名ではありません（例: 東京都、大阪府）。値の中の " は "" と重ねます：，';
    expect(escapeData(text)).toBe(text);
  });
});

describe('escapeProperty (file=, title=…)', () => {
  it('also encodes : and , which separate properties', () => {
    expect(escapeProperty('C:\\data\\a,b.csv')).toBe('C%3A\\data\\a%2Cb.csv');
    expect(escapeProperty('50%,\n:')).toBe('50%25%2C%0A%3A');
  });

  it('leaves full-width ：and ，alone (only ASCII separators matter)', () => {
    expect(escapeProperty('項目：名前，その他')).toBe('項目：名前，その他');
  });

  it('round-trips through unescaping', () => {
    for (const value of ['a:b,c%d\r\ne', '%3A', '%%2C,,', '東京都: 千代田区, 霞が関']) {
      expect(unescape(escapeProperty(value))).toBe(value);
      expect(unescape(escapeData(value))).toBe(value);
    }
  });
});

describe('githubAnnotation', () => {
  it('names the file, line, column and field of a cell', () => {
    expect(githubAnnotation(DATE_ISSUE)).toBe(
      '::error file=data/seminars.csv,line=2,col=5,title=date::"2015/4/17" は YYYY-MM-DD 形式の日付ではありません（2015-04-17 の誤りでは？） / "2015/4/17" is not a date in YYYY-MM-DD form (did you mean 2015-04-17?)',
    );
  });

  it('prints one language when asked', () => {
    expect(githubAnnotation(DATE_ISSUE, 'ja')).toBe(`::error file=data/seminars.csv,line=2,col=5,title=date::${DATE_ISSUE.message.ja}`);
    expect(githubAnnotation(DATE_ISSUE, 'en')).toBe(`::error file=data/seminars.csv,line=2,col=5,title=date::${DATE_ISSUE.message.en}`);
  });

  it('leaves out col when the column is unknown', () => {
    const { column: _column, ...issue } = DATE_ISSUE;
    expect(githubAnnotation(issue, 'en')).toBe(`::error file=data/seminars.csv,line=2,title=date::${DATE_ISSUE.message.en}`);
  });

  it('leaves out line and col when the line is unknown (a missing file), even if a column were set', () => {
    const missing: DataIssue = { file: 'data/news.yaml', column: 3, message: { ja: 'ファイルがありません', en: 'file not found' } };
    expect(githubAnnotation(missing, 'ja')).toBe('::error file=data/news.yaml::ファイルがありません');
  });

  it('leaves out title when there is no field', () => {
    const shiftJis: DataIssue = { file: 'data/seminars.csv', line: 4, message: { ja: 'Shift_JIS です', en: 'Shift_JIS' } };
    expect(githubAnnotation(shiftJis, 'en')).toBe('::error file=data/seminars.csv,line=4::Shift_JIS');
  });

  it('escapes every part: a YAML path, a Windows path, a message with line breaks and percent signs', () => {
    const issue: DataIssue = {
      file: 'C:\\portal\\data\\faq\\a,b.yaml',
      line: 7,
      column: 12,
      field: 'items[3].links[0].url',
      message: { ja: '100%\r\n「javascript:」は使えません', en: 'not a safe link, 50%' },
    };
    expect(githubAnnotation(issue)).toBe(
      '::error file=C%3A\\portal\\data\\faq\\a%2Cb.yaml,line=7,col=12,title=items[3].links[0].url::100%25%0D%0A「javascript:」は使えません / not a safe link, 50%25',
    );
  });

  it('escapes a field name that holds a separator (an unknown CSV column such as "a:b,c")', () => {
    const issue: DataIssue = { file: 'data/windows.csv', line: 1, column: 2, field: 'a:b,c', message: { ja: 'x', en: 'y' } };
    expect(githubAnnotation(issue, 'en')).toBe('::error file=data/windows.csv,line=1,col=2,title=a%3Ab%2Cc::y');
  });

  it('is always a single line', () => {
    const issue: DataIssue = { file: 'a\nb', line: 1, field: 'c\rd', message: { ja: 'e\n\nf', en: 'g\r\nh' } };
    expect(githubAnnotation(issue)).not.toMatch(/[\r\n]/u);
  });
});

describe('githubReport', () => {
  it('puts the annotations first, then the plain lines', () => {
    const lines = githubReport([DATE_ISSUE], ['data/seminars.csv:2:5: date: …', '1 件の問題があります。'], 'ja');
    expect(lines).toEqual([githubAnnotation(DATE_ISSUE, 'ja'), 'data/seminars.csv:2:5: date: …', '1 件の問題があります。']);
  });

  it('says that GitHub shows only the first annotations when there are more', () => {
    const many = Array.from({ length: GITHUB_ANNOTATION_LIMIT + 1 }, (_, index) => ({ ...DATE_ISSUE, line: index + 2 }));
    const lines = githubReport(many, ['summary'], 'both');
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(GITHUB_ANNOTATION_LIMIT + 1);
    expect(lines.at(-1)).toMatch(/最初の 10 件だけ.* \/ GitHub shows only the first 10/u);
    expect(githubReport(many.slice(0, GITHUB_ANNOTATION_LIMIT), ['summary'], 'both').at(-1)).toBe('summary');
  });
});

describe('resolveFormat', () => {
  it('uses --format when given, whatever the environment', () => {
    expect(resolveFormat('text', { GITHUB_ACTIONS: 'true' })).toBe('text');
    expect(resolveFormat('github', {})).toBe('github');
  });

  it('picks github inside GitHub Actions and text elsewhere', () => {
    expect(resolveFormat(undefined, { GITHUB_ACTIONS: 'true' })).toBe('github');
    expect(resolveFormat(undefined, {})).toBe('text');
    expect(resolveFormat(undefined, { GITHUB_ACTIONS: 'false' })).toBe('text');
  });

  it('rejects anything else', () => {
    expect(resolveFormat('json', {})).toBeUndefined();
    expect(resolveFormat('', {})).toBeUndefined();
    expect(resolveFormat('GitHub', {})).toBeUndefined();
  });
});

describe('githubSummary (the job summary table)', () => {
  it('writes a Japanese table with the file, the place as Excel shows it, the message and file:line:col', () => {
    const table = githubSummary([DATE_ISSUE, { file: 'data/faq/a.yaml', line: 3, column: 5, field: 'items[0].answer', message: { ja: 'a | b <b>x</b>\nc', en: 'x' } }]);
    expect(table.split('\n')).toEqual([
      '### データの検証: 2 件の問題',
      '',
      'すべて直してから、もう一度コミットしてください。「場所」は Excel で見える行と列です。',
      '',
      '| ファイル | 場所 | 問題と直し方 | file:line:col |',
      '|---|---|---|---|',
      `| data/seminars.csv | 2行目・E列（date） | ${DATE_ISSUE.message.ja} | \`data/seminars.csv:2:5\` |`,
      '| data/faq/a.yaml | items[0].answer | a \\| b &lt;b&gt;x&lt;/b&gt; c | `data/faq/a.yaml:3:5` |',
      '',
    ]);
  });

  it('stops below the size limit and says how many problems are only in the log', () => {
    const issues = Array.from({ length: 100 }, (_, index) => ({ ...DATE_ISSUE, line: index + 2 }));
    const table = githubSummary(issues, 4096);
    expect(new TextEncoder().encode(table).length).toBeLessThanOrEqual(4096);
    const shown = table.split('\n').filter((line) => line.startsWith('| data/seminars.csv')).length;
    expect(shown).toBeGreaterThan(0);
    expect(table).toContain(`残りの ${100 - shown} 件は、このジョブのログ（validate の手順）を見てください。`);
  });
});
