/**
 * Generates fictional SAMPLE open-patent records (data/patents.csv format).
 *
 *   node scripts/generate-patents.ts --count N [--seed S] [--out FILE]
 *
 *   --count N   number of records (default 200, max 1,000,000)
 *   --seed S    PRNG seed, integer (default 1); same count + seed ⇒ identical output
 *   --out FILE  write to FILE (prints a one-line summary to stderr);
 *               without it the CSV goes to stdout
 *
 * Both "--flag value" and "--flag=value" are accepted.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatePatents, patentsToCsv, MAX_PATENT_COUNT } from '#src/data/generate/patents.ts';

const USAGE = 'usage: node scripts/generate-patents.ts --count N [--seed S] [--out FILE]';

class UsageError extends Error {}

interface CliOptions {
  count: number;
  seed: number;
  out: string | null;
  help: boolean;
}

function parseInteger(flag: string, raw: string, min: number, max: number): number {
  if (!/^[+-]?\d+$/.test(raw)) {
    throw new UsageError(`${flag} must be an integer, got "${raw}"`);
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be between ${min} and ${max}, got ${raw}`);
  }
  return value;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { count: 200, seed: 1, out: null, help: false };
  const seen = new Set<string>();

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (flag !== '--count' && flag !== '--seed' && flag !== '--out') {
      throw new UsageError(`unknown option "${flag}"`);
    }
    if (seen.has(flag)) throw new UsageError(`${flag} given more than once`);
    seen.add(flag);

    let value: string;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} requires a value`);
      value = next;
      i++;
    }
    if (value === '') throw new UsageError(`${flag} requires a value`);

    if (flag === '--count') options.count = parseInteger('--count', value, 0, MAX_PATENT_COUNT);
    else if (flag === '--seed') options.seed = parseInteger('--seed', value, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    else options.out = value;
  }
  return options;
}

function main(argv: readonly string[]): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`generate-patents: ${error.message} (run with --help for usage)\n`);
      return 1;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const started = performance.now();
  const csv = patentsToCsv(generatePatents({ count: options.count, seed: options.seed }));

  if (options.out === null) {
    // Quietly stop when the reader goes away (e.g. `| head`).
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
    process.stdout.write(csv);
    return 0;
  }
  const outPath = resolve(options.out);
  try {
    writeFileSync(outPath, csv, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`generate-patents: cannot write ${options.out}: ${reason}\n`);
    return 1;
  }
  const ms = Math.round(performance.now() - started);
  process.stderr.write(`generate-patents: wrote ${options.count} sample records (seed ${options.seed}) to ${options.out} in ${ms} ms\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
