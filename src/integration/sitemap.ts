/**
 * The sitemap: @astrojs/sitemap, with hreflang alternates between / (ja) and /en/ (en) computed here.
 *
 * Its own `i18n` option compares every URL with every other one that has no alternate, which is slow with tens of
 * thousands of Japanese-only patent pages (docs/search.md, "Targets at 50,000 records"). Here the alternates come
 * from a set of the built pages, and a page that exists in one language only gets none, as before.
 */
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

type Link = { url: string; lang: string };

/** Status pages (/404/, /en/404/) are not content; @astrojs/sitemap leaves them out only with its i18n option. */
export const isSitemapPage = (url: string): boolean => !/^\/(?:en\/)?(?:404|500)\/?$/u.test(new URL(url).pathname);

/** The ja and en URLs of a page, when both were built; undefined otherwise. */
export function hreflangLinks(url: string, built: ReadonlySet<string>): Link[] | undefined {
  const parsed = new URL(url);
  const path = parsed.pathname;
  const ja = path === '/en/' || path.startsWith('/en/') ? path.slice(3) : path;
  const en = `/en${ja}`;
  const jaUrl = new URL(ja, parsed).href;
  const enUrl = new URL(en, parsed).href;
  if (!built.has(jaUrl) || !built.has(enUrl)) return undefined;
  return [
    { url: jaUrl, lang: 'ja' },
    { url: enUrl, lang: 'en' },
  ];
}

export default function portalSitemap(): AstroIntegration {
  const built = new Set<string>();
  const inner = sitemap({
    filter: isSitemapPage,
    serialize: (item: SitemapItem) => {
      const links = hreflangLinks(item.url, built);
      return links ? { ...item, links } : item;
    },
  });
  let site = '';
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        site = new URL(params.config.base, params.config.site).href;
        await inner.hooks['astro:config:done']?.(params);
      },
      'astro:build:done': async (params) => {
        built.clear();
        for (const page of params.pages) built.add(new URL(page.pathname.replace(/^\//u, ''), site).href);
        await inner.hooks['astro:build:done']?.(params);
      },
    },
  };
}
