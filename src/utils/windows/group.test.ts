import { describe, expect, it } from 'vitest';
import { PREFECTURES, REGIONS } from '#src/data/utils/prefectures.ts';
import { groupByRegion, regionAnchor } from './group.ts';
import { ownValue, sharedValue } from './shared.ts';

const all = PREFECTURES.map((p, i) => ({ id: `w-${p.code}`, prefecture: p.name, order: 100 - i, phone: '0570-082100' }));

describe('groupByRegion', () => {
  it('puts all 47 prefectures in the 7 regions, in JIS order, each once', () => {
    const { groups, unplaced } = groupByRegion([...all].reverse());
    expect(groups.map((g) => g.region.id)).toEqual(REGIONS.map((r) => r.id));
    expect(groups.map((g) => g.windows.length)).toEqual([7, 7, 9, 7, 5, 4, 8]);
    expect(groups.flatMap((g) => g.windows.map((w) => w.prefecture.code))).toEqual(PREFECTURES.map((p) => p.code));
    expect(groups.every((g) => g.missing.length === 0)).toBe(true);
    expect(unplaced).toEqual([]);
  });

  it('names the region of each prefecture as the site defines it', () => {
    const { groups } = groupByRegion(all);
    const names = (id: string) => groups.find((g) => g.region.id === id)!.windows.map((w) => w.prefecture.name);
    expect(names('hokkaido-tohoku')[0]).toBe('北海道');
    expect(names('chubu')).toContain('新潟県');
    expect(names('kinki')).toContain('三重県');
    expect(names('kyushu-okinawa').at(-1)).toBe('沖縄県');
  });

  it('accepts short and English prefecture names', () => {
    const { groups } = groupByRegion([{ prefecture: '東京' }, { prefecture: 'Osaka' }]);
    expect(groups.find((g) => g.region.id === 'kanto')!.windows.map((w) => w.prefecture.name)).toEqual(['東京都']);
    expect(groups.find((g) => g.region.id === 'kinki')!.windows.map((w) => w.prefecture.name)).toEqual(['大阪府']);
  });

  it('lists prefectures with no window and keeps unknown ones visible instead of dropping them', () => {
    const { groups, unplaced } = groupByRegion([{ prefecture: '東京都' }, { prefecture: 'Atlantis' }, {}]);
    const kanto = groups.find((g) => g.region.id === 'kanto')!;
    expect(kanto.missing.map((p) => p.name)).toEqual(['茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '神奈川県']);
    expect(groups.find((g) => g.region.id === 'shikoku')!.missing).toHaveLength(4);
    expect(unplaced).toHaveLength(2);
  });

  it('keeps several windows of one prefecture in data order', () => {
    const { groups } = groupByRegion([
      { prefecture: '東京都', order: 2, id: 'b' },
      { prefecture: '東京都', order: 1, id: 'a' },
    ]);
    expect(groups[1]!.windows.map((w) => w.window.id)).toEqual(['a', 'b']);
  });

  it('gives each region a stable anchor', () => {
    expect(regionAnchor('kanto')).toBe('region-kanto');
    expect(groupByRegion([]).groups.map((g) => g.anchor)).toContain('region-kyushu-okinawa');
  });
});

describe('sharedValue / ownValue', () => {
  it('finds the value all items share', () => {
    expect(sharedValue(all, 'phone')).toBe('0570-082100');
    expect(ownValue(all[0]!, 'phone', '0570-082100')).toBeUndefined();
  });
  it('finds none when items differ, a value is missing, or there is only one item', () => {
    const mixed = [{ phone: '1' }, { phone: '2' }];
    expect(sharedValue(mixed, 'phone')).toBeUndefined();
    expect(sharedValue([{ phone: undefined }, { phone: undefined }], 'phone')).toBeUndefined();
    expect(sharedValue([{ phone: '1' }], 'phone')).toBeUndefined();
    expect(ownValue(mixed[1]!, 'phone', undefined)).toBe('2');
    expect(ownValue(mixed[1]!, 'phone', '1')).toBe('2');
  });
});
