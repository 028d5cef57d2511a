import { describe, expect, it } from 'vitest';
import { encodeCp932 } from '#src/data/parse/cp932.ts';
import { excelCell, excelSave, excelSaveText } from './excel-save.ts';

describe('excelCell', () => {
  it('writes dates, times and booleans as Excel does', () => {
    expect(excelCell('2027-05-14')).toBe('2027/5/14');
    expect(excelCell('09:30')).toBe('9:30');
    expect(excelCell('13:05')).toBe('13:05');
    expect(excelCell('true')).toBe('TRUE');
    expect(excelCell('false')).toBe('FALSE');
    expect(excelCell('東京都')).toBe('東京都');
  });
});

describe('excelSave', () => {
  it('keeps the header, converts the rows, ends lines with CRLF and adds a BOM', () => {
    const text = 'id,date,start_time,sample\nfy-1,2027-05-14,09:30,true\n';
    expect(excelSaveText(text)).toBe('id,date,start_time,sample\r\nfy-1,2027/5/14,9:30,TRUE\r\n');
    expect(new TextDecoder().decode(excelSave(text, 'utf8'))).toBe('id,date,start_time,sample\r\nfy-1,2027/5/14,9:30,TRUE\r\n');
    expect([...excelSave(text, 'utf8').slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps a line break inside a cell quoted', () => {
    expect(excelSaveText('id,title\nfy-1,"a\nb"\n')).toBe('id,title\r\nfy-1,"a\nb"\r\n');
  });

  it('writes CP932 and turns characters outside it into ?', () => {
    expect([...encodeCp932('東京都')]).toEqual([0x93, 0x8c, 0x8b, 0x9e, 0x93, 0x73]);
    expect(new TextDecoder('shift_jis').decode(encodeCp932('A–B—C𠮷'))).toBe('A?B?C?');
  });
});
