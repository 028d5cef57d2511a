import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('marks links to other sites as external, with the host, on pages', () => {
    const html = renderMarkdown('[IPA](https://www.ipa.go.jp/security/anshin/index.html)', 'ja');
    expect(html).toContain('class="external"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toMatch(/IPA<span class="external-mark">.*外部サイト.*ipa\.go\.jp.*<\/span><\/a>/u);
  });
  it('leaves site links and mailto: unmarked', () => {
    const html = renderMarkdown('[窓口](/windows/) [mail](mailto:a@example.jp)', 'ja');
    expect(html).not.toContain('external');
  });
  it('marks nested inline content correctly and leaves feeds (no language) unmarked', () => {
    expect(renderMarkdown('[**a**](https://a.example/) [b](/b/)', 'en').match(/external-mark/gu)).toHaveLength(1);
    expect(renderMarkdown('[a](https://a.example/)')).not.toContain('external-mark');
  });
});
