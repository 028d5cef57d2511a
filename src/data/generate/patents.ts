/**
 * Deterministic generator of SAMPLE 開放特許 (open patent / licensable patent) records.
 *
 * The output follows the data contract of data/patents.csv (see PATENT_COLUMNS).
 * Every name in here (companies, universities, research institutes, people) is
 * fictional and every e-mail address uses the reserved example.jp / example.ac.jp /
 * example.go.jp domains. All rows carry `sample=true` so the site can label them.
 *
 * The module is pure: no file-system access, no clock, no Math.random. The same
 * `count` + `seed` (+ `fieldIds`) always produces byte-identical CSV.
 */
import { stringify } from 'csv-stringify/sync';
import { createRng } from './random.ts';
import type { Rng } from './random.ts';

// ---------------------------------------------------------------------------
// Public contract
// ---------------------------------------------------------------------------

/** Column order of data/patents.csv. */
export const PATENT_COLUMNS = [
  'license_no',
  'title',
  'title_en',
  'summary',
  'field',
  'holder',
  'holder_type',
  'application_no',
  'patent_no',
  'ipc',
  'license_terms',
  'applied_products',
  'keywords',
  'registered',
  'updated',
  'contact',
  'sample',
] as const;

export type PatentColumn = (typeof PATENT_COLUMNS)[number];

/** One CSV record: every column as a (possibly empty) string. */
export type PatentRow = Record<PatentColumn, string>;

export const HOLDER_TYPES = ['company', 'university', 'public_research', 'individual', 'other'] as const;
export type HolderType = (typeof HOLDER_TYPES)[number];

export const LICENSE_TERMS = ['license', 'assignment', 'either'] as const;
export type LicenseTerms = (typeof LICENSE_TERMS)[number];

/**
 * Field ids of data/patent-fields.yaml, in the same order.
 * Kept as a copy so the generator stays pure; patents.test.ts asserts they match.
 */
export const DEFAULT_FIELD_IDS = [
  'machinery',
  'electronics',
  'ict',
  'measurement',
  'chemistry',
  'food-bio',
  'lifestyle',
  'construction',
  'transport',
  'environment',
  'medical-welfare',
  'textile-paper',
  'metal-materials',
  'organic-inorganic',
] as const;

/** Earliest and latest `registered` / `updated` date produced. */
export const SAMPLE_DATE_MIN = '2005-01-01';
export const SAMPLE_DATE_MAX = '2026-11-20';

/** Upper bound for `count` (license numbers stay unique far beyond this). */
export const MAX_PATENT_COUNT = 1_000_000;

