/**
 * Search-quality metrics for the query set (tests/search/queries.yaml): recall@k, precision@k and reciprocal rank
 * per query, their means overall and per category, and a plain-text table. Pure: no browser, no files.
 */

export interface QuerySpec {
  q: string;
  category: string;
  /** License numbers of the records that must be found. */
  expect: string[];
  /** Why the query fails today, for queries kept in the set as known gaps. */
  known_gap?: string;
}

export interface QueryOutcome extends QuerySpec {
  /** License numbers of the results, in rank order (at least the top k). */
  ranked: string[];
}

export interface QueryScore extends QueryOutcome {
  recall: number;
  precision: number;
  reciprocalRank: number;
  /** 1-based rank of the first expected record, or null when none was found. */
  firstRank: number | null;
  /** Expected records that were not in the top k. */
  missing: string[];
}

export interface Summary {
  queries: number;
  recall: number;
  precision: number;
  mrr: number;
}

export interface Report {
  k: number;
  overall: Summary;
  categories: Record<string, Summary>;
  scores: QueryScore[];
}

/** |expected ∩ top k| / |expected|; 1 when nothing is expected (there was nothing to miss). */
export function recallAt(expected: readonly string[], ranked: readonly string[], k: number): number {
  const wanted = new Set(expected);
  if (wanted.size === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  let found = 0;
  for (const id of wanted) if (top.has(id)) found++;
  return found / wanted.size;
}

/**
 * |expected ∩ top k| / |top k|: the share of what was shown that should have been. Not divided by k: most queries
 * expect one or two records, so that would cap it at 0.1–0.2 and hide what matters here, results that variant
 * matching drags in. 1 when nothing was returned (nothing wrong was shown; recall counts the miss).
 */
export function precisionAt(expected: readonly string[], ranked: readonly string[], k: number): number {
  const top = [...new Set(ranked.slice(0, k))];
  if (top.length === 0) return 1;
  const wanted = new Set(expected);
  return top.filter((id) => wanted.has(id)).length / top.length;
}

/** 1-based rank of the first expected record among all ranked results, or null. */
export function firstRank(expected: readonly string[], ranked: readonly string[]): number | null {
  const wanted = new Set(expected);
  const index = ranked.findIndex((id) => wanted.has(id));
  return index === -1 ? null : index + 1;
}

/** 1 / rank of the first expected record within the top k, 0 if there is none there. */
export function reciprocalRank(expected: readonly string[], ranked: readonly string[], k: number): number {
  const rank = firstRank(expected, ranked.slice(0, k));
  return rank === null ? 0 : 1 / rank;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function scoreQuery(outcome: QueryOutcome, k: number): QueryScore {
  const top = new Set(outcome.ranked.slice(0, k));
  return {
    ...outcome,
    recall: recallAt(outcome.expect, outcome.ranked, k),
    precision: precisionAt(outcome.expect, outcome.ranked, k),
    reciprocalRank: reciprocalRank(outcome.expect, outcome.ranked, k),
    firstRank: firstRank(outcome.expect, outcome.ranked.slice(0, k)),
    missing: outcome.expect.filter((id) => !top.has(id)),
  };
}

function summarize(scores: readonly QueryScore[]): Summary {
  return {
    queries: scores.length,
    recall: mean(scores.map((s) => s.recall)),
    precision: mean(scores.map((s) => s.precision)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
  };
}

/** Scores every query, and the means overall and per category (categories in order of first appearance). */
export function evaluate(outcomes: readonly QueryOutcome[], k = 10): Report {
  const scores = outcomes.map((outcome) => scoreQuery(outcome, k));
  const categories: Record<string, Summary> = {};
  for (const category of new Set(scores.map((s) => s.category)))
    categories[category] = summarize(scores.filter((s) => s.category === category));
  return { k, overall: summarize(scores), categories, scores };
}

/** The license number a result link points to: /patents/L2016001200/ (any origin, trailing slash optional). */
export function licenseFromHref(href: string): string | null {
  const path = new URL(href, 'http://x.invalid').pathname;
  return /^\/(?:en\/)?patents\/(L\d{10,11})\/?$/u.exec(path)?.[1] ?? null;
}

const fixed = (value: number) => value.toFixed(3);

/** The per-category table and the queries that missed something, as printable lines. */
export function formatReport(report: Report): string {
  const rows = Object.entries(report.categories).map(
    ([category, s]) => `| ${category} | ${s.queries} | ${fixed(s.recall)} | ${fixed(s.precision)} | ${fixed(s.mrr)} |`,
  );
  const all = report.overall;
  const lines = [
    `| category | queries | recall@${report.k} | precision@${report.k} | MRR |`,
    '|---|---|---|---|---|',
    ...rows,
    `| **all** | ${all.queries} | ${fixed(all.recall)} | ${fixed(all.precision)} | ${fixed(all.mrr)} |`,
  ];
  const misses = report.scores.filter((s) => s.recall < 1 || s.precision < 1 || s.firstRank !== 1);
  if (misses.length > 0) {
    lines.push('', 'Queries not perfect (recall or precision < 1, or first expected record not at rank 1):');
    for (const s of misses) {
      const rank = s.firstRank === null ? 'none' : String(s.firstRank);
      const wanted = new Set(s.expect);
      const extra = s.ranked.slice(0, report.k).filter((id) => !wanted.has(id));
      lines.push(
        `  [${s.category}] ${s.q}: recall ${fixed(s.recall)}, precision ${fixed(s.precision)}, first at ${rank}` +
          `${s.missing.length ? `, missing ${s.missing.join(' ')}` : ''}${extra.length ? `, also ${extra.join(' ')}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}
