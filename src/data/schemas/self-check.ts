/**
 * data/self-check.yaml: the questions of the 営業秘密管理 self-check (/trade-secret/self-check/), in groups.
 * Groups follow the three requirements of a trade secret and the kinds of measure in METI's 営業秘密管理指針 and
 * 秘密情報の保護ハンドブック; each group links to the authoritative pages to read next.
 */
import { z } from 'astro/zod';
import { always, doc, httpsUrl, id, integer, list, oneOf, text } from './fields.ts';

export const SELF_CHECK_GROUP_KINDS = ['requirement', 'measure'] as const;

export const selfCheckLinkSchema = z
  .object({
    text: text().meta(doc('リンクの文言', 'Link text', ['経済産業省「営業秘密管理指針」'])),
    text_en: text().optional().meta(doc('英語のリンクの文言', 'Link text in English')),
    url: httpsUrl().meta(doc('リンク先（https:// で始まるURL）', 'Link target (an https:// URL)', ['https://www.meti.go.jp/policy/economy/chizai/chiteki/trade-secret.html'])),
  })
  .strict();

export const selfCheckGroupSchema = z
  .object({
    id: id().meta(doc('グループID（一意。questions の group で使う）', 'Unique group id (used by group in questions)', ['secrecy'])),
    order: integer(0).meta(doc('表示順', 'Display order', ['1'])),
    kind: oneOf(SELF_CHECK_GROUP_KINDS).meta(doc('種別: requirement（営業秘密の3要件）, measure（対策の種類）', 'Kind: requirement (the three requirements), measure (a kind of measure)', ['requirement'])),
    title: text().meta(doc('グループの見出し', 'Group heading', ['秘密管理性'])),
    title_en: text().optional().meta(doc('英語の見出し', 'Heading in English')),
    summary: text().meta(doc('このグループで確かめること（1〜2文）', 'What this group checks (one or two sentences)')),
    summary_en: text().optional().meta(doc('英語の説明', 'Summary in English')),
    next: list(selfCheckLinkSchema, 1).meta(doc('次に読むとよい公的機関のページ（1件以上）', 'Official pages to read next (at least one)')),
  })
  .strict();

export const selfCheckQuestionSchema = z
  .object({
    id: id().meta(doc('質問ID（一意。回答の保存に使うので、公開後は変えない）', 'Unique question id (answers are saved under it: keep it once published)', ['marking'])),
    group: id().meta(doc('グループID（groups の id）', 'Group id (an id in groups)', ['secrecy'])),
    question: text().meta(doc('質問（です・ます調、「はい」が望ましい形で）', 'The question (polite form, phrased so that "yes" is the good answer)')),
    question_en: text().optional().meta(doc('英語の質問', 'Question in English')),
    guidance: text().meta(doc('質問の意味と、取り組みの例', 'What the question means, with examples of measures')),
    guidance_en: text().optional().meta(doc('英語の説明', 'Guidance in English')),
  })
  .strict();

export const selfCheckFileSchema = z
  .object({
    groups: z.array(selfCheckGroupSchema).min(1, { error: 'list_empty' }),
    questions: z.array(selfCheckQuestionSchema).min(1, { error: 'list_empty' }),
  })
  .strict()
  // Checked even while another field is wrong, so every problem of the file shows at once.
  .superRefine((file, ctx) => {
    const idsOf = (items: unknown) => (Array.isArray(items) ? items.map((item: unknown) => (item as { id?: unknown } | null)?.id) : []);
    const groupIds = idsOf(file.groups);
    for (const [key, ids] of [
      ['groups', groupIds],
      ['questions', idsOf(file.questions)],
    ] as const) {
      const first = new Map<unknown, number>();
      ids.forEach((value, index) => {
        if (typeof value !== 'string') return;
        const earlier = first.get(value);
        if (earlier === undefined) first.set(value, index);
        else ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: 'duplicate_in_file', params: { first: `${key}[${earlier}].id` } });
      });
    }
    const known = groupIds.filter((value): value is string => typeof value === 'string');
    if (!Array.isArray(file.questions)) return;
    file.questions.forEach((question: unknown, index) => {
      const group = (question as { group?: unknown } | null)?.group;
      if (typeof group === 'string' && !known.includes(group)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'group'], message: 'unknown_group', params: { options: known } });
      }
    });
  }, always);

export type SelfCheckLink = z.output<typeof selfCheckLinkSchema>;
export type SelfCheckGroup = z.output<typeof selfCheckGroupSchema>;
export type SelfCheckQuestion = z.output<typeof selfCheckQuestionSchema>;
