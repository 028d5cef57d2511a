import { describe, expect, it } from 'vitest';
import { markdownTargets } from './markdown-links.ts';

describe('markdownTargets', () => {
  it('finds inline, reference-style and entity-encoded links and images', () => {
    const text = '[a](https://www.inpit.go.jp/) [b][ref] [c](&#106;avascript:alert(1)) ![i](/img/x.png)\n\n[ref]: javascript:alert(2)\n';
    expect(markdownTargets(text)).toEqual([
      { kind: 'link', url: 'https://www.inpit.go.jp/' },
      { kind: 'link', url: 'javascript:alert(2)' },
      { kind: 'link', url: 'javascript:alert(1)' },
      { kind: 'image', url: '/img/x.png' },
    ]);
  });

  it('finds nothing in plain text', () => {
    expect(markdownTargets('営業秘密とは **秘密として管理** されている情報です。')).toEqual([]);
  });
});
