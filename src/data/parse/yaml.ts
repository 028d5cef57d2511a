/** Reads YAML while keeping a map back to lines, so schema errors can point at the offending key. */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

export interface YamlSyntaxError {
  line: number;
  column: number;
  /** The parser's own words (English), or ours for the checks below. */
  detail: string;
  /** The yaml package's error code, or one of ours (COMMENT_IN_VALUE, NUMBER_CHANGES_TEXT, …). */
  code: string;
  /** What the message needs to name: the key, the text that would be lost, the value it would become. */
  params?: Record<string, string | number>;
}

export interface YamlFile {
  value: unknown;
  syntaxErrors: YamlSyntaxError[];
  /** Line and column of the value at `path`, or of the nearest ancestor that exists. */
  locate: (path: readonly PropertyKey[], options?: { key?: boolean }) => { line: number; column: number };
  /** Where `needle` is written in the value at `path` (e.g. a link target inside a Markdown answer). */
  locateText: (path: readonly PropertyKey[], needle: string) => { line: number; column: number };
}

export function readYaml(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/u, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const source = text.replace(/^\uFEFF/u, '');
  const found: Found[] = fullWidthSpaces(source).filter(({ offset }) => !insideText(document, source, offset));
  // yaml often reports two errors for one slip, starting at the same place: keep the one that says most.
  const byStart = new Map<number, Found>();
  for (const error of document.errors) {
    const located = locateError(document, source, error);
    if (!located) continue;
    const earlier = byStart.get(error.pos[0]);
    if (!earlier || located.code === 'CONTINUATION_INDENT') byStart.set(error.pos[0], located);
  }
  // A full-width space explains the errors that follow it; a bracket left open, every error after it.
  const parserErrors = [...byStart.values()].sort((a, b) => a.offset - b.offset);
  const unclosed = parserErrors.findIndex((error) => error.code === 'FLOW_NOT_CLOSED');
  if (found.length === 0) found.push(...(unclosed === -1 ? parserErrors : parserErrors.slice(0, unclosed + 1)));
  if (found.length === 0) found.push(...anchorsAndAliases(document), ...changedText(document, source));
  const syntaxErrors: YamlSyntaxError[] = found
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, ...rest }) => ({ ...position(offset), ...rest }));
  return {
    value: syntaxErrors.length > 0 ? undefined : document.toJS({ maxAliasCount: 100 }),
    syntaxErrors,
    locate: (path, options = {}) => position(findOffset(document, path, options.key ?? false)),
    locateText: (path, needle) => {
      const offset = findOffset(document, path, false);
      const found = source.indexOf(needle, offset);
      return position(found === -1 ? offset : found);
    },
  };
}

/**
 * Data files have no use for YAML anchors (&x) and aliases (*x), but staff type them by accident: Markdown bold at
 * the start of a value (answer: **重要**) is an alias, and "&注意" an anchor that silently drops the word. Both are
 * reported instead of read (which would also throw on a missing anchor or expand an alias bomb).
 */
function anchorsAndAliases(document: Document): Found[] {
  const found: Found[] = [];
  visit(document, (_key, node) => {
    if (isAlias(node)) found.push({ offset: rangeStart(node) ?? 0, detail: `*${node.source} is read as a YAML alias`, code: 'ALIAS' });
    else if (isNode(node) && node.anchor) found.push({ offset: rangeStart(node) ?? 0, detail: `&${node.anchor} is read as a YAML anchor`, code: 'ANCHOR' });
  });
  return found;
}

interface Found {
  offset: number;
  detail: string;
  code: string;
  params?: Record<string, string | number>;
}

type YamlError = Document['errors'][number];

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function nextLineStart(source: string, offset: number): number | undefined {
  const end = source.indexOf('\n', offset);
  return end === -1 ? undefined : end + 1;
}

/**
 * A full-width space (U+3000) where YAML needs a plain one: in the indentation, where it turns the line into a
 * new top-level key, or after "key:", where the line stops being "key: value". Either way text would end up
 * somewhere else without a parse error, so both are reported here, at the space itself.
 */