export interface GeneratePatentsOptions {
  /** Number of records, integer 0 … MAX_PATENT_COUNT. */
  count: number;
  /** PRNG seed, any safe integer. */
  seed: number;
  /** Allowed `field` ids; defaults to DEFAULT_FIELD_IDS. Unknown ids get a generic vocabulary. */
  fieldIds?: readonly string[];
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/** [Japanese, English] */
type Term = readonly [ja: string, en: string];
/** [Japanese, English gerund, English noun] e.g. ['制御', 'controlling', 'control'] */
type Proc = readonly [ja: string, gerund: string, noun: string];
/** [Japanese morpheme, romaji used for example e-mail domains] */
type Morpheme = readonly [ja: string, romaji: string];

interface FieldVocab {
  /** Relative share of records in this field. */
  weight: number;
  objects: readonly Term[];
  techs: readonly Term[];
  adjectives: readonly Term[];
  procs: readonly Proc[];
  /** Titles of the form 「○○装置、○○方法及びプログラム」 make sense. */
  program: boolean;
  effects: readonly string[];
  products: readonly string[];
  keywords: readonly string[];
  ipc: readonly string[];
  /** Industry morphemes for company names (翠嶺[精機]株式会社). */
  industries: readonly Morpheme[];
  /** Trade words for cooperative names (翠嶺[鉄工]協同組合). */
  coops: readonly Morpheme[];
}

const MANUFACTURE: Proc = ['製造', 'manufacturing', 'manufacturing'];
const CONTROL: Proc = ['制御', 'controlling', 'control'];

const VOCAB: Record<string, FieldVocab> = {
  machinery: {
    weight: 12,
    objects: [
      ['切削工具', 'cutting tool'],
      ['研削装置', 'grinding device'],
      ['減速機', 'speed reducer'],
      ['転がり軸受', 'rolling bearing'],
      ['搬送装置', 'conveying device'],
      ['ロボットハンド', 'robot hand'],
      ['射出成形用金型', 'injection mold'],
      ['溶接装置', 'welding apparatus'],
      ['油圧シリンダ', 'hydraulic cylinder'],
      ['締結部材', 'fastening member'],
      ['歯車装置', 'gear device'],
      ['プレス機械', 'press machine'],
    ],
    techs: [
      ['超音波振動', 'ultrasonic vibration'],
      ['レーザー加工', 'laser processing'],
      ['磁気浮上', 'magnetic levitation'],
      ['摩擦攪拌接合', 'friction stir welding'],
      ['空気圧制御', 'pneumatic control'],
      ['多関節リンク機構', 'a multi-joint link mechanism'],
      ['ダイヤモンドライクカーボン被膜', 'a diamond-like carbon coating'],
      ['サーボモーター', 'a servomotor'],
    ],
    adjectives: [
      ['高剛性', 'high-rigidity'],
      ['小型', 'compact'],
      ['高精度', 'high-precision'],
      ['低騒音', 'low-noise'],
    ],
    procs: [MANUFACTURE, CONTROL, ['加工', 'machining', 'machining']],
    program: false,
    effects: ['加工精度の向上', '工具寿命の延長', '振動の抑制', '装置の小型化', '組立工数の削減', '騒音の低減'],
    products: ['工作機械', '産業用ロボット', '自動車部品', '精密金型', '農業機械', '包装機械'],
    keywords: ['切削', '研削', '金型', '軸受', 'ロボット', 'モーター', 'サーボ', '精密加工', '溶接', '搬送', 'ローラー', 'ベアリング'],
    ipc: ['B23B 27/14', 'B23C 5/10', 'B23K 26/00', 'B24B 37/00', 'B21D 22/00', 'F16H 1/32', 'F16C 33/10', 'B25J 9/16', 'B65G 47/91', 'F16K 31/06'],
    industries: [['精機', 'seiki'], ['機工', 'kiko'], ['製作所', 'ss'], ['工機', 'koki'], ['重工業', 'hi'], ['鉄工', 'tekko']],
    coops: [['鉄工', 'tekko'], ['機械金属', 'kikai']],
  },
  electronics: {
    weight: 12,
    objects: [
      ['半導体装置', 'semiconductor device'],
      ['発光素子', 'light-emitting element'],
      ['二次電池', 'secondary battery'],
      ['電力変換装置', 'power conversion device'],
      ['コイル部品', 'coil component'],
      ['キャパシタ', 'capacitor'],
      ['モーター駆動回路', 'motor drive circuit'],
      ['太陽電池モジュール', 'solar cell module'],
      ['照明装置', 'lighting device'],
      ['配線基板', 'wiring board'],
      ['非接触給電装置', 'wireless power supply device'],
    ],
    techs: [
      ['窒化ガリウム', 'gallium nitride'],
      ['炭化ケイ素', 'silicon carbide'],
      ['量子ドット', 'quantum dots'],
      ['固体電解質', 'a solid electrolyte'],
      ['薄膜トランジスタ', 'thin-film transistors'],
      ['有機EL', 'organic EL'],
      ['磁界共鳴', 'magnetic resonance coupling'],
    ],
    adjectives: [
      ['高効率', 'high-efficiency'],
      ['小型', 'compact'],
      ['高耐圧', 'high-voltage'],
      ['低消費電力', 'low-power'],
    ],
    procs: [MANUFACTURE, CONTROL, ['駆動', 'driving', 'drive']],
    program: false,
    effects: ['消費電力の低減', '発光効率の向上', '放熱性の向上', '充放電サイクル特性の改善', '電力変換効率の向上', '製造コストの低減'],
    products: ['LED照明', '電気自動車', 'スマートフォン', 'パワーコンディショナ', '家電製品', 'ウェアラブル機器'],
    keywords: ['半導体', 'LED', 'パワーデバイス', '二次電池', 'リチウムイオン', 'インバーター', '太陽電池', '有機EL', 'USB', '電源', 'バッテリー'],
    ipc: ['H01L 21/02', 'H01L 33/50', 'H01M 10/052', 'H02K 1/27', 'H02M 7/48', 'H01F 27/28', 'H05B 45/00', 'H01G 11/06', 'H02J 50/12'],
    industries: [['電子', 'denshi'], ['電機', 'denki'], ['電子工業', 'denshi'], ['電工', 'denko'], ['エレクトロニクス', 'elec']],
    coops: [['電子部品', 'denshi'], ['電気工事業', 'denki']],
  },
  ict: {
    weight: 11,
    objects: [
      ['情報処理装置', 'information processing device'],
      ['通信システム', 'communication system'],
      ['画像処理装置', 'image processing apparatus'],
      ['音声認識装置', 'speech recognition device'],
      ['暗号化装置', 'encryption device'],
      ['データ管理システム', 'data management system'],
      ['無線通信端末', 'wireless communication terminal'],
      ['推薦システム', 'recommendation system'],
      ['ネットワーク監視装置', 'network monitoring device'],
      ['文書検索装置', 'document retrieval device'],
    ],
    techs: [
      ['深層学習', 'deep learning'],
      ['ブロックチェーン', 'a blockchain'],
      ['秘密分散', 'secret sharing'],
      ['エッジコンピューティング', 'edge computing'],
      ['自然言語処理', 'natural language processing'],
      ['強化学習', 'reinforcement learning'],
      ['位置情報', 'location information'],
      ['電子透かし', 'digital watermarking'],
    ],
    adjectives: [
      ['分散型', 'distributed'],
      ['高速', 'high-speed'],
      ['省電力', 'power-saving'],
      ['適応型', 'adaptive'],
    ],
    procs: [CONTROL, ['処理', 'processing', 'processing'], ['推定', 'estimating', 'estimation'], ['管理', 'managing', 'management']],
    program: true,
    effects: ['処理時間の短縮', '通信量の削減', '認識精度の向上', 'セキュリティの強化', '利便性の向上', '計算資源の節約'],
    products: ['クラウドサービス', 'スマートフォンアプリ', '監視カメラ', 'コールセンター', '電子カルテシステム', 'IoT機器'],
    keywords: ['AI', 'IoT', '機械学習', 'ビッグデータ', 'クラウド', 'コンピュータ', 'コンピューター', 'サーバー', 'セキュリティ', 'ネットワーク', 'データベース', 'ソフトウェア', '5G'],
    ipc: ['G06F 16/30', 'G06F 21/62', 'G06N 20/00', 'G06Q 10/06', 'G06T 7/00', 'H04L 9/00', 'H04W 4/70', 'H04N 19/00', 'G10L 15/22'],
    industries: [['情報システム', 'is'], ['ソフト', 'soft'], ['システムズ', 'systems'], ['ネットワークス', 'networks'], ['データ', 'data']],
    coops: [['情報サービス', 'joho'], ['ソフトウェア', 'soft']],
  },
  measurement: {
    weight: 9,
    objects: [
      ['検査装置', 'inspection apparatus'],
      ['測定装置', 'measuring device'],
      ['ガスセンサー', 'gas sensor'],
      ['温度センサ', 'temperature sensor'],
      ['分光分析装置', 'spectroscopic analyzer'],
      ['距離計測装置', 'distance measuring device'],
      ['非破壊検査装置', 'non-destructive testing apparatus'],
      ['ひずみゲージ', 'strain gauge'],
      ['流量計', 'flow meter'],
      ['顕微鏡', 'microscope'],
    ],
    techs: [
      ['テラヘルツ波', 'terahertz waves'],
      ['ラマン分光', 'Raman spectroscopy'],
      ['光ファイバ', 'optical fibers'],
      ['渦電流', 'eddy currents'],
      ['画像解析', 'image analysis'],
      ['超音波エコー', 'ultrasonic echoes'],
      ['光干渉', 'optical interference'],
    ],
    adjectives: [
      ['高感度', 'high-sensitivity'],
      ['携帯型', 'portable'],
      ['非接触式', 'non-contact'],
      ['高分解能', 'high-resolution'],
    ],
    procs: [['測定', 'measuring', 'measurement'], ['検査', 'inspecting', 'inspection'], ['校正', 'calibrating', 'calibration']],
    program: true,
    effects: ['測定精度の向上', '検出感度の向上', '測定時間の短縮', '非接触での計測', '装置の低コスト化', '校正作業の簡略化'],
    products: ['品質管理装置', '環境モニタリング装置', 'インフラ点検機器', '医療用分析装置', '食品検査ライン'],
    keywords: ['センサー', 'センサ', '計測', '分光', '非破壊検査', '画像解析', 'レーザー', '校正', 'モニタリング', '光ファイバ'],
    ipc: ['G01N 21/65', 'G01N 33/48', 'G01B 11/24', 'G01L 1/22', 'G01K 7/02', 'G01S 17/89', 'G01M 99/00', 'G01R 31/36'],
    industries: [['計器', 'keiki'], ['計測', 'keisoku'], ['測器', 'sokki'], ['光学', 'kogaku'], ['センシング', 'sensing']],
    coops: [['計量器', 'keiryo']],
  },
  chemistry: {
    weight: 10,
    objects: [
      ['樹脂組成物', 'resin composition'],
      ['触媒', 'catalyst'],
      ['塗料組成物', 'coating composition'],
      ['接着剤', 'adhesive'],
      ['医薬組成物', 'pharmaceutical composition'],
      ['蛍光材料', 'fluorescent material'],
      ['界面活性剤', 'surfactant'],
      ['含窒素複素環化合物', 'nitrogen-containing heterocyclic compound'],
      ['分離膜', 'separation membrane'],
      ['洗浄剤', 'cleaning agent'],
    ],
    techs: [
      ['金属錯体', 'a metal complex'],
      ['イオン液体', 'an ionic liquid'],
      ['ナノ粒子', 'nanoparticles'],
      ['光触媒', 'a photocatalyst'],
      ['フロー合成', 'flow synthesis'],
      ['ゾルゲル法', 'a sol-gel method'],
      ['マイクロカプセル', 'microcapsules'],
    ],
    adjectives: [
      ['高純度', 'high-purity'],
      ['水系', 'water-based'],
      ['低毒性', 'low-toxicity'],
      ['速硬化性', 'fast-curing'],
    ],
    procs: [['製造', 'producing', 'production'], ['精製', 'purifying', 'purification']],
    program: false,
    effects: ['反応収率の向上', '保存安定性の向上', '有害物質の低減', '耐候性の向上', '副生成物の抑制', '溶剤使用量の削減'],
    products: ['医薬品', '化粧品', '塗料', '電子材料', '洗剤', '農薬'],
    keywords: ['触媒', '合成', '樹脂', 'ポリマー', '医薬', '光触媒', 'ナノ粒子', '化合物', '接着剤', 'コーティング'],
    ipc: ['C07D 401/04', 'C08G 63/00', 'C09D 5/00', 'C09J 7/00', 'B01J 23/00', 'A61K 31/00', 'C09K 11/06', 'C11D 3/00'],
    industries: [['化学', 'kagaku'], ['化成', 'kasei'], ['薬品', 'yakuhin'], ['製薬', 'seiyaku'], ['ケミカル', 'chemical']],
    coops: [['化学工業', 'kagaku'], ['塗料', 'toryo']],
  },
  'food-bio': {
    weight: 7,
    objects: [
      ['発酵食品', 'fermented food'],
      ['機能性食品', 'functional food'],
      ['飲料', 'beverage'],
      ['乳酸菌株', 'lactic acid bacterium strain'],
      ['酵素製剤', 'enzyme preparation'],
      ['培養装置', 'culture apparatus'],
      ['植物栽培システム', 'plant cultivation system'],
      ['抗体', 'antibody'],
      ['食品保存剤', 'food preservative'],
      ['調味料', 'seasoning'],
    ],
    techs: [
      ['ゲノム編集', 'genome editing'],
      ['酵素処理', 'enzymatic treatment'],
      ['乳酸発酵', 'lactic acid fermentation'],
      ['高圧処理', 'high-pressure processing'],
      ['LED照射', 'LED irradiation'],
      ['麹菌', 'koji mold'],
      ['凍結乾燥', 'freeze drying'],
    ],
    adjectives: [
      ['低糖質', 'low-carbohydrate'],
      ['高機能', 'highly functional'],
      ['常温保存可能な', 'shelf-stable'],
      ['無添加', 'additive-free'],
    ],
    procs: [['製造', 'producing', 'production'], ['培養', 'culturing', 'culture'], ['保存', 'preserving', 'preservation']],
    program: false,
    effects: ['保存性の向上', '風味の改善', '栄養価の向上', '収穫量の増加', '生産効率の向上', 'アレルゲンの低減'],
    products: ['健康食品', '清涼飲料', '加工食品', 'サプリメント', '植物工場', '畜産飼料'],
    keywords: ['発酵', '乳酸菌', '酵素', '機能性食品', 'バイオ', '微生物', '植物工場', 'LED', '培養', 'フレーバー'],
    ipc: ['A23L 2/00', 'A23L 33/10', 'C12N 15/09', 'C12P 7/00', 'C12Q 1/68', 'A01H 1/00', 'A23F 3/14', 'C12N 1/20'],
    industries: [['食品', 'foods'], ['醸造', 'jozo'], ['乳業', 'nyugyo'], ['バイオ', 'bio'], ['製菓', 'seika'], ['酒造', 'shuzo']],
    coops: [['食品加工', 'shokuhin'], ['酒造', 'shuzo'], ['農産加工', 'nosan']],
  },
  lifestyle: {
    weight: 6,
    objects: [
      ['調理器具', 'cooking utensil'],
      ['椅子', 'chair'],
      ['収納ケース', 'storage case'],
      ['運動器具', 'exercise equipment'],
      ['玩具', 'toy'],
      ['筆記具', 'writing instrument'],
      ['浴室用品', 'bathroom article'],
      ['衣類用ハンガー', 'clothes hanger'],
      ['学習教材', 'learning material'],
      ['楽器', 'musical instrument'],
      ['傘', 'umbrella'],
    ],
    techs: [
      ['折り畳み構造', 'a folding structure'],
      ['永久磁石', 'permanent magnets'],
      ['形状記憶合金', 'a shape memory alloy'],
      ['抗菌加工', 'antibacterial treatment'],
      ['拡張現実', 'augmented reality'],
      ['断熱構造', 'a heat-insulating structure'],
    ],
    adjectives: [
      ['折り畳み式', 'foldable'],
      ['携帯用', 'portable'],
      ['多機能', 'multifunctional'],
      ['子供用', "children's"],
    ],
    procs: [MANUFACTURE, ['使用', 'using', 'use']],
    program: false,
    effects: ['使い勝手の向上', '収納性の向上', '安全性の向上', '清掃の容易化', '意匠性の向上', '部品点数の削減'],
    products: ['キッチン用品', '介護用品', '文房具', 'スポーツ用品', 'インテリア', '知育玩具'],
    keywords: ['日用品', 'キッチン', '文房具', 'スポーツ', '玩具', '抗菌', 'インテリア', 'ハンガー', 'カバー', 'アウトドア'],
    ipc: ['A47J 27/00', 'A47C 7/00', 'A45C 11/00', 'A63B 21/00', 'A63H 33/00', 'G09B 19/00', 'B43K 1/00', 'A47K 3/00'],
    industries: [['工芸', 'kogei'], ['木工', 'mokko'], ['産業', 'sangyo'], ['商事', 'shoji'], ['家具製作所', 'kagu']],
    coops: [['漆器', 'shikki'], ['家具工業', 'kagu'], ['刃物', 'hamono']],
  },
  construction: {
    weight: 6,
    objects: [
      ['構造物', 'structure'],
      ['耐震壁', 'seismic wall'],
      ['基礎杭', 'foundation pile'],
      ['コンクリート部材', 'concrete member'],
      ['外壁パネル', 'exterior wall panel'],
      ['橋梁の補修構造', 'bridge repair structure'],
      ['免震装置', 'seismic isolation device'],
      ['地盤改良体', 'ground improvement body'],
      ['トンネル覆工', 'tunnel lining'],
      ['型枠', 'formwork'],
    ],
    techs: [
      ['繊維補強', 'fiber reinforcement'],
      ['プレキャスト工法', 'a precast construction method'],
      ['制振ダンパー', 'a vibration damper'],
      ['ドローン空撮', 'drone aerial photography'],
      ['3次元点群', '3D point clouds'],
      ['高流動コンクリート', 'high-fluidity concrete'],
    ],
    adjectives: [
      ['高耐久', 'high-durability'],
      ['軽量', 'lightweight'],
      ['組立式', 'prefabricated'],
      ['耐火性', 'fire-resistant'],
    ],
    procs: [['施工', 'constructing', 'construction'], ['補強', 'reinforcing', 'reinforcement'], MANUFACTURE],
    program: false,
    effects: ['耐震性の向上', '工期の短縮', '施工コストの削減', '耐久性の向上', '省人化', '廃材の削減'],
    products: ['住宅', '橋梁', 'トンネル', '高層ビル', '道路舗装', '擁壁'],
    keywords: ['建築', '土木', '耐震', 'コンクリート', '免震', '施工', '補強', 'ダンパー', 'インフラ', 'BIM'],
    ipc: ['E04B 1/58', 'E04G 21/00', 'E02D 27/00', 'E01D 22/00', 'E04F 13/08', 'C04B 28/02', 'E21D 11/00', 'E04H 9/02'],
    industries: [['建設', 'kensetsu'], ['組', 'gumi'], ['工務店', 'komuten'], ['土木', 'doboku'], ['ハウス', 'house']],
    coops: [['建設業', 'kensetsu'], ['左官業', 'sakan']],
  },
  transport: {
    weight: 6,
    objects: [
      ['車両', 'vehicle'],
      ['電動アシスト自転車', 'electrically assisted bicycle'],
      ['自動運転システム', 'automated driving system'],
      ['鉄道車両用台車', 'bogie for railway vehicle'],
      ['船舶', 'ship'],
      ['無人航空機', 'unmanned aerial vehicle'],
      ['車載充電器', 'on-board charger'],
      ['シートベルト装置', 'seatbelt device'],
      ['駐車支援装置', 'parking assistance device'],
      ['空気入りタイヤ', 'pneumatic tire'],
    ],
    techs: [
      ['回生ブレーキ', 'regenerative braking'],
      ['LiDAR', 'LiDAR'],
      ['車車間通信', 'vehicle-to-vehicle communication'],
      ['軽量複合材', 'a lightweight composite'],
      ['空力デバイス', 'an aerodynamic device'],
      ['燃料電池', 'a fuel cell'],
    ],
    adjectives: [
      ['電動', 'electric'],
      ['軽量', 'lightweight'],
      ['低燃費', 'fuel-efficient'],
      ['自律型', 'autonomous'],
    ],
    procs: [CONTROL, MANUFACTURE],
    program: true,
    effects: ['燃費の向上', '乗り心地の改善', '衝突安全性の向上', '航続距離の延長', '車体の軽量化', '運転者の負担軽減'],
    products: ['自動車', '鉄道車両', 'ドローン', '電動車いす', '物流トラック', '小型船舶'],
    keywords: ['自動車', '自動運転', 'EV', 'ドローン', '鉄道', 'モーター', 'バッテリー', 'ブレーキ', 'GPS', 'タイヤ'],
    ipc: ['B60L 53/00', 'B60W 30/00', 'B62D 1/00', 'B61L 23/00', 'B63B 35/00', 'B64C 39/02', 'B60R 21/00', 'B60C 11/03'],
    industries: [['自動車', 'motor'], ['車体', 'shatai'], ['造船', 'zosen'], ['モビリティ', 'mobility'], ['輸送機', 'yusoki']],
    coops: [['自動車整備', 'seibi'], ['運送', 'unso']],
  },
  environment: {
    weight: 6,
    objects: [
      ['排水処理装置', 'wastewater treatment apparatus'],
      ['廃棄物処理システム', 'waste treatment system'],
      ['排ガス浄化装置', 'exhaust gas purification device'],
      ['再生骨材', 'recycled aggregate'],
      ['吸着材', 'adsorbent'],
      ['バイオマス燃料', 'biomass fuel'],
      ['土壌浄化剤', 'soil remediation agent'],
      ['二酸化炭素回収装置', 'carbon dioxide capture apparatus'],
      ['太陽光発電システム', 'photovoltaic power generation system'],
      ['生ごみ処理機', 'food waste disposer'],
    ],
    techs: [
      ['微生物分解', 'microbial degradation'],
      ['膜分離', 'membrane separation'],
      ['熱分解', 'pyrolysis'],
      ['電気分解', 'electrolysis'],
      ['活性炭', 'activated carbon'],
      ['超臨界流体', 'a supercritical fluid'],
    ],
    adjectives: [
      ['省エネルギー型', 'energy-saving'],
      ['小型', 'compact'],
      ['循環型', 'circulation-type'],
      ['低コスト', 'low-cost'],
    ],
    procs: [['処理', 'treating', 'treatment'], ['再生', 'recycling', 'recycling'], MANUFACTURE],
    program: false,
    effects: ['CO2排出量の削減', '処理コストの低減', '資源の有効利用', 'エネルギー消費の削減', '有害物質の除去', '再資源化率の向上'],
    products: ['浄水設備', 'ごみ焼却施設', '工場排水設備', 'バイオマス発電所', '農業用資材'],
    keywords: ['リサイクル', '環境', 'CO2', '排水処理', 'バイオマス', '脱炭素', '廃棄物', 'エネルギー', 'フィルター', '省エネ'],
    ipc: ['B09B 3/00', 'C02F 1/44', 'B01D 53/62', 'C02F 3/28', 'F23G 5/00', 'B29B 17/00', 'C10L 5/44', 'H02S 20/00'],
    industries: [['環境', 'kankyo'], ['環境開発', 'kankyo'], ['リサイクル', 'recycle'], ['エコテック', 'ecotech'], ['水処理', 'water']],
    coops: [['資源リサイクル', 'recycle'], ['環境整備', 'kankyo']],
  },
  'medical-welfare': {
    weight: 7,
    objects: [
      ['医療用カテーテル', 'medical catheter'],
      ['生体情報計測装置', 'biological information measuring device'],
      ['歩行支援装置', 'walking assistance device'],
      ['車椅子', 'wheelchair'],
      ['人工関節', 'artificial joint'],
      ['内視鏡', 'endoscope'],
      ['見守りシステム', 'watch-over system'],
      ['診断支援装置', 'diagnosis support device'],
      ['介護用ベッド', 'nursing care bed'],
      ['創傷被覆材', 'wound dressing'],
    ],
    techs: [
      ['筋電位', 'myoelectric potentials'],
      ['生体適合材料', 'a biocompatible material'],
      ['画像診断', 'diagnostic imaging'],
      ['ウェアラブルセンサー', 'a wearable sensor'],
      ['パワーアシスト', 'power assist'],
      ['センサフュージョン', 'sensor fusion'],
    ],
    adjectives: [
      ['低侵襲', 'minimally invasive'],
      ['装着型', 'wearable'],
      ['在宅用', 'home-use'],
      ['軽量', 'lightweight'],
    ],
    procs: [CONTROL, MANUFACTURE, ['評価', 'evaluating', 'evaluation']],
    program: true,
    effects: ['患者負担の軽減', '介護者の負担軽減', '診断精度の向上', '疾患の早期発見', '感染リスクの低減', 'リハビリテーション効果の向上'],
    products: ['医療機器', '介護ロボット', 'リハビリ機器', '在宅医療機器', '福祉車両', '検査キット'],
    keywords: ['医療', '介護', '福祉', 'リハビリ', 'ウェアラブル', 'カテーテル', '診断', 'バイタルセンサー', 'ヘルスケア', 'AI'],
    ipc: ['A61B 5/00', 'A61B 1/00', 'A61G 5/04', 'A61H 3/00', 'A61F 2/38', 'A61N 1/36', 'A61M 25/00', 'G16H 40/67'],
    industries: [['メディカル', 'medical'], ['医科器械', 'ika'], ['医療器', 'iryoki'], ['ヘルスケア', 'healthcare']],
    coops: [['福祉用具', 'fukushi']],
  },
  'textile-paper': {
    weight: 3,
    objects: [
      ['不織布', 'nonwoven fabric'],
      ['繊維構造体', 'fiber structure'],
      ['機能紙', 'functional paper'],
      ['織物', 'woven fabric'],
      ['複合糸', 'composite yarn'],
      ['紙製容器', 'paper container'],
      ['衣料品', 'garment'],
      ['包装材', 'packaging material'],
      ['フィルター用濾材', 'filter medium'],
    ],
    techs: [
      ['セルロースナノファイバー', 'cellulose nanofibers'],
      ['電界紡糸', 'electrospinning'],
      ['撥水加工', 'water-repellent finishing'],
      ['天然染料', 'natural dyes'],
      ['導電性繊維', 'conductive fibers'],
      ['和紙', 'washi paper'],
    ],
    adjectives: [
      ['高強度', 'high-strength'],
      ['生分解性', 'biodegradable'],
      ['抗菌性', 'antibacterial'],
      ['難燃性', 'flame-retardant'],
    ],
    procs: [MANUFACTURE, ['加工', 'processing', 'processing']],
    program: false,
    effects: ['強度の向上', '吸水性の向上', '通気性の確保', '軽量化', '風合いの改善', '生分解性の付与'],
    products: ['衣料品', 'マスク', '紙おむつ', '包装資材', '産業用フィルター', 'インテリア用品'],
    keywords: ['繊維', '不織布', '紙', 'セルロース', '和紙', '染色', 'テキスタイル', 'フィルター', 'ナノファイバー', '撥水'],
    ipc: ['D01F 6/00', 'D04H 1/4382', 'D06M 11/00', 'D21H 11/18', 'D21H 27/00', 'D03D 15/00', 'D06P 5/00', 'B65D 65/40'],
    industries: [['繊維', 'seni'], ['紡績', 'boseki'], ['製紙', 'seishi'], ['織物', 'orimono'], ['テキスタイル', 'textile']],
    coops: [['織物工業', 'orimono'], ['和紙', 'washi'], ['染色', 'senshoku']],
  },
  'metal-materials': {
    weight: 4,
    objects: [
      ['鋼材', 'steel material'],
      ['アルミニウム合金', 'aluminum alloy'],
      ['チタン合金', 'titanium alloy'],
      ['銅合金', 'copper alloy'],
      ['金属粉末', 'metal powder'],
      ['めっき皮膜', 'plating film'],
      ['軟磁性材料', 'soft magnetic material'],
      ['溶接材料', 'welding material'],
      ['金属積層造形物', 'additively manufactured metal article'],
    ],
    techs: [
      ['熱処理', 'heat treatment'],
      ['粉末冶金', 'powder metallurgy'],
      ['金属3Dプリンター', 'a metal 3D printer'],
      ['結晶粒微細化', 'grain refinement'],
      ['表面窒化', 'surface nitriding'],
      ['無電解めっき', 'electroless plating'],
    ],
    adjectives: [
      ['高強度', 'high-strength'],
      ['高耐食性', 'highly corrosion-resistant'],
      ['低コスト', 'low-cost'],
      ['非磁性', 'non-magnetic'],
    ],
    procs: [MANUFACTURE, ['熱処理', 'heat-treating', 'heat treatment']],
    program: false,
    effects: ['耐食性の向上', '強度と延性の両立', '軽量化', 'レアメタル使用量の削減', '加工性の向上', '耐熱性の向上'],
    products: ['自動車用部材', '航空機部品', '電子部品', '建築金物', '医療用インプラント', '切削工具'],
    keywords: ['合金', '鋼', 'アルミニウム', 'チタン', 'めっき', '熱処理', '粉末冶金', '3Dプリンター', '耐食性', 'レアメタル'],
    ipc: ['C22C 38/00', 'C22C 21/00', 'C21D 9/00', 'C23C 14/00', 'B22F 3/00', 'C22B 7/00', 'C25D 3/00', 'H01F 1/147'],
    industries: [['金属', 'kinzoku'], ['製鋼', 'seiko'], ['合金', 'gokin'], ['メタル', 'metal'], ['鋳造', 'chuzo']],
    coops: [['鋳物', 'imono'], ['金属加工', 'kinzoku']],
  },
  'organic-inorganic': {
    weight: 5,
    objects: [
      ['セラミックス焼結体', 'ceramic sintered body'],
      ['ガラス組成物', 'glass composition'],
      ['高分子フィルム', 'polymer film'],
      ['炭素材料', 'carbon material'],
      ['繊維強化複合材料', 'fiber-reinforced composite material'],
      ['断熱材', 'heat insulating material'],
      ['生分解性プラスチック', 'biodegradable plastic'],
      ['ゴム組成物', 'rubber composition'],
      ['多孔質材料', 'porous material'],
      ['蛍光体', 'phosphor'],
    ],
    techs: [
      ['カーボンナノチューブ', 'carbon nanotubes'],
      ['グラフェン', 'graphene'],
      ['ゼオライト', 'zeolite'],
      ['自己修復性ポリマー', 'a self-healing polymer'],
      ['ナノコンポジット', 'a nanocomposite'],
      ['常圧焼結', 'pressureless sintering'],
    ],
    adjectives: [
      ['高耐熱性', 'highly heat-resistant'],
      ['透明', 'transparent'],
      ['柔軟', 'flexible'],
      ['導電性', 'conductive'],
    ],
    procs: [MANUFACTURE, ['成形', 'molding', 'molding']],
    program: false,
    effects: ['耐熱性の向上', '機械的強度の向上', '熱伝導率の向上', '透明性の確保', '環境負荷の低減', '成形性の向上'],
    products: ['電子部品', '建材', '包装フィルム', '自動車部品', '断熱パネル', '電池材料'],
    keywords: ['セラミックス', 'ガラス', 'ポリマー', '複合材料', 'カーボン', 'グラフェン', 'プラスチック', 'ゴム', 'フィルム', 'ナノ材料'],
    ipc: ['C08L 101/00', 'C08J 5/18', 'C04B 35/00', 'C03C 3/00', 'C01B 32/168', 'C08K 3/00', 'C01B 39/02', 'C09K 11/08'],
    industries: [['窯業', 'yogyo'], ['化成', 'kasei'], ['セラミックス', 'ceramics'], ['樹脂', 'jushi'], ['マテリアル', 'material'], ['硝子', 'glass']],
    coops: [['窯業', 'yogyo'], ['プラスチック', 'plastic']],
  },
};

/** Vocabulary for field ids that have no dedicated vocabulary (custom `fieldIds`). */
const GENERIC_VOCAB: FieldVocab = {
  weight: 5,
  objects: [
    ['装置', 'device'],
    ['システム', 'system'],
    ['部材', 'member'],
    ['組成物', 'composition'],
    ['構造体', 'structure'],
  ],
  techs: [
    ['センサー', 'a sensor'],
    ['機械学習', 'machine learning'],
    ['複合材料', 'a composite material'],
    ['画像処理', 'image processing'],
  ],
  adjectives: [
    ['小型', 'compact'],
    ['高性能', 'high-performance'],
    ['低コスト', 'low-cost'],
  ],
  procs: [MANUFACTURE, CONTROL],
  program: true,
  effects: ['性能の向上', '製造コストの低減', '小型化', '省エネルギー化'],
  products: ['産業機器', '民生機器', '各種部品'],
  keywords: ['技術', '装置', 'システム', '材料'],
  ipc: ['G06F 3/00', 'B32B 27/00', 'G01N 21/00', 'H01L 21/00'],
  industries: [['工業', 'kogyo'], ['産業', 'sangyo'], ['技研', 'giken'], ['テクノ', 'techno']],
  coops: [['工業', 'kogyo']],
};

/** Keywords that may appear in any field (katakana long vowels, ASCII, …). */
const COMMON_KEYWORDS = [
  'コンピュータ',
  'コンピューター',
  'センサー',
  'モーター',
  'データ',
  'エネルギー',
  'IoT',
  'AI',
  'USB',
  'LED',
  'DX',
  '省エネ',
  '低コスト',
  '小型化',
  '高精度',
  'ユーザー',
];

const GENERIC_INDUSTRIES: readonly Morpheme[] = [
  ['工業', 'kogyo'],
  ['産業', 'sangyo'],
  ['技研', 'giken'],
  ['テクノ', 'techno'],
  ['製作所', 'ss'],
];

/** Place-like morphemes used for fictional organisation names. */
const PLACES: readonly Morpheme[] = [
  ['翠嶺', 'suirei'],
  ['碧浜', 'hekihama'],
  ['朝凪', 'asanagi'],
  ['雲雀野', 'hibarino'],
  ['柚木台', 'yuzukidai'],
  ['白樺坂', 'shirakabazaka'],
  ['桂原', 'katsurahara'],
  ['浅葱', 'asagi'],
  ['梓沢', 'azusazawa'],
  ['青嵐', 'seiran'],
  ['星見台', 'hoshimidai'],
  ['瑞穂野', 'mizuhono'],
  ['千鳥ヶ浜', 'chidorigahama'],
  ['東雲台', 'shinonomedai'],
  ['北斗野', 'hokutono'],
  ['紫苑', 'shion'],
  ['銀杏坂', 'ichozaka'],
  ['楓川', 'kaedegawa'],
  ['菫原', 'sumirehara'],
  ['燕岬', 'tsubamemisaki'],
  ['鷹巣台', 'takasudai'],
  ['萌黄', 'moegi'],
  ['葵浜', 'aoihama'],
  ['藍沢', 'aizawa'],
  ['錦ヶ岡', 'nishikigaoka'],
  ['琥珀野', 'kohakuno'],
  ['霧ヶ峰台', 'kirigaminedai'],
  ['若竹', 'wakatake'],
  ['灯台崎', 'todaizaki'],
  ['雪見野', 'yukimino'],
  ['花咲台', 'hanasakidai'],
  ['樫ノ木', 'kashinoki'],
  ['水鏡', 'mizukagami'],
  ['暁', 'akatsuki'],
  ['扇ヶ谷', 'ogigaya'],
  ['杜若', 'kakitsubata'],
  ['鈴蘭台', 'suzurandai'],
  ['茜浦', 'akaneura'],
  ['新緑', 'shinryoku'],
  ['蒼海', 'sokai'],
];

/** Coined katakana brand names (company names like ミラヴェルテック株式会社). */
const BRANDS: readonly Morpheme[] = [
  ['ミラヴェル', 'miravel'],
  ['オルティア', 'ortia'],
  ['ケイロス', 'keiros'],
  ['ファルネ', 'farune'],
  ['ゼフィラ', 'zephyra'],
  ['ヴェルダ', 'verda'],
  ['エルシオ', 'elsio'],
  ['トラミナ', 'tramina'],
  ['リュミオ', 'lumio'],
  ['サンクレア', 'sanclair'],
  ['アストリィ', 'astry'],
  ['ノルディカ', 'nordica'],
];

const BRAND_SUFFIXES: readonly Morpheme[] = [
  ['テック', 'tech'],
  ['システムズ', 'systems'],
  ['マテリアル', 'material'],
  ['ラボ', 'lab'],
  ['エンジニアリング', 'eng'],
  ['デバイス', 'device'],
  ['ソリューションズ', 'solutions'],
];

/** Research topics of fictional national research institutes: [ja, slug, related fields]. */
const RESEARCH_TOPICS: readonly (readonly [string, string, readonly string[]])[] = [
  ['先端材料科学', 'nams', ['metal-materials', 'organic-inorganic', 'chemistry']],
  ['海洋環境技術', 'nmet', ['environment', 'transport', 'measurement']],
  ['次世代エネルギー', 'nger', ['electronics', 'environment', 'chemistry']],
  ['生命情報科学', 'nlis', ['food-bio', 'medical-welfare', 'ict']],
  ['防災地盤工学', 'ndge', ['construction', 'measurement']],
  ['農食品技術', 'naft', ['food-bio', 'environment']],
  ['量子光計測', 'nqom', ['measurement', 'electronics', 'ict']],
  ['情報基盤技術', 'nict-x', ['ict', 'electronics']],
  ['先進医療工学', 'name', ['medical-welfare', 'measurement', 'chemistry']],
  ['交通システム安全', 'ntss', ['transport', 'ict', 'construction']],
  ['生活環境デザイン', 'nlde', ['lifestyle', 'textile-paper', 'construction']],
  ['精密ものづくり', 'npmi', ['machinery', 'metal-materials', 'measurement']],
];

const SURNAMES: readonly Morpheme[] = [
  ['山田', 'yamada'], ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'],
  ['伊藤', 'ito'], ['渡辺', 'watanabe'], ['中村', 'nakamura'], ['小林', 'kobayashi'], ['加藤', 'kato'],
  ['吉田', 'yoshida'], ['山本', 'yamamoto'], ['松本', 'matsumoto'], ['井上', 'inoue'], ['木村', 'kimura'],
  ['清水', 'shimizu'], ['森', 'mori'], ['池田', 'ikeda'], ['橋本', 'hashimoto'], ['石川', 'ishikawa'],
  ['前田', 'maeda'], ['藤田', 'fujita'], ['岡本', 'okamoto'], ['長谷川', 'hasegawa'],
];

const GIVEN_NAMES: readonly Morpheme[] = [
  ['太郎', 'taro'], ['花子', 'hanako'], ['一郎', 'ichiro'], ['健二', 'kenji'], ['誠', 'makoto'],
  ['裕子', 'yuko'], ['浩', 'hiroshi'], ['直樹', 'naoki'], ['美咲', 'misaki'], ['大輔', 'daisuke'],
  ['恵', 'megumi'], ['隆', 'takashi'], ['由美', 'yumi'], ['翔太', 'shota'], ['陽子', 'yoko'],
  ['修', 'osamu'], ['智子', 'tomoko'], ['拓也', 'takuya'], ['明美', 'akemi'], ['和夫', 'kazuo'],
  ['沙織', 'saori'], ['健太', 'kenta'], ['順子', 'junko'], ['悟', 'satoru'],
];

const METRICS = ['消費電力', '製造コスト', '重量', '処理時間', '部品点数', '廃棄物量', '作業時間'];

// ---------------------------------------------------------------------------
// Dates (epoch day numbers; UTC only, no local time zone involved)
// ---------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const formatDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

const MIN_YEAR = 2005;
const MAX_YEAR = 2026;
const MAX_DAY = dayNumber(2026, 11, 20);

/** Registration-year weights: gently increasing, 2026 scaled down (ends 11-20). */
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = Array.from(
  { length: MAX_YEAR - MIN_YEAR + 1 },
  (_, i): readonly [number, number] => {
    const year = MIN_YEAR + i;
    const w = 0.7 + 0.04 * i;
    return [year, year === MAX_YEAR ? (w * (MAX_DAY - dayNumber(MAX_YEAR, 1, 1) + 1)) / 365 : w];
  },
);

/** Japanese patent numbers roughly in force at the start of each grant year. */
const PATENT_NO_AT_YEAR_START: Readonly<Record<number, number>> = {
  2000: 3010000, 2001: 3150000, 2002: 3280000, 2003: 3390000, 2004: 3500000,
  2005: 3610000, 2006: 3730000, 2007: 3850000, 2008: 4010000, 2009: 4180000,
  2010: 4370000, 2011: 4600000, 2012: 4840000, 2013: 5150000, 2014: 5430000,
  2015: 5660000, 2016: 5850000, 2017: 6060000, 2018: 6270000, 2019: 6460000,
  2020: 6640000, 2021: 6820000, 2022: 7000000, 2023: 7210000, 2024: 7420000,
  2025: 7620000, 2026: 7800000, 2027: 7999999,
};

// ---------------------------------------------------------------------------
// Holders
// ---------------------------------------------------------------------------

interface Holder {
  name: string;
  type: HolderType;
  fields: readonly string[];
  contact: string;
  /** Probability of writing application_no as 特願YYYY-NNNNNN. */
  appPrefixRate: number;
  /** Probability of writing patent_no as 特許第NNNNNNN号. */
  patentPrefixRate: number;
  /** Probability that a record of this holder has an English title. */
  titleEnRate: number;
}

const HOLDER_TYPE_WEIGHTS: readonly (readonly [HolderType, number])[] = [
  ['company', 46],
  ['university', 24],
  ['public_research', 14],
  ['individual', 10],
  ['other', 6],
];

const TITLE_EN_RATE: Record<HolderType, number> = {
  company: 0.25,
  university: 0.42,
  public_research: 0.42,
  individual: 0.08,
  other: 0.15,
};

/** Relative number of records per holder, by holder type. */
const ACTIVITY: Record<HolderType, number> = {
  company: 1,
  university: 1.2,
  public_research: 1,
  individual: 0.4,
  other: 0.6,
};

interface Context {
  rng: Rng;
  fieldIds: readonly string[];
  fieldWeights: readonly (readonly [string, number])[];
}

const vocabFor = (fieldId: string): FieldVocab => VOCAB[fieldId] ?? GENERIC_VOCAB;

function pickField(ctx: Context): string {
  return ctx.rng.weighted(ctx.fieldWeights);
}

/** `n` distinct field ids drawn by field weight. */
function pickFields(ctx: Context, n: number): string[] {
  const want = Math.min(n, ctx.fieldIds.length);
  const picked: string[] = [];
  while (picked.length < want) {
    const id = pickField(ctx);
    if (!picked.includes(id)) picked.push(id);
  }
  return picked;
}

function withEmail(rng: Rng, label: string, email: string, rate: number): string {
  return rng.chance(rate) ? `${label}（${email}）` : label;
}

/** Builds one holder of the given type; returns null if the name is already taken. */
function makeHolder(ctx: Context, type: HolderType, taken: Set<string>): Holder | null {
  const { rng } = ctx;
  let name: string;
  let fields: string[];
  let contact: string;

  switch (type) {
    case 'company': {
      const main = pickField(ctx);
      fields = rng.chance(0.35) ? [main, pickField(ctx)] : [main];
      let base: string;
      let slug: string;
      if (rng.chance(0.75)) {
        const place = rng.pick(PLACES);
        const industry = rng.chance(0.8) ? rng.pick(vocabFor(main).industries) : rng.pick(GENERIC_INDUSTRIES);
        base = place[0] + industry[0];
        slug = `${place[1]}-${industry[1]}`;
      } else {
        const brand = rng.pick(BRANDS);
        const suffix = rng.pick(BRAND_SUFFIXES);
        base = brand[0] + suffix[0];
        slug = `${brand[1]}-${suffix[1]}`;
      }
      name = rng.weighted<string>([
        [`株式会社${base}`, 40],
        [`${base}株式会社`, 45],
        [`(株)${base}`, 15],
      ]);
      const dept = rng.pick(['知的財産部', '知的財産部 ライセンス担当', '知財・標準化部', '技術企画部 知財グループ', '研究開発本部 知的財産室']);
      const label = rng.chance(0.75) ? `${name} ${dept}` : dept;
      contact = withEmail(rng, label, `${rng.pick(['ip', 'chizai', 'license', 'tokkyo'])}@${slug}.example.jp`, 0.6);
      break;
    }
    case 'university': {
      const place = rng.pick(PLACES);
      fields = pickFields(ctx, rng.int(3, 5));
      const form = rng.weighted<number>([[0, 30], [1, 30], [2, 14], [3, 10], [4, 10], [5, 6]]);
      name = [
        `国立大学法人${place[0]}大学`,
        `${place[0]}大学`,
        `${place[0]}工業大学`,
        `公立大学法人${place[0]}県立大学`,
        `${place[0]}科学技術大学`,
        `${place[0]}医科大学`,
      ][form] as string;
      if (form === 5 && ctx.fieldIds.includes('medical-welfare')) fields[0] = 'medical-welfare';
      const dept = rng.pick(['産学連携本部', '産学官連携推進本部 知的財産部門', '研究推進機構 知財管理室', '社会連携推進部', 'イノベーション推進機構']);
      const label = rng.chance(0.75) ? `${name} ${dept}` : dept;
      contact = withEmail(rng, label, `${rng.pick(['sangaku', 'tlo', 'chizai', 'renkei'])}@${place[1]}-u.example.ac.jp`, 0.7);
      break;
    }
    case 'public_research': {
      const form = rng.weighted<number>([[0, 40], [1, 40], [2, 20]]);
      if (form === 0) {
        const [topic, slug, related] = rng.pick(RESEARCH_TOPICS);
        name = `国立研究開発法人${topic}${rng.chance(0.6) ? '研究所' : '研究機構'}`;
        fields = related.filter((f) => ctx.fieldIds.includes(f));
        if (fields.length === 0) fields = [pickField(ctx)];
        const label = `${rng.chance(0.6) ? `${name} ` : ''}${rng.pick(['研究推進部 知的財産室', 'イノベーション推進本部 知財・契約室', '企画部 技術移転課'])}`;
        contact = withEmail(rng, label, `${rng.pick(['chizai', 'renkei', 'ip'])}@${slug}.example.go.jp`, 0.65);
      } else if (form === 1) {
        const place = rng.pick(PLACES);
        name = `地方独立行政法人${place[0]}県${rng.pick(['産業技術センター', '工業技術研究所', '産業技術総合研究所'])}`;
        fields = pickFields(ctx, rng.int(2, 4));
        const label = `${rng.chance(0.6) ? `${name} ` : ''}${rng.pick(['企画調整部', '技術支援部 知的財産担当', '連携推進室'])}`;
        contact = withEmail(rng, label, `renkei@${place[1]}-iri.example.go.jp`, 0.65);
      } else {
        const place = rng.pick(PLACES);
        name = `公益財団法人${place[0]}${rng.pick(['科学技術振興財団', '産業創造機構', '産業振興センター'])}`;
        fields = pickFields(ctx, rng.int(2, 4));
        const label = `${rng.chance(0.6) ? `${name} ` : ''}${rng.pick(['技術移転部', '知財活用支援課', '産学連携課'])}`;
        contact = withEmail(rng, label, `info@${place[1]}-f.example.jp`, 0.5);
      }
      break;
    }
    case 'individual': {
      const surname = rng.pick(SURNAMES);
      const given = rng.pick(GIVEN_NAMES);
      name = `${surname[0]} ${given[0]}`;
      fields = [pickField(ctx)];
      contact = rng.chance(0.5) ? withEmail(rng, name, `${surname[1]}.${given[1]}@example.jp`, 0.8) : '';
      break;
    }
    case 'other': {
      const form = rng.weighted<number>([[0, 45], [1, 30], [2, 25]]);
      const main = pickField(ctx);
      fields = [main];
      if (form === 0) {
        const place = rng.pick(PLACES);
        const coop = rng.pick(vocabFor(main).coops);
        name = `${place[0]}${coop[0]}${rng.chance(0.5) ? '事業協同組合' : '協同組合'}`;
        contact = withEmail(rng, `${name} 事務局`, `jimukyoku@${place[1]}-${coop[1]}.example.jp`, 0.4);
      } else if (form === 1) {
        const place = rng.pick(PLACES);
        name = `一般社団法人${place[0]}${rng.pick(['技術振興協会', 'ものづくり協会', '発明協会'])}`;
        fields = pickFields(ctx, rng.int(1, 3));
        contact = withEmail(rng, `${name} 事務局`, `office@${place[1]}-a.example.jp`, 0.4);
      } else {
        const [topic, slug] = rng.pick(RESEARCH_TOPICS);
        name = `${topic}技術研究組合`;
        contact = withEmail(rng, `${name} 技術部`, `tech@${slug}-ra.example.jp`, 0.4);
      }
      break;
    }
  }

  if (taken.has(name)) return null;
  taken.add(name);

  const style = rng.next();
  return {
    name,
    type,
    fields,
    contact,
    // Most holders stick to one notation; a few mix both.
    appPrefixRate: style < 0.45 ? 0.9 : style < 0.9 ? 0.1 : 0.5,
    patentPrefixRate: rng.chance(0.5) ? 0.85 : 0.15,
    titleEnRate: TITLE_EN_RATE[type],
  };
}

interface HolderPool {
  holders: readonly Holder[];
  /** Cumulative popularity weights (Zipf-like), for binary search. */
  cumulative: readonly number[];
}

function makeHolderPool(ctx: Context, count: number): HolderPool {
  const target = Math.min(2000, Math.max(30, Math.round(count / 6)));
  const taken = new Set<string>();
  const holders: Holder[] = [];
  // Guarantee at least one holder of every type, then draw types by weight.
  for (let i = 0; i < target; i++) {
    const type = i < HOLDER_TYPES.length ? (HOLDER_TYPES[i] as HolderType) : ctx.rng.weighted(HOLDER_TYPE_WEIGHTS);
    for (let attempt = 0; attempt < 20; attempt++) {
      const holder = makeHolder(ctx, type, taken);
      if (holder) {
        holders.push(holder);
        break;
      }
    }
  }
  ctx.rng.shuffle(holders);
  // Zipf-like popularity: a few prolific holders, a long tail; individuals and
  // cooperatives hold far fewer patents than companies and universities.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < holders.length; i++) {
    total += ACTIVITY[(holders[i] as Holder).type] / Math.pow(i + 4, 0.8);
    cumulative.push(total);
  }
  return { holders, cumulative };
}

