import { describe, expect, it } from 'vitest';
import { readXml } from './xml.ts';

describe('readXml (the feed tests rely on it rejecting bad XML)', () => {
  it('reads elements, attributes and unescaped text, character references included', () => {
    const root = readXml('<?xml version="1.0"?>\n<a x="1 &amp; 2" y=\'&quot;\'><b>&lt;t&gt; &#x41;&#66; &amp;lt;</b><c/></a>\n');
    expect(root.name).toBe('a');
    expect(root.attributes).toEqual({ x: '1 & 2', y: '"' });
    expect(root.child('b')?.text).toBe('<t> AB &lt;');
    expect(root.children('c')).toHaveLength(1);
  });

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a missing end tag', '<a>'],
    ['a bare ampersand', '<a>Tom & Jerry</a>'],
    ['a bare ampersand in an attribute', '<a x="Tom & Jerry"></a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a raw < in text', '<a>1 < 2</a>'],
    ['a raw < in an attribute', '<a x="1 < 2"></a>'],
    ['a raw ]]> in text', '<a>x ]]> y</a>'],
    ['an unquoted attribute', '<a x=1></a>'],
    ['a quote inside an attribute', '<a x="say "hi""></a>'],
    ['a duplicate attribute', '<a x="1" x="2"></a>'],
    ['two roots', '<a></a><b></b>'],
    ['text outside the root', 'hello<a></a>'],
    ['a control character', '<a>\u0001</a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['a comment', '<a><!-- x --></a>'],
  ])('rejects %s', (_, xml) => {
    expect(() => readXml(xml)).toThrow();
  });
});
