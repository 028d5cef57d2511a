/**
 * The bench's report (docs/benchmarks.md): tables of every figure at every data set size, the baseline (bare
 * Pagefind over bare Astro pages) beside ours, the targets of issue 14, and a small SVG chart of bytes and build
 * time against the number of records. Pure: figures in, markdown and SVG out.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import {
  FIRST_QUERY,
  FOLLOW_UP_QUERY,
  isPagefindFile,
  PATENT_BUNDLE_PATH,
  RESULTS_SHOWN,
  SEARCH_PAGE,
  WARM_QUERIES,
  type BareFigures,
  type BuildFigures,
  type DataSet,
  type Fetched,
  type QueryFigures,
} from './bench-measure.ts';
import { CHROMIUM_PATH } from './chromium.ts';
import type { DataCheckTiming } from '../bench-data-check.ts';
import { BUNDLE_KINDS, formatBytes, median, totalsByKind, type KindTotals } from './query-bytes.ts';
import { FIRST_CHUNK_SIZE } from '#src/scripts/patent-search/state.ts';

export interface Figures {
  set: DataSet;
  build: BuildFigures;
  queries: QueryFigures;
  bare?: BareFigures;
}

/** The browser checker (/data-check/) on a generated patents.csv: scripts/bench-data-check.ts. */
export interface DataCheckFigures extends DataCheckTiming {
  count: number;
  seed: number;
}

export interface BenchReport {
  figures: Figures[];
  validateRows: string[];
  dataCheck?: DataCheckFigures;
  runs: number;
  buildRuns: number;
  loadAtStart: number[];
}

export function sum(files: readonly { bytes: number }[]): number {
  return files.reduce((total, file) => total + file.bytes, 0);
}

