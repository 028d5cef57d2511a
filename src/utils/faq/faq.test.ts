import { describe, expect, it } from 'vitest';
import type { FaqCategory } from '#src/data/load.ts';
import {
  categoryAnchorId,
  faqEntries,
  faqListAnchor,
  faqQuestionPath,
  idFromHash,
  latestUpdate,
  plainExcerpt,
  siblingItems,
} from './faq.ts';

const categories: FaqCategory[] = [
  {
    id: 'trade-secret',
    title: '営業秘密',
    order: 1,
    items: [
      { id: 'ts-a', question: 'A?', answer: 'a', updated: '2026-10-01' },
      { id: 'ts-b', question: 'B?', answer: 'b', updated: '2026-11-24' },
    ],
  },
  { id: 'overseas', title: '海外', order: 2, items: [{ id: 'ov-a', question: 'C?', answer: 'c' }] },
];

describe('FAQ helpers', () => {
  it('lists every question with its category, in order', () => {
    expect(faqEntries(categories).map((e) => `${e.category.id}/${e.item.id}`)).toEqual([
      'trade-secret/ts-a',
      'trade-secret/ts-b',
      'overseas/ov-a',
    ]);
  });

  it('builds permalinks in both languages', () => {
    expect(faqQuestionPath('ts-a', 'ja')).toBe('/faq/ts-a/');
    expect(faqQuestionPath('ts-a', 'en')).toBe('/en/faq/ts-a/');
    expect(faqListAnchor('ts-a', 'ja')).toBe('/faq/#ts-a');
    expect(faqListAnchor('ts-a', 'en')).toBe('/en/faq/#ts-a');
    expect(categoryAnchorId('trade-secret')).toBe('category-trade-secret');
  });

  it('finds the other questions of a category and the latest update', () => {
    const [first] = faqEntries(categories);
    expect(siblingItems(first!).map((i) => i.id)).toEqual(['ts-b']);
    expect(latestUpdate(categories.flatMap((c) => c.items))).toBe('2026-11-24');
    expect(latestUpdate(categories[1]!.items)).toBeUndefined();
  });

  it('reads the id from a location hash', () => {
    expect(idFromHash('#ts-a')).toBe('ts-a');
    expect(idFromHash('ts-a')).toBe('ts-a');
    expect(idFromHash('#%E8%B3%AA%E5%95%8F')).toBe('質問');
    expect(idFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(idFromHash('#')).toBeUndefined();
    expect(idFromHash('')).toBeUndefined();
  });

  it('makes a plain-text description from answer HTML', () => {
    expect(plainExcerpt('<p>営業秘密とは &amp; <strong>何</strong></p>\n<ul><li>一</li></ul>')).toBe('営業秘密とは & 何 一');
    expect(plainExcerpt(`<p>${'あ'.repeat(200)}</p>`, 10)).toBe(`${'あ'.repeat(9)}…`);
  });
});

describe('isTradeSecretFaq', async () => {
  const { isTradeSecretFaq } = await import('./faq.ts');
  it('is true for the trade-secret category and for questions tagged 営業秘密…', () => {
    expect(isTradeSecretFaq('trade-secret', {})).toBe(true);
    expect(isTradeSecretFaq('consultation', { tags: ['相談窓口', '営業秘密流出'] })).toBe(true);
    expect(isTradeSecretFaq('open-patents', { tags: ['開放特許'] })).toBe(false);
  });
});
