/** Pure helpers for the FAQ search box (Pagefind results, messages). */
import type { Lang } from '#src/i18n/locales.ts';

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind excerpts are HTML with <mark> around the hits. They are split into plain-text segments, so the
 * page renders them as text nodes and never as HTML; any other tag is dropped.
 */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/iu)) {
    if (/^<mark>$/iu.test(piece)) mark = true;
    else if (/^<\/mark>$/iu.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/gu, ''));
      if (text !== '') segments.push({ text, mark });
    }
  }
  return segments;
}

/** Collapses spaces (including the full-width space) and trims. */
export function normalizeQuery(query: string): string {
  return query.replace(/[\s\u3000]+/gu, ' ').trim();
}

/** The live-region message: how many questions match. */
export function resultMessage(lang: Lang, query: string, count: number, shown: number): string {
  if (query === '') return '';
  if (lang === 'ja') {
    if (count === 0) return `「${query}」に一致する質問は見つかりませんでした。`;
    return shown < count ? `「${query}」に一致する質問：${count}件（上位${shown}件を表示）` : `「${query}」に一致する質問：${count}件`;
  }
  if (count === 0) return `No questions match “${query}”.`;
  const noun = count === 1 ? 'question matches' : 'questions match';
  return shown < count ? `${count} ${noun} “${query}” (showing the top ${shown}).` : `${count} ${noun} “${query}”.`;
}

/** Result URLs from Pagefind are kept only when they are same-site paths (never another scheme). */
export function safeResultUrl(url: string): string | undefined {
  return /^\/(?!\/)/u.test(url) ? url : undefined;
}
