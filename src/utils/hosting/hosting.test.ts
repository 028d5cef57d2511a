import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerRules, headersFor, parseHeadersFile } from '../headers-file.ts';
import { caddyfile, parseCaddyfile } from './caddy.ts';
import { HOSTING_DIR, hostingFiles } from './files.ts';
import { globToRegex, nginxConfig, parseNginxConfig } from './nginx.ts';
import { canonicalRules, splitRules } from './rules.ts';

const ROOT = join(import.meta.dirname, '../../..');
const rules = headerRules();
const SAMPLE_PATHS = [
  '/',
  '/seminars/',
  '/seminars/upcoming.ics',
  '/en/seminars/region/kanto.ics',
  '/_astro/Base.BL8aGhXn.css',
  '/pagefind/pagefind.ja_f428827af7.pf_meta',
  '/pagefind-patents/en/filter/und_6283e28.pf_filter',
  '/pagefind-patents/ja/pagefind.js',
  '/pagefind-patents/ja/offline-manifest.json',
  '/sw.js',
  '/build.json',
];

describe('host configurations', () => {
  it('say the same as the header rules, read back from each file', () => {
    const expected = canonicalRules(rules);
    const files = hostingFiles();
    expect(canonicalRules(parseHeadersFile(files._headers!))).toEqual(expected);
    expect(canonicalRules(parseNginxConfig(files['nginx.conf']!))).toEqual(expected);
    expect(canonicalRules(parseCaddyfile(files.Caddyfile!))).toEqual(expected);
    expect(expected.find((rule) => rule.path === '/*')?.headers.map(([name]) => name)).toContain('Content-Security-Policy');
  });

  it('nginx: the first matching map regex gives each path the Cache-Control that _headers gives it', () => {
    const text = nginxConfig(rules);
    const map = [...text.matchAll(/^ {4}"~((?:[^"\\]|\\.)*)" "([^"]*)";$/gmu)].map((match) => ({
      regex: new RegExp(match[1]!.replace(/\\\\/gu, '\\'), 'u'),
      value: match[2],
    }));
    expect(map.length).toBeGreaterThan(5);
    for (const path of SAMPLE_PATHS) {
      expect(map.find(({ regex }) => regex.test(path))?.value, path).toBe(headersFor(rules, path).get('cache-control'));
    }
  });

  it('Caddy: suffix globs are written as suffix matches, which reach into folders', () => {
    expect(caddyfile(rules)).toMatch(/^\t@rule\d+ path \*\.ics$/mu);
    expect(globToRegex('/*.ics')).toBe('^/.*\\.ics$');
  });

  it('refuse a per-path header they cannot express', () => {
    expect(() => splitRules([{ path: '/x/*', headers: [['X-Frame-Options', 'DENY']] }])).toThrow(/X-Frame-Options/u);
  });

  it(`are committed in ${HOSTING_DIR} as generated (run npm run docs:hosting after changing the rules)`, () => {
    for (const [name, text] of Object.entries(hostingFiles())) {
      expect(readFileSync(join(ROOT, HOSTING_DIR, name), 'utf8'), name).toBe(text);
    }
  });
});
