/** Reads YAML while keeping a map back to lines, so schema errors can point at the offending key. */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

export interface YamlFile {
  value: unknown;
  syntaxErrors: { line: number; column: number; detail: string; code: string }[];
  /** Line and column of the value at `path`, or of the nearest ancestor that exists. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): { line: number; column: number };
}

export function readYaml(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/u, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntaxErrors = document.errors.map((error) => {
    // yaml reports a quote left open at the end of the file; staff need the line where it was opened.
    const offset = error.code === 'MISSING_CHAR' && /quote/u.test(error.message) ? openingQuote(document, error.pos[0]) : error.pos[0];
    return { ...position(offset), detail: firstLine(error.message), code: error.code };
  });
  return {
    value: syntaxErrors.length > 0 ? undefined : document.toJS({ maxAliasCount: 100 }),
    syntaxErrors,
    locate(path, options = {}) {
      const offset = findOffset(document, path, options.key ?? false);
      return position(offset);
    },
  };
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
