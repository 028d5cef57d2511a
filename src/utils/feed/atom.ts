/** A small Atom 1.0 (RFC 4287) writer: every text and URL is escaped, so any data makes well-formed XML. */

// Characters XML 1.0 forbids outright: C0 controls except tab/LF/CR, U+FFFE/U+FFFF, and (with the u flag,
// which reads valid pairs as one code point) lone surrogates.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Escapes text for element content and double- or single-quoted attributes; `]]>` becomes `]]&gt;`. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

/**
 * Entry and feed ids use a tag: URI (RFC 4151) under INPIT's domain, so they stay the same wherever the site is
 * deployed (SITE_URL may change) and readers never see an item twice.
 */
export const TAG_AUTHORITY = 'tag:inpit.go.jp,2026:portal';

/** YYYY-MM-DD (a day in Japan) → an RFC 3339 date-time at midnight JST, as Atom requires. */
export function atomDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(isoDate)) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  return `${isoDate}T00:00:00+09:00`;
}

export interface AtomText {
  text: string;
  /** xml:lang when it differs from the feed's (Japanese text in the English feed). */
  lang?: string | undefined;
}

export interface AtomEntry {
  id: string;
  title: AtomText;
  /** Absolute URL of the entry's page. */
  link: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  /** HTML (escaped into the feed, type="html"). */
  contentHtml?: AtomText;
  /** Absolute URL of a related page (rel="related"). */
  related?: string;
  categories?: { term: string; label?: string }[];
}

export interface AtomFeed {
  id: string;
  lang: string;
  title: string;
  subtitle?: string;
  /** Absolute URL the feed is published at (rel="self"). */
  self: string;
  /** Absolute URL of the HTML page the feed mirrors (rel="alternate"). */
  alternate: string;
  /** Base for relative links inside entry content. */
  base?: string;
  updated: string;
  author: { name: string; uri?: string };
  entries: AtomEntry[];
}

const attr = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`;
const langAttr = (lang: string | undefined) => (lang ? attr('xml:lang', lang) : '');

export function buildAtomFeed(feed: AtomFeed): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${attr('xml:lang', feed.lang)}${feed.base ? attr('xml:base', feed.base) : ''}>`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
  ];
  if (feed.subtitle) lines.push(`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`);
  lines.push(
    `  <link rel="self" type="application/atom+xml"${attr('href', feed.self)}/>`,
    `  <link rel="alternate" type="text/html"${attr('href', feed.alternate)}/>`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author.name)}</name>${feed.author.uri ? `<uri>${escapeXml(feed.author.uri)}</uri>` : ''}</author>`,
  );
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title type="text"${langAttr(entry.title.lang)}>${escapeXml(entry.title.text)}</title>`,
      `    <link rel="alternate" type="text/html"${attr('href', entry.link)}/>`,
    );
    if (entry.related) lines.push(`    <link rel="related"${attr('href', entry.related)}/>`);
    if (entry.published) lines.push(`    <published>${escapeXml(entry.published)}</published>`);
    lines.push(`    <updated>${escapeXml(entry.updated)}</updated>`);
    for (const category of entry.categories ?? []) {
      lines.push(`    <category${attr('term', category.term)}${category.label ? attr('label', category.label) : ''}/>`);
    }
    if (entry.contentHtml)
      lines.push(`    <content type="html"${langAttr(entry.contentHtml.lang)}>${escapeXml(entry.contentHtml.text)}</content>`);
    lines.push('  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
