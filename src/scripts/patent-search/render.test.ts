import { describe, expect, it } from 'vitest';
import type { PatentMeta } from '#src/utils/search/patent-contract.ts';
import { paginationList, patentPath, resultItem } from './render.ts';
import { buildLabels } from './text.ts';

/**
 * Just enough of the DOM for render.ts: elements, attributes, text. Setting markup (innerHTML and friends) throws,
 * so a test fails if rendering ever takes that path; serialize() escapes like a browser, so data shows as text.
 */
class FakeText {
  readonly data: string;
  constructor(data: string) {
    this.data = data;
  }
  get textContent(): string {
    return this.data;
  }
}
class FakeElement {
  readonly attributes = new Map<string, string>();
  children: (FakeElement | FakeText)[] = [];
  readonly tagName: string;
  constructor(tagName: string) {
    this.tagName = tagName;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  append(...nodes: (FakeElement | FakeText | string)[]): void {
    for (const node of nodes) this.children.push(typeof node === 'string' ? new FakeText(node) : node);
  }
  get textContent(): string {
    return this.children.map((child) => child.textContent).join('');
  }
  set textContent(value: string) {
    this.children = [new FakeText(value)];
  }
  set innerHTML(_value: string) {
    throw new Error('innerHTML used');
  }
  set outerHTML(_value: string) {
    throw new Error('outerHTML used');
  }
  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML used');
  }
  /** Descendants (and self) matching a tag and optional attribute. */
  findAll(tag: string, attribute?: string): FakeElement[] {
    const own = this.tagName === tag && (!attribute || this.attributes.has(attribute)) ? [this] : [];
    return [...own, ...this.children.flatMap((child) => (child instanceof FakeElement ? child.findAll(tag, attribute) : []))];
  }
}
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
function serialize(node: FakeElement | FakeText): string {
  if (node instanceof FakeText) return escapeText(node.data);
  const attributes = [...node.attributes].map(([name, value]) => ` ${name}="${escapeText(value).replaceAll('"', '&quot;')}"`).join('');
  return `<${node.tagName}${attributes}>${node.children.map(serialize).join('')}</${node.tagName}>`;
}
const doc = {
  createElement: (tag: string) => new FakeElement(tag),
  createTextNode: (text: string) => new FakeText(text),
  body: {
    set innerHTML(_value: string) {
      throw new Error('innerHTML used');
    },
  },
} as unknown as Document;
const fake = (node: unknown) => node as FakeElement;

const fields = [{ id: 'ict', ja: '情報・通信', en: 'Information and communications' }];
const ja = buildLabels('ja', fields, { sample: 'サンプル', sampleHidden: '（実在しないデータ）' });
const en = buildLabels('en', fields, { sample: 'Sample', sampleHidden: ' (not real data)' });

const meta: PatentMeta = {
  title: 'センサ装置',
  title_en: 'Sensor device',
  license_no: 'L20160000123',
  field: 'ict',
  holder: '株式会社テスト',
  holder_type: 'university',
  license_terms: 'license',
  registered: '2016-04-01',
  sample: '1',
};

