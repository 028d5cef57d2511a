import { describe, expect, it } from 'vitest';
import { matchesFilter, matchesValue, type FacetKeys } from './filter-query.ts';

const keys = (region: string, format: string): FacetKeys => ({ region, prefecture: 'tokyo', month: '2026-12', fy: '2026', format });

describe('region filter and online sessions', () => {
  it('lists an online session under every region, and an in-person one only under its own', () => {
    expect(matchesValue(keys('kanto', 'online'), 'region', 'kyushu-okinawa')).toBe(true);
    expect(matchesValue(keys('kanto', 'in-person'), 'region', 'kyushu-okinawa')).toBe(false);
    expect(matchesValue(keys('kanto', 'hybrid'), 'region', 'kanto')).toBe(true);
  });
  it('keeps the other facets strict', () => {
    expect(matchesValue(keys('kanto', 'online'), 'prefecture', 'fukuoka')).toBe(false);
    expect(matchesFilter(keys('kanto', 'online'), { region: ['kyushu-okinawa'], format: ['in-person'] })).toBe(false);
    expect(matchesFilter(keys('kanto', 'online'), { region: ['kyushu-okinawa'] })).toBe(true);
  });
});
