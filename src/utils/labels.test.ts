import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_PATENT_DATABASE } from './labels.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// Other names the same database has gone by; the site uses OPEN_PATENT_DATABASE only.
const OTHER_NAMES = [
  /開放特許データベース/u,
  /開放特許情報DB/u,
  /開放特許情報検索/u,
  /Patent Licensing (?:Information )?Database/iu,
  /Open Patent Information Database/iu,
  /Open Patents Database/u,
  /open patents? database/u,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(?:astro|ts|mdx?|ya?ml|csv)$/u.test(name) && !/\.test\.ts$/u.test(name) ? [path] : [];
  });
}

describe('OPEN_PATENT_DATABASE', () => {
  it('is the one name of the open patent database in pages, content and data, in both languages', () => {
    const found = ['src', 'content', 'data'].flatMap((dir) =>
      files(join(ROOT, dir)).flatMap((path) => {
        const text = readFileSync(path, 'utf8');
        const rest = text.replaceAll(OPEN_PATENT_DATABASE.en, '').replaceAll(OPEN_PATENT_DATABASE.ja, '');
        return OTHER_NAMES.filter((name) => name.test(rest)).map((name) => `${relative(ROOT, path)}: ${name.source}`);
      }),
    );
    expect(found).toEqual([]);
  });
});
