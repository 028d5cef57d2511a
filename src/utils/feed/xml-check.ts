/**
 * A strict parser for the XML subset the feed writer emits (declaration, elements, attributes, text, the five
 * named entities and character references; no DTD, comments or CDATA). Tests use it to prove a feed is
 * well-formed and to read values back; it throws on anything malformed.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Concatenated, unescaped text directly inside the element. */
  text: string;
  elements: XmlElement[];
  child(name: string): XmlElement | undefined;
  children(name: string): XmlElement[];
}

const NAME = '[A-Za-z_][A-Za-z0-9_.:-]*';
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9A-Fa-f]+));/gu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(raw: string, where: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/u.test(raw)) throw new Error(`bare & in ${where}`);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u.test(raw)) throw new Error(`forbidden character in ${where}`);
  return raw.replace(ENTITY, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
    named ? NAMED[named]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

function element(name: string, attributes: Record<string, string>): XmlElement {
  return {
    name,
    attributes,
    text: '',
    elements: [],
    child(n) {
      return this.elements.find((e) => e.name === n);
    },
    children(n) {
      return this.elements.filter((e) => e.name === n);
    },
  };
}

function parseAttributes(source: string, tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'gyu');
  let index = 0;
  while (index < source.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) {
      if (/^\s*$/u.test(source.slice(index))) break;
      throw new Error(`malformed attributes in <${tag}>: ${source.slice(index, index + 40)}`);
    }
    const name = match[1]!;
    if (name in attributes) throw new Error(`duplicate attribute ${name} in <${tag}>`);
    attributes[name] = unescape(match[2] ?? match[3] ?? '', `attribute ${name}`);
    index = pattern.lastIndex;
  }
  return attributes;
}

export function parseXml(xml: string): XmlElement {
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/u, '');
  if (rest.includes('<?') || rest.includes('<!')) throw new Error('processing instructions, DTDs, comments and CDATA are not expected');
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`, 'u');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (text.length > 0) {
      if (text.includes(']]>')) throw new Error('raw ]]> in text');
      const value = unescape(text, 'text');
      const open = stack.at(-1);
      if (!open) {
        if (value.trim() !== '') throw new Error('text outside the root element');
      } else open.text += value;
      rest = rest.slice(text.length);
      continue;
    }
    const match = tag.exec(rest);
    if (!match) throw new Error(`malformed tag: ${rest.slice(0, 40)}`);
    const [whole, closing, name, attrs, selfClosing] = match;
    rest = rest.slice(whole.length);
    if (closing) {
      if (attrs || selfClosing) throw new Error(`malformed end tag </${name}>`);
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> does not close <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const node = element(name!, parseAttributes(attrs ?? '', name!));
    const parent = stack.at(-1);
    if (parent) parent.elements.push(node);
    else if (root) throw new Error('more than one root element');
    else root = node;
    if (!selfClosing) stack.push(node);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}
