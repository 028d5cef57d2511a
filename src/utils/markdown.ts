/**
 * Markdown from data files (FAQ answers, news) rendered with raw HTML disabled and only safe link schemes.
 * External links open normally, carry rel="noopener noreferrer" and say that they leave the site.
 */
import MarkdownIt from 'markdown-it';
import { isSafeUrl } from '../data/utils/safe-url.ts';
import type { Lang } from '../i18n/locales.ts';
import { externalHost, externalMarkHtml } from './links/external.ts';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Relative links and #anchors stay usable; absolute ones must be https:, http: or mailto:.
md.validateLink = (url: string) => /^(?:\/(?!\/)|#)/u.test(url) || isSafeUrl(url);

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
// A type alias (not an interface) so it fits markdown-it's indexed Env type.
type RenderEnv = {
  /** Page language of the external-link marks; none (feeds, plain-text excerpts) leaves links unmarked. */
  lang: Lang | undefined;
  /** Hosts of the links being rendered, innermost last (read by link_close). */
  open: (string | undefined)[];
};

md.renderer.rules.link_open = (tokens, idx, options, rawEnv, self) => {
  const env = rawEnv as RenderEnv;
  const host = externalHost(String(tokens[idx]!.attrGet('href') ?? ''));
  if (host) {
    tokens[idx]!.attrSet('rel', 'noopener noreferrer');
    tokens[idx]!.attrJoin('class', 'external');
  }
  env.open.push(host);
  return defaultLinkOpen(tokens, idx, options, rawEnv, self);
};
md.renderer.rules.link_close = (tokens, idx, options, rawEnv, self) => {
  const env = rawEnv as RenderEnv;
  const host = env.open.pop();
  return (host && env.lang ? externalMarkHtml(host, env.lang) : '') + self.renderToken(tokens, idx, options);
};

export function renderMarkdown(source: string, lang?: Lang): string {
  const env: RenderEnv = { lang, open: [] };
  return md.render(source, env);
}
