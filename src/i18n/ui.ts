/** Strings of the page chrome (header, footer, common labels). Page-specific text lives beside its page. */
export const UI = {
  siteName: { ja: 'INPIT 知財支援ポータル', en: 'INPIT IP Support Portal' },
  agency: {
    ja: '独立行政法人 工業所有権情報・研修館（INPIT）',
    en: 'National Center for Industrial Property Information and Training (INPIT)',
  },
  skipLink: { ja: '本文へ移動', en: 'Skip to main content' },
  mainNav: { ja: 'メインメニュー', en: 'Main menu' },
  search: { ja: 'サイト内検索', en: 'Search' },
  home: { ja: 'ホーム', en: 'Home' },
  breadcrumbs: { ja: 'パンくずリスト', en: 'Breadcrumbs' },
  switchTo: { ja: 'English', en: '日本語' },
  switchToLabel: { ja: 'English version of this page', en: 'このページの日本語版' },
  about: { ja: 'このサイトについて', en: 'About this site' },
  dataCheck: { ja: 'データファイルの確認（職員向け）', en: 'Check data files (for staff)' },
  accessibility: { ja: 'アクセシビリティ方針', en: 'Accessibility policy' },
  contact: { ja: 'お問い合わせ・相談窓口', en: 'Contact and consultation' },
  guideTradeSecret: { ja: 'ガイド：はじめての営業秘密管理', en: 'Guide: trade secret management for beginners' },
  guideOpenPatents: { ja: 'ガイド：開放特許を活用するには', en: 'Guide: how to use open patents' },
  sampleNote: {
    ja: 'このサイトの一部はサンプルデータです（各ページに表示）。',
    en: 'Parts of this site are sample data (marked on each page).',
  },
  sample: { ja: 'サンプル', en: 'Sample' },
  sampleHidden: { ja: '（実在しないデータ）', en: ' (not real data)' },
  japaneseOnly: { ja: '', en: 'This content is available in Japanese only.' },
} as const;
