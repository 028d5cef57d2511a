/**
 * npm run data:utf8 -- FILE [FILE...] [--backup]
 *
 * Converts CSV/YAML files saved as Shift_JIS (CP932, what Excel's "CSV (コンマ区切り)" writes) to UTF-8
 * in place, with a BOM so Excel still opens them correctly. Files that are already UTF-8 are left untouched.
 * A file that is neither is reported on one line and the command exits 1 (other files are still converted).
 *
 *   --backup  keep the original as FILE.sjis.bak
 */
import { copyFileSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { convertShiftJisToUtf8, decodeDataFile } from '#src/data/parse/decode.ts';
import { fileMessages } from '#src/data/validate/messages.ts';
import { fail, parseCli } from './lib/cli.ts';

const USAGE = 'usage: npm run data:utf8 -- FILE [FILE...] [--backup]';

const { values, positionals } = parseCli(
  {
    backup: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  true,
);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail(`変換するファイルを指定してください / no file given (${USAGE})`);

// npm runs scripts from the package root; resolve names against the folder the command was typed in.
const base = process.env.INIT_CWD ?? process.cwd();

type Outcome = { ok: true; message: string } | { ok: false; message: string };

function convert(name: string): Outcome {
  const path = resolve(base, name);
  if (!existsSync(path)) return { ok: false, message: 'ファイルがありません / file not found' };
  if (!statSync(path).isFile()) return { ok: false, message: 'ファイルではありません / not a file' };
  const bytes = readFileSync(path);
  const decoded = decodeDataFile(bytes);
  if (decoded.ok) return { ok: true, message: 'すでに UTF-8 です。変更していません / already UTF-8; left unchanged' };
  if (decoded.encoding === 'utf-16') {
    const { ja, en } = fileMessages.utf16();
    return { ok: false, message: `${ja} / ${en}` };
  }
  if (decoded.encoding !== 'shift_jis') {
    const at = decoded.line ? { ja: `（${decoded.line}行目）`, en: ` (line ${decoded.line})` } : { ja: '', en: '' };
    return {
      ok: false,
      message: `UTF-8 としても Shift_JIS としても読めない文字があります${at.ja}。変換していません / cannot be read as UTF-8 or as Shift_JIS${at.en}; not converted`,
    };
  }

  const backup = `${path}.sjis.bak`;
  if (values.backup) {
    if (existsSync(backup)) {
      return {
        ok: false,
        message: `${name}.sjis.bak がすでにあります。移動してからやり直してください / ${name}.sjis.bak already exists; move it away and try again`,
      };
    }
    copyFileSync(path, backup);
  }
  // Write beside the file, then rename: an interrupted run never leaves a half-written data file.
  const temporary = join(dirname(path), `.${basename(path)}.utf8-${process.pid}.tmp`);
  writeFileSync(temporary, convertShiftJisToUtf8(bytes), 'utf8');
  renameSync(temporary, path);
  const kept = values.backup
    ? { ja: `（元のファイルは ${name}.sjis.bak）`, en: ` (original kept as ${name}.sjis.bak)` }
    : { ja: '', en: '' };
  return { ok: true, message: `Shift_JIS から UTF-8 に変換しました${kept.ja} / converted from Shift_JIS to UTF-8${kept.en}` };
}

let failed = 0;
for (const name of positionals) {
  let outcome: Outcome;
  try {
    outcome = convert(name);
  } catch (error) {
    outcome = { ok: false, message: (error as Error).message };
  }
  if (outcome.ok) {
    console.log(`${name}: ${outcome.message}`);
  } else {
    failed++;
    console.error(`error: ${name}: ${outcome.message}`);
  }
}
if (failed > 0) process.exit(1);
