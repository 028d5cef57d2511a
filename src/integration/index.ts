/**
 * The portal's build integration: validates the data before anything is rendered (stopping the build on
 * any problem, with the same messages as `npm run validate`), and indexes the built site with Pagefind.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteData } from '../data/load.ts';
import { dataDirectory, getSiteData, rememberSiteData } from '../data/site-data.ts';
import { describeLoad } from '../data/validate/report.ts';
import { buildPatentIndex, buildSearchIndex, type PatentIndexResult } from './pagefind.ts';
import { stampBuildId } from './build-id.ts';
import { writeServiceWorker } from './service-worker.ts';
import { lowerThreadPriority } from './thread-priority.ts';
import { recordPhase } from './timings.ts';
import { headersFile } from '../utils/headers-file.ts';
import { securityTxtConfig, SecurityTxtError } from '../utils/security-txt.ts';
import { buildToday } from '../utils/seminars/build-date.ts';
import { dataReloader, dataSignature, isDataFile, problemPage } from './dev-data.ts';
import type { DataIssue } from '../data/validate/issues.ts';
import { relative, isAbsolute } from 'node:path';
import { frameWarning, PLACEHOLDER_SITE, siteUrlWarning } from './site-url.ts';

// Nice value of the render thread while the patent index is built (0 is normal, 19 the lowest priority).
const RENDER_NICENESS = 10;

export default function portal(): AstroIntegration {
  let cacheDir = '';
  let renderStarted = 0;
  let patentIndex: { promise: Promise<PatentIndexResult>; staging: string } | undefined;
  // Dev only: the problems of the data as last read, and the files' signature taken before that read.
  let devIssues: DataIssue[] = [];
  let devSignature = '';
  return {
    name: 'inpit-portal',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        // The page's CSP follows the command, not NODE_ENV: a build run with NODE_ENV=test still gets the
        // production policy, and only `astro dev` the relaxed one (Base.astro).
        updateConfig({ vite: { define: { 'import.meta.env.PORTAL_DEV_CSP': JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        checkSecurityTxt(config.site);
        const siteWarning = siteUrlWarning(process.env, command);
        if (siteWarning) process.stderr.write(frameWarning(siteWarning));
        const dir = dataDirectory();
        // Taken before reading, so that a save during the read is noticed (astro:server:setup).
        const signature = command === 'dev' ? dataSignature(dir) : '';
        const started = performance.now();
        const result = loadSiteData(dir);
        const lines = describeLoad(result, 'both');
        if (command === 'dev') {
          // A change to a data file is read again in place (astro:server:setup), without restarting the server.
          devIssues = result.issues;
          devSignature = signature;
          if (result.issues.length > 0) {
            // Problems go to the terminal and to every page (astro:server:setup); the server keeps running.
            logger.error(lines.join('\n'));
            return;
          }
        }
        if (result.issues.length > 0) {
          // A plain list and exit code 1: staff need the messages, not a stack trace.
          process.stderr.write(`${lines.join('\n')}\n`);
          process.exit(1);
        }
        rememberSiteData(dir, result.data, result.facts);
        recordPhase('validate', (performance.now() - started) / 1000);
        logger.info(`${lines.join(' ')} — validated ${dir} in ${Math.round(performance.now() - started)} ms`);
        if (command === 'build' && !patentIndex) {
          // The patent index needs only the data: it is built while Vite bundles and Astro renders the pages.
          const staging = join(cacheDir, `pagefind-patents-${process.pid}`);
          const promise = buildPatentIndex(staging, { patents: result.data.patents, patentFields: result.data.patentFields });
          promise.catch(() => {}); // awaited (and reported) in astro:build:done
          patentIndex = { promise, staging };
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = dataDirectory();
        server.watcher.add(dir);
        const inData = (path: string) => {
          const from = relative(dir, path);
          return from !== '' && !from.startsWith('..') && !isAbsolute(from) && isDataFile(path);
        };
        const check = dataReloader({
          signature: () => dataSignature(dir),
          lastRead: devSignature,
          read: () => {
            const result = loadSiteData(dir);
            const lines = describeLoad(result, 'both');
            devIssues = result.issues;
            if (result.issues.length > 0) return logger.error(lines.join('\n'));
            rememberSiteData(dir, result.data, result.facts);
            logger.info(`${lines.join(' ')} — read ${dir} again`);
          },
          notify: () => {
            // Astro's own signal for changed content: each server environment drops the getStaticPaths results
            // it keeps (so a new FAQ file gets its page), and every open page reloads.
            for (const environment of Object.values(server.environments)) {
              if (environment.name === 'client') environment.hot.send({ type: 'full-reload', path: '*' });
              else environment.hot.send('astro:content-changed', {});
            }
          },
        });
        // Excel writes a file in steps: read once the events have settled.
        let pending: ReturnType<typeof setTimeout> | undefined;
        const changed = (path: string) => {
          if (!inData(path)) return;
          clearTimeout(pending);
          pending = setTimeout(check, 100);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
        // Also compare the files' names, sizes and times every second: a file watcher can miss a file outside the
        // project (DATA_DIR).
        const poll = setInterval(check, 1000);
        poll.unref();
        server.httpServer?.once('close', () => {
          clearInterval(poll);
          clearTimeout(pending);
        });
        server.middlewares.use((request, response, next) => {
          const accept = request.headers.accept ?? '';
          if (devIssues.length === 0 || !accept.includes('text/html')) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(problemPage(devIssues));
        });
      },
      'astro:build:start': () => {
        // The render and the patent index compete for the cores, and on two the patent index is the longer chain
        // (Pagefind writes each index mostly on one thread): the render thread yields to it. What that saves:
        // docs/search.md, "Targets at 50,000 records".
        if (patentIndex) lowerThreadPriority(RENDER_NICENESS);
        renderStarted = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
        recordPhase('astro', (performance.now() - renderStarted) / 1000);
        const siteDir = fileURLToPath(dir);
        const { patents, patentFields } = getSiteData();
        const indexStarted = performance.now();
        const index = await buildSearchIndex(
          siteDir,
          { patents, patentFields },
          patentIndex && { patentIndex: patentIndex.promise, patentStaging: patentIndex.staging },
        );
        stampBuildId(siteDir, { buildId: index.buildId, recordShards: index.recordShards });
        recordPhase('pagefind_patents', index.seconds.patents);
        recordPhase('pagefind_site', index.seconds.site);
        recordPhase('pagefind_after_render', (performance.now() - indexStarted) / 1000);
        logger.info(
          `Pagefind indexed ${index.pages} pages in ${index.seconds.site.toFixed(1)} s and ${index.patents} patents (an index per language) in ${index.seconds.patents.toFixed(1)} s (build ${index.buildId}, offline download ${Object.entries(
            index.offlineBytes,
          )
            .map(([lang, bytes]) => `${lang} ${(bytes / 1e6).toFixed(1)} MB`)
            .join(', ')})`,
        );
        const swStarted = performance.now();
        const sw = await writeServiceWorker(siteDir, { buildId: index.buildId });
        recordPhase('service_worker', (performance.now() - swStarted) / 1000);
        logger.info(
          `Service worker: ${sw.count} files precached (${(sw.bytes / 1e3).toFixed(0)} KB), version ${sw.version}${sw.warnings.map((warning) => `; ${warning}`).join('')}`,
        );
        // Again at the end, where it is not lost above hundreds of page lines.
        const siteWarning = siteUrlWarning(process.env, 'build');
        if (siteWarning) process.stderr.write(frameWarning(siteWarning));
      },
    },
  };
}

/** A bad SECURITY_* variable stops the build before anything renders, with one line and no stack trace. */
function checkSecurityTxt(site: string | undefined): void {
  try {
    securityTxtConfig(process.env, new URL(site ?? PLACEHOLDER_SITE), buildToday());
  } catch (error) {
    if (!(error instanceof SecurityTxtError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
