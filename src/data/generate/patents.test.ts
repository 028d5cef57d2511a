import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { HOLDER_TYPES, LICENSE_TERMS } from '../schemas/patent.ts';
import { DEFAULT_FIELD_IDS, PATENT_COLUMNS, SAMPLE_DATE_MAX, generatePatents, patentsToCsv } from './patents.ts';
import type { PatentCsvRecord as PatentRow } from './patents.ts';
import { createRng } from './random.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const readRepoFile = (path: string): string => readFileSync(`${ROOT}${path}`, 'utf8');

const LICENSE_NO = /^L(\d{4})\d{7}$/;
const APPLICATION_NO = /^(特願)?(\d{4})-\d{6}$/;
const PATENT_NO = /^(?:特許第(\d{7})号|(\d{7}))$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const IPC = /^[A-H]\d{2}[A-Z] \d{1,4}\/\d{2,6}$/;

function isCalendarDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function countBy(rows: readonly PatentRow[], key: keyof PatentRow): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r[key], (m.get(r[key]) ?? 0) + 1);
  return m;
}

// Shared fixtures (generation is deterministic, so sharing is safe).
const rows1000 = generatePatents({ count: 1000, seed: 7 });
const rows50k = generatePatents({ count: 50_000, seed: 12345 });

describe('random', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('int() stays within inclusive bounds', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });
});

