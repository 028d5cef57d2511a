/**
 * Deterministic generator of SAMPLE 開放特許 (open patent / licensable patent) records.
 *
 * The output follows the data contract of data/patents.csv (see PATENT_COLUMNS).
 * Every name in here (companies, universities, research institutes, people) is
 * fictional and every e-mail address uses the reserved example.jp / example.ac.jp /
 * example.go.jp domains. All rows carry `sample=true` so the site can label them.
 *
 * The module is pure: no file-system access, no clock, no Math.random. The same
 * `count` + `seed` (+ `fieldIds`) always produces byte-identical CSV.
 */
import { stringify } from 'csv-stringify/sync';
import { HOLDER_TYPES, LICENSE_TERMS, patentSchema } from '../schemas/patent.ts';
import { createRng } from './random.ts';
import type { Rng } from './random.ts';
import { VOCAB, GENERIC_VOCAB, COMMON_KEYWORDS, GENERIC_INDUSTRIES, PLACES, BRANDS, BRAND_SUFFIXES, RESEARCH_TOPICS, SURNAMES, GIVEN_NAMES, METRICS, type Term, type Proc, type FieldVocab } from './vocabulary.ts';

// ---------------------------------------------------------------------------
// Public contract
// ---------------------------------------------------------------------------

/** Column order of data/patents.csv: the schema's fields, in its order. */
export const PATENT_COLUMNS = Object.keys(patentSchema.shape) as readonly (keyof typeof patentSchema.shape)[];

export type PatentColumn = (typeof PATENT_COLUMNS)[number];

/** One CSV record: every column as a (possibly empty) string. */
export type PatentCsvRecord = Record<PatentColumn, string>;

type HolderType = (typeof HOLDER_TYPES)[number];
type LicenseTerms = (typeof LICENSE_TERMS)[number];

/**
 * Field ids of data/patent-fields.yaml, in the same order.
 * Kept as a copy so the generator stays pure; patents.test.ts asserts they match.
 */
export const DEFAULT_FIELD_IDS = [
  'machinery',
  'electronics',
  'ict',
  'measurement',
  'chemistry',
  'food-bio',
  'lifestyle',
  'construction',
  'transport',
  'environment',
  'medical-welfare',
  'textile-paper',
  'metal-materials',
  'organic-inorganic',
] as const;

/** Earliest and latest `registered` / `updated` date produced. */
export const SAMPLE_DATE_MIN = '2005-01-01';
export const SAMPLE_DATE_MAX = '2026-11-20';

/** Upper bound for `count` (license numbers stay unique far beyond this). */
export const MAX_PATENT_COUNT = 1_000_000;

export interface GeneratePatentsOptions {
  /** Number of records, integer 0 … MAX_PATENT_COUNT. */
  count: number;
  /** PRNG seed, any safe integer. */
  seed: number;
  /** Allowed `field` ids; defaults to DEFAULT_FIELD_IDS. Unknown ids get a generic vocabulary. */
  fieldIds?: readonly string[];
}

// ---------------------------------------------------------------------------
// Dates (epoch day numbers; UTC only, no local time zone involved)
// ---------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const formatDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

const MIN_YEAR = 2005;
const MAX_YEAR = 2026;
const MAX_DAY = dayNumber(2026, 11, 20);

/** Registration-year weights: gently increasing, 2026 scaled down (ends 11-20). */
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = Array.from(
  { length: MAX_YEAR - MIN_YEAR + 1 },
  (_, i): readonly [number, number] => {
    const year = MIN_YEAR + i;
    const w = 0.7 + 0.04 * i;
    return [year, year === MAX_YEAR ? (w * (MAX_DAY - dayNumber(MAX_YEAR, 1, 1) + 1)) / 365 : w];
  },
);

