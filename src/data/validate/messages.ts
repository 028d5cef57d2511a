/**
 * Every message staff can see, in Japanese and English. Schema errors carry a key (see ../schemas/fields.ts);
 * this module turns key + value into a sentence that says what was found, what is expected and, where
 * obvious, what to write instead.
 */
import type { Bilingual } from './issues.ts';
import { suggestIsoDate, suggestIsoTime, yearLastDates } from '../utils/dates.ts';
import { excelSerialDate, excelSerialTime } from '../utils/excel.ts';
import { nearest } from '../utils/distance.ts';
import { PREFECTURE_NAMES } from '../utils/prefectures.ts';
import { normalizeCode } from '../utils/normalize.ts';
import { PREFECTURES } from '../utils/prefectures.ts';
import { valueForWord } from './enum-words.ts';

/** "2015/4/17" — quoted and shortened so a long cell does not swamp the line. A YAML mapping or list is shown as its JSON. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : safeJson(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  // JSON is already readable; quoting it again would show staff {\"a\":1}.
  return typeof value === 'object' && value !== null ? short : JSON.stringify(short);
}

/** JSON for display; a value JSON cannot show (circular, BigInt) falls back to its string form. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const both = (ja: string, en: string): Bilingual => ({ ja, en });

function withSuggestion(message: Bilingual, suggestion: string | undefined): Bilingual {
  if (suggestion === undefined) return message;
  return both(`${message.ja}（${suggestion} の誤りでは？）`, `${message.en} (did you mean ${suggestion}?)`);
}

export interface SchemaIssueContext {
  key: string;
  value: unknown;
  params?: Record<string, unknown>;
  /** Allowed values for enum fields. */
  options?: readonly string[];
}

