import { describe, expect, it } from 'vitest';
import { alternatePath, langOfPath, localizedPath, pick, stripLang, textIn } from './locales.ts';

describe('language paths', () => {
  it('maps pages between Japanese at the root and English under /en/', () => {
    expect(langOfPath('/seminars/')).toBe('ja');
    expect(langOfPath('/en/seminars/')).toBe('en');
    expect(langOfPath('/enquiry/')).toBe('ja');
    expect(localizedPath('/seminars/', 'en')).toBe('/en/seminars/');
    expect(localizedPath('/en/seminars/', 'ja')).toBe('/seminars/');
    expect(localizedPath('/', 'en')).toBe('/en/');
    expect(stripLang('/en/')).toBe('/');
    expect(alternatePath('/faq/')).toBe('/en/faq/');
    expect(alternatePath('/en/faq/')).toBe('/faq/');
  });
});

describe('pick', () => {
  it('uses the English field on English pages and marks Japanese fallbacks', () => {
    expect(pick('en', '東京', 'Tokyo')).toEqual({ text: 'Tokyo' });
    expect(pick('en', '東京')).toEqual({ text: '東京', lang: 'ja' });
    expect(pick('ja', '東京', 'Tokyo')).toEqual({ text: '東京' });
  });
});

describe('textIn', () => {
  it('gives the English value on English pages only, and the Japanese where there is none', () => {
    expect(textIn('en', '神戸市', 'Kobe')).toBe('Kobe');
    expect(textIn('ja', '神戸市', 'Kobe')).toBe('神戸市');
    expect(textIn('en', '神戸市')).toBe('神戸市');
    expect(textIn('en', '神戸市', '')).toBe('神戸市');
    // An optional field without a value stays without one.
    expect(textIn('en', undefined)).toBeUndefined();
    expect(textIn('ja', undefined, 'Kobe')).toBeUndefined();
  });
});
