/** /statistics/data/<id>.json: one language-neutral file per dataset (only the root path is generated). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Statistic } from '#src/data/load.ts';
import { getSiteData } from '#src/data/site-data.ts';
import { toJsonText } from '#src/utils/statistics/download.ts';

export const getStaticPaths = (() =>
  getSiteData().statistics.map((stat) => ({ params: { lang: undefined, id: stat.id }, props: { stat } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toJsonText((props as { stat: Statistic }).stat), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
