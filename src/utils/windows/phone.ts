/** Phone numbers as staff write them (03-3581-1101（内線3844）) → a dialable tel: link plus the extension text. */
import type { Lang } from '#src/i18n/locales.ts';

export interface PhoneNumber {
  /** The number as printed, half-width, without the extension: 03-3581-1101 */
  display: string;
  /** Digits only, for tel: (a domestic number, as printed: 0570 numbers cannot be dialled from abroad). */
  digits: string;
  href: string;
  /** Extension digits (内線3844 → 3844), if any. */
  extension?: string;
}

const FULL_WIDTH = /[０-９－（）\u3000]/gu;
const HALF_WIDTH: Record<string, string> = { '－': '-', '（': '(', '）': ')', '　': ' ' };

/** Full-width digits, hyphen, brackets and spaces (allowed by the data schema) → half-width. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => HALF_WIDTH[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** undefined when there are no digits to dial. */
export function parsePhone(raw: string): PhoneNumber | undefined {
  const text = toHalfWidth(raw).trim();
  const extensionMatch = /\(?\s*(?:内線|ext\.?)\s*(\d+)\s*\)?/iu.exec(text);
  const main = (extensionMatch ? text.slice(0, extensionMatch.index) + text.slice(extensionMatch.index + extensionMatch[0].length) : text)
    .replace(/\(\s*\)/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const digits = main.replace(/\D/gu, '');
  if (digits.length === 0) return undefined;
  return {
    display: main,
    digits,
    href: `tel:${digits}`,
    ...(extensionMatch ? { extension: extensionMatch[1]! } : {}),
  };
}

/** 3844 → 内線3844 / ext. 3844 */
export function extensionLabel(extension: string, lang: Lang): string {
  return lang === 'ja' ? `内線${extension}` : `ext. ${extension}`;
}
