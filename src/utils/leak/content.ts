/**
 * The suspected-leak journey: situations, first steps and who else to call. General guidance only; each
 * organization is linked at the exact page that explains its desk.
 */
import type { Lang } from '#src/i18n/locales.ts';

type Text = Record<Lang, string>;

export interface Situation {
  id: string;
  title: Text;
  /** What to do first in this situation, beyond the common steps. */
  steps: Text[];
  /** Who helps most in this situation, in order (ids of LEAK_PARTNERS or 'desk'). */
  contacts: string[];
}

export const SITUATIONS: Situation[] = [
  {
    id: 'employee',
    title: { ja: '退職した（する）従業員がデータを持ち出したかもしれない', en: 'An employee who left (or is leaving) may have taken data' },
    steps: [
      {
        ja: '貸与していたパソコンやスマートフォンは初期化せず、そのまま保管してください。アクセス記録やメールの送信記録も残しておきます。',
        en: 'Keep the computer or phone they used as it is: do not reset it. Keep access logs and sent-mail records too.',
      },
      {
        ja: '本人への問い詰めや、転職先への連絡はまだしないでください。証拠が消されるおそれがあります。',
        en: 'Do not confront the person or contact their new employer yet: evidence could be destroyed.',
      },
      {
        ja: '就業規則、入社・退職時の誓約書、秘密保持の約束の内容を確認します。',
        en: 'Check the work rules and any confidentiality pledges signed on joining or leaving.',
      },
    ],
    contacts: ['desk', 'police'],
  },
  {
    id: 'partner',
    title: { ja: '取引先が図面やデータを第三者に渡したかもしれない', en: 'A business partner may have passed on your drawings or data' },
    steps: [
      {
        ja: '何を、いつ、どの方法で渡したか（メール、共有フォルダ、紙）を記録から確認します。',
        en: 'Find out from your records what you handed over, when and how (email, shared folder, paper).',
      },
      {
        ja: '秘密保持契約（NDA）や取引契約の秘密保持条項で、使ってよい範囲と返却・廃棄の定めを確認します。',
        en: 'Check the non-disclosure agreement (NDA) or the confidentiality clause of your contract: what use was allowed, and what about return or destruction.',
      },
      {
        ja: '相手先への申し入れは、相談したうえで方法を決めてください。',
        en: 'Decide how to approach the partner after you have taken advice.',
      },
    ],
    contacts: ['desk', 'police'],
  },
  {
    id: 'cyber',
    title: {
      ja: 'パソコンのデータが消された・暗号化された（ランサムウェアなど）',
      en: 'Data on a computer was deleted or encrypted (ransomware or similar)',
    },
    steps: [
      {
        ja: '被害を広げないよう、その機器をネットワークから切り離してください。電源を切ったり初期化したりすると調査に必要な記録が消えることがあります。',
        en: 'Disconnect the device from the network so the damage does not spread. Switching it off or resetting it can erase records needed later.',
      },
      {
        ja: '画面に表示された内容を写真に撮るなどして記録します。身代金の支払いや犯人への連絡はしないでください。',
        en: 'Record what the screen shows, for example with a photo. Do not pay a ransom or contact the attacker.',
      },
    ],
    contacts: ['ipa', 'police', 'desk'],
  },
];

