/**
 * What a chosen file is before it is read as data: a file that is not text (a workbook, an image, a PDF), too
 * large, or with a NUL byte gets one clear message instead of a page of parser errors.
 */
import type { Bilingual } from '../validate/issues.ts';

/** Above this the page refuses a file: the largest data file (50,000 patents) is about 25 MB. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

const both = (ja: string, en: string): Bilingual => ({ ja, en });
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

const IMAGE_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x42, 0x4d], // BMP
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP)
];

/** A message when the bytes cannot be a data file, else undefined (an empty file is left to the validator). */
export function rejectBytes(bytes: Uint8Array, size = bytes.length): Bilingual | undefined {
  if (size > MAX_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(0);
    return both(
      `ファイルが大きすぎます（${mb} MB）。このページで確認できるのは ${MAX_FILE_BYTES / 1024 / 1024} MB までです。データファイルか確認してください（それより大きなファイルは npm run validate で確認します）`,
      `this file is too large (${mb} MB); this page checks files up to ${MAX_FILE_BYTES / 1024 / 1024} MB. Make sure it is a data file (larger files are checked with npm run validate)`,
    );
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return both(
      'これは Excel ブック（.xlsx）などの ZIP 形式のファイルで、CSV ではありません。Excel で「名前を付けて保存」→ ファイルの種類「CSV UTF-8 (コンマ区切り)」で保存し、その .csv ファイルを選んでください',
      'this is an Excel workbook (.xlsx) or another ZIP file, not a CSV. In Excel use Save As → "CSV UTF-8 (Comma delimited)" and choose that .csv file',
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return both(
      'これは古い形式の Excel ブック（.xls）で、CSV ではありません。「CSV UTF-8 (コンマ区切り)」で保存し直してください',
      'this is an old Excel workbook (.xls), not a CSV; save it as "CSV UTF-8 (Comma delimited)"',
    );
  }
  if (IMAGE_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    return both('これは画像ファイルで、データファイル（CSV または YAML）ではありません', 'this is an image, not a data file (CSV or YAML)');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return both('これは PDF ファイルで、データファイル（CSV または YAML）ではありません', 'this is a PDF, not a data file (CSV or YAML)');
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const nul = utf16 ? -1 : bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineAt(bytes, nul);
    return both(
      `${line}行目に NUL 文字（0x00）があります。テキストのデータファイルではないか、BOM のない UTF-16 です。Excel で「CSV UTF-8 (コンマ区切り)」で保存し直してください`,
      `line ${line} contains a NUL byte (0x00): this is not a text data file, or it is UTF-16 without a BOM. Save it from Excel as "CSV UTF-8 (Comma delimited)"`,
    );
  }
  return undefined;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) line++;
  return line;
}
