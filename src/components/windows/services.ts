/** One-line summaries of the four consultation services, shared by the home page and /windows/. */
import { WINDOW_KINDS } from '#src/data/schemas/window.ts';
import type { Lang } from '#src/i18n/locales.ts';

export type WindowKind = (typeof WINDOW_KINDS)[number];
export { WINDOW_KINDS };

export function serviceSummary(kind: WindowKind, lang: Lang, prefectureCount: number): string {
  switch (kind) {
    case 'ip_consultation':
      return lang === 'ja'
        ? '特許・実用新案・意匠・商標の出願や権利化の手続について相談できます。'
        : 'Questions on filing for and obtaining patents, utility models, designs and trademarks.';
    case 'trade_secret':
      return lang === 'ja'
        ? '営業秘密の管理や流出、知財戦略について、アドバイザーや弁護士に無料で相談できます（営業秘密110番）。'
        : 'Free advice from IP strategy advisers and a lawyer on protecting trade secrets, leaks and IP strategy ("Trade Secret 110").';
    case 'overseas':
      return lang === 'ja'
        ? '海外展開に伴う知財のリスクや模倣品対策、契約などを、海外知的財産プロデューサーが支援します。'
        : 'Overseas IP producers help SMEs going abroad with IP risks, counterfeits, contracts and more.';
    case 'prefectural':
      if (prefectureCount === 47) {
        return lang === 'ja' ? '全国47都道府県にある、身近な知財の相談窓口です。' : 'Local IP consultation windows in all 47 prefectures.';
      }
      return lang === 'ja'
        ? `${prefectureCount}都道府県の、身近な知財の相談窓口です。`
        : `Local IP consultation windows in ${prefectureCount} prefectures.`;
  }
}

/** In-page anchor of a service on /windows/ (kept stable: other pages link to it). */
export const serviceAnchor = (kind: WindowKind) => kind;
