/** /statistics/data/<id>.csv: one language-neutral file per dataset (only the root path is generated). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Statistic } from '#src/data/load.ts';
import { getSiteData } from '#src/data/site-data.ts';
import { toCsv } from '#src/utils/statistics/download.ts';

export const getStaticPaths = (() =>
  getSiteData().statistics.map((stat) => ({ params: { lang: undefined, id: stat.id }, props: { stat } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv((props as { stat: Statistic }).stat), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
