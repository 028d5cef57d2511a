/** The site's main sections, in navigation order. */
export const SECTIONS = [
  { href: '/seminars/', ja: 'セミナー', en: 'Seminars' },
  { href: '/faq/', ja: 'よくある質問', en: 'FAQ' },
  { href: '/statistics/', ja: '統計', en: 'Statistics' },
  { href: '/patents/', ja: '開放特許', en: 'Open patents' },
  { href: '/windows/', ja: '相談窓口', en: 'Consultation' },
  { href: '/cases/', ja: '支援事例', en: 'Support cases' },
  { href: '/news/', ja: 'お知らせ', en: 'News' },
] as const;

/** True when `current` is the section's page or below it. */
export function isCurrentSection(sectionHref: string, current: string): boolean {
  return current === sectionHref || current.startsWith(sectionHref);
}