/** Japanese patent numbers roughly in force at the start of each grant year. */
const PATENT_NO_AT_YEAR_START: Readonly<Record<number, number>> = {
  2000: 3010000, 2001: 3150000, 2002: 3280000, 2003: 3390000, 2004: 3500000,
  2005: 3610000, 2006: 3730000, 2007: 3850000, 2008: 4010000, 2009: 4180000,
  2010: 4370000, 2011: 4600000, 2012: 4840000, 2013: 5150000, 2014: 5430000,
  2015: 5660000, 2016: 5850000, 2017: 6060000, 2018: 6270000, 2019: 6460000,
  2020: 6640000, 2021: 6820000, 2022: 7000000, 2023: 7210000, 2024: 7420000,
  2025: 7620000, 2026: 7800000, 2027: 7999999,
};

// ---------------------------------------------------------------------------
// Holders
// ---------------------------------------------------------------------------

interface Holder {
  name: string;
  type: HolderType;
  fields: readonly string[];
  contact: string;
  /** Probability of writing application_no as 特願YYYY-NNNNNN. */
  appPrefixRate: number;
  /** Probability of writing patent_no as 特許第NNNNNNN号. */
  patentPrefixRate: number;
  /** Probability that a record of this holder has an English title. */
  titleEnRate: number;
}

const HOLDER_TYPE_WEIGHTS: readonly (readonly [HolderType, number])[] = [
  ['company', 46],
  ['university', 24],
  ['public_research', 14],
  ['individual', 10],
  ['other', 6],
];

const TITLE_EN_RATE: Record<HolderType, number> = {
  company: 0.25,
  university: 0.42,
  public_research: 0.42,
  individual: 0.08,
  other: 0.15,
};

/** Relative number of records per holder, by holder type. */
const ACTIVITY: Record<HolderType, number> = {
  company: 1,
  university: 1.2,
  public_research: 1,
  individual: 0.4,
  other: 0.6,
};

interface Context {
  rng: Rng;
  fieldIds: readonly string[];
  fieldWeights: readonly (readonly [string, number])[];
}

const vocabFor = (fieldId: string): FieldVocab => VOCAB[fieldId] ?? GENERIC_VOCAB;

function pickField(ctx: Context): string {
  return ctx.rng.weighted(ctx.fieldWeights);
}

/** `n` distinct field ids drawn by field weight. */
function pickFields(ctx: Context, n: number): string[] {
  const want = Math.min(n, ctx.fieldIds.length);
  const picked: string[] = [];
  while (picked.length < want) {
    const id = pickField(ctx);
    if (!picked.includes(id)) picked.push(id);
  }
  return picked;
}

function withEmail(rng: Rng, label: string, email: string, rate: number): string {
  return rng.chance(rate) ? `${label}（${email}）` : label;
}

