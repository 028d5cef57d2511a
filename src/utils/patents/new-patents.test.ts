import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedPatents, FEED_LIMIT, groupByWeek, newestRegistration, newPatents, weekStart, windowStart } from './new-patents.ts';

const patent = (license_no: string, registered: string, field = 'machinery') => ({ license_no, registered, field });

describe('newPatents', () => {
  const data = [
    patent('L2026000003', '2026-08-07'),
    patent('L2026000001', '2026-05-10'), // day 90 counted back from 2026-08-07
    patent('L2026000002', '2026-05-09'), // day 91: out
    patent('L2026000004', '2026-08-07', 'chemistry'),
    patent('L2025000009', '2025-12-23'),
  ];

  it('keeps the last 90 days counted back from the newest date in the data, newest first', () => {
    expect(newestRegistration(data)).toBe('2026-08-07');
    expect(windowStart('2026-08-07')).toBe('2026-05-10');
    expect(newPatents(data).map((p) => p.license_no)).toEqual(['L2026000003', 'L2026000004', 'L2026000001']);
    expect(newPatents([])).toEqual([]);
  });

  it('is exactly the records on or after the window start, whatever the data (property)', () => {
    const date = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 40 }), (dates) => {
        const patents = dates.map((registered, index) => patent(`L2020${String(index).padStart(6, '0')}`, registered));
        const selected = newPatents(patents);
        const start = windowStart(newestRegistration(patents)!);
        expect(selected).toHaveLength(patents.filter((p) => p.registered >= start).length);
        expect(selected.every((p) => p.registered >= start)).toBe(true);
        expect(selected.map((p) => p.registered)).toEqual([...selected.map((p) => p.registered)].sort().reverse());
      }),
    );
  });
});

describe('groupByWeek', () => {
  it('starts weeks on Monday and keeps the newest week first', () => {
    expect(weekStart('2026-08-07')).toBe('2026-08-03'); // a Friday
    expect(weekStart('2026-08-03')).toBe('2026-08-03'); // a Monday
    expect(weekStart('2026-08-09')).toBe('2026-08-03'); // a Sunday
    expect(weekStart('1970-01-01')).toBe('1969-12-29');
    const groups = groupByWeek([patent('a', '2026-08-09'), patent('b', '2026-08-03'), patent('c', '2026-08-02')]);
    expect(groups.map((g) => [g.week, g.patents.map((p) => p.license_no)])).toEqual([
      ['2026-08-03', ['a', 'b']],
      ['2026-07-27', ['c']],
    ]);
  });
});

describe('feedPatents', () => {
  it('holds the newest FEED_LIMIT of all records, or of one field', () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      patent(`L2020${String(i).padStart(6, '0')}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, i % 3 ? 'machinery' : 'chemistry'),
    );
    const all = feedPatents(many);
    expect(all).toHaveLength(FEED_LIMIT);
    expect(all[0]!.registered).toBe('2020-01-28');
    const chemistry = feedPatents(many, 'chemistry');
    expect(chemistry).toHaveLength(50);
    expect(chemistry.every((p) => p.field === 'chemistry')).toBe(true);
    // Stable order: the same data gives the same feed.
    expect(feedPatents([...many].reverse())).toEqual(all);
  });
});
