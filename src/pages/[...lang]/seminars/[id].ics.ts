/** /seminars/<id>.ics (and /en/…): one seminar as an iCalendar file, for "add to calendar". */
import type { APIRoute } from 'astro';
import { getSiteData, type Seminar } from '#src/data/site-data.ts';
import type { Lang } from '#src/i18n/locales.ts';
import { buildStamp, buildToday } from '#src/utils/seminars/build-date.ts';
import { seminarCalendar } from '#src/utils/seminars/calendar.ts';
import { seminarPath } from '#src/utils/seminars/present.ts';

export const getStaticPaths = () =>
  getSiteData().seminars.flatMap((seminar) => [
    { params: { lang: undefined, id: seminar.id }, props: { lang: 'ja' as Lang, seminar } },
    { params: { lang: 'en', id: seminar.id }, props: { lang: 'en' as Lang, seminar } },
  ]);

export const GET: APIRoute = ({ props, site }) => {
  const { lang, seminar } = props as { lang: Lang; seminar: Seminar };
  const body = seminarCalendar(seminar, {
    lang,
    today: buildToday(),
    stamp: buildStamp(),
    urlFor: (id) => new URL(seminarPath(id, lang), site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
