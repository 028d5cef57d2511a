/** FAQ helpers: paths, anchors and lookups shared by the list page, the question pages and the script. */
import type { FaqCategory } from '#src/data/load.ts';
import type { FaqItem } from '#src/data/schemas/faq.ts';
import { localizedPath, type Lang } from '#src/i18n/locales.ts';
import { decodeEntities } from './search.ts';

export interface FaqEntry {
  item: FaqItem;
  category: FaqCategory;
}

/** Every question with its category, in display order. */
export function faqEntries(categories: readonly FaqCategory[]): FaqEntry[] {
  return categories.flatMap((category) => category.items.map((item) => ({ item, category })));
}

/** The question's own page: its permalink, which works without JavaScript. */
export function faqQuestionPath(id: string, lang: Lang): string {
  return localizedPath(`/faq/${id}/`, lang);
}

/** The question opened in the list (needs JavaScript to open it). */
export function faqListAnchor(id: string, lang: Lang): string {
  return `${localizedPath('/faq/', lang)}#${id}`;
}

/** Category headings get a prefix so they can never clash with a question id. */
export function categoryAnchorId(categoryId: string): string {
  return `category-${categoryId}`;
}

/** The other questions of the same category (for "related questions" on a question page). */
export function siblingItems(entry: FaqEntry): FaqItem[] {
  return entry.category.items.filter((item) => item.id !== entry.item.id);
}

/** The most recent `updated` date of a category's questions, if any (ISO dates sort as text). */
export function latestUpdate(items: readonly FaqItem[]): string | undefined {
  return items.reduce<string | undefined>(
    (latest, item) => (item.updated && (!latest || item.updated > latest) ? item.updated : latest),
    undefined,
  );
}

/** '#ts-what%20x' → 'ts-what x'; '' or '#' → undefined. Malformed escapes are kept as written. */
export function idFromHash(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A short plain-text description from rendered answer HTML (for <meta name="description">). */
export function plainExcerpt(html: string, max = 120): string {
  const text = decodeEntities(html.replace(/<[^>]*>/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** FAQ about trade secrets: the trade-secret category, or a question tagged with 営業秘密 (営業秘密流出…). */
export function isTradeSecretFaq(categoryId: string, item: Pick<FaqItem, 'tags'>): boolean {
  return categoryId === 'trade-secret' || (item.tags ?? []).some((tag) => tag.startsWith('営業秘密'));
}
