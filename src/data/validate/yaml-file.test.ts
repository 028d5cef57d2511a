import { describe, expect, it } from 'vitest';
import { formatPath, validateYamlText } from './yaml-file.ts';
import type { DataIssue } from './issues.ts';
import { faqFileSchema } from '../schemas/faq.ts';
import { statisticMetaSchema } from '../schemas/statistic.ts';
import { casesFileSchema } from '../schemas/case.ts';
import { newsFileSchema } from '../schemas/news.ts';

const FAQ = 'data/faq/basics.yaml';
const STAT = 'data/statistics/open-patent-database.yaml';
const CASES = 'data/cases.yaml';
const NEWS = 'data/news.yaml';

/** Lines joined with LF; line numbers in the tests count from the first string. */
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

const CATEGORY = ['category:', '  id: basics', '  title: 基本', '  order: 1'];
const faqFile = (...itemLines: string[]) => yaml(...CATEGORY, 'items:', ...itemLines);
const checkFaq = (text: string) => validateYamlText(FAQ, text, faqFileSchema);

const STAT_LINES = [
  'title: 開放特許情報データベースの登録件数',
  'title_en: Open Patent Database',
  'unit: 件',
  'chart: bar',
  'category:',
  '  column: fiscal_year',
  '  kind: fiscal_year',
  '  label: 年度',
  'series:',
  '  - column: new_registrations',
  '    label: 新規登録件数',
  '  - column: listed',
  '    label: 掲載件数',
  'source: テスト出典',
];
const checkStat = (text: string) => validateYamlText(STAT, text, statisticMetaSchema);

const CASE_LINES = [
  'cases:',
  '  - id: case-1',
  '    order: 1',
  '    service: overseas',
  '    category: strategy_risk_structure',
  '    challenge: 中国進出にあたり不安があった',
  '    solution:',
  '      - 権利化の考え方をアドバイス',
  '    outcome: 体制を構築した',
];
const checkCases = (text: string) => validateYamlText(CASES, text, casesFileSchema);
const checkNews = (text: string) => validateYamlText(NEWS, text, newsFileSchema);

function single(result: { issues: DataIssue[] }): DataIssue {
  expect(result.issues, JSON.stringify(result.issues, null, 2)).toHaveLength(1);
  return result.issues[0]!;
}
const where = (issues: DataIssue[]) => issues.map((issue) => [issue.line, issue.column, issue.field]);

describe('validateYamlText: valid files', () => {
  it('accepts a FAQ file and returns its value', () => {
    const result = checkFaq(faqFile('  - id: q-1', '    question: 営業秘密とは？', '    answer: "**秘密** として [管理](https://www.inpit.go.jp/) される情報"', '    tags: [営業秘密]'));
    expect(result.issues).toEqual([]);
    expect(result.value?.category).toEqual({ id: 'basics', title: '基本', order: 1 });
    expect(result.value?.items[0]).toMatchObject({ id: 'q-1', tags: ['営業秘密'] });
  });

  it('accepts a statistic, a cases file and a news file', () => {
    expect(checkStat(yaml(...STAT_LINES)).issues).toEqual([]);
    expect(checkStat(yaml(...STAT_LINES)).value?.order).toBe(100);
    expect(checkCases(yaml(...CASE_LINES)).issues).toEqual([]);
    expect(checkNews(yaml('news:', '  - id: n-1', '    date: 2015-07-08', '    title: 説明会')).value?.news[0]).toEqual({ id: 'n-1', date: '2015-07-08', title: '説明会', sample: false });
  });

  it('reads a BOM and CRLF line ends and still counts lines right', () => {
    const text = `\uFEFF${faqFile('  - id: q-1', '    question: x', '    answer: <b>x</b>').replaceAll('\n', '\r\n')}`;
    expect(where(checkFaq(text).issues)).toEqual([[8, 13, 'items[0].answer']]);
  });

  it('accepts numbers typed where text is expected, as text', () => {
    const result = checkFaq(faqFile('  - id: 2015', '    question: 123', '    answer: 4.5', '    tags: [2015, 営業秘密]'));
    expect(result.issues).toEqual([]);
    expect(result.value?.items[0]).toMatchObject({ id: '2015', question: '123', answer: '4.5', tags: ['2015', '営業秘密'] });
    const news = checkNews(yaml('news:', '  - id: n-1', '    date: 2015-07-08', '    title: 2015'));
    expect(news.issues).toEqual([]);
    expect(news.value?.news[0]?.title).toBe('2015');
  });
});

