/**
 * dist/_headers, in the format Netlify and Cloudflare Pages read: the security headers for every path (csp.ts), and
 * how long browsers may keep each kind of file. Also parses such a file and answers which headers a path gets, so
 * that tests check the rules against a built site and the benchmark's server applies them as those hosts do.
 */
import { CSP_HEADER, REFERRER_POLICY } from './csp.ts';
import { OFFLINE_MANIFEST, PATENT_LANGS, patentBundlePath } from './search/patent-contract.ts';

/** A year, and never revalidated: for files whose names change whenever their bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Content-hashed files: Astro's bundles, and Pagefind's index chunks, filters, fragments and metadata (named by a
 * hash of their bytes and reached through pagefind-entry.json, which is fetched with the build id). Not
 * pagefind.js, its worker and wasm, the entry file, or the patent record tables: those keep their names across
 * builds.
 */
export const IMMUTABLE_PATHS: readonly string[] = [
  '/_astro/*',
  ...['/pagefind/', ...PATENT_LANGS.map(patentBundlePath)].flatMap((bundle) => [
    `${bundle}index/*`,
    `${bundle}filter/*`,
    `${bundle}fragment/*`,
    `${bundle}*.pf_meta`,
  ]),
];

/** Must be revalidated: the service worker and the files that name the current build, or a CDN could keep an old build alive. */
export const REVALIDATED_PATHS: readonly string[] = [
  '/sw.js',
  '/build.json',
  ...PATENT_LANGS.map((lang) => `${patentBundlePath(lang)}${OFFLINE_MANIFEST}`),
];

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Sent with every response. */
export const SECURITY_HEADERS: readonly [name: string, value: string][] = [
  ['Content-Security-Policy', CSP_HEADER],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', REFERRER_POLICY],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Calendar files, for hosts that do not know the .ics type. */
export const CALENDAR_PATH = '/*.ics';
export const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/**
 * Every header rule, in the order a _headers file lists them (a later rule wins for the same header). The one
 * source of dist/_headers and the nginx and Caddy configurations (src/utils/hosting/).
 */
export function headerRules(): HeaderRule[] {
  return [
    { path: '/*', headers: SECURITY_HEADERS.map(([name, value]) => [name, value]) },
    ...REVALIDATED_PATHS.map((path): HeaderRule => ({ path, headers: [['Cache-Control', 'no-cache']] })),
    ...IMMUTABLE_PATHS.map((path): HeaderRule => ({ path, headers: [['Cache-Control', IMMUTABLE]] })),
    { path: CALENDAR_PATH, headers: [['Content-Type', CALENDAR_TYPE]] },
  ];
}

export function headersFile(rules: readonly HeaderRule[] = headerRules()): string {
  return `${rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n')}\n`;
}

/** The rules of a _headers file: a path line, then its indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path, or without a colon: ${line.trim()}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a path gets: every matching rule's, in file order (`*` matches any characters, as on both hosts). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.split('*').map(escapeRegExp).join('.*')}$`, 'u');
    if (!pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
  }
  return headers;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
