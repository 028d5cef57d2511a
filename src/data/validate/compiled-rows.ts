/**
 * schema.safeParse for CSV rows, with z.compile's generated parser first, which is faster on rows that pass
 * (docs/search.md, "Validate"). A row it rejects is parsed again by the schema itself, whose issues are the ones
 * reported, so what is accepted and what is said about the rest do not change. Node only: the generated parser is
 * made with `new Function`, which the site's Content-Security-Policy blocks in the browser checker.
 */
import { z } from 'astro/zod';
import { withRulesAsUsual } from '../schemas/fields.ts';
import type { ParseRow } from './csv-file.ts';

const compiled = new WeakMap<z.ZodType, z.ZodType | undefined>();

/** The schema's compiled parser, made once per schema; undefined when z.compile cannot compile it. */
function compiledFor(schema: z.ZodType): z.ZodType | undefined {
  if (!compiled.has(schema)) {
    // A schema made by withRules compiles only with its rules run as usual: the same result for a row that passes.
    const passing = withRulesAsUsual(schema) ?? schema;
    const fast = z.compile(passing);
    // z.compile hands back the schema itself when it cannot compile it.
    compiled.set(schema, fast === passing ? undefined : fast);
  }
  return compiled.get(schema);
}

export function compiledRowParser<S extends z.ZodObject>(schema: S): ParseRow<S> {
  const slow: ParseRow<S> = (input) => schema.safeParse(input);
  const fast = compiledFor(schema);
  return fast ? fastFirst(fast.safeParse.bind(fast) as ParseRow<S>, slow) : slow;
}

/** Rows tried on the fast path before a file's share of failing rows can turn it off. */
export const FAST_PATH_TRIAL_ROWS = 64;

/**
 * `fast` for a row, then `slow` for one it rejects; `slow` alone once more than one row in eight has failed (after
 * the first FAST_PATH_TRIAL_ROWS), for the rest of the file. A rejected row costs both, and the compiled parser's
 * own fallback besides, so a file whose rows mostly fail (one column saved wrongly in every row) is checked as fast
 * as without it. Gives what `slow` gives for every row either way.
 */
export function fastFirst<S extends z.ZodObject>(fast: ParseRow<S>, slow: ParseRow<S>): ParseRow<S> {
  let tried = 0;
  let failed = 0;
  return (input) => {
    if (tried >= FAST_PATH_TRIAL_ROWS && failed * 8 > tried) return slow(input);
    tried++;
    const quick = fast(input);
    if (quick.success) return quick;
    failed++;
    return slow(input);
  };
}
