import { z } from 'astro/zod';
import { doc, id, integer, isoDate, list, markdown, safeUrl, text } from './fields.ts';

const link = z
  .object({
    title: text().meta(doc('リンクの名前', 'Link text')),
    title_en: text().optional().meta(doc('英語のリンク名', 'Link text in English')),
    url: safeUrl().meta(doc('URL（https:, http:, mailto: のみ）', 'URL (https:, http:, mailto: only)', ['https://www.inpit.go.jp/'])),
  })
  .strict();

export const faqItemSchema = z
  .object({
    id: id().meta(doc('質問ID（全FAQファイルで一意）', 'Question id, unique across all FAQ files', ['ts-what-is-trade-secret'])),
    question: text().meta(doc('質問', 'Question')),
    question_en: text().optional().meta(doc('英語の質問', 'Question in English')),
    answer: markdown().meta(doc('回答（Markdown、HTMLタグ不可）', 'Answer (Markdown, no raw HTML)')),
    answer_en: markdown().optional().meta(doc('英語の回答（Markdown）', 'Answer in English (Markdown)')),
    tags: list(text()).optional().meta(doc('タグ', 'Tags', ['営業秘密'])),
    links: z.array(link).optional().meta(doc('関連リンク', 'Related links')),
    updated: isoDate().optional().meta(doc('最終更新日（YYYY-MM-DD）', 'Last updated (YYYY-MM-DD)', ['2026-11-01'])),
  })
  .strict();

export const faqFileSchema = z
  .object({
    category: z
      .object({
        id: id().meta(doc('カテゴリID（ファイル名と同じ）', 'Category id (same as the file name)', ['trade-secret'])),
        title: text().meta(doc('カテゴリ名', 'Category title')),
        title_en: text().optional().meta(doc('英語のカテゴリ名', 'Category title in English')),
        order: integer(0).meta(doc('表示順', 'Display order', ['1'])),
      })
      .strict(),
    items: z.array(faqItemSchema).min(1, { error: 'list_empty' }),
  })
  .strict()
  .meta({ rules: [doc('category.id はファイル名（.yaml を除く）と同じ', 'category.id equals the file name'), doc('items[].id は全ファイルで一意', 'items[].id is unique across files')] });

export type FaqFile = z.output<typeof faqFileSchema>;
export type FaqItem = z.output<typeof faqItemSchema>;
