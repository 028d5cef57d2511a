/**
 * The filter state of the seminar list and its query string (?region=kanto&format=online). Imported by the
 * browser script, so it has no imports at all (keeps the shipped JavaScript small).
 */
export const FACETS = ['region', 'prefecture', 'month', 'fy', 'format'] as const;
export type Facet = (typeof FACETS)[number];
export type FacetKeys = Record<Facet, string>;
/** Selected values per facet: OR within a facet, AND across facets. Absent or empty = no restriction. */
export type FilterState = Partial<Record<Facet, string[]>>;

/** Region and format are checkboxes (several values); the others are single-choice selects. */
export const MULTI_VALUE: Record<Facet, boolean> = { region: true, prefecture: false, month: false, fy: false, format: true };

/**
 * Whether a seminar with these keys is listed under a facet value. Online sessions are filed under no region:
 * anyone can join them, so every region includes them (pages that filter by region say so).
 */
export function matchesValue(keys: FacetKeys, facet: Facet, value: string): boolean {
  return keys[facet] === value || (facet === 'region' && keys.format === 'online');
}

export function matchesFilter(keys: FacetKeys, state: FilterState): boolean {
  return FACETS.every((facet) => {
    const wanted = state[facet];
    return !wanted || wanted.length === 0 || wanted.some((value) => matchesValue(keys, facet, value));
  });
}

export type AllowedValues = Record<Facet, readonly string[]>;

/**
 * Reads ?region=kanto&region=kinki&format=online (comma lists also accepted). Unknown facets and values are
 * dropped, values keep the allowed order and single-choice facets keep their first value, so any pasted URL
 * gives a state the controls can show.
 */
export function parseFilterQuery(search: string, allowed: AllowedValues): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const facet of FACETS) {
    const given = new Set(
      params
        .getAll(facet)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim().toLowerCase()),
    );
    let values = allowed[facet].filter((v) => given.has(v));
    if (!MULTI_VALUE[facet]) values = values.slice(0, 1);
    if (values.length > 0) state[facet] = values;
  }
  return state;
}

/** The query string for a state ('' when nothing is selected), facets and values in a fixed order. */
export function serializeFilterQuery(state: FilterState, allowed?: AllowedValues): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const values = state[facet] ?? [];
    const ordered = allowed ? allowed[facet].filter((v) => values.includes(v)) : values;
    for (const value of ordered) params.append(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isEmptyFilter(state: FilterState): boolean {
  return FACETS.every((facet) => (state[facet]?.length ?? 0) === 0);
}
