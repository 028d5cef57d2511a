/**
 * node scripts/excel-roundtrip.ts [--data-dir DIR] [--variant utf8|cp932] [--show]
 * Simulates one Excel open-and-save of every CSV file in a copy of the data directory and counts the
 * validator's problems before and after, per file: the figure issue 13 asks for.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadSiteData } from '#src/data/load.ts';
import { formatIssue } from '#src/data/validate/issues.ts';
import { excelSave, type ExcelVariant } from './lib/excel-save.ts';
import { fail, parseCli } from './lib/cli.ts';

const { values } = parseCli({
  'data-dir': { type: 'string', default: 'data' },
  variant: { type: 'string', default: 'utf8' },
  // Print the problems left after the save, not only their count.
  show: { type: 'boolean', default: false },
});
const variant = values.variant as ExcelVariant;
if (variant !== 'utf8' && variant !== 'cp932') fail(`--variant must be utf8 or cp932 (got ${values.variant})`);

const source = resolve(values['data-dir']);
const copy = mkdtempSync(join(tmpdir(), 'excel-roundtrip-'));
try {
  cpSync(source, copy, { recursive: true });
  const csvFiles = (readdirSync(copy, { recursive: true }) as string[]).filter((name) => name.endsWith('.csv'));
  const count = (show = false) => {
    const byFile = new Map<string, number>();
    for (const issue of loadSiteData(copy).issues) {
      if (show) console.log(formatIssue({ ...issue, file: relative(copy, issue.file) }, 'ja'));
      const file = relative(copy, issue.file);
      byFile.set(file, (byFile.get(file) ?? 0) + 1);
    }
    return byFile;
  };
  const before = count();
  for (const name of csvFiles) writeFileSync(join(copy, name), excelSave(readFileSync(join(copy, name), 'utf8'), variant));
  const after = count(values.show);
  const files = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const file of files) console.log(`${file}: ${before.get(file) ?? 0} → ${after.get(file) ?? 0}`);
  const total = (map: Map<string, number>) => [...map.values()].reduce((sum, n) => sum + n, 0);
  console.log(`total (${variant}): ${total(before)} → ${total(after)}`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
