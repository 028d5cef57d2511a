/** FAQPage: the questions and their answers as plain text (no markup, no links: what search engines show). */
import type { FAQPage, Question, WithContext } from 'schema-dts';
import type { FaqItem } from '#src/data/schemas/faq.ts';
import { pick, type Lang } from '#src/i18n/locales.ts';
import { decodeEntities } from '#src/utils/faq/search.ts';
import { renderMarkdown } from '#src/utils/markdown.ts';

export interface FaqText {
  question: string;
  /** The answer as plain text. */
  answer: string;
}

export function faqPage(items: readonly FaqText[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item): Question => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

/** A question and its answer in the page's language, the answer's Markdown rendered and reduced to its text. */
export function faqText(item: FaqItem, lang: Lang): FaqText {
  return {
    question: pick(lang, item.question, item.question_en).text,
    answer: htmlText(renderMarkdown(pick(lang, item.answer, item.answer_en).text)),
  };
}

/** Text of rendered HTML: inline tags vanish (no space inside a Japanese sentence), blocks become lines. */
export function htmlText(html: string): string {
  return decodeEntities(
    html.replace(/<\/?(?:p|li|ul|ol|h[1-6]|div|blockquote|tr|table|pre)\b[^>]*>|<br\s*\/?>/giu, '\n').replace(/<[^>]*>/gu, ''),
  )
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
