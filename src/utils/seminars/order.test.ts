import { describe, expect, it } from 'vitest';
import { compareSeminars } from './order.ts';

describe('compareSeminars', () => {
  it('orders by date, then start time with no time first, then id', () => {
    const seminars = [
      { id: 'b', date: '2026-05-01', start_time: '13:30' },
      { id: 'a', date: '2026-05-01', start_time: '13:30' },
      { id: 'c', date: '2026-05-01', start_time: '10:00' },
      { id: 'd', date: '2026-05-01' },
      { id: 'e', date: '2026-04-30', start_time: '18:00' },
    ];
    expect([...seminars].sort(compareSeminars).map((s) => s.id)).toEqual(['e', 'd', 'c', 'a', 'b']);
  });
});
