import { z } from 'astro/zod';
import { doc, flag, id, isoDate, markdown, safeUrl, text } from './fields.ts';

export const newsItemSchema = z
  .object({
    id: id().meta(doc('お知らせID（一意）', 'Unique news id', ['2015-07-08-briefing'])),
    date: isoDate().meta(doc('日付（YYYY-MM-DD）', 'Date (YYYY-MM-DD)', ['2026-11-24'])),
    title: text().meta(doc('タイトル', 'Title')),
    title_en: text().optional().meta(doc('英語のタイトル', 'Title in English')),
    body: markdown().optional().meta(doc('本文（Markdown、HTMLタグ不可）', 'Body (Markdown, no raw HTML)')),
    body_en: markdown().optional().meta(doc('英語の本文', 'Body in English')),
    url: safeUrl().optional().meta(doc('関連リンク', 'Related link')),
    sample: flag().default(false).meta(doc('サンプルなら true', 'true for sample items', ['true'])),
  })
  .strict();

export const newsFileSchema = z.object({ news: z.array(newsItemSchema) }).strict();

export type NewsItem = z.output<typeof newsItemSchema>;
