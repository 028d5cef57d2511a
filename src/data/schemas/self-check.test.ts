import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateYamlText } from '../validate/yaml-file.ts';
import { selfCheckFileSchema } from './self-check.ts';

const FILE = 'data/self-check.yaml';
const FIXTURE = readFileSync(new URL('../../../tests/fixtures/data/self-check.yaml', import.meta.url), 'utf8');
const check = (text: string) => validateYamlText(FILE, text, selfCheckFileSchema);

/** The fixture with one exact piece of text replaced (the test fails if the piece is not there). */
function edited(from: string, to: string): string {
  expect(FIXTURE).toContain(from);
  return FIXTURE.replace(from, to);
}
const lineOf = (text: string, fragment: string) => text.split('\n').findIndex((line) => line.includes(fragment)) + 1;

describe('selfCheckFileSchema', () => {
  it('accepts the fixture and the published file', () => {
    const fixture = check(FIXTURE);
    expect(fixture.issues).toEqual([]);
    expect(fixture.value?.questions.map((q) => q.group)).toEqual(['secrecy', 'physical']);
    const published = check(readFileSync(new URL('../../../data/self-check.yaml', import.meta.url), 'utf8'));
    expect(published.issues).toEqual([]);
    const count = published.value!.questions.length;
    expect(count >= 20 && count <= 30, `${count} questions`).toBe(true);
  });

  it('reports a duplicate question id at its line, naming the first one', () => {
    const text = edited('  - id: locked-storage', '  - id: marking');
    const { value, issues } = check(text);
    expect(value).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, line: lineOf(FIXTURE, 'id: locked-storage'), field: 'questions[1].id' });
    expect(issues[0]!.message.ja).toContain('"marking" が重複しています（最初の出現: questions[0].id）');
    expect(issues[0]!.message.en).toContain('"marking" is a duplicate (first used at questions[0].id)');
  });

  it('reports a duplicate group id', () => {
    const { issues } = check(edited('  - id: physical', '  - id: secrecy'));
    expect(issues.map((issue) => issue.field)).toContain('groups[1].id');
  });

  it('reports a question whose group is not in groups, with the ids it may use and a suggestion', () => {
    const text = edited('    group: physical', '    group: physcal');
    const { issues } = check(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, line: lineOf(text, 'group: physcal'), field: 'questions[1].group' });
    expect(issues[0]!.message.ja).toContain('"physcal" は groups の id にありません。次のいずれかを書いてください: secrecy, physical');
    expect(issues[0]!.message.en).toContain('did you mean physical?');
  });

  it('rejects a link that is not https, suggesting the https form', () => {
    const text = edited('url: https://www.meti.go.jp/policy/economy/chizai/chiteki/trade-secret.html', 'url: http://www.meti.go.jp/policy/');
    const { issues } = check(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, line: lineOf(text, 'http://www.meti'), field: 'groups[0].next[0].url' });
    expect(issues[0]!.message.ja).toContain('https:// で始まるURLを書いてください');
    expect(issues[0]!.message.en).toContain('did you mean https://www.meti.go.jp/policy/?');
  });

  it.each(['javascript:alert(1)', 'mailto:a@example.jp', 'www.meti.go.jp'])('rejects the link %s', (url) => {
    const { issues } = check(edited('url: https://www.meti.go.jp/policy/economy/chizai/chiteki/pdf/handbook/full.pdf', `url: '${url}'`));
    expect(issues.map((issue) => issue.field)).toEqual(['groups[1].next[0].url']);
  });

  it('reports every problem of the file at once', () => {
    const text = edited('    group: physical', '    group: nowhere').replace('  - id: locked-storage', '  - id: marking');
    expect(check(text).issues.map((issue) => issue.field)).toEqual(['questions[1].id', 'questions[1].group']);
  });
});
