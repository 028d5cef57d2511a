import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileVariantTable, formatVariantTable, readDictionary, searchVariants, VARIANT_TABLE_FILE } from './search-variants.ts';

const entry = (midashi: string, overrides: Record<string, unknown> = {}) => ({
  taigenYogen: '体言',
  expandControl: 0 as const,
  vocabularyNumber: 1,
  gokeiSyubetsu: '代表語',
  ryakusyou: '代表語形',
  hyoukiYure: '代表表記',
  bunya: [],
  midashi,
  ...overrides,
});

describe('compileVariantTable', () => {
  it('keeps the notation variants and abbreviations of one word, not its translations or other names', () => {
    const table = compileVariantTable([
      {
        id: '006201',
        items: [
          entry('スマートフォン'),
          entry('スマートホン', { hyoukiYure: '異表記・表記ゆれ' }),
          entry('smartphone', { hyoukiYure: 'アルファベット表記' }),
          entry('SP', { ryakusyou: '略語・略称/アルファベット', expandControl: 1 }),
          entry('スマホ', { ryakusyou: '略語・略称', hyoukiYure: '異表記・表記ゆれ' }),
          entry('携帯端末', { vocabularyNumber: 2 }),
          entry('ケータイ', { vocabularyNumber: 2, gokeiSyubetsu: '別称' }),
        ],
      },
      {
        id: '007396',
        items: [
          entry('漏洩', { expandControl: 1 }),
          entry('漏えい', { expandControl: 1, hyoukiYure: '異表記・表記ゆれ' }),
          entry('ろうえい', { expandControl: 2, hyoukiYure: '異表記・表記ゆれ' }),
        ],
      },
    ]);
    expect(table).toEqual([
      ['スマートフォン', 'スマートホン', 'スマホ'],
      ['漏洩', '漏えい'],
    ]);
  });

  it('drops spellings that folding already makes one, and classes left with one', () => {
    const table = compileVariantTable([
      { id: '1', items: [entry('ウエハー'), entry('ウェハ', { hyoukiYure: '異表記・表記ゆれ' })] },
      { id: '2', items: [entry('インキ'), entry('インク', { hyoukiYure: '異表記・表記ゆれ' }), entry('インキー')] },
    ]);
    expect(table).toEqual([['インキ', 'インク']]);
  });
});

describe('the compiled table', () => {
  it('is what the installed dictionary gives (run `npm run search:variants` after updating it)', () => {
    expect(readFileSync(VARIANT_TABLE_FILE, 'utf8')).toBe(formatVariantTable(compileVariantTable(readDictionary())));
  }, 60_000); // the dictionary is 14.5 MB of JSON

  it('holds the cases from issue 14', () => {
    const classes = searchVariants().table.map((spellings) => spellings.join(' '));
    for (const pair of [
      ['インキ', 'インク'],
      ['漏洩', '漏えい'],
      ['スマホ', 'スマートフォン'],
      ['椅子', 'いす'],
    ])
      expect(
        classes.some((line) => pair.every((spelling) => line.split(' ').includes(spelling))),
        pair.join('/'),
      ).toBe(true);
  });
});
