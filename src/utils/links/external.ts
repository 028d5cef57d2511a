/**
 * Links that leave the site say so: an icon, "external site" for screen readers, and the host. One markup,
 * used by the ExternalLink component and by Markdown from data (FAQ answers, news).
 */
import type { Lang } from '#src/i18n/locales.ts';

/** The host of an http(s) link to another site (www. dropped), or undefined for site links, mailto: and tel:. */
export function externalHost(href: string): string | undefined {
  if (!/^https?:\/\//iu.test(href)) return undefined;
  try {
    return new URL(href).hostname.replace(/^www\./u, '');
  } catch {
    return undefined;
  }
}

export const EXTERNAL_LABEL = { ja: '外部サイト', en: 'external site' } as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/gu, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

// A box with an arrow out of it; drawn in currentColor so it follows link, visited and forced colours.
const ICON =
  '<svg class="external-icon" aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M9 2h5v5M14 2 7.5 8.5M12 9.5V14H2V4h4.5"/></svg>';

/** The marker placed inside an external <a> after its text: icon, hidden label, visible host. */
export function externalMarkHtml(host: string, lang: Lang): string {
  const label = EXTERNAL_LABEL[lang];
  return `<span class="external-mark">${ICON}<span class="visually-hidden">${lang === 'ja' ? `（${label}、` : ` (${label}, `}</span><span class="external-host" translate="no">${escapeHtml(host)}</span><span class="visually-hidden">${lang === 'ja' ? '）' : ')'}</span></span>`;
}
