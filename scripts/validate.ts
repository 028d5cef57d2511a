/**
 * npm run validate [-- --data-dir DIR] [--lang ja|en|both]
 * Prints every problem in every data file, one per line (file:line:col: field: message), and exits 1 if any.
 */
import { resolve } from 'node:path';
import { loadSiteData } from '../src/data/load.ts';
import type { MessageLanguage } from '../src/data/validate/issues.ts';
import { describeLoad } from '../src/data/validate/report.ts';
import { fail, parseCli } from './lib/cli.ts';

const { values } = parseCli({
  'data-dir': { type: 'string', default: process.env.DATA_DIR ?? 'data' },
  lang: { type: 'string', default: 'both' },
});
const language = values.lang as MessageLanguage;
if (!['ja', 'en', 'both'].includes(language)) fail(`--lang must be ja, en or both (got ${values.lang})`);

const started = performance.now();
const result = loadSiteData(resolve(values['data-dir']));
const lines = describeLoad(result, language);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (result.issues.length > 0) {
  console.error(lines.join('\n'));
  process.exit(1);
}
console.log(`${lines.join('\n')} (${seconds} s)`);
