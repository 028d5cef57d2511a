/** INPIT as a schema.org GovernmentOrganization: the organizer of the seminars, the creator of the datasets. */
import type { GovernmentOrganizationLeaf, WithContext } from 'schema-dts';
import type { Lang } from '#src/i18n/locales.ts';

export const INPIT_URL = 'https://www.inpit.go.jp/';
/** One node id, so that every page's INPIT is recognisably the same organization. */
export const INPIT_ID = `${INPIT_URL}#organization`;

const NAME = {
  ja: '独立行政法人 工業所有権情報・研修館',
  en: 'National Center for Industrial Property Information and Training',
} as const;

export function inpitOrganization(lang: Lang): GovernmentOrganizationLeaf {
  return {
    '@type': 'GovernmentOrganization',
    '@id': INPIT_ID,
    name: NAME[lang],
    alternateName: ['INPIT', lang === 'ja' ? 'National Center for Industrial Property Information and Training' : '工業所有権情報・研修館'],
    url: INPIT_URL,
  };
}

/** For the home and about pages: the organization as a page's top-level node. */
export function inpitOrganizationJsonLd(lang: Lang): WithContext<GovernmentOrganizationLeaf> {
  return { '@context': 'https://schema.org', ...inpitOrganization(lang) };
}

/** The pages that describe INPIT itself (in either language): the home page and "about this site". */
export const ORGANIZATION_PAGES: readonly string[] = ['/', '/about/'];
