/**
 * schema.safeParse for CSV rows, with z.compile's generated parser first: about three times as fast on rows that
 * pass (docs/search.md, "Validate"). A row it rejects is parsed again by the schema itself, whose issues are the ones
 * reported, so what is accepted and what is said about the rest do not change. Node only: the generated parser is
 * made with `new Function`, which the site's Content-Security-Policy blocks in the browser checker.
 */
import { z } from 'astro/zod';
import { rowsThatPass } from '../schemas/fields.ts';

export type RowParser<S extends z.ZodType> = (input: unknown) => z.ZodSafeParseResult<z.output<S>>;

export function compiledRowParser<S extends z.ZodType>(schema: S): RowParser<S> {
  // A schema made by withRules compiles only with its rules run as usual: the same result for a row that passes.
  const passing = rowsThatPass(schema) ?? schema;
  const fast = z.compile(passing);
  // z.compile hands back the schema itself when it cannot compile it: parse once then.
  if (fast === passing) return (input) => schema.safeParse(input);
  return (input) => {
    const quick = fast.safeParse(input);
    return quick.success ? quick : schema.safeParse(input);
  };
}
