/**
 * Every Japanese word on an English page is marked lang="ja" (WCAG 3.1.2, language of parts): data shown as typed
 * (titles, cities, venues), quoted terms in the guides and example queries alike. htmlparser2 reads the pages.
 */
import { ElementType, parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage, siteDir } from './built-site.ts';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NOT_TEXT = new Set(['script', 'style', 'template']);

/** The Japanese text nodes of a page whose nearest lang="…" is not ja. */
function unmarkedJapanese(html: string): string[] {
  const found: string[] = [];
  const visit = (nodes: Node[], lang: string) => {
    for (const node of nodes) {
      if (node.type === ElementType.Text) {
        if (lang !== 'ja' && JAPANESE.test(node.data)) found.push(node.data.trim());
      } else if (node.type === ElementType.Tag && !NOT_TEXT.has(node.name)) {
        visit(node.children, node.attribs.lang ?? lang);
      }
    }
  };
  visit(parseDocument(html).children, 'en');
  return found;
}

let dir: string;
beforeAll(async () => {
  dir = await siteDir();
});

describe('English pages', () => {
  it('mark every Japanese word with lang="ja"', () => {
    const pages = htmlPages(dir).filter((path) => path.startsWith('/en/'));
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap((path) => unmarkedJapanese(readPage(dir, path)).map((text) => `${path}: ${text}`));
    expect(problems).toEqual([]);
  });

  it('the check itself finds an unmarked word, and accepts a marked one', () => {
    expect(unmarkedJapanese('<html lang="en"><body><p>e.g. sensor, センサ</p></body></html>')).toEqual(['e.g. sensor, センサ']);
    expect(
      unmarkedJapanese('<html lang="en"><body><p>e.g. <span lang="ja">センサ</span></p><script>"センサ"</script></body></html>'),
    ).toEqual([]);
  });

  it('show the English city and venue names the data gives', () => {
    const list = readPage(dir, '/en/seminars/');
    expect(list).toContain('Kobe');
    expect(list).toContain('Tokyo venue');
    expect(list).not.toMatch(/<span lang="ja">東京会場<\/span>/u);
    expect(readPage(dir, '/en/patents/search/')).toContain('<span lang="ja">センサ</span>');
  });
});
