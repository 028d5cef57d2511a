/**
 * Words staff write for a code value ("会場" for in_person): never accepted as the value (the contract stays one
 * spelling per value), only offered as the fix. The site's own labels count, plus the usual other words.
 */
import { CASE_CATEGORY_LABELS, FORMAT_LABELS, HOLDER_TYPE_LABELS, LICENSE_TERMS_LABELS, WINDOW_KIND_LABELS } from '../../utils/labels.ts';
import { normalizeCode } from '../utils/normalize.ts';

const OTHER_WORDS: Record<string, readonly string[]> = {
  in_person: ['会場', '会場開催', '対面', '集合', 'オフライン', '来場'],
  online: ['ウェブ', 'web', 'ウェビナー', 'webinar', 'zoom', 'リモート', 'オンライン開催'],
  hybrid: ['併用', 'ハイブリッド', '会場・オンライン', '会場とオンライン'],
  scheduled: ['予定', '開催予定', '受付中', '募集中', '開催'],
  full: ['満席', '満員', '定員到達', '締切', '受付終了'],
  cancelled: ['中止', 'キャンセル', '取りやめ', 'canceled'],
  postponed: ['延期'],
  company: ['会社', '株式会社', '民間企業'],
  university: ['大学法人', '国立大学'],
  public_research: ['研究機関', '公設試', '独立行政法人'],
  either: ['いずれも', 'どちらも', 'いずれも可', '実施許諾・譲渡'],
  license: ['ライセンス', '許諾'],
  bar: ['棒グラフ', '棒'],
  line: ['折れ線', '折れ線グラフ'],
  'stacked-bar': ['積み上げ', '積み上げ棒グラフ', '積上げ'],
  pie: ['円グラフ', '円'],
  table: ['表'],
};

const LABELS: Record<string, { ja: string }>[] = [FORMAT_LABELS, HOLDER_TYPE_LABELS, LICENSE_TERMS_LABELS, WINDOW_KIND_LABELS, CASE_CATEGORY_LABELS];

const fold = (word: string) => normalizeCode(word).toLowerCase().replace(/^["'「『]|["'」』]$/gu, '');

/** The allowed value a staff word stands for, among `options`; undefined when the word is not known. */
export function valueForWord(word: string, options: readonly string[]): string | undefined {
  const needle = fold(word);
  return options.find((value) => {
    const words = [...(OTHER_WORDS[value] ?? []), ...LABELS.flatMap((labels) => (labels[value] ? [labels[value].ja] : []))];
    return words.some((candidate) => fold(candidate) === needle);
  });
}
