import { describe, expect, it } from 'vitest';
import type { Patent } from '../data/load.ts';
import { endOnWholeWord, indexedPageUrl, patentIndexPage, patentMeta, patentSearchText, patentWordParts } from './patent-records.ts';
import { searchQuery } from '../utils/search/words.ts';

const patent: Patent = {
  license_no: 'L2016001200',
  title: 'りんごの糖度を測るコンピューター装置',
  title_en: 'Computer device measuring the sugar content of apples',
  summary: 'ＵＳＢ接続のｾﾝｻｰで測定する。',
  field: 'measurement',
  holder: '国立大学法人サンプル大学',
  holder_type: 'university',
  application_no: '2012-123456',
  patent_no: '5946067',
  ipc: ['G01N 33/02'],
  license_terms: 'either',
  keywords: ['糖度', '非破壊検査'],
  registered: '2016-04-01',
  sample: true,
};
const field = { id: 'measurement', ja: '計測・分析', en: 'Measurement and analysis' };

describe('patentIndexPage', () => {
  const page = patentIndexPage(patent, field, 'ja');
  const attributes = (name: string) => [...page.matchAll(new RegExp(`${name}="([^"]*)"`, 'gu'))].map((match) => match[1]);
  const element = (html: string, tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`, 'u').exec(html)?.[1];

  it('is indexed under its license number, in the language Pagefind neither segments nor stems', () => {
    expect(indexedPageUrl(patent)).toBe('/L2016001200.html');
    expect(page).toMatch(/^<!doctype html><html lang="und">/u);
  });

  it('holds no Pagefind filters or sorts: the facet table does that', () => {
    expect(attributes('data-pagefind-filter')).toEqual([]);
    expect(attributes('data-pagefind-sort')).toEqual([]);
    expect(attributes('data-pagefind-meta')).toEqual([]);
  });

  it('puts the title in the page language in the heading (weighted), and everything else in the text', () => {
    expect(element(page, 'h1')).toBe(searchQuery(patent.title));
    // Other spellings (りんご: 林檎) in an element of their own, weighted below the text.
    const variants = /<div data-pagefind-weight="0\.5">([^<]*)<\/div>/u.exec(page)?.[1];
    expect(variants?.split(' ')).toContain('林檎');
    expect([element(page, 'h1'), element(page, 'p'), variants].join(' ')).toBe(patentSearchText(patent, field, 'ja'));
    const english = patentIndexPage(patent, field, 'en');
    expect(element(english, 'h1')).toBe(searchQuery(patent.title_en!));
    expect(element(english, 'p')!.split(' ')).toEqual(expect.arrayContaining(searchQuery(patent.title).split(' ')));
    // A patent without an English title has its Japanese one in the English heading.
    expect(element(patentIndexPage({ ...patent, title_en: undefined }, field, 'en'), 'h1')).toBe(searchQuery(patent.title));
  });

  it('is the same page in each language from words segmented once for both', () => {
    const parts = patentWordParts(patent);
    for (const lang of ['ja', 'en'] as const)
      expect(patentIndexPage(patent, field, lang, parts)).toBe(patentIndexPage(patent, field, lang));
    const other = patentWordParts({ ...patent, summary: '別の概要' });
    expect(patentIndexPage(patent, field, 'ja', other)).toContain(searchQuery('別の概要').split(' ')[0]);
  });

  it('ends each block on a word Pagefind does not cut into parts, where there is one', () => {
    // Without numbers, the licence number would end the text: Pagefind would index its digits as a word too.
    const page = patentIndexPage({ ...patent, patent_no: undefined, application_no: undefined }, field, 'ja');
    const words = element(page, 'p')!.split(' ');
    expect(words).toContain('l2016001200');
    expect(words.at(-1)).toMatch(/^(?:\p{N}+|\p{L}+)$/u);
    expect(endOnWholeWord(['a1', 'センサ', 'h02m', 'l2016'])).toEqual(['a1', 'h02m', 'l2016', 'センサ']);
    expect(endOnWholeWord(['h02m', 'l2016'])).toEqual(['h02m', 'l2016']);
    expect(endOnWholeWord([])).toEqual([]);
  });

  it('escapes the text and the attributes', () => {
    const tricky = patentIndexPage({ ...patent, summary: '<b>A&B</b> "quoted"', title: '<i>x</i>' }, field, 'ja');
    expect(tricky).not.toMatch(/<b>|<i>|A&B|"quoted"/u);
  });
});

describe('patentSearchText', () => {
  const words = (lang: 'ja' | 'en') => new Set(patentSearchText(patent, field, lang).split(' '));

  it('indexes every way of typing its words and numbers the same as the query, in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const typed of [
        'リンゴ',
        'りんご',
        'コンピュータ',
        'usb',
        'ＵＳＢ',
        'センサー',
        '特許第5946067号',
        '特願2012-123456',
        'L2016001200',
        'apples',
        'apple',
        'measure',
        'G01N',
        '非破壊検査',
        'サンプル大学',
        '測定',
      ]) {
        for (const word of searchQuery(typed).split(' ')) expect(words(lang), `${lang}: ${typed} → ${word}`).toContain(word);
      }
    }
  });

  it("holds the labels of its own page's language", () => {
    for (const typed of ['計測', '大学', '実施許諾'])
      for (const word of searchQuery(typed).split(' ')) expect(words('ja'), typed).toContain(word);
    for (const typed of ['Measurement', 'University', 'License'])
      for (const word of searchQuery(typed).split(' ')) expect(words('en'), typed).toContain(word);
    expect(words('ja')).not.toContain(searchQuery('University'));
    expect(words('en')).not.toContain(searchQuery('実施許諾'));
  });

  it('holds each word once', () => {
    for (const lang of ['ja', 'en'] as const) {
      const list = patentSearchText({ ...patent, summary: 'センサで測る。センサで測る。りんご' }, field, lang).split(' ');
      expect(list.length).toBe(new Set(list).size);
    }
  });
});

describe('patentMeta', () => {
  it('keeps the fields the results list, print view and CSV show', () => {
    expect(patentMeta(patent)).toEqual({
      title: patent.title,
      title_en: patent.title_en,
      license_no: 'L2016001200',
      field: 'measurement',
      holder: '国立大学法人サンプル大学',
      holder_type: 'university',
      license_terms: 'either',
      registered: '2016-04-01',
      // One form for numbers, however the data wrote them.
      patent_no: '特許第5946067号',
      application_no: '特願2012-123456',
      sample: '1',
      summary: patent.summary,
      ipc: 'G01N 33/02',
      keywords: '糖度; 非破壊検査',
      applied_products: patent.applied_products,
      contact: patent.contact,
    });
    expect(patentMeta({ ...patent, sample: false }).sample).toBeUndefined();
  });
});
