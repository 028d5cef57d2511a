/**
 * npm run bench [-- --counts 50000 --runs 3]
 * Measures what issue #2 asks for and writes docs/benchmarks.md: `npm run validate` on the shipped data and on
 * generated patent sets (wall time and peak RSS of the real CLI), and the full build of the shipped data.
 * A script, not a test: numbers depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generatePatents, patentsToCsv } from '../src/data/generate/patents.ts';
import { parseCli } from './lib/cli.ts';

const { values } = parseCli({
  counts: { type: 'string', default: '10000,50000' },
  runs: { type: 'string', default: '3' },
  out: { type: 'string', default: 'docs/benchmarks.md' },
});
const counts = values.counts.split(',').map(Number);
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'inpit-bench-'));

interface Measure {
  seconds: number;
  peakRssMb: number;
}

/** Runs a command under GNU time for wall time and peak RSS; the median of `runs` runs. */
function measure(command: string[], env: Record<string, string> = {}): Measure {
  const samples: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], { env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr}`);
    const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    samples.push({ seconds: seconds!, peakRssMb: Math.round(kilobytes! / 1024) });
  }
  samples.sort((a, b) => a.seconds - b.seconds);
  return samples[Math.floor(samples.length / 2)]!;
}

const node = process.execPath;
const rows: string[] = [];
const validateShipped = measure([node, 'scripts/validate.ts', '--data-dir', 'data']);
rows.push(`| validate | shipped data (${countPatents('data')} patents) | ${validateShipped.seconds.toFixed(2)} s | ${validateShipped.peakRssMb} MB |`);
for (const count of counts) {
  const dir = join(work, `data-${count}`);
  cpSync('data', dir, { recursive: true });
  writeFileSync(join(dir, 'patents.csv'), patentsToCsv(generatePatents({ count, seed: 1 })));
  const result = measure([node, 'scripts/validate.ts', '--data-dir', dir]);
  rows.push(`| validate | shipped data + ${count.toLocaleString('en')} generated patents | ${result.seconds.toFixed(2)} s | ${result.peakRssMb} MB |`);
  console.log(rows.at(-1));
}
const build = measure([node, 'node_modules/astro/bin/astro.mjs', 'build'], { OUT_DIR: join(work, 'dist') });
rows.push(`| build (validate + astro + pagefind) | shipped data | ${build.seconds.toFixed(2)} s | ${build.peakRssMb} MB |`);
rmSync(work, { recursive: true, force: true });

function countPatents(dir: string): number {
  return readFileSync(join(dir, 'patents.csv'), 'utf8').split('\nL').length - 1;
}

const markdown = `# Benchmarks

Measured by \`npm run bench\` (median of ${runs} runs; wall time and peak RSS from GNU time) on ${new Date().toISOString().slice(0, 10)},
${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.

| step | input | wall time | peak RSS |
|---|---|---|---|
${rows.join('\n')}

Target (issue #2): \`npm run validate\` on 50,000 generated patents in 3 s or less.
`;
writeFileSync(values.out, markdown);
console.log(markdown);
