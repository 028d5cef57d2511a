/** Japanese and English labels for the code values staff write in data files, and names used across the site. */

/**
 * INPIT's database of patents offered for licensing (plidb.inpit.go.jp), by one name in each language everywhere: pages, content/ and
 * data/ (labels.test.ts checks that no other name creeps in).
 */
export const OPEN_PATENT_DATABASE = { ja: '開放特許情報データベース', en: 'Open Patent Database' } as const;

export const FORMAT_LABELS = {
  in_person: { ja: '会場開催', en: 'In person' },
  online: { ja: 'オンライン', en: 'Online' },
  hybrid: { ja: '会場・オンライン併用', en: 'Hybrid' },
} as const;

export const HOLDER_TYPE_LABELS = {
  company: { ja: '企業', en: 'Company' },
  university: { ja: '大学', en: 'University' },
  public_research: { ja: '公的研究機関', en: 'Public research institute' },
  individual: { ja: '個人', en: 'Individual' },
  other: { ja: 'その他', en: 'Other' },
} as const;

export const LICENSE_TERMS_LABELS = {
  license: { ja: '実施許諾', en: 'License' },
  assignment: { ja: '譲渡', en: 'Assignment' },
  either: { ja: '実施許諾・譲渡', en: 'License or assignment' },
} as const;

export const WINDOW_KIND_LABELS = {
  ip_consultation: { ja: '産業財産権相談窓口', en: 'Industrial Property Rights Consultation' },
  trade_secret: { ja: '営業秘密・知財戦略相談窓口', en: 'Trade Secret and IP Strategy Consultation' },
  overseas: { ja: '海外展開知財支援窓口', en: 'Overseas Business IP Support' },
  prefectural: { ja: '知財総合支援窓口', en: 'Comprehensive IP Support Windows' },
} as const;

export const CASE_CATEGORY_LABELS = {
  strategy_risk_structure: { ja: '戦略・リスク対応・体制整備', en: 'Strategy, risk and organization' },
  rights_secrets_contracts: { ja: '権利化・営業秘密管理・契約関連', en: 'Rights, trade secrets and contracts' },
} as const;
