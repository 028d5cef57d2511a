/** Atom feed of the newest open patents, all fields: /patents/new/feed.xml and /en/patents/new/feed.xml. */
import type { APIRoute } from 'astro';
import { getSiteData } from '#src/data/site-data.ts';
import { langPaths, type Lang } from '#src/i18n/locales.ts';
import { patentFeedXml } from '#src/utils/feed/patent-feed.ts';
import { buildToday } from '#src/utils/seminars/build-date.ts';

export const getStaticPaths = () => langPaths();

export const GET: APIRoute = ({ props, site }) => {
  const { patents, patentFields } = getSiteData();
  const xml = patentFeedXml(patents, patentFields, (props as { lang: Lang }).lang, { site: site!, fallbackDate: buildToday() });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
