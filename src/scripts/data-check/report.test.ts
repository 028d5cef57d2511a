import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '#src/data/check/sniff.ts';
import { loadSiteData } from '#src/data/load.ts';
import { buildReport, type ChosenInput } from './report.ts';

const FIXTURE = fileURLToPath(new URL('../../../tests/fixtures/data', import.meta.url));
const published = loadSiteData(FIXTURE).facts;
const fixture = (path: string) => readFileSync(join(FIXTURE, path), 'utf8');
const input = (name: string, content: string | Uint8Array, size?: number): ChosenInput => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, relativePath: '', bytes, size: size ?? bytes.length };
};
const report = (...inputs: ChosenInput[]) => buildReport(inputs, published, 'ja');

// 'セミナー' in CP932.
const SEMINAR_CP932 = [0x83, 0x5a, 0x83, 0x7e, 0x83, 0x69, 0x81, 0x5b];

describe('buildReport: files that are not data', () => {
  const cases: [string, ChosenInput, RegExp][] = [
    ['an Excel workbook', input('seminars.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])), /CSV UTF-8/u],
    ['an image', input('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), /画像/u],
    ['a 50 MB file', input('patents.csv', new Uint8Array(8), 50 * 1024 * 1024), /大きすぎます（50 MB）/u],
    ['a NUL byte', input('seminars.csv', 'id,title\na\u0000b,c\n'), /2行目に NUL/u],
    ['an unknown name', input('memo.txt', 'hello'), /どのデータファイルか分かりません/u],
  ];
  for (const [name, file, message] of cases) {
    it(name, () => {
      const [only] = report(file);
      expect(only!.problem).toMatch(message);
      expect(only!.issues).toEqual([]);
    });
  }
  it('the size limit leaves room for 50,000 patents', () => expect(MAX_FILE_BYTES).toBeGreaterThan(30 * 1024 * 1024));

  it('an empty file gets the CLI message for an empty CSV', () => {
    const [only] = report(input('seminars.csv', ''));
    expect(only!.problem).toBeUndefined();
    expect(only!.issues.map((i) => i.text)).toEqual([
      expect.stringMatching(/^data\/seminars\.csv:1: .*ファイルが空です。見出し行が必要です/u),
    ]);
  });
});

describe('buildReport: encodings', () => {
  it('a Shift_JIS file is reported as the CLI does and offered as UTF-8 with BOM', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,title\nx,'), ...SEMINAR_CP932, 0x0a]);
    const [only] = report(input('seminars.csv', bytes));
    expect(only!.issues.map((i) => i.text)).toHaveLength(1);
    expect(only!.issues[0]!.text).toMatch(/^data\/seminars\.csv:2: .*このファイルは UTF-8 ではなく Shift_JIS/u);
    expect(only!.utf8!.from).toBe('shift_jis');
    expect(only!.utf8!.text.startsWith('\uFEFF')).toBe(true);
    expect(only!.utf8!.text).toBe('\uFEFFid,title\nx,セミナー\n');
  });

  it('a UTF-16 file is offered as UTF-8 with BOM', () => {
    const text = fixture('windows.csv');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const [only] = report(input('windows.csv', utf16));
    expect(only!.utf8).toEqual({ text: `\uFEFF${text}`, from: 'utf-16' });
  });
});

describe('buildReport: problems and previews', () => {
  it('a CSV problem shows the CLI line and the row as Excel shows it', () => {
    const lines = fixture('seminars.csv').split('\n');
    lines[2] = lines[2]!.replace(/,(in_person|online|hybrid),/u, ',onsite,');
    const [only] = report(input('seminars.csv', lines.join('\n')));
    const issue = only!.issues.find((i) => i.text.includes('onsite'))!;
    expect(issue.text).toMatch(/^data\/seminars\.csv:3:13: .*format.*"onsite"/u);
    expect(issue.context).toMatchObject({ kind: 'csv', excelRow: 3 });
    const cells = issue.context!.kind === 'csv' ? issue.context!.cells : [];
    expect(cells.find((c) => c.header === 'format')).toMatchObject({ value: 'onsite' });
    expect(cells[0]!.letter).toBe('A');
  });

  it('a YAML problem shows its line', () => {
    const [only] = report(input('news.yaml', 'news:\n  - id: a\n    title: "x\n'));
    expect(only!.issues[0]!.context).toMatchObject({ kind: 'yaml' });
  });

  it('a valid file is previewed with its count; FAQ answers are rendered from Markdown and escaped', () => {
    const faq = fixture('faq/basics.yaml').replace(
      '秘密として管理されている情報です。',
      '"**重要** 1 < 2 & [リンク](https://www.inpit.go.jp/)"',
    );
    const [seminars, basics] = report(input('seminars.csv', fixture('seminars.csv')), input('basics.yaml', faq));
    expect(seminars!.preview).toMatchObject({ kind: 'seminars', accepted: 3 });
    expect(basics!.path).toBe('data/faq/basics.yaml');
    expect(basics!.preview?.kind).toBe('faq');
    const html = basics!.preview!.kind === 'faq' ? basics!.preview!.items[0]!.answerHtml : '';
    expect(html).toContain('<strong>重要</strong>');
    expect(html).toContain('1 &lt; 2 &amp;');
    expect(html).toMatch(/<a href="https:\/\/www\.inpit\.go\.jp\/"[^>]*>リンク<\/a>/u);
  });

  it('a published file that a chosen file breaks gets its own group', () => {
    const takenId = published.faqIds['basics.yaml']![0]!.id;
    const text = fixture('faq/basics.yaml').replace(/^(\s*)id: basics$/mu, '$1id: aaa');
    const reports = report(input('aaa.yaml', text));
    const affected = reports.find((r) => r.published);
    expect(affected?.path).toBe('data/faq/basics.yaml');
    expect(affected!.issues[0]!.text).toContain(takenId);
  });
});
