import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  recordCountLabel as countLabel,
  fieldPath,
  groupPatents,
  pageCount,
  pagedTitle,
  pageOfIndex,
  patentListings,
  patentsPath,
  rangeLabel,
  yearPath,
  yearsIndexPath,
  type ListedPatent,
} from './listings.ts';

const FIELDS = [
  { id: 'machinery', ja: '機械・加工', en: 'Machinery and processing' },
  { id: 'electronics', ja: '電気・電子', en: 'Electrical and electronics' },
  { id: 'empty', ja: '空', en: 'Empty' },
];
const patent = (license_no: string, field: string, registered: string): ListedPatent => ({ license_no, field, registered });

describe('groupPatents', () => {
  const patents = [
    patent('L2016000001', 'machinery', '2016-04-01'),
    patent('L2015000002', 'electronics', '2015-12-31'),
    patent('L2016000003', 'electronics', '2016-04-01'),
    patent('L2017000004', 'machinery', '2017-01-10'),
  ];

  it('sorts newest registration first, the same day by license number', () => {
    const { newestFirst } = groupPatents(patents, FIELDS);
    expect(newestFirst.map((p) => p.license_no)).toEqual(['L2017000004', 'L2016000001', 'L2016000003', 'L2015000002']);
    expect(patents[0]!.license_no).toBe('L2016000001'); // the input is left alone
  });

  it('lists every field in file order, empty ones too, and years newest first', () => {
    const { byField, byYear } = groupPatents(patents, FIELDS);
    expect(byField.map((g) => [g.field.id, g.patents.map((p) => p.license_no)])).toEqual([
      ['machinery', ['L2017000004', 'L2016000001']],
      ['electronics', ['L2016000003', 'L2015000002']],
      ['empty', []],
    ]);
    expect(byYear.map((g) => [g.year, g.patents.length])).toEqual([
      ['2017', 1],
      ['2016', 2],
      ['2015', 1],
    ]);
  });

  it('knows the page each record is on in each listing', () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      patent(`L2016${String(i).padStart(6, '0')}`, i % 2 ? 'machinery' : 'electronics', i < 120 ? '2016-04-01' : '2015-04-01'),
    );
    const listings = groupPatents(many, FIELDS);
    // All: 0–99 on page 1, 100–199 on page 2, 200–249 on page 3 (newest first: the 2016 records come first).
    expect(listings.placeOf('L2016000000')).toEqual({ all: 1, field: 1, year: 1 });
    expect(listings.placeOf('L2016000119')).toEqual({ all: 2, field: 1, year: 2 });
    expect(listings.placeOf('L2016000249')).toEqual({ all: 3, field: 2, year: 2 });
    expect(listings.placeOf('L2099000000')).toBeUndefined();
    for (const [index, p] of listings.newestFirst.entries()) expect(listings.placeOf(p.license_no)!.all).toBe(pageOfIndex(index));
  });

  it('puts every record in exactly one field and one year, on the page placeOf names (property)', () => {
    const record = fc.record({
      serial: fc.integer({ min: 0, max: 999_999 }),
      field: fc.constantFrom('machinery', 'electronics', 'empty'),
      registered: fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(record, { selector: (r) => r.serial, maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (rows, pageSize) => {
          const patents = rows.map((r) => patent(`L2000${String(r.serial).padStart(6, '0')}`, r.field, r.registered));
          const listings = groupPatents(patents, FIELDS, pageSize);
          const ids = (list: readonly ListedPatent[]) => list.map((p) => p.license_no);
          const sorted = ids([...patents].sort(compareNewestFirst));
          expect(ids(listings.newestFirst)).toEqual(sorted);
          expect(ids(listings.byField.flatMap((g) => g.patents)).sort()).toEqual([...sorted].sort());
          expect(ids(listings.byYear.flatMap((g) => g.patents)).sort()).toEqual([...sorted].sort());
          for (const group of listings.byField) {
            group.patents.forEach((p, i) => {
              expect(p.field).toBe(group.field.id);
              expect(listings.placeOf(p.license_no)!.field).toBe(pageOfIndex(i, pageSize));
            });
            expect(ids(group.patents)).toEqual(sorted.filter((id) => group.patents.some((p) => p.license_no === id)));
          }
          for (const group of listings.byYear) {
            group.patents.forEach((p, i) => {
              expect(p.registered.startsWith(group.year)).toBe(true);
              expect(listings.placeOf(p.license_no)!.year).toBe(pageOfIndex(i, pageSize));
            });
          }
          expect(listings.byYear.map((g) => g.year)).toEqual([...new Set(listings.byYear.map((g) => g.year))].sort().reverse());
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('patentListings', () => {
  it('computes once per data set', () => {
    const data = { patents: [patent('L2016000001', 'machinery', '2016-04-01')], patentFields: FIELDS };
    const first = patentListings(data);
    expect(patentListings(data)).toBe(first);
    expect(patentListings({ ...data })).toBe(first);
    expect(patentListings({ patents: [...data.patents], patentFields: FIELDS })).not.toBe(first);
    expect(patentListings({ patents: data.patents, patentFields: [...FIELDS] })).not.toBe(first);
  });
});

describe('paths and labels', () => {
  it('builds the same URLs as paginate()', () => {
    expect(patentsPath('ja')).toBe('/patents/');
    expect(patentsPath('en', 3)).toBe('/en/patents/3/');
    expect(fieldPath('food-bio', 'ja')).toBe('/patents/fields/food-bio/');
    expect(fieldPath('food-bio', 'en', 1)).toBe('/en/patents/fields/food-bio/');
    expect(fieldPath('food-bio', 'ja', 2)).toBe('/patents/fields/food-bio/2/');
    expect(yearPath('2016', 'en', 5)).toBe('/en/patents/years/2016/5/');
    expect(yearsIndexPath('ja')).toBe('/patents/years/');
  });

  it('counts pages', () => {
    expect([0, 1, 100, 101, 50_000].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 500]);
    expect([0, 99, 100, 199, 200].map((i) => pageOfIndex(i))).toEqual([1, 1, 2, 2, 3]);
  });

  it('labels titles, ranges and counts in both languages', () => {
    expect(pagedTitle('開放特許', 1, 1, 'ja')).toBe('開放特許');
    expect(pagedTitle('開放特許', 2, 5, 'ja')).toBe('開放特許（2/5ページ）');
    expect(pagedTitle('Open patents', 1, 5, 'en')).toBe('Open patents (page 1 of 5)');
    expect(rangeLabel(100, 199, 1234, 'ja')).toBe('全1,234件中 101〜200件目（登録日の新しい順）');
    expect(rangeLabel(0, 0, 1, 'en')).toBe('1–1 of 1 (newest first)');
    expect(countLabel(1, 'en')).toBe('1 record');
    expect(countLabel(12_345, 'en')).toBe('12,345 records');
    expect(countLabel(0, 'ja')).toBe('0件');
  });
});