/** Builds one holder of the given type; returns null if the name is already taken. */
function makeHolder(ctx: Context, type: HolderType, taken: Set<string>): Holder | null {
  const { rng } = ctx;
  let name: string;
  let fields: string[];
  let contact: string;

  switch (type) {
    case 'company': {
      const main = pickField(ctx);
      fields = rng.chance(0.35) ? [main, pickField(ctx)] : [main];
      let base: string;
      let slug: string;
      if (rng.chance(0.75)) {
        const place = rng.pick(PLACES);
        const industry = rng.chance(0.8) ? rng.pick(vocabFor(main).industries) : rng.pick(GENERIC_INDUSTRIES);
        base = place[0] + industry[0];
        slug = `${place[1]}-${industry[1]}`;
      } else {
        const brand = rng.pick(BRANDS);
        const suffix = rng.pick(BRAND_SUFFIXES);
        base = brand[0] + suffix[0];
        slug = `${brand[1]}-${suffix[1]}`;
      }
      name = rng.weighted<string>([
        [`株式会社${base}`, 40],
        [`${base}株式会社`, 45],
        [`(株)${base}`, 15],
      ]);
      const dept = rng.pick(['知的財産部', '知的財産部 ライセンス担当', '知財・標準化部', '技術企画部 知財グループ', '研究開発本部 知的財産室']);
      const label = rng.chance(0.75) ? `${name} ${dept}` : dept;
      contact = withEmail(rng, label, `${rng.pick(['ip', 'chizai', 'license', 'tokkyo'])}@${slug}.example.jp`, 0.6);
      break;
    }
    case 'university': {
      const place = rng.pick(PLACES);
      fields = pickFields(ctx, rng.int(3, 5));
      const form = rng.weighted<number>([[0, 30], [1, 30], [2, 14], [3, 10], [4, 10], [5, 6]]);
      name = [
        `国立大学法人${place[0]}大学`,
        `${place[0]}大学`,
        `${place[0]}工業大学`,
        `公立大学法人${place[0]}県立大学`,
        `${place[0]}科学技術大学`,
        `${place[0]}医科大学`,
      ][form] as string;
      if (form === 5 && ctx.fieldIds.includes('medical-welfare')) fields[0] = 'medical-welfare';
      const dept = rng.pick(['産学連携本部', '産学官連携推進本部 知的財産部門', '研究推進機構 知財管理室', '社会連携推進部', 'イノベーション推進機構']);
      const label = rng.chance(0.75) ? `${name} ${dept}` : dept;
      contact = withEmail(rng, label, `${rng.pick(['sangaku', 'tlo', 'chizai', 'renkei'])}@${place[1]}-u.example.ac.jp`, 0.7);
      break;
    }
    case 'public_research': {
      const form = rng.weighted<number>([[0, 40], [1, 40], [2, 20]]);
      if (form === 0) {
        const [topic, slug, related] = rng.pick(RESEARCH_TOPICS);
        name = `国立研究開発法人${topic}${rng.chance(0.6) ? '研究所' : '研究機構'}`;
        fields = related.filter((f) => ctx.fieldIds.includes(f));
        if (fields.length === 0) fields = [pickField(ctx)];
        const label = `${rng.chance(0.6) ? `${name} ` : ''}${rng.pick(['研究推進部 知的財産室', 'イノベーション推進本部 知財・契約室', '企画部 技術移転課'])}`;
        contact = withEmail(rng, label, `${rng.pick(['chizai', 'renkei', 'ip'])}@${slug}.example.go.jp`, 0.65);
      } else if (form === 1) {
        const place = rng.pick(PLACES);
        name = `地方独立行政法人${place[0]}県${rng.pick(['産業技術センター', '工業技術研究所', '産業技術総合研究所'])}`;
        fields = pickFields(ctx, rng.int(2, 4));
        const label = `${rng.chance(0.6) ? `${name} ` : ''}${rng.pick(['企画調整部', '技術支援部 知的財産担当', '連携推進室'])}`;
        contact = withEmail(rng, label, `renkei@${place[1]}-iri.example.go.jp`, 0.65);
      } else {
        const place = rng.pick(PLACES);
        name = `公益財団法人${place[0]}${rng.pick(['科学技術振興財団', '産業創造機構', '産業振興センター'])}`;
        fields = pickFields(ctx, rng.int(2, 4));
        const label = `${rng.chance(0.6) ? `${name} ` : ''}${rng.pick(['技術移転部', '知財活用支援課', '産学連携課'])}`;
        contact = withEmail(rng, label, `info@${place[1]}-f.example.jp`, 0.5);
      }
      break;
    }
    case 'individual': {
      const surname = rng.pick(SURNAMES);
      const given = rng.pick(GIVEN_NAMES);
      name = `${surname[0]} ${given[0]}`;
      fields = [pickField(ctx)];
      contact = rng.chance(0.5) ? withEmail(rng, name, `${surname[1]}.${given[1]}@example.jp`, 0.8) : '';
      break;
    }
    case 'other': {
      const form = rng.weighted<number>([[0, 45], [1, 30], [2, 25]]);
      const main = pickField(ctx);
      fields = [main];
      if (form === 0) {
        const place = rng.pick(PLACES);
        const coop = rng.pick(vocabFor(main).coops);
        name = `${place[0]}${coop[0]}${rng.chance(0.5) ? '事業協同組合' : '協同組合'}`;
        contact = withEmail(rng, `${name} 事務局`, `jimukyoku@${place[1]}-${coop[1]}.example.jp`, 0.4);
      } else if (form === 1) {
        const place = rng.pick(PLACES);
        name = `一般社団法人${place[0]}${rng.pick(['技術振興協会', 'ものづくり協会', '発明協会'])}`;
        fields = pickFields(ctx, rng.int(1, 3));
        contact = withEmail(rng, `${name} 事務局`, `office@${place[1]}-a.example.jp`, 0.4);
      } else {
        const [topic, slug] = rng.pick(RESEARCH_TOPICS);
        name = `${topic}技術研究組合`;
        contact = withEmail(rng, `${name} 技術部`, `tech@${slug}-ra.example.jp`, 0.4);
      }
      break;
    }
  }

  if (taken.has(name)) return null;
  taken.add(name);

  const style = rng.next();
  return {
    name,
    type,
    fields,
    contact,
    // Most holders stick to one notation; a few mix both.
    appPrefixRate: style < 0.45 ? 0.9 : style < 0.9 ? 0.1 : 0.5,
    patentPrefixRate: rng.chance(0.5) ? 0.85 : 0.15,
    titleEnRate: TITLE_EN_RATE[type],
  };
}

