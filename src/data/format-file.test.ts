import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excelSave } from '../../scripts/lib/excel-save.ts';
import { formatDataFile } from './format-file.ts';

const seminars = readFileSync(new URL('../../data/seminars.csv', import.meta.url), 'utf8');

describe('formatDataFile', () => {
  it('turns what Excel saved as Shift_JIS back into the committed UTF-8 text, with a BOM', () => {
    const saved = excelSave(seminars, 'cp932');
    const formatted = formatDataFile('seminars.csv', saved)!;
    expect(formatted.encoding).toBe('shift_jis');
    expect(formatted.output).toBe(`\uFEFF${seminars.replace(/^\uFEFF/u, '')}`);
  });

  it('keeps the committed file without a BOM when git has it so, and gives none to a YAML file', () => {
    const saved = excelSave(seminars, 'utf8');
    expect(formatDataFile('seminars.csv', saved, { bom: false })!.output).toBe(seminars.replace(/^\uFEFF/u, ''));
    expect(formatDataFile('news.yaml', new TextEncoder().encode('news:\r\n  - id: a\r\n'))!.output).toBe('news:\n  - id: a\n');
  });

  it('orders columns only for files with a row schema', () => {
    expect(formatDataFile('windows.csv', new TextEncoder().encode('name,id\r\nx,y\r\n'))!.output.split('\n')[0]).toMatch(/^id,/u);
    expect(formatDataFile('statistics/x.csv', new TextEncoder().encode('name,id\r\nx,y\r\n'))!.output).toBe('name,id\nx,y\n');
  });

  it('gives nothing for bytes that are no text a data file may have', () => {
    expect(formatDataFile('seminars.csv', new Uint8Array([0x82, 0xff, 0xfe, 0x81]))).toBeUndefined();
  });
});
