import { z } from 'astro/zod';
import { doc, flag, id, integer, isoDate, isoTime, oneOf, safeUrl, text, withRules } from './fields.ts';
import { prefecture } from './prefecture.ts';
import { isIsoTime, WEEKDAYS_JA, weekdayOf } from '../utils/dates.ts';
import { normalizeCode } from '../utils/normalize.ts';
import { intendedDate } from '../utils/excel.ts';

export const SEMINAR_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const SEMINAR_STATUSES = ['scheduled', 'full', 'cancelled', 'postponed'] as const;

/** Path segments under /seminars/ used by filter and feed pages: a seminar id equal to one would collide. */
export const RESERVED_SEMINAR_IDS = ['region', 'prefecture', 'month', 'fy', 'format', 'regions', 'upcoming', 'near'] as const;

/** 木, 木曜, 木曜日, (木) and （木） all mean 木. */
const weekday = () =>
  z.preprocess(
    (value) => (typeof value === 'string' ? normalizeCode(value).replace(/^\((.)\)$/u, '$1').replace(/曜日?$/u, '') : value),
    z.enum(WEEKDAYS_JA, { error: 'weekday' }),
  );

export const seminarSchema = withRules(
  z.object({
    id: id()
      .refine((value) => !(RESERVED_SEMINAR_IDS as readonly string[]).includes(String(value)), { error: 'reserved_id' })
      .meta(doc(`セミナー回の一意なID（半角英小文字・数字・ハイフン。${RESERVED_SEMINAR_IDS.join('・')} は使えません）`, `Unique session id (a-z, 0-9, -; not ${RESERVED_SEMINAR_IDS.join(', ')})`, ['fy2015-tokyo-1'])),
    series: text().meta(doc('シリーズ名', 'Series name', ['営業秘密・知財戦略セミナー'])),
    series_url: safeUrl()
      .optional()
      .meta(
        doc(
          'シリーズを案内しているページのURL（トップページではなくシリーズの案内ページ）',
          'Link to the page about the series (its own page, not a site’s top page)',
          ['https://www.inpit.go.jp/'],
        ),
      ),
    title: text().meta(doc('タイトル', 'Title in Japanese')),
    title_en: text().optional().meta(doc('英語タイトル', 'Title in English')),
    date: isoDate().meta(doc('開催日（YYYY-MM-DD）', 'Date (YYYY-MM-DD)', ['2015-04-17'])),
    weekday: weekday().optional().meta(doc('曜日（月〜日）。日付と一致すること', 'Weekday (月…日); must match the date', ['金'])),
    start_time: isoTime().optional().meta(doc('開始時刻（HH:MM）', 'Start time (HH:MM)', ['13:30'])),
    end_time: isoTime().optional().meta(doc('終了時刻（HH:MM）。開始より後', 'End time (HH:MM), after the start', ['15:00'])),
    prefecture: prefecture().meta(
      doc('都道府県（47都道府県。「東京」「大阪」などの略称は「東京都」「大阪府」に正規化）', 'Prefecture (one of the 47; short forms are normalized)', ['東京都']),
    ),
    city: text().optional().meta(doc('市区町村', 'City')),
    city_en: text()
      .optional()
      .meta(doc('市区町村の英語表記（英語ページに表示。空なら日本語のまま）', 'City in English (shown on English pages; Japanese if empty)', ['Kobe'])),
    venue: text().optional().meta(doc('会場名（オンライン以外は必須）', 'Venue (required unless online)')),
    venue_en: text()
      .optional()
      .meta(doc('会場名の英語表記（英語ページと英語の .ics に表示。空なら日本語のまま）', 'Venue in English (English pages and .ics; Japanese if empty)', ['Tokyo venue'])),
    address: text().optional().meta(doc('会場住所', 'Venue address')),
    format: oneOf(SEMINAR_FORMATS).meta(doc('開催形式: in_person（会場）, online（オンライン）, hybrid（併用）', 'Format: in_person (at a venue), online, hybrid (both)', ['in_person'])),
    capacity: integer(1).optional().meta(doc('定員（人）', 'Capacity (people)', ['100'])),
    fee: integer(0).optional().meta(doc('参加費（円、0は無料）', 'Fee in yen (0 = free)', ['0'])),
    status: oneOf(SEMINAR_STATUSES)
      .default('scheduled')
      .meta(doc('状態: scheduled（既定）, full（満席）, cancelled（中止）, postponed（延期）', 'Status: scheduled (the default), full, cancelled, postponed', ['scheduled'])),
    registration_url: safeUrl().optional().meta(doc('申込URL（https:, http:, mailto: のみ）', 'Registration link', ['https://www.inpit.go.jp/'])),
    description: text().optional().meta(doc('説明（サイトと .ics に表示。です・ます調で）', 'Description (shown on the site and in .ics files)')),
    note: text()
      .optional()
      .meta(
        doc(
          '職員用メモ（サイトにも .ics にも表示しません。日付の判断や確認事項など）',
          'Staff-only note, never shown on the site or in .ics files (how a date was decided, things to check)',
          ['印字の曜日を優先して日付を判断'],
        ),
      ),
    participants: integer(0).optional().meta(doc('参加者数（開催後）', 'Number of participants (after the event)', ['712'])),
    materials_url: safeUrl().optional().meta(doc('講演資料のURL', 'Link to materials')),
    sample: flag().default(false).meta(doc('サンプルデータなら true（サイトに「サンプル」と表示）', 'true for sample data (labelled on the site)', ['true'])),
  }),
  (row, ctx) => {
    // Checked even while the date is wrong (2015.6.24), against the date it will be once fixed: every problem of
    // the row shows at once.
    const date = typeof row.date === 'string' ? intendedDate(normalizeCode(row.date)) : undefined;
    if (date && typeof row.weekday === 'string' && (WEEKDAYS_JA as readonly string[]).includes(row.weekday)) {
      const actual = weekdayOf(date.date);
      if (actual && actual !== row.weekday) {
        ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'weekday_mismatch', params: { date: date.date, actual, assumed: date.assumed } });
      }
    }
    // Only compare real times: a mistyped start (25:00) is reported on its own, not again on end_time.
    if (typeof row.start_time === 'string' && typeof row.end_time === 'string' && isIsoTime(row.start_time) && isIsoTime(row.end_time) && row.end_time <= row.start_time) {
      ctx.addIssue({ code: 'custom', path: ['end_time'], message: 'time_order', params: { start: row.start_time } });
    }
    if (typeof row.end_time === 'string' && row.start_time === undefined) {
      ctx.addIssue({ code: 'custom', path: ['start_time'], message: 'start_time_missing' });
    }
    if ((row.format === 'in_person' || row.format === 'hybrid') && row.venue === undefined) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: 'venue_required' });
    }
  },
  {
    rules: [
      doc('weekday は date の曜日と一致すること', 'weekday must match date'),
      doc('end_time は start_time より後（end_time だけの指定は不可）', 'end_time must be after start_time (end_time alone is not allowed)'),
      doc('format が online 以外なら venue は必須', 'venue is required unless format is online'),
      doc('id はファイル内で一意', 'id is unique in the file'),
    ],
  },
);

export type SeminarRow = z.output<typeof seminarSchema>;
