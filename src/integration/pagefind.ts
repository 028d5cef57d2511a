/**
 * Runs Pagefind through its Node API. Pagefind returns errors instead of throwing: any error fails the build.
 *
 * Two bundles:
 * - /pagefind/: the site's pages (one index per language, from each page's lang), without the patent listings
 *   and detail pages, which would bury everything else;
 * - /pagefind-patents/ja/ and /pagefind-patents/en/: the open patents, one index per search page language, each
 *   from small pages written from the data (patent-records.ts) rather than from the 50,000 detail pages, which is
 *   faster and lets the words be normalized the same way as queries (src/utils/search/).
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  opendirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { PagefindIndex, PagefindServiceConfig } from 'pagefind';
import type { Patent, PatentField } from '../data/load.ts';
import { indexedPageFile, patentIndexPage, patentWordParts, type PatentWordParts } from './patent-records.ts';
import { PatentTablesError, writePatentTables } from './patent-tables.ts';
import { searchVariants } from './search-variants.ts';
import { compactWordPositions, WordPositionsError } from './word-positions.ts';
import type { Lang } from '../i18n/locales.ts';
import { compareNewestFirst } from '../utils/patents/listings.ts';
import {
  OFFLINE_MANIFEST,
  PATENT_BUNDLES_PATH,
  PATENT_LANGS,
  patentBundlePath,
  type OfflineManifest,
} from '../utils/search/patent-contract.ts';
import { fullTableUrl, recordsPath } from '../utils/search/record-table.ts';
import { withSearchForms } from '../utils/search/site-forms.ts';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

async function newIndex(config: PagefindServiceConfig): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex(config);
  check('createIndex', errors);
  if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
  return index;
}

/** Files under dir, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Pages for the site index: everything but the patent listings and records, which the patent bundle covers. */
export function isSitePage(path: string): boolean {
  if (!path.endsWith('.html')) return false;
  const patents = /^(?:en\/)?patents\/(.+)$/u.exec(path);
  return !patents || patents[1] === 'index.html';
}

// The patent bundle is searched with the JS API only: Pagefind's UI files would be dead weight offline.
const UNUSED_IN_PATENT_BUNDLE = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/u;

export interface PatentIndexInput {
  patents: readonly Patent[];
  patentFields: readonly PatentField[];
  /** Fragment files Pagefind writes for the patents; they are read once for the record table, then removed. */
  maxFragments?: number;
}

export interface PatentIndexResult {
  patents: number;
  /** Shards of each bundle's record table (src/utils/search/record-table.ts); the search pages need the count. */
  recordShards: number;
  seconds: number;
}

export interface SearchIndexResult {
  pages: number;
  patents: number;
  buildId: string;
  recordShards: number;
  /** What "save for offline use" downloads, per language. */
  offlineBytes: Record<Lang, number>;
  seconds: { site: number; patents: number };
}

// Few fragment files: they only carry the result ids to the record table and are removed, so fewer is faster.
// The site bundle keeps Pagefind's default: its results do load fragments (for excerpts).
export const PATENT_MAX_FRAGMENTS = 64;

/**
 * jemalloc settings for the Pagefind binary that indexes the patents (it reads _RJEM_MALLOC_CONF): freed pages go
 * back to the system after 3 s instead of jemalloc's 10 s. Its peak falls by about 0.35 GB at 50,000 records, and
 * the indexing, which runs beside Astro's longer rendering, takes about a tenth longer (docs/search.md).
 */
export const PATENT_PAGEFIND_MALLOC_CONF = 'dirty_decay_ms:3000';

/** The patent-bundle worker's environment, which the Pagefind binary it starts inherits; a setting given is kept. */
export const patentWorkerEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...env,
  _RJEM_MALLOC_CONF: env._RJEM_MALLOC_CONF ?? PATENT_PAGEFIND_MALLOC_CONF,
});

// Batches keep many requests in flight to the Pagefind service without queueing 50,000 at once.
const BATCH = 500;

/** dist path → URL: seminars/x/index.html → /seminars/x/ */
export function pageUrl(path: string): string {
  return `/${path.replace(/(?:^|\/)index\.html$/u, '/')}`.replace(/^\/\/$/u, '/');
}

