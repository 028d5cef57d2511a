/** The 47 prefectures with their JIS X 0401 codes and the regional blocks used on the site. */

export const REGIONS = [
  { id: 'hokkaido-tohoku', ja: '北海道・東北', en: 'Hokkaido and Tohoku' },
  { id: 'kanto', ja: '関東', en: 'Kanto' },
  { id: 'chubu', ja: '中部', en: 'Chubu' },
  { id: 'kinki', ja: '近畿', en: 'Kinki' },
  { id: 'chugoku', ja: '中国', en: 'Chugoku' },
  { id: 'shikoku', ja: '四国', en: 'Shikoku' },
  { id: 'kyushu-okinawa', ja: '九州・沖縄', en: 'Kyushu and Okinawa' },
] as const;
export type RegionId = (typeof REGIONS)[number]['id'];

export interface Prefecture {
  code: string;
  name: string;
  short: string;
  en: string;
  region: RegionId;
}

const TABLE: [string, string, string, RegionId][] = [
  ['北海道', '北海道', 'Hokkaido', 'hokkaido-tohoku'],
  ['青森県', '青森', 'Aomori', 'hokkaido-tohoku'],
  ['岩手県', '岩手', 'Iwate', 'hokkaido-tohoku'],
  ['宮城県', '宮城', 'Miyagi', 'hokkaido-tohoku'],
  ['秋田県', '秋田', 'Akita', 'hokkaido-tohoku'],
  ['山形県', '山形', 'Yamagata', 'hokkaido-tohoku'],
  ['福島県', '福島', 'Fukushima', 'hokkaido-tohoku'],
  ['茨城県', '茨城', 'Ibaraki', 'kanto'],
  ['栃木県', '栃木', 'Tochigi', 'kanto'],
  ['群馬県', '群馬', 'Gunma', 'kanto'],
  ['埼玉県', '埼玉', 'Saitama', 'kanto'],
  ['千葉県', '千葉', 'Chiba', 'kanto'],
  ['東京都', '東京', 'Tokyo', 'kanto'],
  ['神奈川県', '神奈川', 'Kanagawa', 'kanto'],
  ['新潟県', '新潟', 'Niigata', 'chubu'],
  ['富山県', '富山', 'Toyama', 'chubu'],
  ['石川県', '石川', 'Ishikawa', 'chubu'],
  ['福井県', '福井', 'Fukui', 'chubu'],
  ['山梨県', '山梨', 'Yamanashi', 'chubu'],
  ['長野県', '長野', 'Nagano', 'chubu'],
  ['岐阜県', '岐阜', 'Gifu', 'chubu'],
  ['静岡県', '静岡', 'Shizuoka', 'chubu'],
  ['愛知県', '愛知', 'Aichi', 'chubu'],
  ['三重県', '三重', 'Mie', 'kinki'],
  ['滋賀県', '滋賀', 'Shiga', 'kinki'],
  ['京都府', '京都', 'Kyoto', 'kinki'],
  ['大阪府', '大阪', 'Osaka', 'kinki'],
  ['兵庫県', '兵庫', 'Hyogo', 'kinki'],
  ['奈良県', '奈良', 'Nara', 'kinki'],
  ['和歌山県', '和歌山', 'Wakayama', 'kinki'],
  ['鳥取県', '鳥取', 'Tottori', 'chugoku'],
  ['島根県', '島根', 'Shimane', 'chugoku'],
  ['岡山県', '岡山', 'Okayama', 'chugoku'],
  ['広島県', '広島', 'Hiroshima', 'chugoku'],
  ['山口県', '山口', 'Yamaguchi', 'chugoku'],
  ['徳島県', '徳島', 'Tokushima', 'shikoku'],
  ['香川県', '香川', 'Kagawa', 'shikoku'],
  ['愛媛県', '愛媛', 'Ehime', 'shikoku'],
  ['高知県', '高知', 'Kochi', 'shikoku'],
  ['福岡県', '福岡', 'Fukuoka', 'kyushu-okinawa'],
  ['佐賀県', '佐賀', 'Saga', 'kyushu-okinawa'],
  ['長崎県', '長崎', 'Nagasaki', 'kyushu-okinawa'],
  ['熊本県', '熊本', 'Kumamoto', 'kyushu-okinawa'],
  ['大分県', '大分', 'Oita', 'kyushu-okinawa'],
  ['宮崎県', '宮崎', 'Miyazaki', 'kyushu-okinawa'],
  ['鹿児島県', '鹿児島', 'Kagoshima', 'kyushu-okinawa'],
  ['沖縄県', '沖縄', 'Okinawa', 'kyushu-okinawa'],
];

export const PREFECTURES: readonly Prefecture[] = TABLE.map(([name, short, en, region], index) => ({
  code: String(index + 1).padStart(2, '0'),
  name,
  short,
  en,
  region,
}));

const BY_KEY = new Map<string, Prefecture>();
for (const prefecture of PREFECTURES) {
  for (const key of [prefecture.name, prefecture.short, prefecture.en.toLowerCase(), prefecture.code]) {
    BY_KEY.set(key, prefecture);
  }
}

/** Accepts 東京都, 東京, Tokyo or the JIS code 13; undefined for anything else. */
export function findPrefecture(value: string): Prefecture | undefined {
  return BY_KEY.get(value) ?? BY_KEY.get(value.toLowerCase());
}

export const PREFECTURE_NAMES: readonly string[] = PREFECTURES.map((p) => p.name);
