/** Reads YAML while keeping a map back to lines, so schema errors can point at the offending key. */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

export interface YamlFile {
  value: unknown;
  syntaxErrors: { line: number; column: number; detail: string; code: string }[];
  /** Line and column of the value at `path`, or of the nearest ancestor that exists. */
  locate: (path: readonly PropertyKey[], options?: { key?: boolean }) => { line: number; column: number };
}

export function readYaml(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/u, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntaxErrors: YamlFile['syntaxErrors'] = document.errors.map((error) => {
    // yaml reports a quote left open at the end of the file; staff need the line where it was opened.
    const offset = error.code === 'MISSING_CHAR' && /quote/u.test(error.message) ? openingQuote(document, error.pos[0]) : error.pos[0];
    return { ...position(offset), detail: firstLine(error.message), code: error.code };
  });
  if (syntaxErrors.length === 0) {
    for (const { offset, detail, code } of anchorsAndAliases(document)) syntaxErrors.push({ ...position(offset), detail, code });
  }
  return {
    value: syntaxErrors.length > 0 ? undefined : document.toJS({ maxAliasCount: 100 }),
    syntaxErrors,
    locate: (path, options = {}) => position(findOffset(document, path, options.key ?? false)),
  };
}

/**
 * Data files have no use for YAML anchors (&x) and aliases (*x), but staff type them by accident: Markdown bold at
 * the start of a value (answer: **重要**) is an alias, and "&注意" an anchor that silently drops the word. Both are
 * reported instead of read (which would also throw on a missing anchor or expand an alias bomb).
 */
function anchorsAndAliases(document: Document): { offset: number; detail: string; code: string }[] {
  const found: { offset: number; detail: string; code: string }[] = [];
  visit(document, (_key, node) => {
    if (isAlias(node)) found.push({ offset: rangeStart(node) ?? 0, detail: `*${node.source} is read as a YAML alias`, code: 'ALIAS' });
    else if (isNode(node) && node.anchor) found.push({ offset: rangeStart(node) ?? 0, detail: `&${node.anchor} is read as a YAML anchor`, code: 'ANCHOR' });
  });
  return found;
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
