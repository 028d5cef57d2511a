/** Messages between the checker page and its worker. */
import type { Lang } from '#src/i18n/locales.ts';
import type { ChosenInput, FileReport } from './report.ts';

export const PUBLISHED_URL = '/data-check/published.json';
/** performance marks: the check starts when the files are posted to the worker and ends when its reply arrives. */
export const CHECK_START = 'data-check:start';
export const CHECK_MEASURE = 'data-check';

export interface CheckRequest {
  inputs: ChosenInput[];
  lang: Lang;
}
export type CheckReply =
  { type: 'progress'; done: number; total: number } | { type: 'result'; reports: FileReport[] } | { type: 'error'; message: string };