interface HolderPool {
  holders: readonly Holder[];
  /** Cumulative popularity weights (Zipf-like), for binary search. */
  cumulative: readonly number[];
}

function makeHolderPool(ctx: Context, count: number): HolderPool {
  const target = Math.min(2000, Math.max(30, Math.round(count / 6)));
  const taken = new Set<string>();
  const holders: Holder[] = [];
  // Guarantee at least one holder of every type, then draw types by weight.
  for (let i = 0; i < target; i++) {
    const type = i < HOLDER_TYPES.length ? (HOLDER_TYPES[i] as HolderType) : ctx.rng.weighted(HOLDER_TYPE_WEIGHTS);
    for (let attempt = 0; attempt < 20; attempt++) {
      const holder = makeHolder(ctx, type, taken);
      if (holder) {
        holders.push(holder);
        break;
      }
    }
  }
  ctx.rng.shuffle(holders);
  // Zipf-like popularity: a few prolific holders, a long tail; individuals and
  // cooperatives hold far fewer patents than companies and universities.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < holders.length; i++) {
    total += ACTIVITY[(holders[i] as Holder).type] / Math.pow(i + 4, 0.8);
    cumulative.push(total);
  }
  return { holders, cumulative };
}

function pickHolder(rng: Rng, pool: HolderPool): Holder {
  const { cumulative, holders } = pool;
  const r = rng.next() * (cumulative[cumulative.length - 1] as number);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > r) hi = mid;
    else lo = mid + 1;
  }
  return holders[lo] as Holder;
}

// ---------------------------------------------------------------------------
// Text builders
// ---------------------------------------------------------------------------

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function buildTitle(rng: Rng, v: FieldVocab): { ja: string; en: string; obj: Term; tech: Term; proc: Proc } {
  const obj = rng.pick(v.objects);
  const tech = rng.pick(v.techs);
  const proc = rng.pick(v.procs);
  const kind = rng.weighted<number>([
    [0, 14], // plain object
    [1, 14], // adjective + object
    [2, 12], // tech を用いた object 及びその proc 方法
    [3, 12], // object 及びその proc 方法
    [4, 12], // tech を利用した object
    [5, 8], // object 及びそれを用いた object2
    [6, 12], // object の proc 方法
    [7, 10], // tech を用いた object の proc 方法
    [8, v.program ? 14 : 0], // object、proc 方法及びプログラム
  ]);
  let ja: string;
  let en: string;
  switch (kind) {
    case 0:
      ja = obj[0];
      en = obj[1];
      break;
    case 1: {
      const adj = rng.pick(v.adjectives);
      ja = adj[0] + obj[0];
      en = `${adj[1]} ${obj[1]}`;
      break;
    }
    case 2:
      ja = `${tech[0]}を用いた${obj[0]}及びその${proc[0]}方法`;
      en = `${obj[1]} using ${tech[1]} and method for ${proc[1]} same`;
      break;
    case 3:
      ja = `${obj[0]}及びその${proc[0]}方法`;
      en = `${obj[1]} and method for ${proc[1]} same`;
      break;
    case 4:
      ja = `${tech[0]}を利用した${obj[0]}`;
      en = `${obj[1]} utilizing ${tech[1]}`;
      break;
    case 5: {
      let obj2 = rng.pick(v.objects);
      if (obj2 === obj) obj2 = v.objects[(v.objects.indexOf(obj) + 1) % v.objects.length] as Term;
      ja = `${obj[0]}及びそれを用いた${obj2[0]}`;
      en = `${obj[1]} and ${obj2[1]} using same`;
      break;
    }
    case 6:
      ja = `${obj[0]}の${proc[0]}方法`;
      en = `method for ${proc[1]} ${obj[1]}`;
      break;
    case 7:
      ja = `${tech[0]}を用いた${obj[0]}の${proc[0]}方法`;
      en = `method for ${proc[1]} ${obj[1]} using ${tech[1]}`;
      break;
    default:
      ja = `${obj[0]}、${proc[0]}方法及びプログラム`;
      en = `${obj[1]}, ${proc[2]} method, and program`;
      break;
  }
  return { ja, en: capitalize(en), obj, tech, proc };
}

