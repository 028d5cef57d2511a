/**
 * Markdown from data files (FAQ answers, news) rendered with raw HTML disabled and only safe link schemes.
 * External links open normally but carry rel="noopener noreferrer".
 */
import MarkdownIt from 'markdown-it';
import { isSafeUrl } from '../data/utils/safe-url.ts';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Relative links and #anchors stay usable; absolute ones must be https:, http: or mailto:.
md.validateLink = (url: string) => /^(?:\/(?!\/)|#)/u.test(url) || isSafeUrl(url);

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]!.attrGet('href') ?? '');
  if (/^https?:/u.test(href)) tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}
