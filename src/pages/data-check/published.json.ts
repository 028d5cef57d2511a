/** The published data's facts for the browser checker's checks between files (see PublishedFacts). */
import type { APIRoute } from 'astro';
import { getPublishedFacts } from '#src/data/site-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(getPublishedFacts()), { headers: { 'Content-Type': 'application/json' } });
