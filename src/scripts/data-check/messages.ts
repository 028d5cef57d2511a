/** Messages between the checker page and its worker. */
import type { FormattedFile } from '#src/data/format-file.ts';
import type { Lang } from '#src/i18n/locales.ts';
import type { ChosenInput, FileReport } from './report.ts';

export const PUBLISHED_URL = '/data-check/published.json';
/** performance marks: the check starts when the files are posted to the worker and ends when its reply arrives. */
export const CHECK_START = 'data-check:start';
export const CHECK_MEASURE = 'data-check';

export type CheckRequest =
  | { type: 'check'; inputs: ChosenInput[]; lang: Lang }
  /** A chosen file in canonical form (npm run data:format), made only when asked: it costs seconds for 50,000 rows. */
  | { type: 'format'; path: string; bytes: Uint8Array };
export type CheckReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; reports: FileReport[] }
  | { type: 'formatted'; path: string; file: FormattedFile | undefined }
  | { type: 'error'; message: string };