describe('validateYamlText: syntax errors', () => {
  it('reports an unclosed quote at the line where it opened, not at the end of the file', () => {
    const text = faqFile('  - id: q-1', '    question: "営業秘密とは？', '    answer: 回答です。', '  - id: q-2', '    question: 質問', '    answer: 回答');
    const issue = single(checkFaq(text));
    expect(issue).toEqual({ file: FAQ, line: 7, column: 15, message: expect.any(Object) });
    expect(issue.message.en).toContain('YAML syntax error: a quote or bracket is not closed');
    expect(issue.message.ja).toContain('YAMLの書き方に誤りがあります。引用符やカッコが閉じられていません');
    expect(checkFaq(text).value).toBeUndefined();
  });

  it('reports an unclosed single quote at its line too', () => {
    const text = yaml(...STAT_LINES.slice(0, 2), "unit: '件", ...STAT_LINES.slice(3));
    const issue = single(checkStat(text));
    expect(issue).toMatchObject({ file: STAT, line: 3, column: 7 });
    expect(issue.message.en).toContain('a quote or bracket is not closed');
  });

  it('reports a value containing ": " unquoted, with a hint to quote it', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '    question: 注意: これは質問です', '    answer: 回答')));
    expect(issue).toEqual({ file: FAQ, line: 7, column: 15, message: expect.any(Object) });
    expect(issue.message.en).toContain('YAML syntax error: a value contains ": "; put the whole value in "quotes"');
    expect(issue.message.ja).toContain('値の中に「: 」（コロンと空白）があります。値全体を "…" で囲んでください');
  });

  it('reports a duplicate key at its second occurrence', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '    question: 一つ目', '    question: 二つ目', '    answer: 回答')));
    expect(issue).toEqual({ file: FAQ, line: 8, column: 5, message: expect.any(Object) });
    expect(issue.message.en).toContain('YAML syntax error: the key "question" appears twice here (first on line 7); remove one');
    expect(issue.message.ja).toBe('YAMLの書き方に誤りがあります。キー "question" が同じところに2回書かれています（1回目は7行目）。どちらかを消してください');
  });

  it('names the key repeated by a missing "- " and suggests it, once for the whole item', () => {
    const text = faqFile('  - id: q-1', '    question: 一つ目', '    answer: 回答', '    id: q-2', '    question: 二つ目', '    answer: 回答2');
    const issue = single(checkFaq(text));
    expect(issue).toEqual({ file: FAQ, line: 9, column: 5, message: expect.any(Object) });
    expect(issue.message.ja).toBe(
      'YAMLの書き方に誤りがあります。キー "id" が同じ項目の中に2回あります（1回目は6行目）。ここから新しい項目を始めるなら、この行の先頭に「- 」を書いてください（例: "  - id: …"）',
    );
    expect(issue.message.en).toContain('to start a new item here, begin this line with "- "');
  });

  it('names a full-width space in the indentation, at that line', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '　　question: x', '    answer: y')));
    expect(issue).toMatchObject({ line: 7, column: 1 });
    expect(issue.message.ja).toBe('YAMLの書き方に誤りがあります。字下げに全角スペース（「　」）が使われています。半角スペースにしてください');
  });

  it('names a full-width space after the colon', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '    question:　x', '    answer: y')));
    expect(issue).toMatchObject({ line: 7, column: 14 });
    expect(issue.message.ja).toContain('「:」の後が全角スペース（「　」）です');
  });

  it('keeps a full-width space inside a block value as text', () => {
    const result = checkFaq(faqFile('  - id: q-1', '    question: x', '    answer: |-', '      一行目', '      　字下げした行'));
    expect(result.issues).toEqual([]);
    expect(result.value?.items[0]?.answer).toBe('一行目\n　字下げした行');
  });

  it('points at the line indented too deep, not the line before', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '     question: x', '    answer: y')));
    expect(issue).toMatchObject({ line: 7, column: 6 });
    expect(issue.message.ja).toContain('この行の字下げが前の行より深く');
  });

  it('points at the line where a [ is left open, not the next one', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '    question: x', '    answer: y', '    tags: [a, b', '  - id: q-2', '    question: x', '    answer: y')));
    expect(issue).toMatchObject({ line: 9, column: 11 });
    expect(issue.message.ja).toContain('この行で始まった「[」または「{」が閉じられていません');
  });

  it('reports a line without ": " at that line', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '    question x', '    answer: y')));
    expect(issue).toMatchObject({ line: 7, column: 5 });
    expect(issue.message.ja).toContain('「キー: 値」の形になっていません');
  });

  it('never puts the parser\'s English into the Japanese message', () => {
    const texts = [
      faqFile('  - id: q-1', '    question: "x', '    answer: y'),
      faqFile('  - id: q-1', '    question: 注意: x', '    answer: y'),
      faqFile('  - id: q-1', '\tquestion: x'),
      faqFile('  - id: q-1', '    question: x', '    answer: y', '    tags: [a'),
      faqFile('  - id: q-1', '    question: x', '   answer: y'),
      'a: 1\n---\nb: 2\n',
      'a: [1, 2]]\n',
      'a: "x" y\n',
    ];
    for (const text of texts) {
      const { issues } = checkFaq(text);
      expect(issues.length, text).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.message.ja.replaceAll('YAML', ''), text).not.toMatch(/[A-Za-z]{4,}/u);
    }
  });

  it('reports a tab used for indentation', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '\tquestion: x')));
    expect(issue).toMatchObject({ line: 7, column: 1 });
    expect(issue.message.en).toContain('tabs are used for indentation; use spaces');
    expect(issue.message.ja).toContain('字下げにタブが使われています');
  });

  it('reports an empty file, or one whose top level is a list', () => {
    for (const text of ['', '# only a comment\n', '- a\n- b\n']) {
      const issue = single(checkFaq(text));
      expect(issue).toEqual({ file: FAQ, line: 1, message: expect.any(Object) });
      expect(issue.message.en).toBe('the file is empty or its top level is not a mapping');
      expect(issue.message.ja).toContain('ファイルの中身がありません');
    }
  });
});