export function schemaMessage({ key, value, params = {}, options = [] }: SchemaIssueContext): Bilingual {
  const v = quote(value);
  const text = typeof value === 'string' ? normalizeCode(value) : '';
  // Issue parameters as text (String() turns them into the same text a template literal would).
  const param = (name: string, fallback?: number) => {
    const given: unknown = params[name] ?? fallback;
    return String(given);
  };
  switch (key) {
    case 'required':
      return both('必須項目が空です。値を入力してください', 'is required but empty');
    case 'date':
      return dateMessage(v, text);
    case 'date_impossible':
      return both(`${v} は存在しない日付です（月は01〜12、日はその月の日数まで）`, `${v} is not a real calendar date`);
    case 'time': {
      const serial = excelSerialTime(text);
      if (serial) return excelSerial(v, serial, both('時刻', 'time'));
      return withSuggestion(both(`${v} は HH:MM 形式（00:00〜23:59）の時刻ではありません`, `${v} is not a time in HH:MM form (00:00–23:59)`), suggestIsoTime(text));
    }
    case 'weekday':
      return both(`${v} は曜日ではありません。月・火・水・木・金・土・日のいずれかを書いてください`, `${v} is not a weekday; write one of 月 火 水 木 金 土 日`);
    case 'weekday_mismatch':
      if (params.assumed) {
        return both(
          `${v} は、日付を ${param('date')} に直すと曜日が一致しません（${param('date')} は${param('actual')}曜日です）。日付と曜日のどちらが正しいか確認してください`,
          `${v} will not match the date once it is corrected to ${param('date')}, a ${param('actual')}曜日; check which of the two is right`,
        );
      }
      return both(
        `${v} は ${param('date')} の曜日と一致しません（${param('date')} は${param('actual')}曜日です）。日付と曜日のどちらが正しいか確認してください`,
        `${v} does not match the date: ${param('date')} is a ${param('actual')}曜日; check which of the two is right`,
      );
    case 'time_order':
      return both(`終了時刻 ${v} が開始時刻 ${param('start')} より後になっていません`, `end time ${v} is not after the start time ${param('start')}`);
    case 'start_time_missing':
      return both('end_time があるのに start_time が空です', 'is empty while end_time is given');
    case 'venue_required':
      return both('会場開催（in_person / hybrid）では会場名が必須です', 'is required unless the format is online');
    case 'prefecture_required':
      return both('kind が prefectural の窓口では都道府県が必須です', 'is required when kind is prefectural');
    case 'integer':
      return numberFix(both(`${v} は整数ではありません。数字だけを書いてください（単位は不要）`, `${v} is not a whole number; write digits only, without units`), text, true);
    case 'integer_min':
      return both(`${v} は ${param('minimum', 0)} 以上の数にしてください`, `${v} must be at least ${param('minimum', 0)}`);
    case 'number':
      return numberFix(
        both(`${v} は数値ではありません。数字だけを書いてください（単位はYAMLに書きます。データなしは空欄）`, `${v} is not a number; write digits only (units live in the YAML; leave empty for no data)`),
        text,
        false,
      );
    case 'statistic_value':
      return numberFix(
        both(
          `${v} は数値ではありません。数字だけを書いてください（単位はYAMLに書きます。データなしは空欄、予定・計画の値は 20（予定） や 20以上（計画））`,
          `${v} is not a number; write digits only (units live in the YAML; leave empty for no data; a planned figure is written 20（予定） or 20以上（計画）)`,
        ),
        text,
        false,
      );
    case 'enum': {
      const suggestion = valueForWord(text, options) ?? nearest(text.toLowerCase(), options);
      return withSuggestion(
        both(`${v} は使えません。次のいずれかを書いてください: ${options.join(', ')}`, `${v} is not allowed; expected one of ${options.join(', ')}`),
        suggestion,
      );
    }
    case 'prefecture':
      return withSuggestion(
        both(`${v} は都道府県名ではありません（例: 東京都、東京、大阪府）`, `${v} is not one of the 47 prefectures (e.g. 東京都, 東京, 大阪府)`),
        nearest(text, PREFECTURE_NAMES),
      );
    case 'url':
      return withSuggestion(
        both(`${v} は使えないURLです。https:// または http:// で始まるURL、または mailto: のみ使えます`, `${v} is not a safe link; only https:, http: and mailto: URLs are allowed`),
        suggestUrl(text),
      );
    case 'https_url':
      return withSuggestion(
        both(`${v} は使えないURLです。https:// で始まるURLを書いてください`, `${v} is not allowed here; write an https:// URL`),
        /^http:\/\//iu.test(text) ? text.replace(/^http:/iu, 'https:') : suggestUrl(text),
      );
    case 'duplicate_in_file':
      return both(`${v} が重複しています（最初の出現: ${param('first')}）。別のIDにしてください`, `${v} is a duplicate (first used at ${param('first')}); choose another id`);
    case 'unknown_group': {
      const groups = Array.isArray(params.options) ? params.options.map(String) : [];
      return withSuggestion(
        both(`${v} は groups の id にありません。次のいずれかを書いてください: ${groups.join(', ')}`, `${v} is not an id in groups; expected one of ${groups.join(', ')}`),
        nearest(text, groups),
      );
    }
    case 'email':
      return both(`${v} はメールアドレスの形ではありません`, `${v} is not an email address`);
    case 'phone':
      return both(`${v} は電話番号の形ではありません（例: 03-3581-1101（内線3844））`, `${v} is not a phone number (e.g. 03-3581-1101（内線3844）)`);
    case 'boolean':
      return both(`${v} は true か false で書いてください（空欄は false）`, `${v} must be true or false (empty means false)`);
    case 'id': {
      const message = both(`${v} はIDに使えません。半角英小文字・数字・ハイフンだけで書いてください`, `${v} is not a valid id; use a-z, 0-9 and single hyphens`);
      const suggestion = suggestId(text);
      const japanese = japaneseIn(typeof value === 'string' ? value : '');
      if (suggestion === undefined && japanese) {
        return both(`${message.ja}。「${japanese}」はローマ字にしてください（例: 大阪 → osaka）`, `${message.en}; spell "${japanese}" in romaji (e.g. 大阪 → osaka)`);
      }
      return withSuggestion(message, suggestion);
    }
    case 'reserved_id':
      return both(`${v} はサイトのURL（/seminars/${text}/）と重なるためIDに使えません。別のIDにしてください`, `${v} cannot be an id: it would collide with the page /seminars/${text}/; choose another id`);
    case 'license_no':
      return both(`${v} はライセンス番号の形ではありません（L＋西暦4桁＋連番6〜7桁、例: L2016001200）`, `${v} is not a license number: L + 4-digit year + a 6- or 7-digit serial, e.g. L2016001200`);
    case 'application_no':
      return both(`${v} は出願番号の形ではありません（例: 特願2012-123456 または 2012-123456）`, `${v} is not an application number (特願2012-123456 or 2012-123456)`);
    case 'patent_no':
      return both(`${v} は特許番号の形ではありません（例: 特許第5946067号 または 5946067）`, `${v} is not a patent number (特許第5946067号 or 5946067)`);
    case 'ipc':
      return both(`${v} は国際特許分類（IPC）の形ではありません（例: G06F 16/30）。複数はセミコロンで区切ります`, `${v} is not an IPC symbol (e.g. G06F 16/30); separate several with semicolons`);
    case 'updated_before_registered':
      return both(`更新日 ${v} が登録日 ${param('registered')} より前です`, `${v} is before the registration date ${param('registered')}`);
    case 'raw_html':
      return both('HTMLタグは使えません。Markdown（**太字**、[リンク](https://…)、- 箇条書き）で書いてください', 'raw HTML is not allowed; use Markdown (**bold**, [link](https://…), - lists)');
    case 'markdown_link':
      return withSuggestion(
        both(
          `リンク先 ${quote(params.url)} は使えません。https:// または http:// で始まるURL、mailto:、またはサイト内のパス（/…）にしてください`,
          `the link target ${quote(params.url)} is not allowed; use an https:, http: or mailto: URL or a site path (/…)`,
        ),
        suggestUrl(normalizeCode(String(params.url))),
      );
    case 'markdown_image':
      return both(
        `画像 ${quote(params.url)} は表示できません。画像はサイト内のパス（/…）のものだけ使えます`,
        `the image ${quote(params.url)} cannot be shown; only images from this site (/…) are allowed`,
      );
    case 'text':
      return both(`${v} は文字列ではありません`, `${v} is not text`);
    case 'list':
      return both(`${v} はリスト（YAMLの「- 項目」の並び、CSVではセミコロン区切り）ではありません`, `${v} is not a list (YAML "- item" lines, or semicolon-separated in CSV)`);
    case 'column_name':
      return both(`${v} は列名に使えません。半角英小文字で始め、英小文字・数字・アンダースコアだけで書いてください`, `${v} is not a column name; start with a-z and use a-z, 0-9 and _`);
    case 'year':
      return both(`${v} は年度・年ではありません。西暦4桁で書いてください（例: 2011 = 平成23年度）`, `${v} is not a year; write the 4-digit western year (2011 = 平成23年度)`);
    case 'list_empty':
      return both('少なくとも1件必要です', 'needs at least one entry');
    case 'object':
      return both(`${v} は「キー: 値」の組（YAMLのマッピング）ではありません`, `${v} is not a mapping of keys to values`);
    case 'duplicate_column':
      return both(`列名 ${quote(params.column)} が重複しています`, `column ${quote(params.column)} is listed twice`);
    default:
      return both(`${v} は正しくありません（${key}）`, `${v} is not valid (${key})`);
  }
}

