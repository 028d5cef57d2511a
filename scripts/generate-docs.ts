/**
 * npm run docs:data [-- --check]
 * Writes docs/data.md and docs/json-schema/*.schema.json from the schemas in src/data/schemas.
 * With --check nothing is written: exits 1, naming the files, if any differ from what would be generated.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDrift, findDrift, generatedFiles } from '#src/data/docs/outputs.ts';
import { fail, parseCli } from './lib/cli.ts';

const { values } = parseCli({ check: { type: 'boolean', default: false } });
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files = generatedFiles();
const { missing, stale, extra } = findDrift(root, files);
const count = Object.keys(files).length;

if (values.check) {
  const problem = describeDrift({ missing, stale, extra });
  if (problem) fail(problem);
  console.log(`docs are up to date (${count} files)`);
  process.exit(0);
}

for (const path of [...missing, ...stale]) {
  const absolute = join(root, path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, files[path]!, 'utf8');
}
for (const path of extra) rmSync(join(root, path));
const changed = [...missing, ...stale].map((path) => `wrote ${path}`).concat(extra.map((path) => `removed ${path}`));
console.log(changed.length > 0 ? changed.join('\n') : `docs already up to date (${count} files)`);
