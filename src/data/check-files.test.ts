import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFiles } from './check-files.ts';
import { loadSiteData } from './load.ts';
import { formatIssue, type DataIssue } from './validate/issues.ts';

const FIXTURE = fileURLToPath(new URL('../../tests/fixtures/data', import.meta.url));
const published = loadSiteData(FIXTURE).facts;

/** The CLI's lines for a copy of the fixture with `files` replaced, with paths as from the repository root. */
function cliLines(files: Record<string, string>): string[] {
  const root = mkdtempSync(join(tmpdir(), 'inpit-check-'));
  try {
    const dir = join(root, 'data');
    cpSync(FIXTURE, dir, { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
    return loadSiteData(dir).issues.map((issue) => formatIssue(issue).replaceAll(`${root}/`, ''));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
const browserLines = (files: Record<string, string>) =>
  checkFiles(
    Object.entries(files).map(([path, text]) => ({ path: `data/${path}`, bytes: new TextEncoder().encode(text) })),
    published,
  ).issues.map((issue: DataIssue) => formatIssue(issue));
const fixture = (path: string) => readFileSync(join(FIXTURE, path), 'utf8');

describe('checkFiles: the same lines as the CLI on the data directory with the files replaced', () => {
  const cases: [string, Record<string, string>][] = [
    ['a bad date and an unknown enum value', { 'seminars.csv': fixture('seminars.csv').replace(/2\d{3}-\d{2}-\d{2}/u, '2027/13/45').replace('online', 'onlin') }],
    ['a duplicate license number', { 'patents.csv': (() => { const t = fixture('patents.csv').trimEnd().split('\n'); return [...t, t[1]].join('\n'); })() }],
    ['a patent field that patent-fields.yaml lacks', { 'patents.csv': fixture('patents.csv').replace(/,([a-z-]+),/u, ',no-such-field,') }],
    ['a field removed from patent-fields.yaml that published patents use', { 'patent-fields.yaml': fixture('patent-fields.yaml').replace(/id: ([a-z-]+)/u, 'id: renamed-$1') }],
    ['YAML syntax', { 'news.yaml': 'news:\n  - id: a\n   title: "x\n' }],
    ['a self-check question in an unknown group, with an http link', { 'self-check.yaml': fixture('self-check.yaml').replace('group: physical', 'group: physcal').replace('url: https://', 'url: http://') }],
  ];
  for (const [name, files] of cases) {
    it(name, () => {
      const expected = cliLines(files);
      expect(expected.length, 'the case produces problems').toBeGreaterThan(0);
      expect(browserLines(files)).toEqual(expected);
    });
  }

  for (const name of ['another.yaml', 'zzz.yaml']) {
    it(`an FAQ id in a new file (${name}) that a published FAQ file uses too`, () => {
      const [published1] = published.folders.faq as [string];
      const takenId = published.faqIds[published1]![0]!.id;
      const text = fixture(`faq/${published1}`).replace(/^(\s*)id: [a-z-]+$/mu, `$1id: ${name.replace('.yaml', '')}`);
      const files = { [`faq/${name}`]: text };
      const expected = cliLines(files);
      expect(expected.join('\n')).toContain(takenId);
      expect(browserLines(files)).toEqual(expected);
    });
  }

  it('a statistics CSV alone is checked against its published YAML, and a lone new CSV misses its pair', () => {
    const [yamlName] = published.folders.statistics.filter((n) => n.endsWith('.yaml'));
    const csvName = yamlName!.replace(/\.yaml$/u, '.csv');
    const bad = fixture(`statistics/${csvName}`).replace(/\n(\d{4}),/u, '\n$1,abc,');
    const files = { [`statistics/${csvName}`]: bad, 'statistics/lonely.csv': 'a,b\n1,2\n' };
    const expected = cliLines(files);
    expect(expected.some((line) => line.startsWith('data/statistics/lonely.csv'))).toBe(true);
    expect(browserLines(files)).toEqual(expected);
  });

  it('files not chosen are not checked, and a valid file has no problems', () => {
    expect(browserLines({ 'seminars.csv': fixture('seminars.csv') })).toEqual([]);
    expect(browserLines({})).toEqual([]);
  });
});
