import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { PatentMeta } from '#src/utils/search/patent-contract.ts';
import { CSV_BOM, CSV_COLUMNS, csvFilename, detailUrl, patentCsv } from './csv.ts';
import { buildLabels } from './text.ts';

const fields = [
  { id: 'ict', ja: '情報・通信', en: 'Information and communications' },
  { id: 'electronics', ja: '電気・電子', en: 'Electrical and electronics' },
];
const sample = { sample: 'サンプル', sampleHidden: '（実在しないデータ）' };
const ja = buildLabels('ja', fields, sample);
const en = buildLabels('en', fields, { sample: 'Sample', sampleHidden: ' (not real data)' });

const plain: PatentMeta = {
  title: 'センサ装置',
  title_en: 'Sensor device',
  license_no: 'L20160000123',
  field: 'ict',
  holder: '株式会社テスト',
  holder_type: 'university',
  license_terms: 'either',
  registered: '2016-04-01',
  patent_no: '特許第3783419号',
  application_no: '特願2003-067536',
  sample: '1',
  summary: 'センサで測る。',
  ipc: 'G01N 33/02; H01L 21/02',
  keywords: '糖度; 検査',
  applied_products: '測定器',
  contact: '知的財産部',
};
const hostile: PatentMeta = {
  title: '=HYPERLINK("http://evil.example","クリック")',
  license_no: 'L20170000001',
  field: 'electronics',
  holder: '+81 "引用" 商会, 本社\r\n2行目',
  holder_type: 'company',
  license_terms: 'license',
  registered: '2017-01-02',
  patent_no: '＝1+1',
  application_no: '@SUM(A1)',
};

const rows = (text: string) => parse(text.slice(1), { bom: false, relax_column_count: false });

describe('patentCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const text = patentCsv([plain], ja, 'https://portal.example.jp');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')).toHaveLength(3);
  });

  it('has every public column in order, with labels in the page language', () => {
    const [header, row] = rows(patentCsv([plain], ja, 'https://portal.example.jp'));
    expect(header).toEqual([
      'ライセンス番号',
      '名称',
      '分野',
      '権利者',
      '権利者種別',
      'ライセンス形態',
      '登録日',
      '特許番号',
      '出願番号',
      'IPC',
      '概要',
      'キーワード',
      '応用製品',
      '問合せ先',
      'URL',
    ]);
    expect(row).toEqual([
      'L20160000123',
      'センサ装置',
      '情報・通信',
      '株式会社テスト',
      '大学',
      '実施許諾・譲渡',
      '2016-04-01',
      '特許第3783419号',
      '特願2003-067536',
      'G01N 33/02; H01L 21/02',
      'センサで測る。',
      '糖度; 検査',
      '測定器',
      '知的財産部',
      'https://portal.example.jp/patents/L20160000123/',
    ]);
    expect(header).toHaveLength(CSV_COLUMNS.length);

    const [enHeader, enRow] = rows(patentCsv([plain, hostile], en, 'http://127.0.0.1:8080/'));
    expect(enHeader).toEqual([
      'License no.',
      'Title',
      'Field',
      'Holder',
      'Holder type',
      'License terms',
      'Registered',
      'Patent no.',
      'Application no.',
      'IPC',
      'Summary',
      'Keywords',
      'Applied products',
      'Contact',
      'URL',
    ]);
    expect(enRow).toEqual([
      'L20160000123',
      'Sensor device',
      'Information and communications',
      '株式会社テスト',
      'University',
      'License or assignment',
      '2016-04-01',
      '特許第3783419号',
      '特願2003-067536',
      'G01N 33/02; H01L 21/02',
      'センサで測る。',
      '糖度; 検査',
      '測定器',
      '知的財産部',
      'http://127.0.0.1:8080/patents/L20160000123/',
    ]);
  });

  it('quotes commas, quotes and line breaks, and neutralizes formulas', () => {
    const text = patentCsv([hostile], ja, 'https://portal.example.jp');
    const [, row] = rows(text);
    expect(row![1]).toBe(`'=HYPERLINK("http://evil.example","クリック")`);
    expect(row![3]).toBe(`'+81 "引用" 商会, 本社\r\n2行目`);
    expect(row![7]).toBe("'＝1+1");
    expect(row![8]).toBe("'@SUM(A1)");
    expect(text).toContain(`"'+81 ""引用"" 商会, 本社\r\n2行目"`);
    // Every cell a spreadsheet could evaluate starts with the apostrophe.
    for (const cell of rows(text).flat()) expect(cell).not.toMatch(/^[=+\-@＝＋－＠]/u);
  });

  it('gives only the header for no results', () => {
    expect(rows(patentCsv([], ja, 'https://x.example'))).toHaveLength(1);
  });
});

describe('detailUrl and csvFilename', () => {
  it('builds absolute detail URLs and dated file names', () => {
    expect(detailUrl('https://portal.example.jp', 'L20160000123')).toBe('https://portal.example.jp/patents/L20160000123/');
    expect(detailUrl('https://portal.example.jp/', 'L 1/2')).toBe('https://portal.example.jp/patents/L%201%2F2/');
    expect(csvFilename(new Date(2026, 0, 9))).toBe('patents-20260109.csv');
  });
});
