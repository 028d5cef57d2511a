/**
 * What the nginx and Caddy configurations need from the header rules (../headers-file.ts): the headers every path
 * gets, and the per-path rules, each setting Cache-Control or Content-Type. Both renderers share this split so that
 * a rule neither can express fails the build of the configurations instead of being left out.
 */
import type { HeaderRule } from '../headers-file.ts';

export const ALL_PATHS = '/*';
export type PathHeader = 'Cache-Control' | 'Content-Type';

export interface SplitRules {
  everywhere: [name: string, value: string][];
  byPath: { path: string; name: PathHeader; value: string }[];
}

export function splitRules(rules: readonly HeaderRule[]): SplitRules {
  const everywhere: [string, string][] = [];
  const byPath: SplitRules['byPath'] = [];
  for (const rule of rules) {
    if (rule.path === ALL_PATHS) {
      everywhere.push(...rule.headers);
      continue;
    }
    for (const [name, value] of rule.headers) {
      if (name !== 'Cache-Control' && name !== 'Content-Type')
        throw new Error(`Host configurations: ${rule.path} sets ${name}; only Cache-Control and Content-Type may vary by path`);
      byPath.push({ path: rule.path, name, value });
    }
  }
  return { everywhere, byPath };
}

/** The rules again, one per path, in a fixed order: for comparing what each configuration says. */
export function canonicalRules(rules: readonly HeaderRule[]): HeaderRule[] {
  const byPath = new Map<string, Map<string, string>>();
  for (const rule of rules) {
    const headers = byPath.get(rule.path) ?? new Map<string, string>();
    for (const [name, value] of rule.headers) headers.set(name, value);
    byPath.set(rule.path, headers);
  }
  return [...byPath]
    .map(([path, headers]) => ({ path, headers: [...headers].sort(([a], [b]) => a.localeCompare(b)) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A quoted string for nginx and Caddy: both take "…" with \" and \\ escapes. */
export const quote = (text: string) => `"${text.replace(/[\\"]/gu, '\\$&')}"`;
export const unquote = (text: string) => (text.startsWith('"') ? text.slice(1, -1).replace(/\\(.)/gu, '$1') : text);
