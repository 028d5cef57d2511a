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

/** How a Japanese number is reached from outside Japan: its +81 form, or why it cannot be. */
export type FromAbroad =
  | { kind: 'international'; display: string; href: string }
  /** Navi Dial (0570), toll-free (0120, 0800) and similar service numbers work only inside Japan. */
  | { kind: 'domestic-only'; service: 'navi-dial' | 'toll-free' | 'other' };

const DOMESTIC_ONLY: [RegExp, 'navi-dial' | 'toll-free' | 'other'][] = [
  [/^0570/u, 'navi-dial'],
  [/^0(?:120|800)/u, 'toll-free'],
  [/^0(?:180|990)/u, 'other'],
];

/**
 * 03-3581-1101 → +81 3-3581-1101 (tel:+81335811101): the trunk 0 dropped, the printed grouping kept.
 * undefined for a number that is not a Japanese domestic number (no leading 0, or already +81).
 */
export function fromAbroad(phone: PhoneNumber): FromAbroad | undefined {
  if (!/^0[1-9]\d{8,9}$/u.test(phone.digits)) return undefined;
  const service = DOMESTIC_ONLY.find(([pattern]) => pattern.test(phone.digits))?.[1];
  if (service) return { kind: 'domestic-only', service };
  const national = phone.display.replace(/^\(?0/u, '').replace(/^(\d+)\)\s*/u, '$1-');
  return { kind: 'international', display: `+81 ${national}`, href: `tel:+81${phone.digits.slice(1)}` };
}

/** The English line beside a number: "from outside Japan: +81 …" or why it cannot be called from abroad. */
export function fromAbroadNote(abroad: FromAbroad): string {
  if (abroad.kind === 'international') return 'from outside Japan:';
  if (abroad.service === 'navi-dial') return 'Navi Dial: cannot be called from outside Japan';
  if (abroad.service === 'toll-free') return 'toll-free: cannot be called from outside Japan';
  return 'cannot be called from outside Japan';
}
