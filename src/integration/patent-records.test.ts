import { describe, expect, it } from 'vitest';
import type { Patent } from '../data/load.ts';
import { patentMeta, patentRecord } from './patent-records.ts';
import { searchQuery } from '../utils/search/words.ts';

const patent: Patent = {
  license_no: 'L2016001200',
  title: 'りんごの糖度を測るコンピューター装置',
  title_en: 'Computer device measuring the sugar content of apples',
  summary: 'ＵＳＢ接続のｾﾝｻｰで測定する。',
  field: 'measurement',
  holder: '国立大学法人サンプル大学',
  holder_type: 'university',
  application_no: '2012-123456',
  patent_no: '5946067',
  ipc: ['G01N 33/02'],
  license_terms: 'either',
  keywords: ['糖度', '非破壊検査'],
  registered: '2016-04-01',
  sample: true,
};
const field = { id: 'measurement', ja: '計測・分析', en: 'Measurement and analysis' };

describe('patentRecord', () => {
  const record = patentRecord(patent, field);
  const words = new Set(record.content.split(' '));

  it('points at the detail page and carries no meta: the results list reads the record table', () => {
    expect(record.url).toBe('/patents/L2016001200/');
    expect(record.meta).toBeUndefined();
  });

  it('files "either" under both licence filters, and the year under 登録年', () => {
    expect(record.filters).toEqual({ field: ['measurement'], holder_type: ['university'], license: ['license', 'assignment'], year: ['2016'] });
    expect(record.sort).toEqual({ registered: '2016-04-01' });
  });

  it('indexes every way of typing its words and numbers the same as the query', () => {
    for (const typed of ['リンゴ', 'りんご', 'コンピュータ', 'usb', 'ＵＳＢ', 'センサー', '特許第5946067号', '特願2012-123456', 'L2016001200', 'apples', 'apple', 'measure', '計測', '大学']) {
      for (const word of searchQuery(typed).split(' ')) expect(words, `${typed} → ${word}`).toContain(word);
    }
  });

});

describe('patentMeta', () => {
  it('keeps the fields the results list, print view and CSV show', () => {
    expect(patentMeta(patent)).toEqual({
      title: patent.title,
      title_en: patent.title_en,
      license_no: 'L2016001200',
      field: 'measurement',
      holder: '国立大学法人サンプル大学',
      holder_type: 'university',
      license_terms: 'either',
      registered: '2016-04-01',
      patent_no: '5946067',
      application_no: '2012-123456',
      sample: '1',
    });
    expect(patentMeta({ ...patent, sample: false }).sample).toBeUndefined();
  });
});

describe('patentSearchText', () => {
  it('holds each word once', () => {
    const words = patentRecord({ ...patent, summary: 'センサで測る。センサで測る。' }, field).content.split(' ');
    expect(words.length).toBe(new Set(words).size);
  });
});