export function benchMarkdown({ figures, validateRows, dataCheck, runs, buildRuns, loadAtStart }: BenchReport): string {
  const s = (seconds: number | undefined) => (seconds === undefined ? '—' : `${seconds.toFixed(1)} s`);
  const kindCell = (totals: KindTotals) => `${formatBytes(totals.bytes)} (${totals.files.toLocaleString('en')})`;
  const label = (f: Figures) => f.set.label;
  const hasServiceWorker = figures.some((f) => f.build.phases.service_worker !== undefined);
  /** Wall time outside the measured phases: process start-up, Astro's config and bundling, writing, exit. */
  const otherSeconds = (f: Figures) => {
    const p = f.build.phases;
    return f.build.wallSeconds - (p.validate ?? 0) - (p.astro ?? 0) - (p.pagefind_after_render ?? 0) - (p.service_worker ?? 0);
  };

  const buildRows = figures.map((f) => {
    const p = f.build.phases;
    return `| ${label(f)} | ${s(p.validate)} | ${s(p.astro)} | ${s(p.pagefind_patents)} | ${s(p.pagefind_after_render)} (site index ${s(p.pagefind_site)}) |${hasServiceWorker ? ` ${s(p.service_worker)} |` : ''} ${s(otherSeconds(f))} | **${s(f.build.wallSeconds)}** | ${f.build.runWallSeconds.map((v) => v.toFixed(1)).join(', ')} | ${s(f.build.cpu.userSeconds)} / ${s(f.build.cpu.systemSeconds)} |`;
  });
  const memoryRows = figures.map(
    (f) =>
      `| ${label(f)} | **${formatBytes(f.build.rss.peakTotal)}** | ${formatBytes(f.build.rss.peakLargest)} | ${f.build.rss.peakProcesses} | ${formatBytes(f.build.distBytes)} (${f.build.distBytes.toLocaleString('en')} B) | ${f.build.distFiles.toLocaleString('en')} |`,
  );
  const bundleRows = figures.map((f) => {
    const k = f.build.bundle.kinds;
    const runtime = { files: k.runtime.files + k.wasm.files + k.entry.files, bytes: k.runtime.bytes + k.wasm.bytes + k.entry.bytes };
    return `| ${label(f)} | **${formatBytes(f.build.offlineBytes)}** | ${kindCell(k.pf_meta)} | ${kindCell(k.index)} | ${kindCell(k.record_table)} | ${kindCell(k.facet_table)} | ${kindCell(runtime)} | ${kindCell(k.record_shard)} |`;
  });
  const bytesAndFiles = (files: readonly Fetched[] | undefined) => (files ? `${formatBytes(sum(files))} (${files.length})` : '—');
  const queryBytesRows = figures.map((f) => {
    const q = f.queries;
    return `| ${label(f)} | **${bytesAndFiles(q.first.pagefind)}** | ${bytesAndFiles(q.first.bundleOther)} | ${bytesAndFiles(q.first.page)} | ${bytesAndFiles(q.firstVisitWithSw)} | **${bytesAndFiles(q.followUp.pagefind)}** |`;
  });
  const queryTimeRows = figures.map(
    (f) =>
      `| ${label(f)} | **${spread(f.queries.firstMs)}** | ${spread(f.queries.pageMs)} | ${(f.queries.runPageMedians ?? []).map(ms).join(', ')} | ${spread(f.queries.countsMs)} | ${spread(f.queries.pageSwMs)} | ${spread(f.queries.apiMs)} |`,
  );
  const target = figures.find((f) => f.set.patents === 50_000) ?? figures.at(-1)!;
  const targetRows = targetsOf(target, validateSeconds(validateRows, target.set.patents));
  const firstFiles = [...target.queries.first.pagefind].sort((a, b) => a.seq - b.seq);
  const firstOther = target.queries.first.bundleOther;
  const listedFiles = [...firstFiles, ...firstOther].sort((a, b) => a.seq - b.seq);
  const firstByKind = totalsByKind(firstFiles);
  const fileRows = listedFiles.map(
    (f, i) => `| ${i + 1} | \`${f.path.slice(PATENT_BUNDLE_PATH.length)}\` | ${f.kind} | ${formatBytes(f.bytes)} |`,
  );
  const kindRows = BUNDLE_KINDS.filter((kind) => firstByKind.kinds[kind].files > 0).map(
    (kind) => `| ${kind} | ${firstByKind.kinds[kind].files} | ${formatBytes(firstByKind.kinds[kind].bytes)} |`,
  );
  const followByKind = totalsByKind(target.queries.followUp.pagefind);
  const followKinds = BUNDLE_KINDS.filter((kind) => followByKind.kinds[kind].files > 0)
    .map((kind) => `${kind} ${formatBytes(followByKind.kinds[kind].bytes)} (${followByKind.kinds[kind].files})`)
    .join(', ');
  const gzipNote = Object.entries(target.queries.runtimeGzip)
    .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
    .join(', ');
  const swVisit = target.queries.firstVisitWithSw;
  const swVisitLine = swVisit
    ? `\nFirst visit with the service worker (${formatBytes(sum(swVisit))} in all): the page, its assets and the service worker's precache ${formatBytes(sum(swVisit.filter((f) => f.kind === 'page')))} (${swVisit.filter((f) => f.kind === 'page').length} files), Pagefind ${formatBytes(sum(swVisit.filter(isPagefindFile)))} (${swVisit.filter(isPagefindFile).length}, some twice: once for the search and once for the precache), and the offline control's manifest ${formatBytes(sum(swVisit.filter((f) => f.kind === 'manifest')))}.`
    : '';
  const tp = target.build.phases;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';

  return `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM,
Node ${process.version}, Chromium at ${CHROMIUM_PATH}. Load average (1 min) ${loadAtStart[0]!.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end:
on a busy machine the times are longer and noisier, so compare runs rather than single figures.
Raw figures: \`tmp/benchmarks.json\`.

## Validate

Median of ${runs} runs, and every run's wall time in run order; wall time and peak RSS from GNU time.

| step | input | wall time | runs (s) | peak RSS |
|---|---|---|---|---|
${validateRows.join('\n')}

Target (issue 14): \`npm run validate\` on 50,000 generated patents in 1.5 s or less.
${dataCheck ? dataCheckSection(dataCheck) : ''}
## Build

${buildRuns} clean builds of each data set (each with a fresh Astro cache and output folder, after \`sync\`); the table
shows the run with the median wall time, and *runs* every run's wall time in order. Phases are the build's own timings (\`BUILD_TIMINGS_FILE\`):
*validate* loads and checks the data; *astro* renders every page; *pagefind patents* indexes the patents: it starts
right after validation and runs **at the same time as Vite's bundling and astro** (so it adds to the wall time
only when it outlasts them); *after render* is what comes after rendering — waiting for the patent index if
needed, indexing the site pages, the offline manifest. *Other* is the rest of the wall time (Node and Astro
start-up, Vite bundling, exit); *total* is the wall time of \`astro build\`, process start to exit. *CPU* is the
user and system time of the whole process tree (GNU time); on 2 cores it can reach twice the wall time.

Every build's output is kept until the end of the run. This machine's ext4 has no journal, and there the kernel
skips inodes freed in the last few minutes when it allocates new ones: for some minutes after tens of thousands
of files are deleted on it, creating files costs 10–25 times the system time. A build then spends much of its
CPU in the kernel; a *system* time well above about 25 s at 50,000 patents is the sign. A run deletes its work
folder at the end, so wait five minutes before the next run, or give it a \`--work\` folder elsewhere: a
50,000-record build written next to a work folder deleted two minutes earlier took 90 s, and 67 s in /tmp in the
same quarter hour.

| data set | validate | astro | pagefind patents (∥ astro) | after render |${hasServiceWorker ? ' service worker |' : ''} other | total | runs (s) | CPU user / system |
|---|---|---|---|---|${hasServiceWorker ? '---|' : ''}---|---|---|---|
${buildRows.join('\n')}

Peak RSS is the highest of the runs' peaks of the **sum** of the resident set sizes of the build's whole process tree (node and the
pagefind_extended binary it starts, under GNU time, which adds about 2 MB), sampled from /proc every 200 ms; "largest process" is the largest single
process, which is what GNU time's %M would report.

| data set | peak RSS (tree sum) | largest process | processes | dist size | dist files |
|---|---|---|---|---|---|
${memoryRows.join('\n')}

## Patent index (\`${PATENT_BUNDLE_PATH}\`)

The offline download (\`offline-manifest.json\` \`bytes\`) is everything in the bundle but the manifest and the
record shards (saving downloads the full record table instead) and Pagefind's pagefind-worker.js (Pagefind runs
in the search page's own worker). Bytes (files). Runtime = pagefind.js, pagefind-worker.js, the wasm and
pagefind-entry.json. The record shards are what online searches fetch for the
results on show; they are not part of the offline download. Pagefind's fragments are removed (docs/search.md).

| data set | offline download | pf_meta | index chunks | record table | facet and sort tables | runtime | record shards (online only) |
|---|---|---|---|---|---|---|---|
${bundleRows.join('\n')}

## Queries in Chromium

Headless Chromium against the built site on a loopback static server that sends files as they are (Pagefind's
index files are already gzip-compressed; nothing is compressed on the fly). Like a static host, it sends ETag and
Last-Modified and answers revalidations with 304 and no body. Bytes are response bodies as sent, counted by the
server, so requests made by the page's search worker (where Pagefind runs) are included.

- **First query**: a fresh browser context, service workers blocked, opens \`${SEARCH_PAGE}?q=${FIRST_QUERY}\`; what
  Pagefind fetched until the results were shown and the network went quiet. Other files under \`${PATENT_BUNDLE_PATH}\`
  that the page itself fetched (the offline control reads \`offline-manifest.json\`) and the page's own HTML, CSS
  and JS are listed apart.
- **First visit with the service worker**: the same in a fresh context where the service worker may install:
  everything fetched until it is ready and its precache is done.
- **Follow-up**: then \`${FOLLOW_UP_QUERY}\` is submitted in the first page; what Pagefind fetched for it.
- **Query → results**: ${WARM_QUERIES.length} further queries (${WARM_QUERIES.slice(0, 4).join(', ')}, …) submitted through the page's
  form, each timed in the page from submit to the first ${FIRST_CHUNK_SIZE} results on screen with the filter counts
  (\`#patent-search[data-results=partial]\`: the counts come in the same answer from the search worker and are
  written in the same task as the first results; this is what the baseline's "search plus ${FIRST_CHUNK_SIZE} results' data" buys), to all
  ${RESULTS_SHOWN} results rendered (\`[data-results=done]\`), and to \`[data-state=done]\`;
  again in a page the service worker controls (after a reload); and through the raw API,
  \`pagefind.search()\` alone (the result ids, without the record table), in a fresh page of the site. The queries
  are timed against each of the ${buildRuns} builds of a data set, right after it, and pooled
  (${WARM_QUERIES.length * buildRuns} of each kind), so that one slow minute of the machine does not decide the figure.

Bytes (files):

| data set | first query: Pagefind | + other bundle files the page fetched | + the page itself | first visit with the service worker, all files | follow-up: Pagefind |
|---|---|---|---|---|---|
${queryBytesRows.join('\n')}

Query → results, median (min–max) of ${WARM_QUERIES.length * buildRuns} warm queries (${WARM_QUERIES.length} after each build); *per build* is the
median of each build's ${WARM_QUERIES.length}, in run order:

| data set | search page: first ${FIRST_CHUNK_SIZE} results and counts | search page: all ${RESULTS_SHOWN} results | per build (all) | search page: done | search page, service worker in control: all results | raw Pagefind API |
|---|---|---|---|---|---|---|
${queryTimeRows.join('\n')}
${pairedSection(figures)}
## Cost growth: each figure at each size

${growthTable(figures)}

![Bytes and build time against the number of records](benchmarks-growth.svg)

## Targets at ${target.set.patents.toLocaleString('en')} patents (issue 14)

Against the baseline in the same run: bare Astro pages, one per record, indexed by \`pagefind --site\`, queried
through Pagefind's own API (search plus the data of 10 results).

| target | limit | measured | |
|---|---|---|---|
${targetRows.join('\n')}

## Where the bytes and seconds go (${target.set.label})

Seconds: validate ${s(tp.validate)}, rendering ${s(tp.astro)} while the patent index takes ${s(tp.pagefind_patents)} alongside,
then ${s(tp.pagefind_after_render)} after rendering (site index ${s(tp.pagefind_site)})${tp.service_worker === undefined ? '' : `, service worker ${s(tp.service_worker)}`}; the other
${s(otherSeconds(target))} of the ${s(target.build.wallSeconds)} wall time are Node and Astro start-up, Vite bundling and exit.

First query (\`${FIRST_QUERY}\`, ${target.queries.first.results}), by kind:

| kind | files | bytes |
|---|---|---|
${kindRows.join('\n')}
| **all Pagefind** | ${firstFiles.length} | **${formatBytes(sum(firstFiles))}** |
${firstOther.length > 0 ? `\nThe page also fetched ${firstOther.map((f) => `\`${f.path.slice(PATENT_BUNDLE_PATH.length)}\` (${formatBytes(f.bytes)})`).join(', ')}: not Pagefind, but part of the first query's cost (${formatBytes(sum(firstFiles) + sum(firstOther))} in all).\n` : ''}
The runtime JavaScript is sent uncompressed here; a server that gzips JavaScript would send ${gzipNote}.

Follow-up (\`${FOLLOW_UP_QUERY}\`, ${target.queries.followUp.results}): ${followKinds || 'nothing'}.
${swVisitLine}

Every file under \`${PATENT_BUNDLE_PATH}\` the first query fetched, in the order the responses finished:

| # | file | kind | bytes |
|---|---|---|---|
${fileRows.join('\n')}
`;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
/** Median (min–max) of timings in ms. */
const spread = (values: readonly number[] | undefined) =>
  values?.length ? `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})` : '—';

/**
 * Enter → the first results, ours and the bare API's (medians): from the timings in turns where the run has them
 * (measurePaired), else each side's own, timed minutes apart.
 */
export function firstResults(f: Figures): { ours: number; bare: number | undefined; inTurns: boolean } {
  const paired = f.bare?.paired;
  if (paired?.oursFirstMs.length && paired.bareMs.length)
    return { ours: median(paired.oursFirstMs), bare: median(paired.bareMs), inTurns: true };
  return { ours: median(f.queries.firstMs), bare: f.bare && median(f.bare.apiMs), inTurns: false };
}

function pairedSection(figures: readonly Figures[]): string {
  const rows = figures
    .filter((f) => f.bare?.paired)
    .map((f) => {
      const { oursFirstMs, bareMs } = f.bare!.paired!;
      const ratios = oursFirstMs.map((ours, i) => ours / bareMs[i]!);
      return `| ${f.set.label} | **${spread(oursFirstMs)}** | ${spread(bareMs)} | ${ratio(median(oursFirstMs), median(bareMs))} | ${median(ratios).toFixed(2)}× |`;
    });
  if (rows.length === 0) return '';
  return `
In turns: once the bare build is done, our search page and bare Pagefind's API (search plus the data of 10 results)
are timed on each warm query one after the other, which goes first alternating, in two fresh pairs of pages
(\`measurePaired\`). Timed minutes apart, as above, the two sides see different machines: on this VM the
ratio moved from 1.14× to 1.85× between runs. The Enter → results target is taken from these. Our page is also
faster in turns than back to back: there each query starts right after the last one's 20 results were written,
while the page still has their layout to do (a Chrome trace shows it inside the next submit), and the bare API
leaves no such work behind; in turns the other side's query runs in between, as a person reads between two.

| data set | search page: first ${FIRST_CHUNK_SIZE} results and counts | bare API | ratio of medians | median of per-query ratios |
|---|---|---|---|---|
${rows.join('\n')}
`;
}

/** The validate figure (seconds) of the row for `patents` generated patents, from the validate table. */
function validateSeconds(rows: readonly string[], patents: number): number[] {
  const row = rows.find((line) => line.includes(`${patents.toLocaleString('en')} generated`));
  const seconds = row && /\| ([\d.]+) s \|/u.exec(row)?.[1];
  return seconds ? [Number(seconds)] : [];
}

const ratio = (ours: number, bare: number | undefined) => (bare ? `${(ours / bare).toFixed(2)}×` : '—');
const buildSeconds = (f: Figures) => f.build.wallSeconds;
const bareBuildSeconds = (f: Figures) => (f.bare ? f.bare.astroSeconds + f.bare.pagefindSeconds : undefined);
const firstBytes = (f: Figures) => sum(f.queries.first.pagefind) + sum(f.queries.first.bundleOther);
const bareFirstBytes = (f: Figures) => (f.bare ? sum(f.bare.firstQuery) : undefined);

/** Every figure at every size, ours beside the baseline's. */
export function growthTable(figures: readonly Figures[]): string {
  const header = `| figure | ${figures.map((f) => f.set.patents.toLocaleString('en')).join(' | ')} |\n|---|${figures.map(() => '---|').join('')}`;
  const row = (name: string, cell: (f: Figures) => string) => `| ${name} | ${figures.map(cell).join(' | ')} |`;
  const kB = (bytes: number | undefined) => (bytes === undefined ? '—' : formatBytes(bytes));
  const sec = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)} s`);
  const msCell = (values: readonly number[] | undefined) => (values?.length ? `${median(values).toFixed(0)} ms` : '—');
  return [
    header,
    row('first query, all bytes until results and counts', (f) => `${kB(firstBytes(f))} (${ratio(firstBytes(f), bareFirstBytes(f))} bare)`),
    row('bare Pagefind first query', (f) => kB(bareFirstBytes(f))),
    row('follow-up query', (f) => kB(sum(f.queries.followUp.pagefind))),
    row('bare follow-up', (f) => kB(f.bare && sum(f.bare.followUp))),
    row(`median query → first ${FIRST_CHUNK_SIZE} results and counts`, (f) => {
      const { ours, bare, inTurns } = firstResults(f);
      return `${ours.toFixed(0)} ms (${ratio(ours, bare)} bare${inTurns ? ', in turns' : ''})`;
    }),
    row(
      `median query → all ${RESULTS_SHOWN} results and counts`,
      (f) => `${msCell(f.queries.countsMs)} (${ratio(median(f.queries.countsMs), f.bare && median(f.bare.apiMs))} bare)`,
    ),
    row('bare API median (search + 10 results)', (f) => {
      const { bare, inTurns } = firstResults(f);
      return bare === undefined ? '—' : `${bare.toFixed(0)} ms${inTurns ? ' (in turns)' : ''}`;
    }),
    row(
      'browse by filter, fresh visit',
      (f) =>
        `${f.queries.browse.ms.toFixed(0)} ms, ${f.queries.browse.pagefind.length} Pagefind requests (${f.queries.browse.all.length} files in all)`,
    ),
    row('first visit: service worker requests', (f) =>
      f.queries.serviceWorkerFetched ? String(f.queries.serviceWorkerFetched.length) : '—',
    ),
    row('offline download, one language', (f) => kB(f.build.offlineBytes)),
    row('build', (f) => `${sec(buildSeconds(f))} (${ratio(buildSeconds(f), bareBuildSeconds(f))} bare)`),
    row('bare build (astro + pagefind --site)', (f) => sec(bareBuildSeconds(f))),
    row('peak RSS (tree)', (f) => formatBytes(f.build.rss.peakTotal)),
    row('bare peak RSS', (f) => (f.bare ? formatBytes(f.bare.rss.peakTotal) : '—')),
  ].join('\n');
}

function dataCheckSection(d: DataCheckFigures): string {
  const list = (values: readonly number[]) => values.map((v) => `${v.toFixed(2)} s`).join(', ');
  return `
## Data check in Chromium (/data-check/)

A generated patents.csv (${d.count.toLocaleString('en')} rows, seed ${d.seed}), opened and saved in Excel as "CSV UTF-8"
(BOM, CRLF, dates as 2027/5/14: \`scripts/lib/excel-save.ts\`), chosen on \`/data-check/\` in headless Chromium
(\`scripts/bench-data-check.ts\`), ${d.checkSeconds.length} runs, each in a fresh page. *Worker check*: from posting the
file to the page's worker to its reply (decode, parse, validate, checks against the published data, preview);
*choose → results*: from choosing the file to the results on the page. ${d.rows.toLocaleString('en')} rows accepted, ${d.problems} problems shown.

| figure | median | runs |
|---|---|---|
| data-check 50k in Chromium: worker check | **${median(d.checkSeconds).toFixed(2)} s** | ${list(d.checkSeconds)} |
| data-check 50k in Chromium: choose → results | ${median(d.totalSeconds).toFixed(2)} s | ${list(d.totalSeconds)} |

Target (issue 13): 50,000 rows checked within 3 s.
`;
}

function targetsOf(f: Figures, validate: number[]): string[] {
  const met = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');
  const bareFirst = bareFirstBytes(f);
  const { ours: first, bare: bareApi, inTurns } = firstResults(f);
  const bareBuild = bareBuildSeconds(f);
  const counts = median(f.queries.countsMs);
  const rows: [string, string, string, boolean | undefined][] = [
    [
      'fresh visit to a query, all bytes until results and counts',
      '≤ 1.3× bare first query',
      `${formatBytes(firstBytes(f))} (${ratio(firstBytes(f), bareFirst)})`,
      bareFirst ? firstBytes(f) <= 1.3 * bareFirst : undefined,
    ],
    ['follow-up query', '≤ 30 kB', formatBytes(sum(f.queries.followUp.pagefind)), sum(f.queries.followUp.pagefind) <= 30e3],
    [
      `median Enter → first ${FIRST_CHUNK_SIZE} results and counts (all ${RESULTS_SHOWN}: ${counts.toFixed(0)} ms, ${ratio(counts, f.bare && median(f.bare.apiMs))})`,
      '≤ 1.5× bare API (search + 10 results)',
      `${first.toFixed(0)} ms (${ratio(first, bareApi)}${inTurns ? ', in turns' : ''})`,
      bareApi ? first <= 1.5 * bareApi : undefined,
    ],
    ['filter counts', 'with the results', 'same worker answer', true],
    [
      'browse by filter, no words',
      'no Pagefind request; ≤ 1 s fresh',
      `${f.queries.browse.pagefind.length} requests, ${f.queries.browse.ms.toFixed(0)} ms`,
      f.queries.browse.pagefind.length === 0 && f.queries.browse.ms <= 1000,
    ],
    ['offline bundle, one language', '≤ 8 MB', formatBytes(f.build.offlineBytes), f.build.offlineBytes <= 8e6],
    [
      'build',
      '≤ 1.3× bare build',
      `${f.build.wallSeconds.toFixed(1)} s (${ratio(f.build.wallSeconds, bareBuild)})`,
      bareBuild ? f.build.wallSeconds <= 1.3 * bareBuild : undefined,
    ],
    ['peak RSS', '≤ 4 GB', formatBytes(f.build.rss.peakTotal), f.build.rss.peakTotal <= 4e9],
    ['validate', '≤ 1.5 s', validate.length ? `${validate[0]!.toFixed(2)} s` : '—', validate.length ? validate[0]! <= 1.5 : undefined],
  ];
  return rows.map(([what, limit, value, ok]) => `| ${what} | ${limit} | ${value} | ${met(ok)} |`);
}

/**
 * A small SVG chart: first-query bytes and offline bytes (left axis, MB) and build time (right axis, s) against
 * the number of records, ours solid and the baseline dashed, so the per-record terms show as slopes.
 */
export function growthChart(figures: readonly Figures[]): string {
  const width = 640;
  const height = 320;
  const pad = { left: 56, right: 56, top: 24, bottom: 40 };
  const xs = figures.map((f) => f.set.patents);
  const maxX = Math.max(...xs, 1);
  type Series = { name: string; color: string; dash?: boolean; axis: 'mb' | 's'; values: (number | undefined)[] };
  const series: Series[] = [
    { name: 'offline download (MB)', color: '#1f6feb', axis: 'mb', values: figures.map((f) => f.build.offlineBytes / 1e6) },
    { name: 'first query (MB)', color: '#8250df', axis: 'mb', values: figures.map((f) => firstBytes(f) / 1e6) },
    {
      name: 'bare first query (MB)',
      color: '#8250df',
      dash: true,
      axis: 'mb',
      values: figures.map((f) => (bareFirstBytes(f) ?? NaN) / 1e6),
    },
    { name: 'build (s)', color: '#bf3989', axis: 's', values: figures.map(buildSeconds) },
    { name: 'bare build (s)', color: '#bf3989', dash: true, axis: 's', values: figures.map((f) => bareBuildSeconds(f)) },
  ];
  const maxOf = (axis: 'mb' | 's') =>
    Math.max(
      1,
      ...series
        .filter((one) => one.axis === axis)
        .flatMap((one) => one.values.filter((v): v is number => v !== undefined && Number.isFinite(v))),
    );
  const max = { mb: maxOf('mb') * 1.1, s: maxOf('s') * 1.1 };
  const x = (n: number) => pad.left + (n / maxX) * (width - pad.left - pad.right);
  const y = (v: number, axis: 'mb' | 's') => height - pad.bottom - (v / max[axis]) * (height - pad.top - pad.bottom);
  const lines = series.map((one) => {
    const points = one.values
      .map((v, i) => (v !== undefined && Number.isFinite(v) ? `${x(xs[i]!).toFixed(1)},${y(v, one.axis).toFixed(1)}` : ''))
      .filter(Boolean);
    return `<polyline fill="none" stroke="${one.color}" stroke-width="2"${one.dash ? ' stroke-dasharray="6 4"' : ''} points="${points.join(' ')}"/>`;
  });
  const legend = series.map(
    (one, i) =>
      `<line x1="${pad.left + 8}" x2="${pad.left + 32}" y1="${pad.top + 8 + i * 16}" y2="${pad.top + 8 + i * 16}" stroke="${one.color}" stroke-width="2"${one.dash ? ' stroke-dasharray="6 4"' : ''}/><text x="${pad.left + 38}" y="${pad.top + 12 + i * 16}">${one.name}</text>`,
  );
  const ticks = xs.map(
    (n) => `<text x="${x(n).toFixed(1)}" y="${height - pad.bottom + 16}" text-anchor="middle">${n.toLocaleString('en')}</text>`,
  );
  const axisLabels = [
    `<text x="${pad.left - 8}" y="${pad.top}" text-anchor="end">${max.mb.toFixed(1)} MB</text>`,
    `<text x="${width - pad.right + 8}" y="${pad.top}">${max.s.toFixed(0)} s</text>`,
    `<text x="${width / 2}" y="${height - 6}" text-anchor="middle">records</text>`,
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif" font-size="11" role="img" aria-label="Bytes and build time against the number of records">
<rect width="100%" height="100%" fill="#fff"/>
<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#888"/>
<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="#888"/>
<line x1="${width - pad.right}" y1="${pad.top}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#888"/>
${[...lines, ...legend, ...ticks, ...axisLabels].join('\n')}
</svg>
`;
}
