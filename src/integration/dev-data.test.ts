import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFiles, dataReloader, dataSignature, problemPage } from './dev-data.ts';

describe('dataFiles and dataSignature', () => {
  it('lists every CSV and YAML file under the data directory; the signature follows edits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inpit-watch-'));
    try {
      mkdirSync(join(dir, 'faq'));
      writeFileSync(join(dir, 'seminars.csv'), 'id\n');
      writeFileSync(join(dir, 'faq', 'a.yaml'), 'a: 1\n');
      writeFileSync(join(dir, 'NOTES.md'), 'x');
      expect(dataFiles(dir).sort()).toEqual([join(dir, 'faq', 'a.yaml'), join(dir, 'seminars.csv')].sort());
      const before = dataSignature(dir);
      writeFileSync(join(dir, 'faq', 'b.yaml'), 'b: 1\n');
      expect(dataSignature(dir)).not.toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('problemPage', () => {
  it('lists every problem as validate words it, escaped, with the Vite client that reloads it', () => {
    const page = problemPage([
      {
        file: 'data/seminars.csv',
        line: 2,
        column: 5,
        field: 'date',
        message: { ja: '"<b>" は日付ではありません', en: '"<b>" is not a date' },
      },
    ]);
    expect(page).toContain('データに問題があります（1 件）');
    expect(page).toContain('data/seminars.csv:2:5: 2行目・E列（date）: &quot;&lt;b&gt;&quot; は日付ではありません');
    expect(page).not.toContain('<b>');
    expect(page).toContain('<script type="module" src="/@vite/client"></script>');
  });
});

describe('dataReloader', () => {
  it('reads and notifies only when the signature differs from the one taken before the last read', () => {
    const signatures = ['a', 'a', 'b', 'b', 'c'];
    const calls: string[] = [];
    const check = dataReloader({
      signature: () => signatures.shift()!,
      lastRead: 'a',
      read: () => calls.push('read'),
      notify: () => calls.push('notify'),
    });
    expect([check(), check(), check(), check(), check()]).toEqual([false, false, true, false, true]);
    expect(calls).toEqual(['read', 'notify', 'read', 'notify']);
  });
});
