/** Reading the shared build of data/ for the feature checks (tests/features/): its pages, and the attributes of their elements. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { shippedSiteDir } from '../helpers/site-build.ts';

export const siteDir = async (): Promise<string> => shippedSiteDir();

/** Every HTML page of the build, as site paths ('/seminars/', '/404.html'). */
export function htmlPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(dir, path).replace(/index\.html$/u, '')}`);
    }
  };
  walk(dir);
  return pages.sort();
}

export const readPage = (dir: string, path: string) => readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
export const decodeAttribute = (value: string) => value.replace(/&(amp|lt|gt|quot|apos|#39);/gu, (_, name: string) => ENTITIES[name]!);

/** The opening tags matching `tag` (e.g. 'link', 'a', 'script') whose attributes include every `where` pair. */
export function tags(html: string, tag: string, where: Record<string, string> = {}): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'giu'))]
    .map((match) =>
      Object.fromEntries([...match[1]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/gu)].map((a) => [a[1]!, decodeAttribute(a[2] ?? '')])),
    )
    .filter((attributes) => Object.entries(where).every(([name, value]) => attributes[name] === value));
}