describe('validateYamlText: keys', () => {
  it('reports an unknown key at the key, with the nearest known key', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '    question: x', '    answer: y', '    anwser_en: z')));
    expect(issue).toEqual({ file: FAQ, line: 9, column: 5, field: 'items[0].anwser_en', message: expect.any(Object) });
    expect(issue.message.en).toBe('unknown key "anwser_en" (its value would be lost) (did you mean answer_en?)');
    expect(issue.message.ja).toBe('キー "anwser_en" は使えません（この内容はサイトに載りません）（answer_en の誤りでは？）');
  });

  it('suggests keys of the mapping the unknown key is in', () => {
    const result = checkStat(yaml(...STAT_LINES.slice(0, 12), '    lable: 掲載件数', ...STAT_LINES.slice(13)));
    const unknown = result.issues.find((issue) => issue.field === 'series[1].lable')!;
    expect(unknown).toMatchObject({ file: STAT, line: 13, column: 5 });
    expect(unknown.message.en).toContain('(did you mean label?)');
    // label is now missing: located at the mapping of series[1], which starts on line 12.
    expect(result.issues.find((issue) => issue.field === 'series[1].label')).toMatchObject({ line: 12, column: 5 });
  });

  it('reports a misspelt top-level key with a suggestion', () => {
    const result = checkFaq(yaml(...CATEGORY, 'itmes:', '  - id: q-1', '    question: x', '    answer: y'));
    const unknown = result.issues.find((issue) => issue.field === 'itmes')!;
    expect(unknown).toMatchObject({ line: 5, column: 1 });
    expect(unknown.message.en).toContain('(did you mean items?)');
    expect(result.issues.find((issue) => issue.field === 'items')).toMatchObject({ line: 1, column: 1 });
  });

  it('locates a missing required key at its parent mapping', () => {
    const result = checkFaq(faqFile('  - id: q-1', '    question: x', '  - id: q-2', '    question: y', '    answer: z'));
    const issue = single(result);
    expect(issue).toEqual({ file: FAQ, line: 6, column: 5, field: 'items[0].answer', message: expect.any(Object) });
    expect(issue.message.en).toBe('is required but empty');
    expect(issue.message.ja).toBe('必須項目が空です。値を入力してください');
  });

  it('locates a missing key of the category mapping at that mapping', () => {
    const issue = single(checkFaq(yaml('category:', '  id: basics', '  order: 1', 'items:', '  - id: q-1', '    question: x', '    answer: y')));
    expect(issue).toMatchObject({ line: 2, column: 3, field: 'category.title' });
  });

  it('reports text where a mapping is expected', () => {
    const issue = single(checkFaq(yaml('category: basics', 'items:', '  - id: q-1', '    question: x', '    answer: y')));
    expect(issue).toEqual({ file: FAQ, line: 1, column: 11, field: 'category', message: expect.any(Object) });
    expect(issue.message.en).toBe('"basics" is not a mapping of keys to values');
    expect(issue.message.ja).toBe('"basics" は「キー: 値」の組（YAMLのマッピング）ではありません');
  });

  it('reports a key written with no value as empty, at its line', () => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '    question:', '    answer: y')));
    expect(issue).toMatchObject({ line: 7, field: 'items[0].question' });
    expect(issue.message.en).toBe('is required but empty');
  });
});