function buildSummary(rng: Rng, v: FieldVocab, obj: Term, tech: Term, proc: Proc): string {
  const [eff, eff2, eff3] = rng.sample(v.effects, 3) as [string, string, string];
  const [prod, prod2] = rng.sample(v.products, 2) as [string, string];
  const t = tech[0];
  const o = obj[0];
  const sentences: string[] = [];

  switch (rng.int(0, 4)) {
    case 0:
      sentences.push(`本発明は、${t}を用いることにより${eff}を図った${o}に関する。`);
      break;
    case 1:
      sentences.push(`${t}を利用して、${eff}を実現する${o}を提供する。`);
      break;
    case 2:
      sentences.push(`従来の${o}では、${eff}が困難であった。`, `本技術は、${t}を採用することでこの課題を解決する。`);
      break;
    case 3:
      sentences.push(`${o}に${t}を適用し、${eff}と${eff2}とを両立させた技術である。`);
      break;
    default:
      sentences.push(`${t}を応用した${o}の${proc[0]}方法であり、${eff}が可能となる。`);
      break;
  }

  if (sentences.length < 3 && rng.chance(0.5)) {
    switch (rng.int(0, 3)) {
      case 0:
        sentences.push(`試作品では、従来品と比較して${rng.pick(METRICS)}を約${rng.int(2, 12) * 5}%低減できることを確認した。`);
        break;
      case 1:
        sentences.push('既存の設備をそのまま利用できるため、導入が容易である。');
        break;
      case 2:
        sentences.push(`構成が簡素であるため、${eff3}にも寄与する。`);
        break;
      default:
        sentences.push(`実証試験により、${eff3}の効果が確認されている。`);
        break;
    }
  }

  if (sentences.length < 3 && rng.chance(0.55)) {
    switch (rng.int(0, 2)) {
      case 0:
        sentences.push(`${prod}への応用が期待される。`);
        break;
      case 1:
        sentences.push(`${prod}や${prod2}などへの展開が可能である。`);
        break;
      default:
        sentences.push('ライセンス先への技術指導にも対応可能である。');
        break;
    }
  }

  // A few staff-entered summaries contain a line break inside the cell.
  if (sentences.length > 1 && rng.chance(0.03)) {
    return `${sentences[0]}\n${sentences.slice(1).join('')}`;
  }
  return sentences.join('');
}

function buildKeywords(rng: Rng, v: FieldVocab, tech: Term): string {
  const n = rng.int(2, 5);
  const words: string[] = [];
  const add = (w: string): void => {
    if (words.length < n && !words.includes(w)) words.push(w);
  };
  // Short technique names double as keywords.
  if (tech[0].length <= 8 && rng.chance(0.3)) add(tech[0]);
  const fromCommon = rng.chance(0.6) ? rng.int(1, Math.min(2, n - 1)) : 0;
  for (const w of rng.sample(v.keywords, n - fromCommon)) add(w);
  for (const w of rng.sample(COMMON_KEYWORDS, 4)) add(w);
  // Fill up if duplicates left us short.
  for (const w of v.keywords) add(w);
  return words.join(';');
}

