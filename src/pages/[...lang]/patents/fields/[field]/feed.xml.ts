/** Atom feed of one field's newest open patents: /patents/fields/<id>/feed.xml (and /en/…), for every field. */
import type { APIRoute } from 'astro';
import { getSiteData } from '#src/data/site-data.ts';
import type { PatentField } from '#src/data/load.ts';
import { langPaths, type Lang } from '#src/i18n/locales.ts';
import { patentFeedXml } from '#src/utils/feed/patent-feed.ts';
import { buildToday } from '#src/utils/seminars/build-date.ts';

export const getStaticPaths = () =>
  getSiteData().patentFields.flatMap((field) =>
    langPaths().map(({ params, props }) => ({ params: { ...params, field: field.id }, props: { ...props, field } })),
  );

export const GET: APIRoute = ({ props, site }) => {
  const { lang, field } = props as { lang: Lang; field: PatentField };
  const { patents, patentFields } = getSiteData();
  const xml = patentFeedXml(patents, patentFields, lang, { site: site!, fallbackDate: buildToday(), field });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
