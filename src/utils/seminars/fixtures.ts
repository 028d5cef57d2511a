/** Seminars shared by the calendar and JSON-LD tests. */
import type { CalendarSeminar } from './calendar.ts';
import type { JsonLdSeminar } from './jsonld.ts';

/** An upcoming in-person sample seminar with every optional field filled. */
export const SAPPORO_SEMINAR: CalendarSeminar & JsonLdSeminar = {
  id: 'sample-fy2026-sapporo',
  title: '【サンプル】令和8年度 営業秘密・知財戦略セミナー（札幌）',
  title_en: '[Sample] FY2026 Trade Secret and IP Strategy Seminar (Sapporo)',
  date: '2026-12-08',
  start_time: '13:30',
  end_time: '15:00',
  prefecture: '北海道',
  city: '札幌市',
  venue: '（サンプル）札幌市内会場',
  format: 'in_person',
  capacity: 60,
  fee: 0,
  status: 'scheduled',
  registration_url: 'https://www.inpit.go.jp/',
  description: '営業秘密として「法的保護」を受けるためには（90分）。',
  sample: true,
};