// A page for indexing takes one file-system block or two: about 1.2 kB of text.
const SCRATCH_BYTES_PER_PAGE = 8192;

/**
 * Where the pages for indexing go: memory (/dev/shm) when it has room, since on disk the writes compete with
 * Astro's for the same disk (the patent index took 69 s instead of 39 s at 50,000 records); otherwise the
 * system's temporary folder.
 */
export function scratchParent(pages: number, candidates: readonly string[] = ['/dev/shm']): string {
  for (const dir of candidates) {
    try {
      const { bavail, bsize } = statfsSync(dir);
      if (bavail * bsize >= pages * SCRATCH_BYTES_PER_PAGE * 2) return dir;
    } catch {
      // Not there (not Linux, say): try the next.
    }
  }
  return tmpdir();
}

/**
 * The order in which a new folder in `parent` lists files, as Pagefind's walk reads it (raw readdir): as written
 * (kernel-dependent), reversed (tmpfs on this machine), or neither (ext4 hashes names).
 */
export function listingOrder(parent: string): 'written' | 'reversed' | 'other' {
  const dir = mkdtempSync(join(parent, 'inpit-listing-order-'));
  try {
    const written = ['c', 'a', 'd', 'b', 'e'];
    for (const name of written) writeFileSync(join(dir, name), '');
    const listed: string[] = [];
    const handle = opendirSync(dir);
    for (let entry = handle.readSync(); entry; entry = handle.readSync()) listed.push(entry.name);
    handle.closeSync();
    if (listed.join() === written.join()) return 'written';
    if (listed.join() === [...written].reverse().join()) return 'reversed';
    return 'other';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Pages written between two looks at the event loop, so that Pagefind's replies for the language being indexed
// are handled while the next language's pages are written.
const PAGES_PER_TURN = 256;

/**
 * Writes each patent's page for indexing in `lang` into a new temporary folder, one after another in the given order:
 * Pagefind numbers pages in the order it finds them in the folder, which follows the order they were written
 * (on tmpfs), so concurrent writes would make the index differ from build to build. `wordsOf` gives a patent's
 * words (patentWordParts), segmented once for all the languages.
 */
async function writeIndexPages(
  input: PatentIndexInput,
  lang: Lang,
  wordsOf: (patent: Patent, i: number) => PatentWordParts,
): Promise<string> {
  const dir = mkdtempSync(join(scratchParent(input.patents.length * PATENT_LANGS.length), `inpit-patent-pages-${lang}-`));
  const fields = new Map(input.patentFields.map((field) => [field.id, field]));
  for (const [i, patent] of input.patents.entries()) {
    writeFileSync(join(dir, indexedPageFile(patent)), patentIndexPage(patent, fields.get(patent.field), lang, wordsOf(patent, i)));
    if (i % PAGES_PER_TURN === PAGES_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  return dir;
}

/**
 * Indexes one language's pages into bundleDir with a Pagefind service of its own, which is ended afterwards:
 * Pagefind holds the whole index in memory (about 1.8 GB at 50,000 records), so one language at a time.
 * `whileWriting` runs once Pagefind has been asked to write the files, which takes it several seconds: work
 * that needs no Pagefind goes there.
 */
async function indexLanguage(
  pagesDir: string,
  bundleDir: string,
  lang: Lang,
  input: PatentIndexInput,
  whileWriting?: () => void,
): Promise<void> {
  try {
    const index = await newIndex({ maxFragments: input.maxFragments ?? PATENT_MAX_FRAGMENTS });
    const added = await index.addDirectory({ path: pagesDir });
    check(`addDirectory (patents, ${lang})`, added.errors);
    if (added.page_count !== input.patents.length) {
      throw new SearchIndexError(`Pagefind indexed ${added.page_count} patent pages of ${input.patents.length} in ${pagesDir}`);
    }
    const written = index.writeFiles({ outputPath: bundleDir });
    whileWriting?.();
    check(`writeFiles (patents, ${lang})`, (await written).errors);
    await index.deleteIndex();
  } finally {
    await pagefind.close();
  }
  for (const file of readdirSync(bundleDir)) if (UNUSED_IN_PATENT_BUNDLE.test(file)) rmSync(join(bundleDir, file));
}

/**
 * Every language's bundle in outputDir/<lang>/: its index, then its record table in place of the fragments and its
 * word positions renumbered (word-positions.ts). While Pagefind indexes a language, the next language's pages are
 * written, and then, while it writes the next language's files, the record table and the positions. Returns the
 * shard count.
 */
export async function buildPatentBundles(outputDir: string, given: PatentIndexInput): Promise<number> {
  // Pagefind numbers pages in the order the folder lists them, and the tables follow that order (patent-tables.ts):
  // written so that the folder lists them newest first, browsing newest first needs no sort table.
  const newestFirst = [...given.patents].sort(compareNewestFirst);
  const order = listingOrder(scratchParent(given.patents.length * PATENT_LANGS.length));
  const input = { ...given, patents: order === 'reversed' ? newestFirst.reverse() : newestFirst };
  const parts: PatentWordParts[] = [];
  const wordsOf = (patent: Patent, i: number) => (parts[i] ??= patentWordParts(patent));
  const pageDirs: string[] = [];
  let indexing: Promise<void> = Promise.resolve();
  try {
    let shards = 0;
    let finishLast: (() => void) | undefined;
    for (const lang of PATENT_LANGS) {
      const pagesDir = await writeIndexPages(input, lang, wordsOf);
      pageDirs.push(pagesDir);
      await indexing;
      const bundleDir = join(outputDir, lang);
      indexing = indexLanguage(pagesDir, bundleDir, lang, input, finishLast).then(() => rmSync(pagesDir, { recursive: true, force: true }));
      indexing.catch(() => {}); // awaited above or below; until then, not an unhandled rejection
      finishLast = () => {
        shards = writePatentTables(bundleDir, lang, input.patents).shards;
        compactWordPositions(bundleDir);
      };
    }
    await indexing;
    finishLast?.();
    return shards;
  } finally {
    await indexing.catch(() => {});
    for (const dir of pageDirs) rmSync(dir, { recursive: true, force: true });
  }
}

const ERRORS: Record<string, new (message: string) => Error> = { SearchIndexError, PatentTablesError, WordPositionsError };

/** Worker → main thread: the bundles are written, or the error that stopped them. */
export type WorkerMessage = { type: 'done'; shards: number } | { type: 'error'; name: string; message: string };

/**
 * Indexes the patents into outputDir. It needs only the data, so the integration starts it right after validation,
 * and it runs in a worker thread (patent-bundle-worker.ts): the pages, the record tables and the
 * messages to Pagefind stay off the main thread, where Astro renders.
 */
export async function buildPatentIndex(outputDir: string, input: PatentIndexInput): Promise<PatentIndexResult> {
  const started = performance.now();
  rmSync(outputDir, { recursive: true, force: true });
  if (input.patents.length === 0) return { patents: 0, recordShards: 0, seconds: 0 };
  const shards = await new Promise<number>((resolve, reject) => {
    const worker = new Worker(new URL('./patent-bundle-worker.ts', import.meta.url), {
      workerData: { outputDir, input },
      env: patentWorkerEnv(process.env),
    });
    // The first outcome settles the promise; the exit that follows a message is then a no-op.
    worker.once('message', (message: WorkerMessage) => {
      if (message.type === 'done') resolve(message.shards);
      else reject(new (ERRORS[message.name] ?? Error)(message.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new SearchIndexError(`The patent index worker stopped with code ${code}`)));
  });
  return { patents: input.patents.length, recordShards: shards, seconds: (performance.now() - started) / 1000 };
}

/** Indexes the built site's pages into siteDir/pagefind/ and returns the page count. */
export async function buildSiteIndex(siteDir: string): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  const site = await newIndex({});
  const pages = listFiles(siteDir).filter(isSitePage);
  if (pages.length === 0) throw new SearchIndexError(`Pagefind found no pages to index in ${siteDir}`);
  for (let i = 0; i < pages.length; i += BATCH) {
    const batch = pages.slice(i, i + BATCH);
    const results = await Promise.all(
      // Folded forms and other spellings of each page's words, for the index only (site-forms.ts).
      batch.map((page) =>
        site.addHTMLFile({ url: pageUrl(page), content: withSearchForms(readFileSync(join(siteDir, page), 'utf8'), searchVariants()) }),
      ),
    );
    results.forEach((result, j) => check(`addHTMLFile ${batch[j]}`, result.errors));
  }
  check('writeFiles', (await site.writeFiles({ outputPath: join(siteDir, 'pagefind') })).errors);
  await site.deleteIndex();
  return { pages: pages.length, seconds: (performance.now() - started) / 1000 };
}

/**
 * Both bundles, then the offline manifest and the build id. `patentIndex` is the patent bundle already being
 * built elsewhere (see buildPatentIndex), written to patentStaging; it is moved into the site here.
 */
export async function buildSearchIndex(
  siteDir: string,
  input: PatentIndexInput = { patents: [], patentFields: [] },
  started?: { patentIndex: Promise<PatentIndexResult>; patentStaging: string },
): Promise<SearchIndexResult> {
  try {
    const patentDir = join(siteDir, PATENT_BUNDLES_PATH);
    const patentIndex = started ? await started.patentIndex : await buildPatentIndex(patentDir, input);
    if (started && patentIndex.patents > 0) {
      rmSync(patentDir, { recursive: true, force: true });
      moveDirectory(started.patentStaging, patentDir);
    }
    const site = await buildSiteIndex(siteDir);
    const buildId = bundleHash(siteDir);
    const offlineBytes = Object.fromEntries(
      PATENT_LANGS.map((lang) => [lang, patentIndex.patents > 0 ? writeOfflineManifest(siteDir, lang, buildId) : 0]),
    ) as Record<Lang, number>;
    return {
      pages: site.pages,
      patents: patentIndex.patents,
      buildId,
      recordShards: patentIndex.recordShards,
      offlineBytes,
      seconds: { site: site.seconds, patents: patentIndex.seconds },
    };
  } finally {
    await pagefind.close();
  }
}

function moveDirectory(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Files named by their content (Pagefind's index, fragment and filter files) and the record shards, which hold
 * nothing records/all.rec does not: their names are enough. Every other file is read whole.
 */
const NAMED_BY_CONTENT = new RegExp(`^(?:index|fragment|filter)/|^${recordsPath('')}(?!all\\.rec$)`, 'u');

/**
 * A build id from the content of every bundle: the same input gives the same id, and any change a new one. The
 * record, facet and sort tables keep their names from build to build, so their bytes count: a contact changed in
 * the data, or a table written in a new form, leaves Pagefind's files as they were.
 */
export function bundleHash(siteDir: string): string {
  const hash = createHash('sha256');
  for (const bundle of ['pagefind', ...PATENT_LANGS.map(patentBundlePath)]) {
    const dir = join(siteDir, bundle);
    let files: string[];
    try {
      files = listFiles(dir);
    } catch {
      continue;
    }
    for (const file of files) {
      if (file === OFFLINE_MANIFEST) continue;
      hash.update(`${bundle}/${file}\n`);
      if (!NAMED_BY_CONTENT.test(file)) hash.update(readFileSync(join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Files that full offline search needs (relative to a bundle): the bundle, with the full table in place of its
 * shards, and without Pagefind's own worker script (Pagefind runs in the search page's worker).
 */
function isOfflineFile(file: string): boolean {
  if (file === OFFLINE_MANIFEST || file === 'pagefind-worker.js') return false;
  return !file.startsWith(recordsPath('')) || file === fullTableUrl('');
}

function writeOfflineManifest(siteDir: string, lang: Lang, buildId: string): number {
  const bundle = patentBundlePath(lang);
  const bundleDir = join(siteDir, bundle);
  const files = listFiles(bundleDir).filter(isOfflineFile);
  const bytes = files.reduce((sum, file) => sum + statSync(join(bundleDir, file)).size, 0);
  const manifest: OfflineManifest = { buildId, bytes, files: files.map((file) => `${bundle}${file}`) };
  writeFileSync(join(bundleDir, OFFLINE_MANIFEST), `${JSON.stringify(manifest)}\n`);
  return bytes;
}
