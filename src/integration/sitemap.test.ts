import { describe, expect, it } from 'vitest';
import { hreflangLinks, isSitemapPage } from './sitemap.ts';

const site = 'https://portal.example.jp';
const built = new Set(['/', '/en/', '/faq/', '/en/faq/', '/patents/L1/', '/en/only-english/'].map((path) => `${site}${path}`));

describe('hreflangLinks', () => {
  it('links the ja and en URLs of a page built in both languages, from either one', () => {
    const links = [
      { url: `${site}/faq/`, lang: 'ja' },
      { url: `${site}/en/faq/`, lang: 'en' },
    ];
    expect(hreflangLinks(`${site}/faq/`, built)).toEqual(links);
    expect(hreflangLinks(`${site}/en/faq/`, built)).toEqual(links);
    expect(hreflangLinks(`${site}/en/`, built)).toEqual([
      { url: `${site}/`, lang: 'ja' },
      { url: `${site}/en/`, lang: 'en' },
    ]);
  });

  it('gives none to a page built in one language only', () => {
    expect(hreflangLinks(`${site}/patents/L1/`, built)).toBeUndefined();
    expect(hreflangLinks(`${site}/en/only-english/`, built)).toBeUndefined();
  });

  it('does not take a path that merely starts with "en" for English', () => {
    const withEnglishLike = new Set([...built, `${site}/environment/`, `${site}/en/environment/`]);
    expect(hreflangLinks(`${site}/environment/`, withEnglishLike)?.map((link) => link.url)).toEqual([
      `${site}/environment/`,
      `${site}/en/environment/`,
    ]);
  });
});

describe('isSitemapPage', () => {
  it('leaves out the status pages in both languages', () => {
    expect(isSitemapPage(`${site}/404/`)).toBe(false);
    expect(isSitemapPage(`${site}/en/404/`)).toBe(false);
    expect(isSitemapPage(`${site}/faq/`)).toBe(true);
    expect(isSitemapPage(`${site}/patents/L404/`)).toBe(true);
  });
});
