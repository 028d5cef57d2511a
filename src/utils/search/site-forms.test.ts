import { describe, expect, it } from 'vitest';
import { FORMS_MARK, indexedText, parseVariantSources, searchForms, variantSources, withSearchForms } from './site-forms.ts';
import { variantLookup } from './variants.ts';
import { siteQuery } from './words.ts';

const lookup = variantLookup([
  ['漏洩', '漏えい'],
  ['インキ', 'インク'],
]);
const page = (body: string) =>
  `<!doctype html><html lang="ja"><body><header>漏えい</header><main id="main" data-pagefind-body>${body}</main></body></html>`;

describe('searchForms', () => {
  it('gives the folded forms the text does not spell, and the other spellings of its variants', () => {
    const forms = searchForms('りんごの漏えいとセンサーとウェハ', lookup);
    expect(forms).toEqual(expect.arrayContaining(['リンゴ', 'ウエハ', '漏洩']));
    expect(forms).not.toContain('センサ'); // センサー holds it: Pagefind matches the query センサ as a prefix
    expect(forms).not.toContain('漏えい');
  });

  it('leaves Latin words to Pagefind', () => {
    expect(searchForms('Trade secrets and ＵＳＢ', lookup)).toEqual([]);
  });
});

describe('withSearchForms', () => {
  it('adds the forms, marked, at the end of the indexed region only', () => {
    const html = withSearchForms(page('<h1>配管</h1><p>ガスの漏えい</p><script>インキ</script>'), lookup);
    expect(html).toContain(
      `<div data-pagefind-weight="0.5">${FORMS_MARK} 漏洩<span data-pagefind-meta="variant_sources:漏洩=漏えい"></span></div></main>`,
    );
    expect(html).not.toContain('インク');
  });

  it('leaves pages without an indexed region, or without forms, as they are', () => {
    const plain = '<html><body><main>漏えい</main></body></html>';
    expect(withSearchForms(plain, lookup)).toBe(plain);
    expect(withSearchForms(page('<p>配管</p>'), lookup)).toBe(page('<p>配管</p>'));
  });

  it('escapes what it adds', () => {
    expect(indexedText(page('<p>a &lt;b&gt; &amp; c</p>'))).toBe(' a <b> & c ');
    expect(withSearchForms(page('<p>&lt;りんご&gt;</p>'), lookup)).toContain(`${FORMS_MARK} リンゴ</div>`);
  });
});

describe('variantSources', () => {
  it('names the page word each variant form stands for, and nothing for forms from folding alone', () => {
    const text = 'りんごの漏えいとインキ';
    const forms = searchForms(text, lookup);
    expect(variantSources(text, forms, lookup)).toEqual([
      ['漏洩', '漏えい'],
      ['インク', 'インキ'],
    ]);
  });

  it('reads back as the results page gets it from the meta, ignoring broken pairs', () => {
    expect(parseVariantSources('漏洩=漏えい|インク=インキ')).toEqual({ 漏洩: '漏えい', インク: 'インキ' });
    expect(parseVariantSources('=x|y=|z')).toEqual({});
    expect(parseVariantSources(undefined)).toEqual({});
  });
});

describe('siteQuery', () => {
  it('folds Japanese as the forms are folded, and leaves Latin words as typed', () => {
    expect(siteQuery('ｾﾝｻｰ')).toBe('センサ');
    expect(siteQuery('ウェハ')).toBe('ウエハ');
    expect(siteQuery('りんご')).toBe('リンゴ');
    expect(siteQuery('Trade Secrets')).toBe('trade secrets');
    expect(siteQuery('漏洩  measuring')).toBe('漏洩 measuring');
  });
});