describe('generatePatents', () => {
  it('is deterministic: same count + seed gives byte-identical CSV', () => {
    const a = patentsToCsv(generatePatents({ count: 500, seed: 99 }));
    const b = patentsToCsv(generatePatents({ count: 500, seed: 99 }));
    expect(a).toBe(b);
  });

  it('gives different output for a different seed', () => {
    const a = patentsToCsv(generatePatents({ count: 500, seed: 99 }));
    const b = patentsToCsv(generatePatents({ count: 500, seed: 100 }));
    expect(a).not.toBe(b);
  });

  it('honours count', () => {
    for (const count of [0, 1, 17, 240, 1000]) {
      expect(generatePatents({ count, seed: 3 })).toHaveLength(count);
    }
  });

  it('rejects invalid options', () => {
    expect(() => generatePatents({ count: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generatePatents({ count: 1.5, seed: 1 })).toThrow(RangeError);
    expect(() => generatePatents({ count: 10, seed: Number.NaN })).toThrow(RangeError);
    expect(() => generatePatents({ count: 10, seed: 1, fieldIds: [] })).toThrow(RangeError);
    expect(() => generatePatents({ count: 10, seed: 1, fieldIds: ['a', 'a'] })).toThrow(RangeError);
    expect(() => generatePatents({ count: 10, seed: 1, fieldIds: ['Bad Id'] })).toThrow(RangeError);
  });

  it('produces unique, well-formed license numbers at 50,000 records, year = registered year', () => {
    const seen = new Set<string>();
    for (const r of rows50k) {
      const m = LICENSE_NO.exec(r.license_no);
      expect(m, r.license_no).not.toBeNull();
      expect(m?.[1]).toBe(r.registered.slice(0, 4));
      seen.add(r.license_no);
    }
    expect(seen.size).toBe(rows50k.length);
  });

  it('sorts rows by license_no', () => {
    const ids = rows1000.map((r) => r.license_no);
    expect(ids).toEqual([...ids].sort());
  });

  it('produces valid registered/updated dates in range and in order', () => {
    for (const r of rows50k) {
      expect(isCalendarDate(r.registered), r.registered).toBe(true);
      expect(r.registered >= '2005-01-01' && r.registered <= SAMPLE_DATE_MAX, r.registered).toBe(true);
      if (r.updated !== '') {
        expect(isCalendarDate(r.updated), r.updated).toBe(true);
        expect(r.updated >= r.registered, `${r.license_no} ${r.registered} ${r.updated}`).toBe(true);
        expect(r.updated <= SAMPLE_DATE_MAX, r.updated).toBe(true);
      }
    }
    const years = new Set(rows1000.map((r) => r.registered.slice(0, 4)));
    expect(years.size).toBe(22); // 2005–2026
    expect(rows1000.some((r) => r.updated === '')).toBe(true);
    expect(rows1000.some((r) => r.updated !== '')).toBe(true);
  });

  it('keeps application and patent numbers well-formed, application year <= registered year', () => {
    for (const r of rows50k) {
      if (r.application_no !== '') {
        const m = APPLICATION_NO.exec(r.application_no);
        expect(m, r.application_no).not.toBeNull();
        expect(Number(m?.[2])).toBeLessThanOrEqual(Number(r.registered.slice(0, 4)));
      }
      if (r.patent_no !== '') {
        const m = PATENT_NO.exec(r.patent_no);
        expect(m, r.patent_no).not.toBeNull();
        const n = Number(m?.[1] ?? m?.[2]);
        expect(n).toBeGreaterThanOrEqual(3_000_000);
        expect(n).toBeLessThanOrEqual(7_999_999);
      }
    }
  });

  it('uses both accepted forms of application_no and patent_no, and leaves some empty', () => {
    const apps = rows1000.map((r) => r.application_no);
    const pats = rows1000.map((r) => r.patent_no);
    expect(apps.some((a) => a.startsWith('特願'))).toBe(true);
    expect(apps.some((a) => /^\d{4}-\d{6}$/.test(a))).toBe(true);
    expect(apps.some((a) => a === '')).toBe(true);
    expect(pats.some((p) => p.startsWith('特許第'))).toBe(true);
    expect(pats.some((p) => /^\d{7}$/.test(p))).toBe(true);
    expect(pats.some((p) => p === '')).toBe(true);
  });

  it('covers every holder_type, field id and license_terms value in 1,000 records', () => {
    expect([...countBy(rows1000, 'holder_type').keys()].sort()).toEqual([...HOLDER_TYPES].sort());
    expect([...countBy(rows1000, 'field').keys()].sort()).toEqual([...DEFAULT_FIELD_IDS].sort());
    expect([...countBy(rows1000, 'license_terms').keys()].sort()).toEqual([...LICENSE_TERMS].sort());
  });

  it('keeps holder_type consistent with the holder name', () => {
    const patterns: Record<string, RegExp> = {
      company: /株式会社|\(株\)/,
      university: /大学$/,
      public_research: /^(国立研究開発法人|地方独立行政法人|公益財団法人)/,
      individual: /^\S+ \S+$/,
      other: /(協同組合|技術研究組合|^一般社団法人)/,
    };
    for (const r of rows1000) {
      expect(patterns[r.holder_type]?.test(r.holder), `${r.holder_type}: ${r.holder}`).toBe(true);
    }
  });

  it('gives an English title to between 20% and 50% of records', () => {
    const share = rows1000.filter((r) => r.title_en !== '').length / rows1000.length;
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThanOrEqual(0.5);
  });

  it('fills required columns and keeps optional ones well-formed', () => {
    for (const r of rows1000) {
      for (const col of ['license_no', 'title', 'summary', 'field', 'holder', 'holder_type', 'license_terms', 'registered'] as const) {
        expect(r[col], `${r.license_no} ${col}`).not.toBe('');
      }
      expect(r.sample).toBe('true');
      const keywords = r.keywords.split(';');
      expect(keywords.length).toBeGreaterThanOrEqual(2);
      expect(keywords.length).toBeLessThanOrEqual(5);
      expect(new Set(keywords).size).toBe(keywords.length);
      if (r.ipc !== '') {
        const symbols = r.ipc.split(';');
        expect(symbols.length).toBeLessThanOrEqual(3);
        for (const s of symbols) expect(s, r.ipc).toMatch(IPC);
      }
      const sentences = r.summary.split('。').filter((s) => s.trim() !== '');
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
      for (const email of r.contact.match(/[\w.+-]+@[\w.-]+/g) ?? []) {
        expect(email).toMatch(/@([\w-]+\.)*example\.(jp|ac\.jp|go\.jp)$/);
      }
    }
  });

  it('includes realistic keyword variety (long vowels, ASCII)', () => {
    const words = new Set(rows1000.flatMap((r) => r.keywords.split(';')));
    expect([...words].some((w) => w.includes('ー'))).toBe(true);
    expect([...words].some((w) => /^[A-Za-z0-9]+$/.test(w))).toBe(true);
  });

  it('restricts field to the given fieldIds', () => {
    const rows = generatePatents({ count: 300, seed: 5, fieldIds: ['ict', 'custom-field'] });
    expect(new Set(rows.map((r) => r.field))).toEqual(new Set(['ict', 'custom-field']));
  });
});

describe('patentsToCsv', () => {
  it('writes the header in the exact column order', () => {
    const csv = patentsToCsv([]);
    expect(csv).toBe(`${PATENT_COLUMNS.join(',')}\n`);
  });

  it('round-trips through csv-parse with the exact column order', () => {
    const csv = patentsToCsv(rows1000);
    expect(csv.includes('\r\n')).toBe(false);
    const records = parse(csv);
    expect(records[0]).toEqual([...PATENT_COLUMNS]);
    expect(records).toHaveLength(rows1000.length + 1);
    const back = records.slice(1).map((rec) => Object.fromEntries(PATENT_COLUMNS.map((c, i) => [c, rec[i]])));
    expect(back).toEqual(rows1000);
    // Quoted commas and in-cell newlines survive.
    expect(rows1000.some((r) => r.summary.includes('\n'))).toBe(true);
    expect(rows1000.some((r) => r.title_en.includes(','))).toBe(true);
  });
});

describe('data files', () => {
  it('DEFAULT_FIELD_IDS match data/patent-fields.yaml', () => {
    const doc = parseYaml(readRepoFile('data/patent-fields.yaml')) as {
      fields: { id: string; ja: string; en: string }[];
    };
    const ids = doc.fields.map((f) => f.id);
    expect(ids).toEqual([...DEFAULT_FIELD_IDS]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of doc.fields) {
      expect(f.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(f.ja).toBeTruthy();
      expect(f.en).toBeTruthy();
    }
  });

  it('data/patents.csv is the output of `--count 240 --seed 2026`', () => {
    const expected = patentsToCsv(generatePatents({ count: 240, seed: 2026 }));
    expect(readRepoFile('data/patents.csv')).toBe(expected);
  });
});