function pickHolder(rng: Rng, pool: HolderPool): Holder {
  const { cumulative, holders } = pool;
  const r = rng.next() * (cumulative[cumulative.length - 1] as number);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > r) hi = mid;
    else lo = mid + 1;
  }
  return holders[lo] as Holder;
}

// ---------------------------------------------------------------------------
// Text builders
// ---------------------------------------------------------------------------

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function buildTitle(rng: Rng, v: FieldVocab): { ja: string; en: string; obj: Term; tech: Term; proc: Proc } {
  const obj = rng.pick(v.objects);
  const tech = rng.pick(v.techs);
  const proc = rng.pick(v.procs);
  const kind = rng.weighted<number>([
    [0, 14], // plain object
    [1, 14], // adjective + object
    [2, 12], // tech を用いた object 及びその proc 方法
    [3, 12], // object 及びその proc 方法
    [4, 12], // tech を利用した object
    [5, 8], // object 及びそれを用いた object2
    [6, 12], // object の proc 方法
    [7, 10], // tech を用いた object の proc 方法
    [8, v.program ? 14 : 0], // object、proc 方法及びプログラム
  ]);
  let ja: string;
  let en: string;
  switch (kind) {
    case 0:
      ja = obj[0];
      en = obj[1];
      break;
    case 1: {
      const adj = rng.pick(v.adjectives);
      ja = adj[0] + obj[0];
      en = `${adj[1]} ${obj[1]}`;
      break;
    }
    case 2:
      ja = `${tech[0]}を用いた${obj[0]}及びその${proc[0]}方法`;
      en = `${obj[1]} using ${tech[1]} and method for ${proc[1]} same`;
      break;
    case 3:
      ja = `${obj[0]}及びその${proc[0]}方法`;
      en = `${obj[1]} and method for ${proc[1]} same`;
      break;
    case 4:
      ja = `${tech[0]}を利用した${obj[0]}`;
      en = `${obj[1]} utilizing ${tech[1]}`;
      break;
    case 5: {
      let obj2 = rng.pick(v.objects);
      if (obj2 === obj) obj2 = v.objects[(v.objects.indexOf(obj) + 1) % v.objects.length] as Term;
      ja = `${obj[0]}及びそれを用いた${obj2[0]}`;
      en = `${obj[1]} and ${obj2[1]} using same`;
      break;
    }
    case 6:
      ja = `${obj[0]}の${proc[0]}方法`;
      en = `method for ${proc[1]} ${obj[1]}`;
      break;
    case 7:
      ja = `${tech[0]}を用いた${obj[0]}の${proc[0]}方法`;
      en = `method for ${proc[1]} ${obj[1]} using ${tech[1]}`;
      break;
    default:
      ja = `${obj[0]}、${proc[0]}方法及びプログラム`;
      en = `${obj[1]}, ${proc[2]} method, and program`;
      break;
  }
  return { ja, en: capitalize(en), obj, tech, proc };
}

