/**
 * The answers a visitor gives in the self-check, and how they are kept in the browser (localStorage only).
 * Shared by the page (the radio values and labels) and the browser script (storage and restore).
 */
import type { Lang } from '#src/i18n/locales.ts';

export const ANSWERS = ['yes', 'partly', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];
/** Question id → answer; a question with no answer is absent. */
export type Answers = Record<string, Answer>;

export const ANSWER_LABELS: Record<Answer, Record<Lang, string>> = {
  yes: { ja: 'はい', en: 'Yes' },
  partly: { ja: '一部', en: 'Partly' },
  no: { ja: 'いいえ', en: 'No' },
  unknown: { ja: 'わからない', en: 'Not sure' },
};

/** One key for both languages: answers given on the Japanese page show on the English one. */
export const STORAGE_KEY = 'inpit-portal.self-check';
const VERSION = 1;

export const isAnswer = (value: unknown): value is Answer => typeof value === 'string' && (ANSWERS as readonly string[]).includes(value);

/**
 * The answers saved earlier, keeping only questions that still exist with a known answer: staff may remove or
 * rename questions, and anything unreadable (another version, a hand edit) counts as no answers.
 */
export function parseStoredAnswers(stored: string | null, questionIds: readonly string[]): Answers {
  if (!stored) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { version?: unknown }).version !== VERSION) return {};
  const saved = (parsed as { answers?: unknown }).answers;
  if (typeof saved !== 'object' || saved === null) return {};
  const answers: Answers = {};
  for (const id of questionIds) {
    const value = Object.hasOwn(saved, id) ? (saved as Record<string, unknown>)[id] : undefined;
    if (isAnswer(value)) answers[id] = value;
  }
  return answers;
}

export function serializeAnswers(answers: Answers): string {
  return JSON.stringify({ version: VERSION, answers });
}
