/**
 * The validated site data for pages. The build integration validates once and leaves the result on
 * globalThis, so pages rendered in the same process do not read the files again.
 */
import { resolve } from 'node:path';
import { loadSiteData, type SiteData } from './load.ts';
import { describeLoad } from './validate/report.ts';

const CACHE = Symbol.for('inpit-portal.site-data');
type Cache = { dir: string; data: SiteData };

export function dataDirectory(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}

export function rememberSiteData(dir: string, data: SiteData): void {
  (globalThis as Record<symbol, Cache>)[CACHE] = { dir, data };
}

export function getSiteData(): SiteData {
  const dir = dataDirectory();
  const cached = (globalThis as Record<symbol, Cache | undefined>)[CACHE];
  if (cached?.dir === dir) return cached.data;
  const result = loadSiteData(dir);
  if (result.issues.length > 0) throw new Error(describeLoad(result, 'both').join('\n'));
  rememberSiteData(dir, result.data);
  return result.data;
}

export type { Patent, Seminar, SiteData } from './load.ts';