function buildSummary(rng: Rng, v: FieldVocab, obj: Term, tech: Term, proc: Proc): string {
  const [eff, eff2, eff3] = rng.sample(v.effects, 3) as [string, string, string];
  const [prod, prod2] = rng.sample(v.products, 2) as [string, string];
  const t = tech[0];
  const o = obj[0];
  const sentences: string[] = [];

  switch (rng.int(0, 4)) {
    case 0:
      sentences.push(`本発明は、${t}を用いることにより${eff}を図った${o}に関する。`);
      break;
    case 1:
      sentences.push(`${t}を利用して、${eff}を実現する${o}を提供する。`);
      break;
    case 2:
      sentences.push(`従来の${o}では、${eff}が困難であった。`, `本技術は、${t}を採用することでこの課題を解決する。`);
      break;
    case 3:
      sentences.push(`${o}に${t}を適用し、${eff}と${eff2}とを両立させた技術である。`);
      break;
    default:
      sentences.push(`${t}を応用した${o}の${proc[0]}方法であり、${eff}が可能となる。`);
      break;
  }

  if (sentences.length < 3 && rng.chance(0.5)) {
    switch (rng.int(0, 3)) {
      case 0:
        sentences.push(`試作品では、従来品と比較して${rng.pick(METRICS)}を約${rng.int(2, 12) * 5}%低減できることを確認した。`);
        break;
      case 1:
        sentences.push('既存の設備をそのまま利用できるため、導入が容易である。');
        break;
      case 2:
        sentences.push(`構成が簡素であるため、${eff3}にも寄与する。`);
        break;
      default:
        sentences.push(`実証試験により、${eff3}の効果が確認されている。`);
        break;
    }
  }

  if (sentences.length < 3 && rng.chance(0.55)) {
    switch (rng.int(0, 2)) {
      case 0:
        sentences.push(`${prod}への応用が期待される。`);
        break;
      case 1:
        sentences.push(`${prod}や${prod2}などへの展開が可能である。`);
        break;
      default:
        sentences.push('ライセンス先への技術指導にも対応可能である。');
        break;
    }
  }

  // A few staff-entered summaries contain a line break inside the cell.
  if (sentences.length > 1 && rng.chance(0.03)) {
    return `${sentences[0]}\n${sentences.slice(1).join('')}`;
  }
  return sentences.join('');
}

