/** Atom feed of the news: /news/feed.xml (Japanese) and /en/news/feed.xml (English). */
import type { APIRoute } from 'astro';
import { getSiteData } from '#src/data/site-data.ts';
import { langPaths, type Lang } from '#src/i18n/locales.ts';
import { buildToday } from '#src/utils/seminars/build-date.ts';
import { newsFeedXml } from '#src/utils/feed/news-feed.ts';

export const getStaticPaths = () => langPaths();

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  if (!site) throw new Error('astro.config `site` is needed for the absolute URLs of the Atom feed');
  const xml = newsFeedXml(getSiteData().news, lang, { site, fallbackDate: buildToday() });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