/** Steps for every situation, in order. */
export const FIRST_STEPS: { title: Text; body: Text }[] = [
  {
    title: { ja: '証拠を残す', en: 'Keep the evidence' },
    body: {
      ja: 'パソコン、メール、アクセス記録、紙の資料を消したり捨てたりせず、そのまま保管します。',
      en: 'Do not delete or throw away computers, emails, access logs or papers; keep them as they are.',
    },
  },
  {
    title: { ja: '相手を問い詰めない', en: 'Do not confront anyone yet' },
    body: {
      ja: '疑わしい相手に直接問いただすと、証拠が消されることがあります。社内でも知らせる人を限ります。',
      en: 'Challenging the person you suspect can lead to evidence being destroyed. Tell as few people in the company as possible.',
    },
  },
  {
    title: { ja: '契約と社内ルールを確認する', en: 'Check contracts and company rules' },
    body: {
      ja: '秘密保持契約（NDA）、誓約書、就業規則、情報管理のルールで、その情報をどう扱うと決めていたかを確認します。',
      en: 'Check the NDA, pledges, work rules and information policies: how was this information meant to be handled?',
    },
  },
  {
    title: { ja: '経緯をメモする', en: 'Write down what happened' },
    body: {
      ja: 'いつ、誰が、何に気づいたかを時系列で書き出します。相談のときに役立ちます。',
      en: 'Note when, who and what was noticed, in order. It helps when you ask for advice.',
    },
  },
];

export interface Partner {
  id: string;
  name: Text;
  when: Text;
  how: Text;
  /** The exact page that explains this desk. */
  url: string;
  linkText: Text;
}

/** Organizations other than INPIT: links only; their own pages carry their current numbers and hours. */
export const LEAK_PARTNERS: Partner[] = [
  {
    id: 'police',
    name: {
      ja: '警察（都道府県警察本部の営業秘密侵害事犯の相談窓口）',
      en: 'The police (trade-secret crime desks at prefectural police headquarters)',
    },
    when: {
      ja: '不正な持ち出しや使用など、犯罪にあたるかもしれないとき。各都道府県警察本部には「営業秘密保護対策官」が置かれ、被害相談に応じています。',
      en: 'When taking or using the information may be a crime. Each prefectural police headquarters has a trade-secret protection officer who takes such reports.',
    },
    how: {
      ja: '会社の所在地の都道府県警察本部に相談します。急ぎでない相談は警察相談専用電話「#9110」でも受け付けています。事件が今起きているときは110番です。',
      en: 'Contact the police headquarters of the prefecture where your company is. For non-urgent advice, call #9110 (police advice line, within Japan). If a crime is happening now, call 110.',
    },
    url: 'https://www.npa.go.jp/hakusyo/r06/honbun/html/aa2szs002.html',
    linkText: {
      ja: '警察庁：営業秘密保護対策官の取組（警察白書）',
      en: 'National Police Agency: trade-secret protection officers (White Paper, Japanese)',
    },
  },
  {
    id: 'ipa',
    name: { ja: 'IPA（独立行政法人 情報処理推進機構）', en: 'IPA (Information-technology Promotion Agency, Japan)' },
    when: {
      ja: 'ウイルス感染、不正アクセス、ランサムウェアなど、情報セキュリティの事故が疑われるとき。初動対応の相談ができます。',
      en: 'When you suspect a security incident such as malware, unauthorized access or ransomware. IPA advises on first response.',
    },
    how: {
      ja: '企業・組織向けの相談窓口の案内ページで、連絡方法を確認してください。',
      en: 'See the page of its desk for companies and organizations for how to get in touch.',
    },
    url: 'https://www.ipa.go.jp/security/support/soudan.html',
    linkText: { ja: 'IPA：サイバーセキュリティ 相談・届出窓口', en: 'IPA: cyber security advice and reporting desks (Japanese)' },
  },
];

/** Authoritative background reading. */
export const LEAK_SOURCES: { text: Text; url: string }[] = [
  {
    text: {
      ja: '経済産業省：営業秘密（営業秘密管理指針、秘密情報の保護ハンドブックなど）',
      en: 'METI: trade secrets (Trade Secret Management Guidelines, handbook; Japanese)',
    },
    url: 'https://www.meti.go.jp/policy/economy/chizai/chiteki/trade-secret.html',
  },
  {
    text: { ja: 'IPA：情報セキュリティ安心相談窓口', en: 'IPA: information security advice desk (Japanese)' },
    url: 'https://www.ipa.go.jp/security/anshin/index.html',
  },
];
