/** BreadcrumbList for a page's breadcrumbs (the same items Breadcrumbs.astro shows, home first). */
import type { BreadcrumbList, ListItem, WithContext } from 'schema-dts';

export interface BreadcrumbItem {
  label: string;
  /** Site-absolute path; the last item (the page itself) may have none. */
  href?: string | undefined;
}

/** `items` start with the home page; the last one is the current page, whose URL is `pageUrl`. */
export function breadcrumbList(items: readonly BreadcrumbItem[], pageUrl: string, site: URL | string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index): ListItem => {
      const last = index === items.length - 1;
      return {
        '@type': 'ListItem',
        position: index + 1,
        name: item.label,
        item: last ? pageUrl : new URL(item.href ?? '/', site).href,
      };
    }),
  };
}
