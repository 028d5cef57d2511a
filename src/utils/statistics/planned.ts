/**
 * Planned figures (予定・計画) in statistics: a CSV cell such as 20（予定） or 20以上（計画） is a plan, not a result.
 * One grammar for reading the cell (build and data check), writing it back (CSV download) and showing it.
 */
import type { Lang } from '#src/i18n/locales.ts';
import { formatNumber } from '../format.ts';

/** The word the source uses, kept as written: 予定 (scheduled) or 計画 (planned target). */
export const PLANNED_WORDS = ['予定', '計画'] as const;
export type PlannedWord = (typeof PLANNED_WORDS)[number];

export interface PlannedValue {
  value: number;
  /** 20以上: the plan is a lower bound ("20 or more"). */
  atLeast: boolean;
  word: PlannedWord;
}

// After NFKC (full-width digits and brackets become ASCII): 20(予定), 1,200 以上 (計画)
const PLANNED_CELL = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(以上)?\s*\(\s*(予定|計画)\s*\)$/u;

/** The planned value in an NFKC-normalised cell, or undefined when the cell is not of that form. */
export function parsePlanned(normalized: string): PlannedValue | undefined {
  const match = PLANNED_CELL.exec(normalized);
  if (!match) return undefined;
  return { value: Number(match[1]!.replaceAll(',', '')), atLeast: match[2] !== undefined, word: match[3] as PlannedWord };
}

/** The English word for both 予定 and 計画. */
export const PLANNED_EN = 'planned';

/** The marker on its own: 予定 / 計画 / planned. */
export function plannedWord(planned: PlannedValue, lang: Lang): string {
  return lang === 'ja' ? planned.word : PLANNED_EN;
}

/** For tables and text: 20以上（計画） / 20 or more (planned); the unit, when given, follows the number. */
export function formatPlanned(planned: PlannedValue, lang: Lang, unit = ''): string {
  const number = formatNumber(planned.value, lang);
  if (lang === 'ja') return `${number}${unit}${planned.atLeast ? '以上' : ''}（${planned.word}）`;
  const withUnit = unit ? `${number} ${unit}` : number;
  return `${planned.atLeast ? `${withUnit} or more` : withUnit} (${PLANNED_EN})`;
}

/** The cell as staff write it in the data CSV (no thousands separators): 20以上（計画）. */
export function plannedCell(planned: PlannedValue): string {
  return `${planned.value}${planned.atLeast ? '以上' : ''}（${planned.word}）`;
}

/**
 * The caption sentence for a table with planned figures, naming the words it uses, or undefined when it has none:
 * 「（予定）」の値は予定で、実績ではありません。
 */
export function plannedNote(rows: readonly { planned?: readonly (PlannedValue | null)[] }[], lang: Lang): string | undefined {
  const words = PLANNED_WORDS.filter((word) => rows.some((row) => row.planned?.some((p) => p?.word === word)));
  if (words.length === 0) return undefined;
  if (lang === 'en') return 'Figures marked "(planned)" are plans, not results.';
  return `${words.map((w) => `「（${w}）」`).join('・')}の値は${words.join('・')}の数で、実績ではありません。`;
}
