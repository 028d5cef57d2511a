import type { APIRoute } from 'astro';
import { buildToday } from '#src/utils/seminars/build-date.ts';
import { securityTxt, securityTxtConfig } from '#src/utils/security-txt.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(securityTxt(securityTxtConfig(process.env, site!, buildToday())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
