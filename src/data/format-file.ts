/**
 * A data file in canonical form, as `npm run data:format` writes it and the checker (/data-check/) offers it for
 * download: one function, so both give the same bytes. Pure: the CLI passes what git has committed, the browser
 * has no committed version.
 */
import type { z } from 'astro/zod';
import { DATA_FILES } from './load-files.ts';
import { decodeAnyDataFile, type SourceEncoding } from './parse/decode.ts';
import { patentSchema } from './schemas/patent.ts';
import { seminarSchema } from './schemas/seminar.ts';
import { windowSchema } from './schemas/window.ts';
import { canonicalCsv, canonicalYaml, type CanonicalResult } from './utils/canonical.ts';

/** CSV files with a row schema (contract order, dates, times, booleans); others change only line ends and quoting. */
const SCHEMAS: Record<string, z.ZodObject> = {
  [DATA_FILES.seminars]: seminarSchema,
  [DATA_FILES.patents]: patentSchema,
  [DATA_FILES.windows]: windowSchema,
};

export interface FormattedFile {
  /** The canonical text, with a BOM where the file gets one. */
  output: string;
  /** What the file was read as. */
  encoding: SourceEncoding;
  note?: CanonicalResult['note'];
}

/**
 * `path` is inside the data directory (seminars.csv, faq/x.yaml). `committed` is git's version of the file, if any:
 * the output keeps its BOM or its lack of one (no BOM-only diff); a new or converted CSV gets a BOM, so Excel reads
 * it as UTF-8. Undefined when the bytes are no text encoding a data file may have.
 */
export function formatDataFile(path: string, bytes: Uint8Array, committed?: { bom: boolean }): FormattedFile | undefined {
  const decoded = decodeAnyDataFile(bytes);
  if (!decoded) return undefined;
  const isCsv = /\.csv$/u.test(path);
  const { text, note } = isCsv ? canonicalCsv(decoded.text, SCHEMAS[path]) : canonicalYaml(decoded.text);
  const bom = isCsv && (committed ? committed.bom : decoded.bom || decoded.encoding !== 'utf-8');
  return { output: `${bom ? '\uFEFF' : ''}${text}`, encoding: decoded.encoding, ...(note ? { note } : {}) };
}
