/**
 * The portal's build integration: validates the data before anything is rendered (stopping the build on
 * any problem, with the same messages as `npm run validate`), and indexes the built site with Pagefind.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteData } from '../data/load.ts';
import { dataDirectory, rememberSiteData } from '../data/site-data.ts';
import { describeLoad } from '../data/validate/report.ts';
import { buildSearchIndex } from './pagefind.ts';
import { headersFile } from '../utils/csp.ts';

export default function portal(): AstroIntegration {
  return {
    name: 'inpit-portal',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const dir = dataDirectory();
        const started = performance.now();
        const result = loadSiteData(dir);
        const lines = describeLoad(result, 'both');
        if (result.issues.length > 0) {
          // A plain list and exit code 1: staff need the messages, not a stack trace.
          process.stderr.write(`${lines.join('\n')}\n`);
          process.exit(1);
        }
        rememberSiteData(dir, result.data);
        logger.info(`${lines.join(' ')} — validated ${dir} in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
        const started = performance.now();
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
