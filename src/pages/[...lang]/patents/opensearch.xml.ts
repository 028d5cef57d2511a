/** OpenSearch description of the open-patent search: /patents/opensearch.xml and /en/patents/opensearch.xml. */
import type { APIRoute } from 'astro';
import { langPaths, type Lang } from '#src/i18n/locales.ts';
import { OPENSEARCH_TYPE, openSearchXml } from '#src/utils/opensearch/opensearch.ts';

export const getStaticPaths = () => langPaths();

export const GET: APIRoute = ({ props, site }) =>
  new Response(openSearchXml('patents', (props as { lang: Lang }).lang, site!), {
    headers: { 'Content-Type': `${OPENSEARCH_TYPE}; charset=utf-8` },
  });
