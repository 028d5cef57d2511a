/**
 * npm run validate [-- --data-dir DIR] [--lang ja|en|both] [--format text|github]
 * Prints every problem in every data file, one per line (file:line:col: where: message), and exits 1 if any.
 * --format github (the default when GITHUB_ACTIONS=true) also prints each problem as an ::error workflow command,
 * which GitHub shows as an annotation on that line of the pull request's diff, and, when $GITHUB_STEP_SUMMARY
 * names a file, appends every problem to it as a Japanese table (the job summary).
 */
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSiteData } from '#src/data/load.ts';
import { githubReport, githubSummary, resolveFormat } from '#src/data/validate/annotations.ts';
import type { MessageLanguage } from '#src/data/validate/issues.ts';
import { describeLoad } from '#src/data/validate/report.ts';
import { fail, parseCli } from './lib/cli.ts';

const { values } = parseCli({
  'data-dir': { type: 'string', default: process.env.DATA_DIR ?? 'data' },
  lang: { type: 'string', default: 'both' },
  format: { type: 'string' },
});
const language = values.lang as MessageLanguage;
if (!['ja', 'en', 'both'].includes(language)) fail(`--lang must be ja, en or both (got ${values.lang})`);
const format = resolveFormat(values.format, process.env);
if (!format) fail(`--format must be text or github (got ${values.format})`);

const started = performance.now();
let result: ReturnType<typeof loadSiteData>;
try {
  // Only the problems are wanted here, not the patents' values (see LoadOptions.patents).
  result = loadSiteData(resolve(values['data-dir']), { patents: 'keys' });
} catch (error) {
  // A bug in the validator itself, not in the data: say so in one line (DEBUG=1 shows the stack).
  if (process.env.DEBUG) throw error;
  fail(`the validator itself failed (not a data error; DEBUG=1 for details): ${(error as Error).message}`);
}
const lines = describeLoad(result, language);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (result.issues.length > 0) {
  if (format === 'github') {
    // Workflow commands are read from stdout; the plain lines follow them there, in the same order.
    console.log(githubReport(result.issues, lines, language).join('\n'));
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) appendFileSync(summary, githubSummary(result.issues));
  } else {
    console.error(lines.join('\n'));
  }
  // Not process.exit(): on a pipe a large write is still in flight and exit would cut it (at 64 KiB).
  process.exitCode = 1;
} else {
  console.log(`${lines.join('\n')} (${seconds} s)`);
}
