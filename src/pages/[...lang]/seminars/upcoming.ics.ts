/** /seminars/upcoming.ics (and /en/…): a subscribable feed of every upcoming seminar. */
import type { APIRoute } from 'astro';
import { getSiteData } from '#src/data/site-data.ts';
import { langPaths, type Lang } from '#src/i18n/locales.ts';
import { buildStamp, buildToday } from '#src/utils/seminars/build-date.ts';
import { feedName, upcomingFeed } from '#src/utils/seminars/calendar.ts';
import { seminarPath } from '#src/utils/seminars/present.ts';

export const getStaticPaths = () => langPaths();

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const body = upcomingFeed(getSiteData().seminars, feedName(lang), {
    lang,
    today: buildToday(),
    stamp: buildStamp(),
    urlFor: (id) => new URL(seminarPath(id, lang), site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