describe('validateYamlText: nothing lost silently (YAML audit)', () => {
  const answer = (value: string) => checkFaq(faqFile('  - id: q-1', '    question: x', `    answer: ${value}`));

  it('rejects " #" inside a plain value, naming what would be dropped, and accepts it quoted', () => {
    const issue = single(answer('誓約書について詳しくは 営業秘密管理指針 #3 を参照'));
    expect(issue).toMatchObject({ line: 8, column: 34 });
    expect(issue.message.ja).toBe('YAMLの書き方に誤りがあります。値の中の「 #」から後ろ（"#3 を参照"）はコメントとして捨てられ、サイトに載りません。値全体を "…" で囲んでください');
    const quoted = answer('"誓約書について詳しくは 営業秘密管理指針 #3 を参照"');
    expect(quoted.issues).toEqual([]);
    expect(quoted.value?.items[0]?.answer).toBe('誓約書について詳しくは 営業秘密管理指針 #3 を参照');
  });

  it('rejects a value that is only a comment ("answer: #3")', () => {
    expect(single(answer('#3 を参照')).message.ja).toContain('（"#3 を参照"）はコメントとして捨てられ');
  });

  it('keeps # without a space before it, and # in a block value', () => {
    expect(answer('C#と F#').value?.items[0]?.answer).toBe('C#と F#');
    expect(checkFaq(faqFile('  - id: q-1', '    question: x', '    answer: |', '      見出し #3 を参照')).value?.items[0]?.answer).toBe('見出し #3 を参照');
  });

  it('rejects anchors and aliases', () => {
    expect(single(answer('&注意 本文')).message.ja).toContain('値が「&」で始まっています');
    expect(single(answer('**重要** です')).message.ja).toContain('値が「*」で始まっています');
  });

  it('rejects tags, which change the value', () => {
    expect(single(answer('!!str 123')).message.ja).toContain('!!str はYAMLのタグとして読まれ');
    expect(single(answer('!重要 です')).message.ja).toContain('はYAMLのタグとして読まれ');
  });

  it('reads yes, no, on and off as the words typed (YAML 1.2), not as booleans', () => {
    for (const word of ['yes', 'no', 'on', 'off', 'y', 'n']) {
      const result = answer(word);
      expect(result.issues, word).toEqual([]);
      expect(result.value?.items[0]?.answer).toBe(word);
    }
  });

  it('rejects true/false where text is meant (a boolean is not text)', () => {
    expect(single(answer('true')).message.en).toBe('"true" is not text');
  });

  it('rejects numbers whose digits would change: 0123, 1.10, 1e3, 0x1F, 0o17, .inf', () => {
    for (const [typed, read] of [
      ['0123', '123'],
      ['1.10', '1.1'],
      ['1e3', '1000'],
      ['0x1F', '31'],
      ['0o17', '15'],
      ['+1', '1'],
    ]) {
      const issue = single(answer(typed!));
      expect(issue.message.ja, typed).toContain(`"${typed}" は数として読まれ ${read} になります`);
    }
    expect(single(answer('.inf')).message.en).toContain('".inf" is read as the number Infinity');
  });

  it('accepts numbers that read back as typed', () => {
    expect(answer('4.5').value?.items[0]?.answer).toBe('4.5');
    expect(answer('2015').value?.items[0]?.answer).toBe('2015');
  });

  it('rejects null written as a word (~, null) instead of treating it as empty', () => {
    expect(single(answer('~')).message.ja).toContain('"~" は「値なし」として読まれます');
    expect(single(answer('null')).message.ja).toContain('"null" は「値なし」として読まれます');
  });

  it('rejects a second document after ---', () => {
    const issue = single(checkFaq(`${faqFile('  - id: q-1', '    question: x', '    answer: y')}---\nitems: []\n`));
    expect(issue).toMatchObject({ line: 9 });
    expect(issue.message.ja).toContain('「---」の行でファイルが2つに分かれていて');
  });

  it('accepts a single leading ---', () => {
    expect(checkFaq(`---\n${faqFile('  - id: q-1', '    question: x', '    answer: y')}`).issues).toEqual([]);
  });
});

