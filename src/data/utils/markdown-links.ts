/**
 * The link and image targets a Markdown text asks for, as the renderer (markdown-it) reads them: entity-encoded
 * and reference-style links included, so `[x](&#106;avascript:…)` is seen as javascript:.
 */
import MarkdownIt from 'markdown-it';

const parser = new MarkdownIt({ html: false });
// Accept every target while parsing, so the unsafe ones become visible to the check instead of silently dropped.
parser.validateLink = () => true;

export interface MarkdownTarget {
  kind: 'link' | 'image';
  url: string;
}

export function markdownTargets(text: string): MarkdownTarget[] {
  const targets: MarkdownTarget[] = [];
  for (const block of parser.parse(text, {})) {
    for (const token of block.children ?? []) {
      if (token.type === 'link_open') targets.push({ kind: 'link', url: String(token.attrGet('href') ?? '') });
      if (token.type === 'image') targets.push({ kind: 'image', url: String(token.attrGet('src') ?? '') });
    }
  }
  return targets;
}