function buildIpc(rng: Rng, v: FieldVocab, ctx: Context): string {
  if (rng.chance(0.1)) return '';
  const n = rng.weighted<number>([[1, 55], [2, 33], [3, 12]]);
  const symbols = rng.sample(v.ipc, n);
  // Occasionally a secondary symbol from another field.
  if (n > 1 && rng.chance(0.2)) {
    const other = rng.pick(vocabFor(pickField(ctx)).ipc);
    if (!symbols.includes(other)) symbols[symbols.length - 1] = other;
  }
  return symbols.join(';');
}

function buildProducts(rng: Rng, v: FieldVocab): string {
  if (rng.chance(0.25)) return '';
  const items = rng.sample(v.products, rng.weighted<number>([[1, 50], [2, 40], [3, 10]]));
  return items.join('、') + (rng.chance(0.2) ? 'など' : '');
}

// ---------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------

interface Draft {
  year: number;
  day: number;
  order: number;
  row: Omit<PatentCsvRecord, 'license_no'>;
}

function validateOptions(options: GeneratePatentsOptions): readonly string[] {
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 0 || count > MAX_PATENT_COUNT) {
    throw new RangeError(`count must be an integer between 0 and ${MAX_PATENT_COUNT}, got ${String(count)}`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${String(seed)}`);
  }
  const fieldIds = options.fieldIds ?? DEFAULT_FIELD_IDS;
  if (fieldIds.length === 0) throw new RangeError('fieldIds must not be empty');
  if (new Set(fieldIds).size !== fieldIds.length) throw new RangeError('fieldIds must be unique');
  for (const id of fieldIds) {
    if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      throw new RangeError(`invalid field id: ${JSON.stringify(id)}`);
    }
  }
  return fieldIds;
}

/**
 * Generates `count` fictional sample records, sorted by license_no
 * (which is also chronological order of `registered`).
 */
export function generatePatents(options: GeneratePatentsOptions): PatentCsvRecord[] {
  const fieldIds = validateOptions(options);
  const rng = createRng(options.seed);
  const ctx: Context = {
    rng,
    fieldIds,
    fieldWeights: fieldIds.map((id) => [id, vocabFor(id).weight] as const),
  };
  const pool = makeHolderPool(ctx, options.count);
  const usedApplications = new Set<number>();
  const usedPatents = new Set<number>();
  const drafts: Draft[] = [];

  for (let i = 0; i < options.count; i++) {
    const holder = pickHolder(rng, pool);
    const field = rng.chance(0.85) ? rng.pick(holder.fields) : pickField(ctx);
    const v = vocabFor(field);

    // registered: a weekday (mostly) in the chosen year, never after MAX_DAY.
    const year = rng.weighted(YEAR_WEIGHTS);
    const first = dayNumber(year, 1, 1);
    const last = Math.min(dayNumber(year, 12, 31), MAX_DAY);
    let day = rng.int(first, last);
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    if (rng.chance(0.9)) {
      if (weekday === 6 && day - 1 >= first) day -= 1;
      else if (weekday === 0 && day - 2 >= first) day -= 2;
    }

    // updated: sometimes empty, otherwise within a few years after registration.
    let updatedDay: number | null = null;
    if (rng.chance(0.65)) {
      const span = Math.min(MAX_DAY - day, rng.chance(0.3) ? 60 : 365 * 6);
      updatedDay = day + rng.int(0, span);
    }

    // Application filed 0–9 years before registration (never before 2000).
    const appYear = Math.max(
      2000,
      year - rng.weighted<number>([[0, 5], [1, 12], [2, 17], [3, 18], [4, 15], [5, 12], [6, 8], [7, 6], [8, 4], [9, 3]]),
    );
    // Serial numbers grow through the year: a same-year application must precede registration.
    const maxSerial = appYear === year ? Math.max(1, Math.floor((399_999 * (day - first + 1)) / 366)) : 399_999;
    let appNo = 0;
    for (let attempt = 0; attempt < 50 && appNo === 0; attempt++) {
      const candidate = appYear * 1_000_000 + rng.int(1, maxSerial);
      if (!usedApplications.has(candidate)) appNo = candidate;
    }
    if (appNo !== 0) usedApplications.add(appNo);
    let application = '';
    if (appNo !== 0 && rng.chance(0.92)) {
      const serial = String(appNo % 1_000_000).padStart(6, '0');
      application = `${rng.chance(holder.appPrefixRate) ? '特願' : ''}${appYear}-${serial}`;
    }

    // Granted 1–6 years after filing; still pending if not granted by the last update.
    const grantYear = appYear + rng.weighted<number>([[1, 15], [2, 30], [3, 25], [4, 15], [5, 10], [6, 5]]);
    const knownUntil = Math.max(year, updatedDay === null ? year : yearOfDay(updatedDay));
    let patent = '';
    if (grantYear <= knownUntil && grantYear <= MAX_YEAR && rng.chance(0.9)) {
      const lo = PATENT_NO_AT_YEAR_START[grantYear] as number;
      const hi = (PATENT_NO_AT_YEAR_START[grantYear + 1] as number) - 1;
      for (let attempt = 0; attempt < 50; attempt++) {
        const candidate = rng.int(lo, hi);
        if (!usedPatents.has(candidate)) {
          usedPatents.add(candidate);
          patent = rng.chance(holder.patentPrefixRate) ? `特許第${candidate}号` : String(candidate);
          break;
        }
      }
    }

    const title = buildTitle(rng, v);
    const titleEn = rng.chance(holder.titleEnRate) ? title.en : '';
    const summary = buildSummary(rng, v, title.obj, title.tech, title.proc);
    const licenseTerms = rng.weighted<LicenseTerms>([
      ['license', 55],
      ['either', 30],
      ['assignment', 15],
    ]);

    drafts.push({
      year,
      day,
      order: i,
      row: {
        title: title.ja,
        title_en: titleEn,
        summary,
        field,
        holder: holder.name,
        holder_type: holder.type,
        application_no: application,
        patent_no: patent,
        ipc: buildIpc(rng, v, ctx),
        license_terms: licenseTerms,
        applied_products: buildProducts(rng, v),
        keywords: buildKeywords(rng, v, title.tech),
        registered: formatDay(day),
        updated: updatedDay === null ? '' : formatDay(updatedDay),
        contact: rng.chance(0.88) ? holder.contact : '',
        sample: 'true',
      },
    });
  }

  // License numbers: per registration year, increasing with the registration date,
  // starting at a random offset and skipping a few numbers (withdrawn entries).
  drafts.sort((a, b) => a.day - b.day || a.order - b.order);
  const perYear = new Map<number, number>();
  for (const d of drafts) perYear.set(d.year, (perYear.get(d.year) ?? 0) + 1);
  const nextSeq = new Map<number, number>();
  const maxStep = new Map<number, number>();
  for (const [year, n] of [...perYear].sort((a, b) => a[0] - b[0])) {
    nextSeq.set(year, rng.int(1, 1500));
    maxStep.set(year, Math.max(1, Math.min(40, Math.floor(8_000_000 / n))));
  }

  return drafts.map((d): PatentCsvRecord => {
    const seq = nextSeq.get(d.year) as number;
    nextSeq.set(d.year, seq + rng.int(1, maxStep.get(d.year) as number));
    return { license_no: `L${d.year}${String(seq).padStart(7, '0')}`, ...d.row };
  });
}

/** Serialises rows as CSV: header + one line per row, LF line endings, quoting only where needed. */
export function patentsToCsv(rows: readonly PatentCsvRecord[]): string {
  return stringify(rows as PatentCsvRecord[], {
    header: true,
    columns: [...PATENT_COLUMNS],
    record_delimiter: 'unix',
  });
}