function buildKeywords(rng: Rng, v: FieldVocab, tech: Term): string {
  const n = rng.int(2, 5);
  const words: string[] = [];
  const add = (w: string): void => {
    if (words.length < n && !words.includes(w)) words.push(w);
  };
  // Short technique names double as keywords.
  if (tech[0].length <= 8 && rng.chance(0.3)) add(tech[0]);
  const fromCommon = rng.chance(0.6) ? rng.int(1, Math.min(2, n - 1)) : 0;
  for (const w of rng.sample(v.keywords, n - fromCommon)) add(w);
  for (const w of rng.sample(COMMON_KEYWORDS, 4)) add(w);
  // Fill up if duplicates left us short.
  for (const w of v.keywords) add(w);
  return words.join(';');
}

function buildIpc(rng: Rng, v: FieldVocab, ctx: Context): string {
  if (rng.chance(0.1)) return '';
  const n = rng.weighted<number>([[1, 55], [2, 33], [3, 12]]);
  const symbols = rng.sample(v.ipc, n);
  // Occasionally a secondary symbol from another field.
  if (n > 1 && rng.chance(0.2)) {
    const other = rng.pick(vocabFor(pickField(ctx)).ipc);
    if (!symbols.includes(other)) symbols[symbols.length - 1] = other;
  }
  return symbols.join(';');
}