function fullWidthSpaces(source: string): Found[] {
  const found: Found[] = [];
  let start = 0;
  for (const line of source.split('\n')) {
    const indent = /^[ \t]*\u3000/u.exec(line);
    if (indent) found.push({ offset: start + indent[0].length - 1, detail: 'a full-width space (U+3000) in the indentation', code: 'FULLWIDTH_INDENT' });
    else {
      // Keys in the data contract are ASCII names; "- 　:　" is a value and stays as typed.
      const afterColon = /^[ \t]*(?:- )?[A-Za-z_][\w-]*:\u3000/u.exec(line);
      if (afterColon) found.push({ offset: start + afterColon[0].length - 1, detail: 'a full-width space (U+3000) after the colon', code: 'FULLWIDTH_AFTER_COLON' });
    }
    start += line.length + 1;
  }
  return found;
}

/**
 * Whether `offset` is inside text a value holds: a block (|, >) or quoted scalar, or a later line of a plain value
 * that runs over several lines. A full-width space there is content, not layout.
 */
function insideText(document: Document, source: string, offset: number): boolean {
  let inside = false;
  visit(document, {
    Scalar(_key, node) {
      const range = node.range;
      if (!range || range[0] >= offset || offset >= range[1]) return undefined;
      if (node.type !== 'PLAIN' || lineOf(source, range[0]) < lineOf(source, offset)) {
        inside = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return inside;
}

/** Puts a yaml error on the line that is wrong, with a code our messages can explain. */
function locateError(document: Document, source: string, error: YamlError): Found | undefined {
  const detail = firstLine(error.message);
  const [from, to] = error.pos;
  // A quote left open is reported at the end of the file; staff need the line where it was opened.
  if (error.code === 'MISSING_CHAR' && /quote/u.test(error.message)) return { offset: openingQuote(document, from), detail, code: error.code };
  if (error.code === 'DUPLICATE_KEY') return duplicateKey(document, source, from, detail);
  if (error.code === 'MISSING_CHAR' && /Sequence item without - indicator/u.test(error.message)) return { offset: from, detail, code: 'SEQ_ITEM_INDENT' };
  if (error.code === 'MISSING_CHAR' && /Implicit map keys need to be followed by map values/u.test(error.message)) return { offset: from, detail, code: 'MISSING_COLON' };
  if (/Flow (?:sequence|mapping)/u.test(error.message)) return { offset: unclosedFlow(source, from) ?? from, detail, code: 'FLOW_NOT_CLOSED' };
  if (error.code === 'MULTIPLE_DOCS') return { offset: from, detail, code: error.code };
  // "answer: **重要** です", "answer: !重要 です": the value starts with an alias, tag or anchor that yaml could not end.
  const value = /(?::|^\s*-)[ \t]+([*!&])/u.exec(source.slice(lineStart(source, from), from));
  if (value) {
    const code = value[1] === '*' ? 'ALIAS' : value[1] === '&' ? 'ANCHOR' : 'TAG';
    const offset = lineStart(source, from) + value.index + value[0].length - 1;
    return { offset, detail, code, params: { tag: /^\S+/u.exec(source.slice(offset))![0] } };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    // The error starts in a value ("id: a") and runs onto the next line: that next line is the one indented
    // too far, read as the value's continuation.
    const before = source.slice(lineStart(source, from), from);
    const next = nextLineStart(source, from);
    if (/:\s/u.test(before) && next !== undefined && next < Math.max(to, from + 1) + 1 && lineOf(source, to) > lineOf(source, from)) {
      const indent = /^[ \t]*/u.exec(source.slice(next))![0].length;
      return { offset: next + indent, detail, code: 'CONTINUATION_INDENT' };
    }
    if (error.code === 'MULTILINE_IMPLICIT_KEY') return { offset: from, detail, code: 'MISSING_COLON' };
    return { offset: from, detail, code: /compact mappings/u.test(detail) ? 'COLON_IN_VALUE' : error.code };
  }
  return { offset: from, detail, code: error.code };
}

/** The line of the [ or { that is never closed before `offset`. */
function unclosedFlow(source: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const char = source[i];
    if (char === ']' || char === '}') depth++;
    else if (char === '[' || char === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/**
 * Names the duplicated key and where it first appears. Inside a list item a repeated key usually means the
 * "- " that starts the next item is missing, so the message suggests it.
 */
function duplicateKey(document: Document, source: string, offset: number, detail: string): Found | undefined {
  let result: Found | undefined;
  visit(document, {
    Map(_key, map, path) {
      const keys = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const at = rangeStart(pair.key) ?? 0;
        if (at === offset) {
          const first = keys.get(name);
          // After a missing "- " every later key of the next item repeats too: the first one says it all.
          const firstName = isScalar(map.items[0]?.key) ? String(map.items[0].key.value) : undefined;
          if (isSeq(path[path.length - 1]) && firstName !== name && firstName !== undefined && repeatsBefore(map.items, firstName, offset)) {
            result = { offset: -1, detail, code: 'SKIP' };
            return visit.BREAK;
          }
          const inList = isSeq(path[path.length - 1]);
          const firstKey = isScalar(map.items[0]?.key) ? String(map.items[0].key.value) : undefined;
          result = {
            offset,
            detail,
            code: inList && name === firstKey ? 'DUPLICATE_KEY_ITEM' : 'DUPLICATE_KEY',
            params: { key: name, firstLine: first === undefined ? 0 : lineOf(source, first) },
          };
          return visit.BREAK;
        }
        if (!keys.has(name)) keys.set(name, at);
      }
      return undefined;
    },
  });
  if (result?.code === 'SKIP') return undefined;
  if (result) return result;
  return { offset, detail, code: 'DUPLICATE_KEY', params: { key: '', firstLine: 0 } };
}

/** Whether `name` occurs a second time among the keys before `offset`. */
function repeatsBefore(items: readonly { key: unknown }[], name: string, offset: number): boolean {
  let count = 0;
  for (const { key } of items) {
    if (!isScalar(key) || (rangeStart(key) ?? 0) >= offset) continue;
    if (String(key.value) === name) count++;
  }
  return count > 1;
}

/**
 * Text YAML would change or drop without an error: a " #" that starts a comment inside a plain value, a tag, a
 * number whose digits differ from what was typed (0123 → 123, 1.10 → 1.1), and null written as a word.
 */
function changedText(document: Document, source: string): Found[] {
  const found: Found[] = [];
  visit(document, {
    Scalar(_key, node) {
      const range = node.range;
      if (!range) return;
      if (node.tag) {
        found.push(tagFound(node.tag, range[0], source));
        return;
      }
      if (node.type !== 'PLAIN') return;
      const typed = source.slice(range[0], range[1]);
      const rest = source.slice(range[1], source.indexOf('\n', range[1]) === -1 ? source.length : source.indexOf('\n', range[1]));
      const comment = (typed === '' ? /^[ \t]*#(.*)$/u : /^[ \t]+#(.*)$/u).exec(rest);
      // "answer: #3 を参照" is a comment and no value at all; "answer: 指針 #3" loses "#3".
      if (comment && typeof node.value !== 'number' && typeof node.value !== 'boolean') {
        found.push({
          offset: range[1] + rest.indexOf('#'),
          detail: 'a " #" inside a plain value starts a comment; the rest of the line is dropped',
          code: 'COMMENT_IN_VALUE',
          params: { lost: `#${comment[1]!}`.trim() },
        });
      }
      if (typeof node.value === 'number' && String(node.value) !== typed) {
        found.push({ offset: range[0], detail: `${typed} is read as the number ${node.value}`, code: 'NUMBER_CHANGES_TEXT', params: { typed, read: String(node.value) } });
      }
      if (node.value === null && typed !== '') {
        found.push({ offset: range[0], detail: `${typed} is read as null (no value)`, code: 'NULL_WORD', params: { typed } });
      }
    },
  });
  visit(document, {
    Collection(_key, node) {
      if (node.tag) found.push(tagFound(node.tag, rangeStart(node) ?? 0));
    },
  });
  return found;
}

function tagFound(tag: string, offset: number, source?: string): Found {
  // Point at the "!" of the tag, which precedes the value on its line.
  if (source) {
    const bang = source.lastIndexOf('!', offset);
    if (bang >= lineStart(source, offset)) offset = bang - (source[bang - 1] === '!' ? 1 : 0);
  }
  const short = tag.replace(/^tag:yaml\.org,2002:/u, '!!');
  return { offset, detail: `the tag ${short} changes how the value is read`, code: 'TAG', params: { tag: short } };
}

function findOffset(document: Document, path: readonly PropertyKey[], wantKey: boolean): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      if (last && wantKey) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/** Start of the quoted scalar that runs up to `offset` (where yaml gave up looking for its closing quote). */
function openingQuote(document: Document, offset: number): number {
  let start = offset;
  visit(document, {
    Scalar(_key, node) {
      const range = node.range;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range && range[0] < offset && range[1] >= offset) start = range[0];
    },
  });
  return start;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
}