describe('validateYamlText: values', () => {
  it.each(['<script>alert(1)</script>', 'これは<b>太字</b>です', '改行<br>です', '<!-- メモ -->'])('rejects raw HTML in a Markdown answer: %s', (answer) => {
    const issue = single(checkFaq(faqFile('  - id: q-1', '    question: x', `    answer: ${JSON.stringify(answer)}`)));
    expect(issue).toEqual({ file: FAQ, line: 8, column: 13, field: 'items[0].answer', message: expect.any(Object) });
    expect(issue.message.en).toBe('raw HTML is not allowed; use Markdown (**bold**, [link](https://…), - lists)');
    expect(issue.message.ja).toContain('HTMLタグは使えません。Markdown');
  });

  it('accepts Markdown that only looks like HTML', () => {
    expect(checkFaq(faqFile('  - id: q-1', '    question: x', '    answer: "1 < 2 かつ a -> b、**太字**"')).issues).toEqual([]);
  });

  it('rejects raw HTML in the English answer and in a news body too', () => {
    expect(where(checkFaq(faqFile('  - id: q-1', '    question: x', '    answer: y', '    answer_en: "<i>y</i>"')).issues)).toEqual([[9, 16, 'items[0].answer_en']]);
    expect(where(checkNews(yaml('news:', '  - id: n-1', '    date: 2015-07-08', '    title: t', '    body: "<b>x</b>"')).issues)).toEqual([[5, 11, 'news[0].body']]);
  });

  it('rejects an unsafe link URL, at the URL', () => {
    const text = faqFile('  - id: q-1', '    question: x', '    answer: y', '    links:', '      - title: INPIT', '        url: https://www.inpit.go.jp/', '      - title: bad', '        url: javascript:alert(1)');
    const issue = single(checkFaq(text));
    expect(issue).toEqual({ file: FAQ, line: 13, column: 14, field: 'items[0].links[1].url', message: expect.any(Object) });
    expect(issue.message.en).toBe('"javascript:alert(1)" is not a safe link; only https:, http: and mailto: URLs are allowed');
    expect(issue.message.ja).toContain('"javascript:alert(1)" は使えないURLです');
  });

  it('rejects a data: URL in news', () => {
    const issue = single(checkNews(yaml('news:', '  - id: n-1', '    date: 2015-07-08', '    title: t', '    url: data:text/html,x')));
    expect(issue).toMatchObject({ line: 5, column: 10, field: 'news[0].url' });
    expect(issue.message.en).toContain('"data:text/html,x" is not a safe link');
  });

  it('rejects an empty list where at least one entry is needed', () => {
    const faq = single(checkFaq(yaml(...CATEGORY, 'items: []')));
    expect(faq).toEqual({ file: FAQ, line: 5, column: 8, field: 'items', message: expect.any(Object) });
    expect(faq.message.en).toBe('needs at least one entry');
    expect(faq.message.ja).toBe('少なくとも1件必要です');
    expect(single(checkStat(yaml(...STAT_LINES.slice(0, 8), 'series: []', 'source: s')))).toMatchObject({ line: 9, column: 9, field: 'series' });
    expect(single(checkCases('cases: []\n'))).toMatchObject({ file: CASES, line: 1, column: 8, field: 'cases' });
  });

  it('rejects unsafe link targets and outside images in Markdown, and accepts safe ones', () => {
    const faqWith = (answer: string) => `category:\n  id: basics\n  title: 基本\n  order: 1\nitems:\n  - id: a\n    question: q\n    answer: "${answer}"\n`;
    for (const [answer, key] of [
      ['[x](javascript:alert(1))', 'the link target "javascript:alert(1)" is not allowed'],
      ['[x](&#106;avascript:alert(1))', 'the link target "javascript:alert(1)" is not allowed'],
      ['[x](data:text/html,x)', 'the link target "data:text/html,x" is not allowed'],
      ['![i](https://x.example/y.png)', 'the image "https://x.example/y.png" cannot be shown'],
    ] as const) {
      const result = validateYamlText('data/faq/basics.yaml', faqWith(answer), faqFileSchema);
      expect(result.issues.map((issue) => issue.message.en), answer).toEqual([expect.stringContaining(key)]);
      expect(result.issues[0]).toMatchObject({ line: 8, field: 'items[0].answer' });
    }
    for (const answer of ['[窓口](/windows/)', '[上へ](#top)', '[INPIT](https://www.inpit.go.jp/)', '[mail](mailto:a@example.jp)', '![図](/images/x.png)']) {
      expect(validateYamlText('data/faq/basics.yaml', faqWith(answer), faqFileSchema).issues, answer).toEqual([]);
    }
  });

  it('requires at least one solution in a case', () => {
    const issue = single(checkCases(yaml(...CASE_LINES.slice(0, 6), '    solution: []', ...CASE_LINES.slice(8))));
    expect(issue).toMatchObject({ file: CASES, line: 7, field: 'cases[0].solution' });
    expect(issue.message.en).toBe('needs at least one entry');
  });

  it('reads one line of text as a one-item list, as in CSV', () => {
    const result = checkCases(yaml(...CASE_LINES.slice(0, 6), '    solution: 権利化；契約', ...CASE_LINES.slice(8)));
    expect(result.issues).toEqual([]);
    expect(result.value?.cases[0]?.solution).toEqual(['権利化', '契約']);
  });

  it('reports a mapping where a list is expected', () => {
    const issue = single(checkCases(yaml(...CASE_LINES.slice(0, 6), '    solution:', '      first: 権利化', ...CASE_LINES.slice(8))));
    expect(issue).toMatchObject({ file: CASES, line: 8, column: 7, field: 'cases[0].solution' });
    expect(issue.message.en).toBe('{"first":"権利化"} is not a list (YAML "- item" lines, or semicolon-separated in CSV)');
    expect(issue.message.ja).toContain('はリスト（YAMLの「- 項目」の並び、CSVではセミコロン区切り）ではありません');
  });

  it('reports every bad value of a file in one run', () => {
    const text = yaml(...CASE_LINES, '  - id: case-2', '    order: one', '    service: oversea', '    category: strategy_risk_structure', '    challenge: x', '    solution: [a]');
    const result = checkCases(text);
    expect(where(result.issues)).toEqual([
      [11, 12, 'cases[1].order'],
      [12, 14, 'cases[1].service'],
      [10, 5, 'cases[1].outcome'],
    ]);
    expect(result.issues[0]!.message.en).toBe('"one" is not a whole number; write digits only, without units');
    expect(result.issues[1]!.message.en).toContain('(did you mean overseas?)');
  });

  it('checks dates in YAML and suggests the ISO form', () => {
    const issue = single(checkNews(yaml('news:', '  - id: n-1', '    date: 2015.7.8', '    title: t')));
    expect(issue).toMatchObject({ file: NEWS, line: 3, column: 11, field: 'news[0].date' });
    expect(issue.message.en).toBe('"2015.7.8" is not a date in YYYY-MM-DD form (did you mean 2015-07-08?)');
  });

  it('reads the Excel date form in YAML too (2015/7/8)', () => {
    const result = checkNews(yaml('news:', '  - id: n-1', '    date: 2015/7/8', '    title: t'));
    expect(result.issues).toEqual([]);
    expect(result.value?.news[0]?.date).toBe('2015-07-08');
  });

  it('checks statistic column names, chart and duplicate columns', () => {
    const text = yaml(...STAT_LINES.slice(0, 3), 'chart: barr', 'category:', '  column: Fiscal Year', ...STAT_LINES.slice(6, 11), '  - column: new_registrations', ...STAT_LINES.slice(12));
    const result = checkStat(text);
    expect(where(result.issues)).toEqual([
      [4, 8, 'chart'],
      [6, 11, 'category.column'],
      [12, 13, 'series[1].column'],
    ]);
    expect(result.issues[0]!.message.en).toContain('(did you mean bar?)');
    expect(result.issues[1]!.message.en).toBe('"Fiscal Year" is not a column name; start with a-z and use a-z, 0-9 and _');
    expect(result.issues[2]!.message.en).toBe('column "new_registrations" is listed twice');
    expect(result.issues[2]!.message.ja).toBe('列名 "new_registrations" が重複しています');
  });
});

describe('formatPath', () => {
  it('writes paths the way staff read them', () => {
    expect(formatPath(['items', 3, 'answer'])).toBe('items[3].answer');
    expect(formatPath(['category', 'id'])).toBe('category.id');
    expect(formatPath(['series', 0, 'column'])).toBe('series[0].column');
    expect(formatPath([])).toBe('');
  });
});
