import { describe, expect, it } from 'vitest';
import type { Statistic } from '#src/data/load.ts';
import { seminarJsonLd } from '#src/utils/seminars/jsonld.ts';
import { breadcrumbList } from './breadcrumbs.ts';
import { DATA_LICENSE, dataset, statisticDataset, temporalCoverage } from './dataset.ts';
import { faqPage, faqText, htmlText } from './faq.ts';
import { INPIT_ID, inpitOrganizationJsonLd } from './organization.ts';
import { jsonLdProblems } from './required.ts';

const site = new URL('https://portal.example.jp');

describe('breadcrumbList', () => {
  it('numbers the crumbs from 1, with absolute URLs and the page itself last', () => {
    const list = breadcrumbList(
      [{ label: 'ホーム', href: '/' }, { label: 'よくある質問', href: '/faq/' }, { label: '営業秘密とは' }],
      'https://portal.example.jp/faq/ts-what/',
      site,
    );
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'ホーム', item: 'https://portal.example.jp/' },
      { '@type': 'ListItem', position: 2, name: 'よくある質問', item: 'https://portal.example.jp/faq/' },
      { '@type': 'ListItem', position: 3, name: '営業秘密とは', item: 'https://portal.example.jp/faq/ts-what/' },
    ]);
    expect(jsonLdProblems(list)).toEqual([]);
  });
});

describe('faqPage', () => {
  it('holds each question with its answer as plain text: Markdown rendered, tags and entities gone', () => {
    const item = {
      id: 'q1',
      question: '営業秘密とは？',
      question_en: 'What is a trade secret?',
      answer: '**秘密管理性**・有用性・非公知性の[3要件](https://www.meti.go.jp/) & その他。',
    };
    const page = faqPage([faqText(item, 'ja'), faqText(item, 'en')]);
    expect(page.mainEntity).toEqual([
      {
        '@type': 'Question',
        name: '営業秘密とは？',
        acceptedAnswer: { '@type': 'Answer', text: '秘密管理性・有用性・非公知性の3要件 & その他。' },
      },
      // No English answer: the Japanese one stands in.
      {
        '@type': 'Question',
        name: 'What is a trade secret?',
        acceptedAnswer: { '@type': 'Answer', text: '秘密管理性・有用性・非公知性の3要件 & その他。' },
      },
    ]);
    expect(jsonLdProblems(page)).toEqual([]);
  });
});

describe('dataset', () => {
  it('covers fiscal years April to March, calendar years, or the as-of date of a snapshot', () => {
    expect(temporalCoverage({ kind: 'fiscal_year', values: ['2012', '2011', '2014'] })).toBe('2011-04-01/2015-03-31');
    expect(temporalCoverage({ kind: 'year', values: ['2020', '2021'] })).toBe('2020-01-01/2021-12-31');
    expect(temporalCoverage({ kind: 'category', values: ['中小企業'] }, '2015-06-30')).toBe('2015-06-30');
    expect(temporalCoverage({ kind: 'category', values: ['中小企業'] })).toBeUndefined();
  });

  const stat: Statistic = {
    id: 'open-patent-database',
    meta: {
      title: '開放特許データベース',
      title_en: 'Open patent database',
      unit: '件',
      chart: 'bar',
      category: { column: 'fiscal_year', kind: 'fiscal_year', label: '年度' },
      series: [{ column: 'listings', label: '登録件数', label_en: 'Listings' }],
      source: 'INPIT「INPITによる地域・中小企業向けサービスの紹介」（平成27年7月8日）',
      source_en: 'INPIT briefing (8 July 2015)',
      as_of: '2015-06-30',
      order: 1,
    },
    rows: [
      { category: '2011', values: [43358] },
      { category: '2014', values: [null] },
    ],
  };

  it('describes a statistic with CSV and JSON downloads, INPIT as creator, the licence and its source', () => {
    const ld = statisticDataset(stat, 'en', 'Listings per fiscal year.', site);
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      name: 'Open patent database',
      description: 'Listings per fiscal year.',
      url: 'https://portal.example.jp/en/statistics/open-patent-database/',
      license: DATA_LICENSE,
      temporalCoverage: '2011-04-01/2015-03-31',
      creator: { '@type': 'GovernmentOrganization', '@id': INPIT_ID },
      isBasedOn: { '@type': 'CreativeWork', name: 'INPIT briefing (8 July 2015)' },
      keywords: ['Listings'],
      distribution: [
        {
          '@type': 'DataDownload',
          encodingFormat: 'text/csv',
          contentUrl: 'https://portal.example.jp/statistics/data/open-patent-database.csv',
        },
        {
          '@type': 'DataDownload',
          encodingFormat: 'application/json',
          contentUrl: 'https://portal.example.jp/statistics/data/open-patent-database.json',
        },
      ],
    });
    expect(jsonLdProblems(ld)).toEqual([]);
  });

  it('leaves temporalCoverage out where the data gives no period', () => {
    const ld = dataset(
      {
        name: 'n',
        description: 'd',
        pageUrl: 'https://x/',
        csvUrl: 'https://x/a.csv',
        jsonUrl: 'https://x/a.json',
        category: { kind: 'category', values: ['a'] },
        source: 's',
      },
      'ja',
    );
    expect(ld).not.toHaveProperty('temporalCoverage');
  });
});

describe('organization and event', () => {
  it('INPIT is a GovernmentOrganization, the same node as the seminars’ organizer', () => {
    const org = inpitOrganizationJsonLd('ja');
    expect(org).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      '@id': INPIT_ID,
      url: 'https://www.inpit.go.jp/',
    });
    expect(jsonLdProblems(org)).toEqual([]);
    const event = seminarJsonLd(
      {
        id: 's',
        title: 'セミナー',
        date: '2026-12-08',
        prefecture: '東京都',
        format: 'hybrid',
        status: 'scheduled',
        sample: false,
        fee: 0,
      },
      'ja',
      'https://portal.example.jp/seminars/s/',
    );
    expect(event.organizer).toMatchObject({ '@id': INPIT_ID });
    expect(jsonLdProblems(event)).toEqual([]);
  });
});

describe('jsonLdProblems', () => {
  it('names unknown types and missing required properties, in nested nodes too', () => {
    expect(jsonLdProblems({ '@type': 'Thing' })).toEqual(['$: unknown @type "Thing"']);
    expect(
      jsonLdProblems({
        '@type': 'FAQPage',
        mainEntity: [{ '@type': 'Question', name: 'q', acceptedAnswer: { '@type': 'Answer', text: '' } }],
      }),
    ).toEqual(['$.mainEntity[0].acceptedAnswer: Answer without text']);
    expect(jsonLdProblems({ '@type': 'Dataset', name: 'n' })).toHaveLength(6);
  });
});

describe('htmlText', () => {
  it('keeps paragraphs and list items as lines and joins inline text without spaces', () => {
    expect(htmlText('<p>一つ目の<em>段落</em>。</p>\n<ul>\n<li>項目&amp;A</li>\n<li>項目 B</li>\n</ul>')).toBe(
      '一つ目の段落。\n項目&A\n項目 B',
    );
  });
});