function buildProducts(rng: Rng, v: FieldVocab): string {
  if (rng.chance(0.25)) return '';
  const items = rng.sample(v.products, rng.weighted<number>([[1, 50], [2, 40], [3, 10]]));
  return items.join('、') + (rng.chance(0.2) ? 'など' : '');
}

// ---------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------

interface Draft {
  year: number;
  day: number;
  order: number;
  row: Omit<PatentRow, 'license_no'>;
}

function validateOptions(options: GeneratePatentsOptions): readonly string[] {
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 0 || count > MAX_PATENT_COUNT) {
    throw new RangeError(`count must be an integer between 0 and ${MAX_PATENT_COUNT}, got ${String(count)}`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${String(seed)}`);
  }
  const fieldIds = options.fieldIds ?? DEFAULT_FIELD_IDS;
  if (fieldIds.length === 0) throw new RangeError('fieldIds must not be empty');
  if (new Set(fieldIds).size !== fieldIds.length) throw new RangeError('fieldIds must be unique');
  for (const id of fieldIds) {
    if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      throw new RangeError(`invalid field id: ${JSON.stringify(id)}`);
    }
  }
  return fieldIds;
}

/**
 * Generates `count` fictional sample records, sorted by license_no
 * (which is also chronological order of `registered`).
 */
export function generatePatents(options: GeneratePatentsOptions): PatentRow[] {
  const fieldIds = validateOptions(options);
  const rng = createRng(options.seed);
  const ctx: Context = {
    rng,
    fieldIds,
    fieldWeights: fieldIds.map((id) => [id, vocabFor(id).weight] as const),
  };
  const pool = makeHolderPool(ctx, options.count);
  const usedApplications = new Set<number>();
  const usedPatents = new Set<number>();
  const drafts: Draft[] = [];

  for (let i = 0; i < options.count; i++) {
    const holder = pickHolder(rng, pool);
    const field = rng.chance(0.85) ? rng.pick(holder.fields) : pickField(ctx);
    const v = vocabFor(field);

    // registered: a weekday (mostly) in the chosen year, never after MAX_DAY.
    const year = rng.weighted(YEAR_WEIGHTS);
    const first = dayNumber(year, 1, 1);
    const last = Math.min(dayNumber(year, 12, 31), MAX_DAY);
    let day = rng.int(first, last);
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    if (rng.chance(0.9)) {
      if (weekday === 6 && day - 1 >= first) day -= 1;
      else if (weekday === 0 && day - 2 >= first) day -= 2;
    }

    // updated: sometimes empty, otherwise within a few years after registration.
    let updatedDay: number | null = null;
    if (rng.chance(0.65)) {
      const span = Math.min(MAX_DAY - day, rng.chance(0.3) ? 60 : 365 * 6);
      updatedDay = day + rng.int(0, span);
    }

    // Application filed 0–9 years before registration (never before 2000).
    const appYear = Math.max(
      2000,
      year - rng.weighted<number>([[0, 5], [1, 12], [2, 17], [3, 18], [4, 15], [5, 12], [6, 8], [7, 6], [8, 4], [9, 3]]),
    );
    // Serial numbers grow through the year: a same-year application must precede registration.
    const maxSerial = appYear === year ? Math.max(1, Math.floor((399_999 * (day - first + 1)) / 366)) : 399_999;
    let appNo = 0;
    for (let attempt = 0; attempt < 50 && appNo === 0; attempt++) {
      const candidate = appYear * 1_000_000 + rng.int(1, maxSerial);
      if (!usedApplications.has(candidate)) appNo = candidate;
    }
    if (appNo !== 0) usedApplications.add(appNo);
    let application = '';
    if (appNo !== 0 && rng.chance(0.92)) {
      const serial = String(appNo % 1_000_000).padStart(6, '0');
      application = `${rng.chance(holder.appPrefixRate) ? '特願' : ''}${appYear}-${serial}`;
    }

    // Granted 1–6 years after filing; still pending if not granted by the last update.
    const grantYear = appYear + rng.weighted<number>([[1, 15], [2, 30], [3, 25], [4, 15], [5, 10], [6, 5]]);
    const knownUntil = Math.max(year, updatedDay === null ? year : yearOfDay(updatedDay));
    let patent = '';
    if (grantYear <= knownUntil && grantYear <= MAX_YEAR && rng.chance(0.9)) {
      const lo = PATENT_NO_AT_YEAR_START[grantYear] as number;
      const hi = (PATENT_NO_AT_YEAR_START[grantYear + 1] as number) - 1;
      for (let attempt = 0; attempt < 50; attempt++) {
        const candidate = rng.int(lo, hi);
        if (!usedPatents.has(candidate)) {
          usedPatents.add(candidate);
          patent = rng.chance(holder.patentPrefixRate) ? `特許第${candidate}号` : String(candidate);
          break;
        }
      }
    }

    const title = buildTitle(rng, v);
    const titleEn = rng.chance(holder.titleEnRate) ? title.en : '';
    const summary = buildSummary(rng, v, title.obj, title.tech, title.proc);
    const licenseTerms = rng.weighted<LicenseTerms>([
      ['license', 55],
      ['either', 30],
      ['assignment', 15],
    ]);

    drafts.push({
      year,
      day,
      order: i,
      row: {
        title: title.ja,
        title_en: titleEn,
        summary,
        field,
        holder: holder.name,
        holder_type: holder.type,
        application_no: application,
        patent_no: patent,
        ipc: buildIpc(rng, v, ctx),
        license_terms: licenseTerms,
        applied_products: buildProducts(rng, v),
        keywords: buildKeywords(rng, v, title.tech),
        registered: formatDay(day),
        updated: updatedDay === null ? '' : formatDay(updatedDay),
        contact: rng.chance(0.88) ? holder.contact : '',
        sample: 'true',
      },
    });
  }

  // License numbers: per registration year, increasing with the registration date,
  // starting at a random offset and skipping a few numbers (withdrawn entries).
  drafts.sort((a, b) => a.day - b.day || a.order - b.order);
  const perYear = new Map<number, number>();
  for (const d of drafts) perYear.set(d.year, (perYear.get(d.year) ?? 0) + 1);
  const nextSeq = new Map<number, number>();
  const maxStep = new Map<number, number>();
  for (const [year, n] of [...perYear].sort((a, b) => a[0] - b[0])) {
    nextSeq.set(year, rng.int(1, 1500));
    maxStep.set(year, Math.max(1, Math.min(40, Math.floor(8_000_000 / n))));
  }

  return drafts.map((d): PatentRow => {
    const seq = nextSeq.get(d.year) as number;
    nextSeq.set(d.year, seq + rng.int(1, maxStep.get(d.year) as number));
    return { license_no: `L${d.year}${String(seq).padStart(7, '0')}`, ...d.row };
  });
}

/** Serialises rows as CSV: header + one line per row, LF line endings, quoting only where needed. */
export function patentsToCsv(rows: readonly PatentRow[]): string {
  return stringify(rows as PatentRow[], {
    header: true,
    columns: [...PATENT_COLUMNS],
    record_delimiter: 'unix',
  });
}
