/**
 * Atom feeds of the newest open patents: /patents/new/feed.xml for all fields and /patents/fields/<id>/feed.xml
 * for one (and /en/…). Licensees subscribe to a field; each entry links the record's (Japanese) detail page.
 */
import type { Patent, PatentField } from '#src/data/load.ts';
import { localizedPath, pick, type Lang } from '#src/i18n/locales.ts';
import { UI } from '#src/i18n/ui.ts';
import { HOLDER_TYPE_LABELS, LICENSE_TERMS_LABELS } from '../labels.ts';
import { fieldFeedPath, fieldPath, newPatentsFeedPath, newPatentsPath, patentPath } from '../patents/listings.ts';
import { feedPatents } from '../patents/new-patents.ts';
import { atomDate, buildAtomFeed, escapeXml, TAG_AUTHORITY, type AtomEntry } from './atom.ts';
import { feedTitle } from './news-feed.ts';

const TEXT = {
  all: { ja: '開放特許の新着', en: 'New open patents' },
  field: (name: string, lang: Lang) => (lang === 'ja' ? `開放特許の新着：${name}` : `New open patents: ${name}`),
  subtitle: {
    ja: '新しく登録された開放特許（ライセンス可能な特許）の最新100件',
    en: 'The latest 100 open patents (patents available for licensing) registered',
  },
  field_: { ja: '分野', en: 'Field' },
  holder: { ja: '権利者', en: 'Holder' },
  terms: { ja: 'ライセンス形態', en: 'Terms' },
  registered: { ja: '登録日', en: 'Registered' },
  sample: { ja: 'これは動作確認用のサンプルで、実在の情報ではありません。', en: 'This is a sample for demonstration, not a real record.' },
};

/** Stable and the same wherever the site is deployed: the record's license number, per language. */
export const patentEntryId = (licenseNo: string, lang: Lang) => `${TAG_AUTHORITY}${localizedPath(`/patents/${licenseNo}/`, lang)}`;

function entry(patent: Patent, fields: ReadonlyMap<string, PatentField>, lang: Lang, site: URL): AtomEntry {
  const title = pick(lang, patent.title, patent.title_en);
  const field = fields.get(patent.field);
  const rows = [
    [TEXT.field_[lang], field ? field[lang] : patent.field],
    [TEXT.holder[lang], `${patent.holder}（${HOLDER_TYPE_LABELS[patent.holder_type][lang]}）`],
    [TEXT.terms[lang], LICENSE_TERMS_LABELS[patent.license_terms][lang]],
    [TEXT.registered[lang], patent.registered],
  ];
  const html = [
    ...(patent.sample ? [`<p><strong>${TEXT.sample[lang]}</strong></p>`] : []),
    `<p lang="ja">${escapeXml(patent.summary)}</p>`,
    `<dl>${rows.map(([name, value]) => `<dt>${escapeXml(name!)}</dt><dd>${escapeXml(value!)}</dd>`).join('')}</dl>`,
  ].join('\n');
  return {
    id: patentEntryId(patent.license_no, lang),
    title: { text: feedTitle(title.text, patent.sample, lang), lang: title.lang },
    link: new URL(patentPath(patent.license_no), site).href,
    published: atomDate(patent.registered),
    updated: atomDate(patent.updated ?? patent.registered),
    categories: [{ term: patent.field, ...(field ? { label: field[lang] } : {}) }],
    contentHtml: { text: html },
  };
}

export interface PatentFeedOptions {
  site: URL;
  /** `updated` of a feed with no entries: the build date (YYYY-MM-DD). */
  fallbackDate: string;
  /** One field's feed; all fields without it. */
  field?: PatentField | undefined;
}

export function patentFeedXml(patents: readonly Patent[], fields: readonly PatentField[], lang: Lang, options: PatentFeedOptions): string {
  const { site, field } = options;
  const byId = new Map(fields.map((f) => [f.id, f]));
  const selected = feedPatents(patents, field?.id);
  const self = field ? fieldFeedPath(field.id, lang) : newPatentsFeedPath(lang);
  const page = field ? fieldPath(field.id, lang) : newPatentsPath(lang);
  const updated = selected.reduce((max, p) => ((p.updated ?? p.registered) > max ? (p.updated ?? p.registered) : max), '');
  return buildAtomFeed({
    id: `${TAG_AUTHORITY}${self}`,
    lang,
    title: `${field ? TEXT.field(field[lang], lang) : TEXT.all[lang]} | ${UI.siteName[lang]}`,
    subtitle: TEXT.subtitle[lang],
    self: new URL(self, site).href,
    alternate: new URL(page, site).href,
    updated: atomDate(updated || options.fallbackDate),
    author: { name: UI.agency[lang], uri: new URL(localizedPath('/', lang), site).href },
    entries: selected.map((patent) => entry(patent, byId, lang, site)),
  });
}