function dateMessage(v: string, text: string): Bilingual {
  const notDate = both(`${v} は YYYY-MM-DD 形式の日付ではありません`, `${v} is not a date in YYYY-MM-DD form`);
  const serial = excelSerialDate(text);
  if (serial) return excelSerial(v, serial, both('日付', 'date'));
  const readings = yearLastDates(text);
  if (readings.length === 2) {
    return both(
      `${notDate.ja}。月/日/年 なら ${readings[0]}、日/月/年 なら ${readings[1]} です。どちらか確かめて YYYY-MM-DD で書いてください`,
      `${notDate.en}; as month/day/year it is ${readings[0]}, as day/month/year ${readings[1]}: check which, and write it as YYYY-MM-DD`,
    );
  }
  return withSuggestion(notDate, suggestIsoDate(text) ?? readings[0]);
}

/** A number Excel wrote for a date or time cell formatted as 標準: name what it stands for and how to stop it. */
function excelSerial(v: string, meaning: string, kind: Bilingual): Bilingual {
  return both(
    `${v} は Excel が${kind.ja}を数値（シリアル値）で保存したもので、${meaning} を表します。${meaning} と書き直してください。Excel では、この列を選んで「セルの書式設定」→「文字列」にしてから入力し直すと、数値に変わりません`,
    `${v} is an Excel serial number for the ${kind.en} ${meaning}; write ${meaning} instead. In Excel, select the column, Format Cells → Text, and type the values again so they stay as typed`,
  );
}

