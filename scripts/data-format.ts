/**
 * npm run data:format -- [FILE…] [--check]
 * Rewrites data files into their canonical form (src/data/utils/canonical.ts): UTF-8 (Shift_JIS and UTF-16 are
 * converted, with a BOM so Excel still opens them), LF line ends, ISO dates, HH:MM times, true/false, CSV columns
 * in contract order, and no other change. Without FILEs: every CSV and YAML file under data/ (or DATA_DIR).
 * Also reports each "?" that replaced a character CP932 cannot hold, by comparing with git's committed version.
 *   --check  change nothing; exit 1 if a file is not in canonical form
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatDataFile } from '#src/data/format-file.ts';
import { decodeAnyDataFile } from '#src/data/parse/decode.ts';
import { CsvSyntaxError } from '#src/data/utils/canonical.ts';
import { lostCharacters } from '#src/data/utils/lost-characters.ts';
import { formatIssue } from '#src/data/validate/issues.ts';
import { fileMessages } from '#src/data/validate/messages.ts';
import { fail, parseCli } from './lib/cli.ts';

const { values, positionals } = parseCli({ check: { type: 'boolean', default: false } }, true);
const base = process.env.INIT_CWD ?? process.cwd();
const dataDir = resolve(base, process.env.DATA_DIR ?? 'data');

function dataFiles(): string[] {
  if (!existsSync(dataDir)) fail(`no data directory at ${dataDir}`);
  return (readdirSync(dataDir, { recursive: true }) as string[])
    .filter((name) => /\.(csv|ya?ml)$/u.test(name))
    .map((name) => join(dataDir, name));
}

/** The committed text of a file (and whether it starts with a BOM), or undefined outside git or for a new file. */
function committedText(path: string): { text: string; bom: boolean } | undefined {
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: dirname(path),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const bytes = execFileSync('git', ['show', `HEAD:${relative(root, path).split('\\').join('/')}`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return decodeAnyDataFile(bytes);
  } catch {
    return undefined;
  }
}

const files = positionals.length > 0 ? positionals.map((name) => resolve(base, name)) : dataFiles();
let problems = 0;
for (const path of files) {
  const shown = relative(base, path) || path;
  if (!existsSync(path) || !statSync(path).isFile()) {
    console.error(`error: ${shown}: ファイルがありません / file not found`);
    problems++;
    continue;
  }
  const bytes = readFileSync(path);
  const committed = committedText(path);
  let formatted: ReturnType<typeof formatDataFile>;
  try {
    formatted = formatDataFile(relative(dataDir, path).split('\\').join('/'), bytes, committed);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    // Nothing is written: a file that cannot be read to the end has no canonical form yet.
    const message = error.quoteNotClosed ? fileMessages.quoteNotClosed() : fileMessages.csvSyntax(error.message);
    console.error(formatIssue({ file: shown, line: error.line, message }));
    console.error(
      `${shown}: 書き直していません。上の問題を直してから、もう一度実行してください / not rewritten: fix the problem above, then run this again`,
    );
    problems++;
    continue;
  }
  if (!formatted) {
    console.error(`error: ${shown}: ${fileMessages.notUtf8().ja} / ${fileMessages.notUtf8().en}`);
    problems++;
    continue;
  }
  const { output, note, encoding } = formatted;
  for (const lost of committed && /\.csv$/u.test(path) ? lostCharacters(committed.text, output) : []) {
    console.error(
      formatIssue({
        file: shown,
        line: lost.line,
        column: lost.column,
        field: lost.field,
        message: fileMessages.lostCharacter(lost.original, lost.committed),
      }),
    );
    problems++;
  }
  if (note)
    console.error(
      `${shown}: 見出し行に問題があるため列の順序は変えていません（npm run validate で確かめてください） / the header has problems, so the columns were left in their order (run npm run validate)`,
    );
  const same = Buffer.from(output, 'utf8').equals(bytes);
  if (same) continue;
  if (values.check) {
    console.error(`${shown}: 正規の形ではありません（npm run data:format -- ${shown}） / not in canonical form`);
    problems++;
    continue;
  }
  // Write beside the file, then rename: an interrupted run never leaves a half-written data file.
  const temporary = join(dirname(path), `.${basename(path)}.format-${process.pid}.tmp`);
  writeFileSync(temporary, output, 'utf8');
  renameSync(temporary, path);
  console.log(`${shown}: 正規の形に書き直しました${encoding !== 'utf-8' ? `（${encoding} → UTF-8）` : ''} / rewritten in canonical form`);
}
if (problems > 0) process.exitCode = 1;
