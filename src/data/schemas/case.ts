import { z } from 'astro/zod';
import { doc, id, integer, list, oneOf, text } from './fields.ts';

export const CASE_SERVICES = ['ip_consultation', 'trade_secret', 'overseas', 'prefectural'] as const;
export const CASE_CATEGORIES = ['strategy_risk_structure', 'rights_secrets_contracts'] as const;

export const caseSchema = z
  .object({
    id: id().meta(doc('事例ID（一意）', 'Unique case id', ['overseas-case-1'])),
    order: integer(0).meta(doc('表示順', 'Display order', ['1'])),
    service: oneOf(CASE_SERVICES).meta(doc('支援した窓口の種別（windows.csv の kind と同じ値）', 'Which service helped (a windows.csv kind)', ['overseas'])),
    category: oneOf(CASE_CATEGORIES).meta(
      doc('種別: strategy_risk_structure（戦略・リスク対応・体制整備）, rights_secrets_contracts（権利化・営業秘密管理・契約関連）', 'Category: strategy_risk_structure (strategy, risk handling, organisation), rights_secrets_contracts (rights, trade secret management, contracts)'),
    ),
    challenge: text().meta(doc('企業の課題', 'The challenge')),
    challenge_en: text().optional().meta(doc('英語の課題', 'Challenge in English')),
    solution: list(text(), 1).meta(doc('提案した解決策（箇条書き）', 'Proposed solutions (list)')),
    solution_en: list(text()).optional().meta(doc('英語の解決策', 'Solutions in English')),
    outcome: text().meta(doc('結果', 'Outcome')),
    outcome_en: text().optional().meta(doc('英語の結果', 'Outcome in English')),
    regions: list(text()).optional().meta(doc('対象国・地域', 'Target countries or regions', ['中国'])),
    source: text().optional().meta(doc('出典', 'Source')),
  })
  .strict();

export const casesFileSchema = z.object({ cases: z.array(caseSchema).min(1, { error: 'list_empty' }) }).strict();

export type SupportCase = z.output<typeof caseSchema>;
