import { describe, expect, it } from 'vitest';
import { externalHost, externalMarkHtml } from './external.ts';

describe('externalHost', () => {
  it('gives the host of http(s) links without www.', () => {
    expect(externalHost('https://www.inpit.go.jp/katsuyo/index.html')).toBe('inpit.go.jp');
    expect(externalHost('http://faq.inpit.go.jp/tradesecret/')).toBe('faq.inpit.go.jp');
  });
  it('is undefined for site links, anchors, mailto: and tel:', () => {
    for (const href of ['/windows/', '#top', 'mailto:a@example.jp', 'tel:0355', '']) expect(externalHost(href)).toBeUndefined();
  });
});

describe('externalMarkHtml', () => {
  it('names the link as external for screen readers and shows the host', () => {
    const html = externalMarkHtml('ipa.go.jp', 'ja');
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('<span class="visually-hidden">（外部サイト、</span>');
    expect(html).toContain('>ipa.go.jp<');
    expect(externalMarkHtml('ipa.go.jp', 'en')).toContain('(external site, ');
  });
  it('escapes the host', () => {
    expect(externalMarkHtml('a<b>', 'en')).toContain('a&lt;b&gt;');
  });
});
