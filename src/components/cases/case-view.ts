/** Display helpers for support cases. */
import type { Lang, LocalizedText } from '#src/i18n/locales.ts';

// Target countries and regions are written in Japanese in cases.yaml; these are the usual English names.
const REGION_NAMES_EN: Record<string, string> = {
  中国: 'China',
  韓国: 'South Korea',
  台湾: 'Taiwan',
  香港: 'Hong Kong',
  米国: 'United States',
  アメリカ: 'United States',
  北米: 'North America',
  欧州: 'Europe',
  ヨーロッパ: 'Europe',
  ドイツ: 'Germany',
  フランス: 'France',
  英国: 'United Kingdom',
  インド: 'India',
  タイ: 'Thailand',
  ベトナム: 'Viet Nam',
  インドネシア: 'Indonesia',
  マレーシア: 'Malaysia',
  シンガポール: 'Singapore',
  フィリピン: 'Philippines',
  東南アジア: 'Southeast Asia',
  ASEAN: 'ASEAN',
  アジア: 'Asia',
};

/** A target region in the page's language; unknown names stay Japanese, marked as such. */
export function regionName(name: string, lang: Lang): LocalizedText {
  if (lang === 'ja') return { text: name };
  const english = REGION_NAMES_EN[name.trim()];
  return english ? { text: english } : { text: name, lang: 'ja' };
}
