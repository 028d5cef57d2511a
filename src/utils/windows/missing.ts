/** Which ways to reach a window the data lacks, said in plain words (never left blank without a word). */
import type { Lang } from '#src/i18n/locales.ts';

const NAMES = {
  phone: { ja: '電話番号', en: 'phone number' },
  email: { ja: 'メールアドレス', en: 'email address' },
  hours: { ja: '受付時間', en: 'opening hours' },
} as const;

type Key = keyof typeof NAMES;

/** undefined when phone, email and hours are all given. */
export function missingContacts(given: Partial<Record<Key, unknown>>, lang: Lang): string | undefined {
  const missing = (Object.keys(NAMES) as Key[]).filter((key) => !given[key]).map((key) => NAMES[key][lang]);
  if (missing.length === 0) return undefined;
  if (lang === 'ja') return `このサイトには${missing.join('・')}を掲載していません。`;
  const list = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`;
  return `This site does not list the ${list}.`;
}
