/** /seminars/region/<region>.ics (and /en/…): the upcoming seminars of one region, for subscription. */
import type { APIRoute } from 'astro';
import { getSiteData } from '#src/data/site-data.ts';
import { REGIONS } from '#src/data/utils/prefectures.ts';
import type { Lang } from '#src/i18n/locales.ts';
import { buildStamp, buildToday } from '#src/utils/seminars/build-date.ts';
import { feedName, upcomingFeed } from '#src/utils/seminars/calendar.ts';
import { seminarPath } from '#src/utils/seminars/present.ts';

export const getStaticPaths = () =>
  REGIONS.flatMap((region) => [
    { params: { lang: undefined, region: region.id }, props: { lang: 'ja' as Lang, region: region.id } },
    { params: { lang: 'en', region: region.id }, props: { lang: 'en' as Lang, region: region.id } },
  ]);

export const GET: APIRoute = ({ props, site }) => {
  const { lang, region } = props as { lang: Lang; region: string };
  const info = REGIONS.find((r) => r.id === region)!;
  const seminars = getSiteData().seminars.filter((s) => s.region === region);
  const body = upcomingFeed(seminars, feedName(lang, info[lang]), {
    lang,
    today: buildToday(),
    stamp: buildStamp(),
    urlFor: (id) => new URL(seminarPath(id, lang), site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
