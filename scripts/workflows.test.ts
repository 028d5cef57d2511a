/**
 * Every action the GitHub workflows use is pinned by commit SHA, with its version in a comment beside it
 * (`uses: actions/checkout@<40 hex> # v7.0.1`): a tag can be moved to other code, a SHA cannot, and Dependabot
 * (.github/dependabot.yml) updates the SHA and the comment together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WORKFLOWS = fileURLToPath(new URL('../.github/workflows/', import.meta.url));
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/u.test(name));

/** Each `uses:` line of a workflow: what it names, and the comment after it. */
function actionReferences(text: string): { line: number; ref: string; comment: string }[] {
  return text.split('\n').flatMap((source, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(.*))?$/u.exec(source);
    return match ? [{ line: index + 1, ref: match[1]!, comment: (match[2] ?? '').trim() }] : [];
  });
}

const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/u;
const VERSION_COMMENT = /^v\d+(?:\.\d+){0,2}$/u;

describe('GitHub workflows: actions pinned by commit SHA, with their versions beside them', () => {
  it('finds the workflows and their actions', () => {
    expect(files).toContain('test.yml');
    expect(files).toContain('pr-preview.yml');
  });

  it.each(files)('%s pins every action', (name) => {
    const references = actionReferences(readFileSync(join(WORKFLOWS, name), 'utf8'));
    expect(references.length).toBeGreaterThan(0);
    const loose = references.filter(({ ref, comment }) => !PINNED.test(ref) || !VERSION_COMMENT.test(comment));
    expect(loose.map(({ line, ref, comment }) => `${name}:${line}: ${ref} ${comment}`)).toEqual([]);
  });

  it('tells a pinned reference from a tag or a branch', () => {
    const text = [
      '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '      - uses: actions/setup-node@v4',
      '        uses: actions/github-script@main # v8',
      '      - run: echo "uses: not/an@action"',
    ].join('\n');
    const references = actionReferences(text);
    expect(references).toEqual([
      { line: 1, ref: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', comment: 'v7.0.1' },
      { line: 2, ref: 'actions/setup-node@v4', comment: '' },
      { line: 3, ref: 'actions/github-script@main', comment: 'v8' },
    ]);
    expect(references.map(({ ref, comment }) => PINNED.test(ref) && VERSION_COMMENT.test(comment))).toEqual([true, false, false]);
  });
});
