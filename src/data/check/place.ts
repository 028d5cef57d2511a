/**
 * Where a chosen file belongs in the data directory. A browser gives only the file's name (and, for a dropped
 * folder, its relative path), so the place is found from the path, the published file names and, for a new file,
 * its content.
 */
import { DATA_FILES } from '../load-files.ts';
import type { Bilingual } from '../validate/issues.ts';

const TOP_LEVEL: readonly string[] = [DATA_FILES.seminars, DATA_FILES.patents, DATA_FILES.patentFields, DATA_FILES.windows, DATA_FILES.cases, DATA_FILES.news, DATA_FILES.selfCheck];

export interface KnownNames {
  faq: readonly string[];
  statistics: readonly string[];
}

/** The path inside the data directory (seminars.csv, faq/x.yaml), or a message saying which names are expected. */
export function placeFile(name: string, relativePath: string, text: () => string, known: KnownNames): { path: string } | { problem: Bilingual } {
  // A dropped folder keeps its path: …/data/faq/x.yaml
  const inData = /(?:^|\/)data\/((?:faq\/|statistics\/)?[^/]+)$/u.exec(relativePath)?.[1];
  if (inData) return { path: inData };
  if (TOP_LEVEL.includes(name)) return { path: name };
  if (known.faq.includes(name)) return { path: `${DATA_FILES.faq}/${name}` };
  if (known.statistics.includes(name)) return { path: `${DATA_FILES.statistics}/${name}` };
  // A new file: a FAQ category has items, a statistic has series.
  if (/\.ya?ml$/u.test(name)) {
    const content = text();
    if (/^items\s*:/mu.test(content) || /^category\s*:/mu.test(content)) return { path: `${DATA_FILES.faq}/${name}` };
    if (/^series\s*:/mu.test(content)) return { path: `${DATA_FILES.statistics}/${name}` };
  }
  // Every CSV outside statistics/ has a fixed name, so any other CSV is a statistic's.
  if (/\.csv$/u.test(name)) return { path: `${DATA_FILES.statistics}/${name}` };
  const expected = TOP_LEVEL.join(', ');
  return {
    problem: {
      ja: `${JSON.stringify(name)} がどのデータファイルか分かりません。ファイル名を data/ の中の名前（${expected}、faq/ や statistics/ の中のファイル名）と同じにしてください`,
      en: `cannot tell which data file ${JSON.stringify(name)} is; name it as in data/ (${expected}, or a file name in faq/ or statistics/)`,
    },
  };
}
