/**
 * The validated site data for pages. The build integration validates once and leaves the result on
 * globalThis, so pages rendered in the same process do not read the files again.
 */
import { resolve } from 'node:path';
import { loadSiteData, type PublishedFacts, type SiteData } from './load.ts';
import { describeLoad } from './validate/report.ts';

const CACHE = Symbol.for('inpit-portal.site-data');
type Cache = { dir: string; data: SiteData; facts: PublishedFacts };

export function dataDirectory(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}

export function rememberSiteData(dir: string, data: SiteData, facts: PublishedFacts): void {
  (globalThis as Record<symbol, Cache>)[CACHE] = { dir, data, facts };
}

function loaded(): Cache {
  const dir = dataDirectory();
  const cached = (globalThis as Record<symbol, Cache | undefined>)[CACHE];
  if (cached?.dir === dir) return cached;
  const result = loadSiteData(dir);
  if (result.issues.length > 0) throw new Error(describeLoad(result, 'both').join('\n'));
  rememberSiteData(dir, result.data, result.facts);
  return { dir, data: result.data, facts: result.facts };
}

export function getSiteData(): SiteData {
  return loaded().data;
}

/** What the browser checker (/data-check/) needs of the published data for its checks between files. */
export function getPublishedFacts(): PublishedFacts {
  return loaded().facts;
}

export type { Patent, PublishedFacts, Seminar, SiteData } from './load.ts';