describe('resultItem', () => {
  it('links the title to the detail page and lists the facts (ja)', () => {
    const item = fake(resultItem(doc, meta, ja));
    const links = item.findAll('a', 'data-result-link');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('/patents/L20160000123/');
    expect(links[0]!.getAttribute('hreflang')).toBeNull();
    expect(links[0]!.textContent).toBe('センサ装置');
    expect(item.findAll('h3')[0]!.textContent).toBe('センサ装置 サンプル（実在しないデータ）');
    const facts = item.findAll('div').map((div) => div.textContent);
    expect(facts).toEqual([
      'ライセンス番号L20160000123',
      '分野情報・通信',
      '権利者株式会社テスト',
      '権利者種別大学',
      'ライセンス形態実施許諾',
      '登録日2016年4月1日',
    ]);
    expect(item.findAll('time')[0]!.getAttribute('datetime')).toBe('2016-04-01');
    expect(item.findAll('span', 'lang')).toHaveLength(0);
  });

  it('shows the English title on English pages, else the Japanese one marked lang="ja"; links hreflang="ja"', () => {
    const english = fake(resultItem(doc, meta, en));
    const link = english.findAll('a', 'data-result-link')[0]!;
    expect(link.textContent).toBe('Sensor device');
    expect(link.getAttribute('hreflang')).toBe('ja');
    expect(english.findAll('div').map((div) => div.textContent)).toContain('Holder type' + 'University');
    // The holder's name is Japanese.
    expect(english.findAll('span', 'lang').map((span) => [span.getAttribute('lang'), span.textContent])).toEqual([
      ['ja', '株式会社テスト'],
    ]);

    const untranslated = fake(resultItem(doc, { ...meta, title_en: undefined, sample: undefined }, en));
    const title = untranslated.findAll('a', 'data-result-link')[0]!;
    expect(serialize(title)).toBe(
      '<a href="/patents/L20160000123/" hreflang="ja" data-result-link=""><span lang="ja">センサ装置</span></a>',
    );
    expect(untranslated.findAll('span', 'class')).toHaveLength(0);
  });

  it('renders data as text, never as markup', () => {
    const hostile = { ...meta, title: '<img src=x onerror=alert(1)>', holder: '"><script>alert(2)</script>', field: '<b>x</b>' };
    const item = fake(resultItem(doc, hostile, ja));
    expect(item.findAll('img')).toHaveLength(0);
    expect(item.findAll('script')).toHaveLength(0);
    expect(item.findAll('b')).toHaveLength(0);
    const html = serialize(item);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('"&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('shows a line of the summary with the matched words marked, as text: ｾﾝｻｰ marks センサー', () => {
    const summary = '<b>高感度</b>のセンサーとセンサ回路';
    const item = fake(resultItem(doc, { ...meta, summary }, ja, ['センサ']));
    const line = item.findAll('p', 'class')[0]!;
    expect(line.getAttribute('class')).toBe('result-excerpt');
    expect(line.textContent).toBe(summary);
    expect(line.findAll('mark').map((mark) => mark.textContent)).toEqual(['センサー', 'センサ']);
    expect(line.findAll('b')).toHaveLength(0);
    expect(serialize(line)).toContain('&lt;b&gt;高感度&lt;/b&gt;の<mark>センサー</mark>と<mark>センサ</mark>回路');
    // No summary, no line; no words, nothing marked.
    expect(fake(resultItem(doc, meta, ja)).findAll('p')).toHaveLength(0);
    expect(fake(resultItem(doc, { ...meta, summary }, ja)).findAll('mark')).toHaveLength(0);
  });

  it('gives no link for a license number that is not a path segment', () => {
    expect(patentPath('L20160000123')).toBe('/patents/L20160000123/');
    for (const bad of ['../admin', 'javascript:alert(1)', '', 'L1/2', 'L1?x', '//evil.example'])
      expect(patentPath(bad), bad).toBeUndefined();
    const item = fake(resultItem(doc, { ...meta, license_no: 'javascript:alert(1)' }, ja));
    expect(item.findAll('a')).toHaveLength(0);
  });
});

describe('paginationList', () => {
  const hrefFor = (page: number) => `/patents/search/?q=x&page=${page}`;

  it('renders previous, numbered pages with aria-current and gaps, and next', () => {
    const list = fake(paginationList(doc, 6, 12, hrefFor, ja));
    const links = list.findAll('a');
    expect(links.map((a) => a.textContent)).toEqual([
      '前へ',
      '1ページ',
      '4ページ',
      '5ページ',
      '6ページ',
      '7ページ',
      '8ページ',
      '12ページ',
      '次へ',
    ]);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('data-page'))).toEqual(['6']);
    expect(links[0]!.getAttribute('href')).toBe('/patents/search/?q=x&page=5');
    expect(links[0]!.getAttribute('rel')).toBe('prev');
    expect(links.at(-1)!.getAttribute('href')).toBe('/patents/search/?q=x&page=7');
    expect(list.findAll('li', 'aria-hidden')).toHaveLength(2);
  });

  it('leaves out previous on the first page and next on the last; nothing for one page', () => {
    const first = fake(paginationList(doc, 1, 3, hrefFor, en));
    expect(first.findAll('a').map((a) => a.textContent)).toEqual(['1', '2', '3', 'Next']);
    const last = fake(paginationList(doc, 3, 3, hrefFor, en));
    expect(last.findAll('a').map((a) => a.textContent)).toEqual(['Previous', '1', '2', '3']);
    expect(paginationList(doc, 1, 1, hrefFor, en)).toBeUndefined();
  });
});