/**
 * An id in the allowed form that keeps every part of what was typed: prefecture names become their romaji
 * (大阪 → osaka), other separators hyphens. When Japanese text is left that cannot be spelled out here, no id is
 * suggested (dropping it would change the id's meaning: fy2027-大阪-1 is not fy2027-1).
 */
function suggestId(text: string): string | undefined {
  let candidate = text.toLowerCase();
  for (const prefecture of [...PREFECTURES].sort((a, b) => b.name.length - a.name.length)) {
    for (const name of [prefecture.name, prefecture.short]) candidate = candidate.replaceAll(name, `-${prefecture.en.toLowerCase()}-`);
  }
  if (/[^\x00-\x7f]/u.test(candidate)) return undefined;
  candidate = candidate
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return candidate.length > 0 && candidate !== text ? candidate : undefined;
}

/** The Japanese that an id cannot hold, for the message when no id can be suggested. */
function japaneseIn(text: string): string | undefined {
  return text.match(/[^\x00-\x7f]+/gu)?.join('」「');
}

/** www.inpit.go.jp → https://www.inpit.go.jp; a@b.jp → mailto:a@b.jp. */
function suggestUrl(text: string): string | undefined {
  if (/^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/iu.test(text)) return `mailto:${text}`;
  if (/^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/iu.test(text)) return `https://${text}`;
  const scheme = /^(?:h?t?tps?|https?)[:;]?\/{0,2}(?=[a-z0-9])/iu.exec(text);
  if (scheme && !/^https?:\/\//iu.test(text)) return `https://${text.slice(scheme[0].length)}`;
  return undefined;
}

/** "100人" → 100, "1,000円" → 1000; "無料", "なし", "-" → leave empty, or 0. */
function numberFix(message: Bilingual, text: string, whole: boolean): Bilingual {
  if (/^(?:無料|無し|なし|不要|ー|-|―|－|n\/?a|tbd|未定)$/iu.test(text)) {
    return both(`${message.ja}。値がなければ空欄に${whole ? 'し、無料や0件なら 0 と書いてください' : 'してください（0 とは区別されます）'}`, `${message.en}; leave it empty when there is no value${whole ? ', or write 0 for free or none' : ' (empty is not the same as 0)'}`);
  }
  const digits = /^[^\d-]{0,4}?(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?\s*[^\d\s.,]{1,6}$/u.exec(text) ?? /^[^\d-]{1,4}?(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?$/u.exec(text);
  if (!digits || (whole && digits[2])) return message;
  return withSuggestion(message, `${digits[1]!.replaceAll(',', '')}${digits[2] ?? ''}`);
}

type YamlParams = Record<string, string | number>;

/** What usually causes each yaml error (and each silent change we report), in words staff can act on. */
const YAML_HINTS: Record<string, (params: YamlParams) => Bilingual> = {
  COLON_IN_VALUE: () => both('値の中に「: 」（コロンと空白）があります。値全体を "…" で囲んでください', 'a value contains ": "; put the whole value in "quotes"'),
  DUPLICATE_KEY: ({ key, firstLine }) =>
    key
      ? both(`キー ${quote(key)} が同じところに2回書かれています${firstLine ? `（1回目は${firstLine}行目）` : ''}。どちらかを消してください`, `the key ${quote(key)} appears twice here${firstLine ? ` (first on line ${firstLine})` : ''}; remove one`)
      : both('同じキーが2回書かれています', 'the same key appears twice'),
  DUPLICATE_KEY_ITEM: ({ key, firstLine }) =>
    both(
      `キー ${quote(key)} が同じ項目の中に2回あります（1回目は${firstLine}行目）。ここから新しい項目を始めるなら、この行の先頭に「- 」を書いてください（例: "  - ${key}: …"）`,
      `the key ${quote(key)} appears twice in one item (first on line ${firstLine}); to start a new item here, begin this line with "- " (e.g. "  - ${key}: …")`,
    ),
  TAB_AS_INDENT: () => both('字下げにタブが使われています。半角スペースにしてください', 'tabs are used for indentation; use spaces'),
  FULLWIDTH_INDENT: () => both('字下げに全角スペース（「　」）が使われています。半角スペースにしてください', 'a full-width space (U+3000) is used for indentation; use ordinary spaces'),
  FULLWIDTH_AFTER_COLON: () => both('「:」の後が全角スペース（「　」）です。半角スペースにしてください', 'the space after ":" is a full-width space (U+3000); use an ordinary space'),
  BAD_INDENT: () => both('字下げ（行頭の空白の数）がそろっていません', 'the indentation is inconsistent'),
  CONTINUATION_INDENT: () =>
    both('この行の字下げが前の行より深く、前の行の値の続きとして読まれています。同じ階層の行と字下げ（行頭の空白の数）をそろえてください', 'this line is indented deeper than the one before and is read as the continuation of its value; indent it like its siblings'),
  SEQ_ITEM_INDENT: () => both('この行の字下げが前の行とそろっていません（リストの項目からはみ出しています）。同じ階層の行と字下げをそろえてください', 'this line is not indented like the lines of its item; indent it like its siblings'),
  MISSING_COLON: () => both('「キー: 値」の形になっていません。キーの後に「: 」（コロンと半角スペース）を書いてください', 'this line is not "key: value"; write ": " (colon and space) after the key'),
  MISSING_CHAR: () => both('引用符やカッコが閉じられていません', 'a quote or bracket is not closed'),
  FLOW_NOT_CLOSED: () => both('この行で始まった「[」または「{」が閉じられていません。「]」「}」を書いてください', 'a "[" or "{" opened on this line is never closed; add the "]" or "}"'),
  MULTILINE_IMPLICIT_KEY: () => both('前の行の引用符が閉じられていないか、「キー: 値」の形になっていません', 'a quote on an earlier line is not closed, or a line is not "key: value"'),
  BLOCK_AS_IMPLICIT_KEY: () => both('字下げがずれているか、「- 」の後の書き方に誤りがあります', 'the indentation is off, or a list item is malformed'),
  MULTIPLE_DOCS: () => both('「---」の行でファイルが2つに分かれていて、後ろの部分は読まれません。「---」の行を消してください', 'a "---" line splits the file in two and the part after it would not be read; remove the "---" line'),
  ALIAS: () => both('値が「*」で始まっています（YAMLでは別名の参照になります）。**太字** などは値全体を "…" で囲んでください', 'a value starts with "*", which YAML reads as an alias; put the whole value in "quotes" (e.g. for **bold**)'),
  ANCHOR: () => both('値が「&」で始まっています（YAMLでは目印として扱われ、その語が消えます）。値全体を "…" で囲んでください', 'a value starts with "&", which YAML reads as an anchor and drops; put the whole value in "quotes"'),
  TAG: ({ tag }) => both(`${tag} はYAMLのタグとして読まれ、値が書いたとおりになりません。「!」で始まる値は全体を "…" で囲んでください`, `${tag} is read as a YAML tag and changes the value; put a value starting with "!" in "quotes"`),
  COMMENT_IN_VALUE: ({ lost }) =>
    both(
      `値の中の「 #」から後ろ（${quote(lost)}）はコメントとして捨てられ、サイトに載りません。値全体を "…" で囲んでください`,
      `" #" inside the value starts a comment, so ${quote(lost)} would be dropped from the site; put the whole value in "quotes"`,
    ),
  NUMBER_CHANGES_TEXT: ({ typed, read }) =>
    both(`${quote(typed)} は数として読まれ ${read} になります。書いたとおりの文字にするなら "${typed}" と引用符で囲み、数なら ${read} と書いてください`, `${quote(typed)} is read as the number ${read}; write "${typed}" in quotes to keep it as typed, or ${read} if the number is meant`),
  NULL_WORD: ({ typed }) =>
    both(`${quote(typed)} は「値なし」として読まれます。値がないならキーの行ごと消し、文字としてなら "${typed}" と引用符で囲んでください`, `${quote(typed)} is read as "no value"; remove the key if there is none, or write "${typed}" in quotes to keep the text`),
  UNEXPECTED_TOKEN: () => both('この位置に書けない文字があります（全角スペースや記号の位置を確認）', 'a character here is not allowed (check for full-width spaces or stray symbols)'),
};

/** Messages about a file's structure rather than one value. */
export const fileMessages = {
  missingFile: () => both('ファイルがありません（置き場所は docs/data.md を参照）', 'file not found (docs/data.md lists where each file goes)'),
  emptyFile: () => both('ファイルが空です。見出し行が必要です', 'the file is empty; a header row is needed'),
  shiftJis: (file: string) =>
    both(
      `このファイルは UTF-8 ではなく Shift_JIS（CP932、Excel の「CSV (コンマ区切り)」形式）で保存されています。Excel で「名前を付けて保存」→ ファイルの種類「CSV UTF-8 (コンマ区切り)」で保存し直すか、npm run data:utf8 -- ${file} で変換してください`,
      `this file is Shift_JIS (CP932, as Excel's "CSV (Comma delimited)" writes it), not UTF-8. In Excel use Save As → "CSV UTF-8 (Comma delimited)", or run npm run data:utf8 -- ${file}`,
    ),
  utf16: () =>
    both(
      'このファイルは UTF-16（Excel の「Unicode テキスト」形式）です。「CSV UTF-8 (コンマ区切り)」で保存し直してください',
      'this file is UTF-16 (Excel\'s "Unicode Text"); save it again as "CSV UTF-8 (Comma delimited)"',
    ),
  notUtf8: () =>
    both('UTF-8 として読めない文字があります。UTF-8 で保存し直してください', 'this file contains bytes that are not valid UTF-8; save it as UTF-8'),
  missingColumn: (column: string) =>
    both(`必須の列 ${quote(column)} が見出し行にありません`, `required column ${quote(column)} is missing from the header row`),
  unknownColumn: (column: string, suggestion: string | undefined) =>
    withSuggestion(
      both(`列 ${quote(column)} は使えません（この列の内容はサイトに載りません）`, `unknown column ${quote(column)} (its values would be lost)`),
      suggestion,
    ),
  emptyHeader: (index: number) =>
    both(`${index}列目の見出しが空です。列名を書くか、不要な列を削除してください`, `column ${index} has no name in the header row; name it or delete the column`),
  duplicateHeader: (column: string, first: number) =>
    both(`列 ${quote(column)} が2回あります（${first}列目と重複）`, `column ${quote(column)} appears twice (also column ${first})`),
  fieldCount: (found: number, expected: number) =>
    both(
      `この行は ${found} 項目ですが、見出しは ${expected} 列です。コンマの過不足か、引用符（"）で囲んでいない改行・コンマがないか確認してください`,
      `this row has ${found} fields but the header has ${expected}; look for a missing or extra comma, or a comma or line break outside quotes`,
    ),
  quoteNotClosed: () =>
    both(
      'この行で始まった引用符（"）が閉じられていません。以降がすべて1つの値になっています。値の中の " は "" と2つ重ねてください',
      'a quote (") opened on this line is never closed, so the rest of the file became one value; write a " inside a value as ""',
    ),
  csvSyntax: (detail: string) => both(`CSVの形式が正しくありません: ${detail}`, `malformed CSV: ${detail}`),
  /** The Japanese never carries the parser's English; the English keeps it after the hint, for maintainers. */
  yamlSyntax: (detail: string, code: string, params: YamlParams = {}) => {
    const hint = YAML_HINTS[code]?.(params);
    return both(
      `YAMLの書き方に誤りがあります。${hint ? hint.ja : 'この行の字下げ・引用符・「キー: 値」の形を確かめてください'}`,
      `YAML syntax error${hint ? `: ${hint.en}` : ''} (${detail})`,
    );
  },
  yamlRoot: () => both('ファイルの中身がありません（または最上位が「キー: 値」の形ではありません）', 'the file is empty or its top level is not a mapping'),
  unknownKey: (key: string, suggestion: string | undefined) =>
    withSuggestion(both(`キー ${quote(key)} は使えません（この内容はサイトに載りません）`, `unknown key ${quote(key)} (its value would be lost)`), suggestion),
  duplicateId: (value: string, firstLocation: string) =>
    both(`${quote(value)} が重複しています（最初の出現: ${firstLocation}）`, `${quote(value)} is a duplicate (first used at ${firstLocation})`),
  unknownReference: (value: string, list: string, suggestion: string | undefined) =>
    withSuggestion(both(`${quote(value)} は ${list} にありません`, `${quote(value)} is not listed in ${list}`), suggestion),
  categoryIdMismatch: (value: string, expected: string) =>
    both(`category.id ${quote(value)} がファイル名と一致しません（${quote(expected)} にしてください）`, `category.id ${quote(value)} must equal the file name ${quote(expected)}`),
  statisticHeader: (expected: string[]) =>
    both(`見出し行は YAML の category.column と series[].column の順（${expected.join(',')}）にしてください`, `the header must be the YAML's category.column and series[].column in order: ${expected.join(',')}`),
  statisticPair: (other: string) =>
    both(`対になる ${other} がありません。統計は同じ名前の .yaml と .csv の組で置きます`, `the matching ${other} is missing; each statistic is a .yaml and .csv pair with the same name`),
  internalLink: (url: string, suggestion: string | undefined) =>
    withSuggestion(
      both(`リンク先 ${quote(url)} のページはこのサイトにありません（データから作られるページと固定のページを確かめました）`, `the link target ${quote(url)} is not a page of this site (checked against the pages the data and the fixed pages produce)`),
      suggestion,
    ),
  lostCharacter: (original: string, committed: string) =>
    both(
      `「?」は、Excel が Shift_JIS で保存したときに「${original}」（U+${original.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）を置き換えたものです。コミット済みの値は ${quote(committed)} です。「CSV UTF-8 (コンマ区切り)」で保存し直し、この文字を戻してください`,
      `this "?" replaced "${original}" (U+${original.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) when Excel saved the file as Shift_JIS; the committed value is ${quote(committed)}. Save as "CSV UTF-8 (Comma delimited)" and put the character back`,
    ),
  fileName: (name: string) =>
    both(`ファイル名 ${quote(name)} は使えません。半角英小文字・数字・ハイフンにしてください`, `file name ${quote(name)} must use a-z, 0-9 and hyphens`),
};
