/**
 * The site's public address (SITE_URL). Without it a build falls back to a placeholder origin, which would put
 * portal.example.jp into canonical links, the sitemap, feeds, JSON-LD and security.txt: a production build warns.
 */

/** The placeholder used when SITE_URL is not set (astro.config.mjs). */
export const PLACEHOLDER_SITE = 'https://portal.example.jp';

/** The address to build for: SITE_URL, or the placeholder. */
export function siteFromEnv(env: Record<string, string | undefined>): string {
  const value = env.SITE_URL?.trim();
  return value ? value : PLACEHOLDER_SITE;
}

/**
 * The lines of the warning for a production build (astro build) made for the placeholder origin, or undefined
 * when SITE_URL names a real address or the command is not a build (astro dev needs no public address).
 */
export function siteUrlWarning(env: Record<string, string | undefined>, command: string): string[] | undefined {
  if (command !== 'build') return undefined;
  const site = siteFromEnv(env);
  if (new URL(site).host !== new URL(PLACEHOLDER_SITE).host) return undefined;
  const set = env.SITE_URL?.trim() ? `SITE_URL is set to the placeholder ${site}.` : 'SITE_URL is not set.';
  return [
    `WARNING: ${set} This build uses the placeholder origin ${PLACEHOLDER_SITE}`,
    'in canonical links, the sitemap, feeds, structured data (JSON-LD), OpenSearch and security.txt.',
    'Do not publish it. Set SITE_URL to the address the site is served at and build again, e.g.',
    '  SITE_URL=https://www.example.go.jp npm run build            (macOS, Linux)',
    '  $env:SITE_URL="https://www.example.go.jp"; npm run build     (Windows PowerShell)',
    'The deploy workflow (.github/workflows/deploy.yml) reads it from the repository variable SITE_URL.',
  ];
}

/** The warning as a framed block, so it stands out in a long build log. */
export function frameWarning(lines: readonly string[]): string {
  const rule = '!'.repeat(Math.max(...lines.map((line) => line.length)) + 4);
  return [rule, ...lines.map((line) => `! ${line}`), rule, ''].join('\n');
}
