/**
 * Reads XML our writers emit (the Atom feeds) with fast-xml-parser, an independent reader: XMLValidator first
 * (tags, nesting, quoting, duplicate attributes, one root, bare &), then XMLParser. It also rejects what the
 * validator lets through but our writer must never emit: control characters XML 1.0 forbids, entities other than
 * the five XML ones and character references, a raw ]]>, comments and CDATA, and < inside an attribute value.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The unescaped text directly inside the element, concatenated. */
  text: string;
  elements: XmlElement[];
  child(name: string): XmlElement | undefined;
  children(name: string): XmlElement[];
}

/** A node of XMLParser's preserveOrder output: one key (element name or #text) and ':@' for attributes. */
type OrderedNode = { [name: string]: OrderedNode[] | string } & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  ignoreDeclaration: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Character references (&#65; &#x41;); other HTML names never get this far (checked below).
  htmlEntities: true,
});

function check(xml: string): void {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  const problems: [RegExp, string][] = [
    [/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u, 'a control character XML 1.0 forbids'],
    [/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/u, 'an & that starts no XML entity or character reference'],
    [/\]\]>/u, 'a raw ]]>'],
    [/<!/u, 'a comment, CDATA section or DTD'],
    // Our writer escapes both quotes in text, so a quote followed by < before the next quote is inside an attribute.
    [/\s[\w:.-]+\s*=\s*(?:"[^"]*<|'[^']*<)/u, 'a raw < in an attribute value'],
  ];
  for (const [pattern, what] of problems) {
    const at = pattern.exec(xml)?.index;
    if (at !== undefined) throw new Error(`XML has ${what} at offset ${at}: ${JSON.stringify(xml.slice(Math.max(0, at - 30), at + 30))}`);
  }
}

function toElement(node: OrderedNode): XmlElement {
  const name = Object.keys(node).find((key) => key !== ':@')!;
  const content = node[name] as OrderedNode[];
  const elements = content.filter((child) => !('#text' in child)).map(toElement);
  return {
    name,
    attributes: { ...node[':@'] },
    text: content.map((child) => ('#text' in child ? String(child['#text']) : '')).join(''),
    elements,
    child: (wanted) => elements.find((element) => element.name === wanted),
    children: (wanted) => elements.filter((element) => element.name === wanted),
  };
}

/** The root element of a well-formed document; throws, saying what is wrong, on anything else. */
export function readXml(xml: string): XmlElement {
  check(xml);
  const roots = (parser.parse(xml) as OrderedNode[]).filter((node) => !('#text' in node));
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return toElement(roots[0]!);
}
