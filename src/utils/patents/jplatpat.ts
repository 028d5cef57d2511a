/**
 * Links to J-PlatPat (特許情報プラットフォーム, https://www.j-platpat.inpit.go.jp/) by its fixed document addresses
 * (固定アドレス): `/c1801/PU/JP-<number>/<kind>/ja`, where kind 15 is a patent (registration) number and 10 an
 * application number. Pure functions: no Node, no DOM.
 *
 *   patent number 5946067        → https://www.j-platpat.inpit.go.jp/c1801/PU/JP-5946067/15/ja
 *   application number 特願2012-123456 → https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2012-123456/10/ja
 *
 * The inputs are the values of data/patents.csv as the schema accepts them (特許第5946067号 or 5946067,
 * 特願2012-123456 or 2012-123456, full-width digits folded). Anything else gives undefined: no link is better than
 * a link to the wrong document. The accepted forms are the schema's own patterns.
 */
import { APPLICATION_NO_PATTERN, PATENT_NO_PATTERN } from '#src/data/schemas/patent.ts';
import { normalizeCode } from '#src/data/utils/normalize.ts';

export const JPLATPAT_ORIGIN = 'https://www.j-platpat.inpit.go.jp';

/** J-PlatPat's number kinds in fixed addresses. */
const KIND = { application: '10', patent: '15' } as const;

export interface ApplicationNumber {
  year: string;
  serial: string;
}

/** "特願2012-123456" / "2012-123456" / "特願２０１２－１２３４５６" → { year: '2012', serial: '123456' }. */
export function parseApplicationNo(value: string | undefined): ApplicationNumber | undefined {
  if (value === undefined) return undefined;
  const match = APPLICATION_NO_PATTERN.exec(normalizeCode(value));
  return match ? { year: match[1]!, serial: match[2]! } : undefined;
}

/** "特許第5946067号" / "5946067" → "5946067". */
export function parsePatentNo(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return PATENT_NO_PATTERN.exec(normalizeCode(value))?.[1];
}

/** 特願2012-123456, whichever form the data used. */
export function formatApplicationNo(value: string): string {
  const parsed = parseApplicationNo(value);
  return parsed ? `特願${parsed.year}-${parsed.serial}` : value;
}

/** 特許第5946067号, whichever form the data used. */
export function formatPatentNo(value: string): string {
  const number = parsePatentNo(value);
  return number ? `特許第${number}号` : value;
}

const documentUrl = (number: string, kind: string) => `${JPLATPAT_ORIGIN}/c1801/PU/JP-${number}/${kind}/ja`;

/** The J-PlatPat gazette of a granted patent, or undefined when the value is not a patent number. */
export function jplatpatPatentUrl(patentNo: string | undefined): string | undefined {
  const number = parsePatentNo(patentNo);
  return number ? documentUrl(number, KIND.patent) : undefined;
}

/** The J-PlatPat document of an application, or undefined when the value is not an application number. */
export function jplatpatApplicationUrl(applicationNo: string | undefined): string | undefined {
  const parsed = parseApplicationNo(applicationNo);
  return parsed ? documentUrl(`${parsed.year}-${parsed.serial}`, KIND.application) : undefined;
}
