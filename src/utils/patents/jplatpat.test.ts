import { describe, expect, it } from 'vitest';
import { patentSchema } from '#src/data/schemas/patent.ts';
import {
  formatApplicationNo,
  formatPatentNo,
  jplatpatApplicationUrl,
  jplatpatPatentUrl,
  parseApplicationNo,
  parsePatentNo,
} from './jplatpat.ts';

describe('J-PlatPat fixed addresses', () => {
  it('links a patent number to its gazette (kind 15)', () => {
    expect(jplatpatPatentUrl('5946067')).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-5946067/15/ja');
    expect(jplatpatPatentUrl('特許第5946067号')).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-5946067/15/ja');
    expect(jplatpatPatentUrl('５９４６０６７')).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-5946067/15/ja');
  });

  it('links an application number to its document (kind 10)', () => {
    expect(jplatpatApplicationUrl('特願2012-123456')).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2012-123456/10/ja');
    expect(jplatpatApplicationUrl('2012-123456')).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2012-123456/10/ja');
    expect(jplatpatApplicationUrl('特願２０１２－１２３４５６')).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2012-123456/10/ja');
  });

  it('gives no link for a missing or malformed number', () => {
    for (const bad of [undefined, '', '594606', '59460670', 'JP5946067', '特許5946067', '5946067/', '../5946067']) {
      expect(jplatpatPatentUrl(bad), String(bad)).toBeUndefined();
    }
    for (const bad of [undefined, '', '2012-12345', '12-123456', '2012123456', '特開2012-123456', '2012-123456/../x']) {
      expect(jplatpatApplicationUrl(bad), String(bad)).toBeUndefined();
    }
  });

  it('parses and formats both forms the data contract allows', () => {
    expect(parsePatentNo('特許第5946067号')).toBe('5946067');
    expect(parseApplicationNo('特願2012-123456')).toEqual({ year: '2012', serial: '123456' });
    expect(formatPatentNo('5946067')).toBe('特許第5946067号');
    expect(formatPatentNo('特許第5946067号')).toBe('特許第5946067号');
    expect(formatApplicationNo('2012-123456')).toBe('特願2012-123456');
    expect(formatApplicationNo('特願2012-123456')).toBe('特願2012-123456');
    // A value that is not a number of that kind is shown as it is.
    expect(formatPatentNo('x')).toBe('x');
  });

  it('links every number the schema accepts', () => {
    const base = {
      license_no: 'L2016001200',
      title: 't',
      summary: 's',
      field: 'machinery',
      holder: 'h',
      holder_type: 'company',
      license_terms: 'license',
      registered: '2016-04-01',
    };
    for (const [application_no, patent_no] of [
      ['特願2012-123456', '特許第5946067号'],
      ['2012-123456', '5946067'],
      ['特願２０１２－１２３４５６', '特許第５９４６０６７号'],
      [' 2012ー123456 ', ' 5946067 '],
    ] as const) {
      const row = patentSchema.parse({ ...base, application_no, patent_no });
      expect(jplatpatApplicationUrl(row.application_no), application_no).toBe(
        'https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2012-123456/10/ja',
      );
      expect(jplatpatPatentUrl(row.patent_no), patent_no).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-5946067/15/ja');
    }
  });
});
