import { describe, expect, it } from 'vitest';
import { regionName } from './case-view.ts';

describe('regionName', () => {
  it('keeps Japanese on Japanese pages', () => {
    expect(regionName('中国', 'ja')).toEqual({ text: '中国' });
  });
  it('translates the regions in the shipped cases', () => {
    expect(['中国', '北米', '韓国', 'ドイツ', '東南アジア'].map((r) => regionName(r, 'en').text)).toEqual([
      'China',
      'North America',
      'South Korea',
      'Germany',
      'Southeast Asia',
    ]);
  });
  it('marks names it does not know as Japanese', () => {
    expect(regionName('ブラジル', 'en')).toEqual({ text: 'ブラジル', lang: 'ja' });
  });
});
