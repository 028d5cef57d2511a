/** In-page anchor of a prefecture on /windows/ (#pref-13): other pages and the chooser link to it. */
export const prefectureAnchor = (code: string) => `pref-${code}`;
