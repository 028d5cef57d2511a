import { z } from 'astro/zod';
import { doc, email, id, integer, oneOf, safeUrl, text, withRules } from './fields.ts';
import { prefecture } from './prefecture.ts';

export const WINDOW_KINDS = ['ip_consultation', 'trade_secret', 'overseas', 'prefectural'] as const;

export const windowSchema = withRules(
  z.object({
    id: id().meta(doc('窓口ID（一意）', 'Unique window id', ['chizai-tokyo'])),
    kind: oneOf(WINDOW_KINDS).meta(
      doc(
        '種別: ip_consultation（産業財産権相談窓口）, trade_secret（営業秘密・知財戦略相談窓口）, overseas（海外展開知財支援窓口）, prefectural（知財総合支援窓口）',
        'Kind: ip_consultation (industrial property consultation), trade_secret (trade secrets and IP strategy), overseas (IP support for overseas business), prefectural (prefectural IP comprehensive support window)',
        ['prefectural'],
      ),
    ),
    order: integer(0).default(100).meta(doc('表示順', 'Display order', ['10'])),
    name: text().meta(doc('窓口名', 'Name')),
    name_en: text().optional().meta(doc('英語の窓口名', 'Name in English')),
    prefecture: prefecture().optional().meta(doc('都道府県（prefectural では必須）', 'Prefecture (required for prefectural)', ['東京都'])),
    organization: text().optional().meta(doc('運営機関', 'Operating organization')),
    scope: text().meta(doc('相談できる内容', 'What it helps with')),
    scope_en: text().optional().meta(doc('英語の説明', 'Scope in English')),
    hours: text().optional().meta(doc('受付時間', 'Opening hours')),
    hours_en: text().optional().meta(doc('英語の受付時間', 'Opening hours in English')),
    phone: z
      .preprocess((value) => (typeof value === 'string' ? value.trim() : value), z.string({ error: 'phone' }).regex(/^[0-9０-９][0-9０-９\-－ ()（）内線]*$/u, { error: 'phone' }))
      .optional()
      .meta(doc('電話番号', 'Phone number', ['03-3581-1101（内線3844）'])),
    email: email().optional().meta(doc('メールアドレス', 'Email address')),
    url: safeUrl()
      .optional()
      .meta(
        doc(
          'この窓口を案内しているページのURL（トップページではなく窓口の案内ページ）',
          'Link to the page about this window (its own page, not a site’s top page)',
          ['https://faq.inpit.go.jp/tradesecret/'],
        ),
      ),
    address: text().optional().meta(doc('所在地', 'Address')),
    notes: text().optional().meta(doc('備考', 'Notes')),
    notes_en: text().optional().meta(doc('英語の備考', 'Notes in English')),
    note: text()
      .optional()
      .meta(
        doc(
          '職員用メモ（サイトには表示しません。確認事項や出典の判断など）',
          'Staff-only note, never shown on the site (things to check, how a value was decided)',
          ['メールアドレスのドメインを公開前に確認'],
        ),
      ),
  }),
  (row, ctx) => {
    if (row.kind === 'prefectural' && row.prefecture === undefined) {
      ctx.addIssue({ code: 'custom', path: ['prefecture'], message: 'prefecture_required' });
    }
  },
  { rules: [doc('kind が prefectural なら prefecture は必須', 'prefecture is required when kind is prefectural'), doc('id はファイル内で一意', 'id is unique in the file')] },
);

export type WindowRow = z.output<typeof windowSchema>;
