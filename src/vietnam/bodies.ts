// Bodies that titles attach to, as data: one row per body (its canonical name, how
// its full name is formed from its unit, its category, and the other ways the press
// writes it). The forms:
//   committee: a Party committee named after its unit ("Huyện ủy Thanh Trì");
//   party-organization: "Đảng bộ <unit>", all the Party members of a unit;
//   jurisdictional: "<name> <unit type> <unit>" ("UBND huyện Thanh Trì");
//   committee-part: a body of a Party committee or council, named before it
//     ("Ban Tổ chức Huyện ủy Thanh Trì", "Ban Pháp chế HĐND tỉnh Nghệ An");
//   unit-named: "<name> <unit>" without the unit type ("Tỉnh đoàn Quảng Ngãi");
//   body-part: a body inside any other body ("Đảng đoàn HĐND tỉnh X");
//   named: an institution named as written after its head word ("Cục Quản lý chất lượng");
//   fixed: a body with no jurisdiction ("Bộ Chính trị").
// Party committees and youth unions named after their unit type ("Huyện ủy",
// "Tỉnh đoàn") come from the unit types table (units.ts). A new body is one row.
import { COMMITTEE_WORDS, YOUTH_UNION_WORDS, type UnitLevel } from './units.js';

/** What kind of body an organization is (the graph's Organization.kind). */
export const BODY_CATEGORIES = [
  'party-committee', // Huyện ủy X, Thành ủy Hà Nội, Ban Chấp hành Trung ương Đảng
  'standing-committee', // Ban Thường vụ Huyện ủy X, Bộ Chính trị
  'party-organization', // Đảng bộ huyện X: all party members; organizes the congress
  'people-committee', // UBND huyện X
  'people-council', // HĐND huyện X, its Thường trực
  'assembly', // Quốc hội
  'front', // Ủy ban MTTQ Việt Nam ..., mass organizations, youth unions
  'board', // Ban Tổ chức Huyện ủy X, Ban Pháp chế HĐND ...: a board of a committee or council
  'command', // Bộ Tư lệnh, Bộ Chỉ huy quân sự, Công an
  'government', // Chính phủ
  'department', // a ministry (Bộ) or a department (Sở, Phòng)
  'delegation', // Đoàn ĐBQH tỉnh X
  'other',
] as const;
export type BodyCategory = (typeof BODY_CATEGORIES)[number];

export type BodyEntry =
  | {
      kind: 'committee'; unitWord: string | null; category: BodyCategory;
      /**
       * "Đảng ủy" written alone names a commune's or an institution's Party committee, never a
       * province's or a district's (those are Tỉnh ủy, Huyện ủy …).
       */
      communeOrInstitution?: true;
    }
  | { kind: 'party-organization'; category: BodyCategory }
  | {
      kind: 'jurisdictional'; name: string; defaultLevel: UnitLevel | null; category: BodyCategory; parent?: string;
      /** Only with its unit written after it: a ministry, a firm or a school has one too ("Đoàn Thanh niên Bộ Xây dựng"). */
      unitWrittenOnly?: true;
      /**
       * Named so only with a unit of this level written after it: alone ("Phòng Giáo dục cùng …") or
       * with another unit ("… tỉnh X", "… xã Y"), the words name no such body.
       */
      onlyLevel?: UnitLevel;
    }
  | { kind: 'committee-part'; name: string; category: BodyCategory; ofCouncil?: true }
  | { kind: 'fixed'; name: string; category: BodyCategory; parent?: string; unit?: string }
  | { kind: 'unit-named'; name: string; unitWord: string; category: BodyCategory }
  /**
   * A body inside any other body, named before it: "Đảng đoàn HĐND tỉnh X", "Ban cán sự
   * Đảng Bộ Y tế", "Hội đồng thành viên Tập đoàn X", "Chi bộ Văn phòng UBND tỉnh X".
   */
  | { kind: 'body-part'; name: string; category: BodyCategory }
  /** An institution named as written after its head word: "Cục Quản lý chất lượng", "Báo Thanh Hóa". */
  | { kind: 'named'; head: string; category: BodyCategory };


/**
 * Short forms the press writes for words of bodies' names: every phrase below is also
 * known under each of them ("Ban Tổ chức T.Ư", "Bộ GD&ĐT", "Sở TN&MT").
 */
export const NAME_ABBREVIATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Trung ương', ['T.Ư', 'TƯ', 'TW', 'T.W']],
  ['Giáo dục và Đào tạo', ['GD&ĐT', 'GD-ĐT', 'GDĐT']],
  ['Nông nghiệp và Phát triển nông thôn', ['NN&PTNT', 'NN-PTNT', 'NNPTNT']],
  ['Nông nghiệp và Môi trường', ['NN&MT', 'NN-MT', 'NNMT']],
  ['Tài nguyên và Môi trường', ['TN&MT', 'TN-MT', 'TNMT']],
  ['Kế hoạch và Đầu tư', ['KH&ĐT', 'KH-ĐT', 'KHĐT']],
  ['Giao thông vận tải', ['GTVT', 'GT-VT', 'GTVT']],
  ['Văn hóa, Thể thao và Du lịch', ['VHTTDL', 'VH-TT&DL', 'VHTT&DL', 'VH,TT&DL', 'VH-TT-DL', 'VHTT-DL', 'VH,TT-DL', 'VH-TT và DL', 'VH,TT và DL']],
  ['Văn hóa và Thể thao', ['VH&TT', 'VH-TT', 'VHTT']],
  ['Thông tin và Truyền thông', ['TT&TT', 'TT-TT', 'TTTT']],
  ['Lao động - Thương binh và Xã hội', ['LĐ-TB&XH', 'LĐTB&XH', 'LĐ-TBXH', 'LĐTBXH']],
  ['Khoa học và Công nghệ', ['KH&CN', 'KH-CN', 'KHCN']],
  ['Dân tộc và Tôn giáo', ['DT&TG', 'DTTG']],
  ['Việt Nam', ['VN']],
];

/** Short forms of one word ("TƯ", "VN") with the phrase each stands for. */
const ONE_WORD_SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  NAME_ABBREVIATIONS.flatMap(([full, shorts]) => shorts.filter((short) => !/[\s&,-]/.test(short)).map((short) => [short, full] as const)),
);

/**
 * "Bệnh viện Nhi T.Ư", "Cục Đăng kiểm VN": a name written as the press does, its last word a
 * short form, with that word written out ("Bệnh viện Nhi Trung ương").
 */
export function withLastWordWrittenOut(name: string): string {
  const at = name.lastIndexOf(' ');
  const full = at > 0 ? ONE_WORD_SHORT_FORMS.get(name.slice(at + 1)) : undefined;
  return full ? `${name.slice(0, at)} ${full}` : name;
}

/**
 * The phrase and each of its short forms (see NAME_ABBREVIATIONS). A short form alone is
 * no phrase: "Tư" is a given name as well as "TƯ".
 */
export function withShortForms(phrase: string): string[] {
  const out = [phrase];
  for (const [full, listed] of NAME_ABBREVIATIONS) {
    // "GD&ĐT" is written "GD và ĐT" too.
    const shorts = listed.flatMap((short) => (short.includes('&') ? [short, short.replace('&', ' và ')] : [short]));
    for (const written of [...out]) {
      if (written.includes(full)) for (const short of shorts) if (written !== full) out.push(written.replace(full, short));
    }
  }
  return [...new Set(out)];
}

/**
 * The phrase with its fields joined by dashes, as the press writes a ministry's or a
 * department's name: "Bộ Văn hóa - Thể thao - Du lịch", "Sở Tài nguyên-Môi trường" for
 * "… Văn hóa, Thể thao và Du lịch", "… Tài nguyên và Môi trường", or with nothing between
 * them ("Sở Văn hóa Thể thao Hà Nội", "Sở Lao động Thương binh và Xã hội"), or with "&" for
 * "và". Each ", " or " và " between capitalised fields may be a dash or a space (any dash is a hyphen after
 * normalisation, and a hyphen is a token of its own, spaced or not).
 */
export function withDashedForms(phrase: string): string[] {
  const parts = phrase.split(/(, | và | - )(?=\p{Lu})/u);
  if (parts.length < 3) return [phrase];
  let out = [''];
  parts.forEach((part, k) => {
    // "Bộ Kế hoạch & Đầu tư", "Bộ Văn hóa, Thể thao & Du lịch": "&" for "và".
    const options = k % 2 === 1 ? (part === ' và ' ? [part, ' & ', ' - ', ' '] : [part, ' - ', ' ']) : [part];
    out = out.flatMap((head) => options.map((o) => head + o));
  });
  return out;
}

/** The day the ministries merged (Resolution 176/2025/QH15): agriculture took the environment. */
export const MINISTRIES_MERGED = '2025-03-01';

/**
 * Ministries merged away in 2007, named only in the posts their former leaders held ("nguyên
 * Thứ trưởng Bộ Thủy sản", "nguyên Bộ trưởng Bộ Thương mại"). A post in one not written as
 * former is a foreign ministry's ("Bộ trưởng Bộ Thương mại Hoa Kỳ"), and their fields alone
 * ("Bộ trưởng Thương mại") name none of them.
 */
export const MERGED_AWAY_MINISTRIES: readonly string[] = ['Bộ Thương mại', 'Bộ Công nghiệp', 'Bộ Thủy sản', 'Bộ Văn hóa - Thông tin', 'Bộ Bưu chính, Viễn thông'];

/**
 * Ministries the press names by the first words of their field after a minister's title
 * ("Bộ trưởng Nông nghiệp", "Thứ trưởng Giáo dục"), with the days that reading holds: from the
 * merger "Nông nghiệp" is the Ministry of Agriculture and Environment, and the ministries it
 * ended are no longer named so.
 */
export const MINISTRY_SHORT_FIELDS: ReadonlyArray<{ field: string; ministry: string; from?: string; until?: string }> = [
  { field: 'Nông nghiệp', ministry: 'Bộ Nông nghiệp và Phát triển nông thôn', until: MINISTRIES_MERGED },
  { field: 'Nông nghiệp', ministry: 'Bộ Nông nghiệp và Môi trường', from: MINISTRIES_MERGED },
  { field: 'Tài nguyên', ministry: 'Bộ Tài nguyên và Môi trường', until: MINISTRIES_MERGED },
  { field: 'Giao thông', ministry: 'Bộ Giao thông vận tải', until: MINISTRIES_MERGED },
  { field: 'Lao động', ministry: 'Bộ Lao động - Thương binh và Xã hội', until: MINISTRIES_MERGED },
  { field: 'Giáo dục', ministry: 'Bộ Giáo dục và Đào tạo' },
  { field: 'Văn hóa', ministry: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { field: 'Khoa học', ministry: 'Bộ Khoa học và Công nghệ' },
];

/**
 * A police force's divisions and teams with the press's short forms, named before their force
 * and only with it: "Phòng Cảnh sát hình sự Công an tỉnh X", "Đội CSGT số 3 - Công an TP Y",
 * "Phòng PC45 (Công an tỉnh Z)". A division named by its code ("PC45", "PA05") is written as
 * the code: the codes were renumbered over the years.
 */
export const POLICE_UNITS: ReadonlyArray<readonly [name: string, short: string]> = ['Phòng', 'Đội'].flatMap((head) => [
  [`${head} Cảnh sát hình sự`, `${head} CSHS`],
  [`${head} Cảnh sát giao thông`, `${head} CSGT`],
  [`${head} Cảnh sát kinh tế`, `${head} CSKT`],
  [`${head} Cảnh sát môi trường`, `${head} CSMT`],
  [`${head} Cảnh sát cơ động`, `${head} CSCĐ`],
  [`${head} Cảnh sát điều tra tội phạm về ma túy`, `${head} CSĐT tội phạm về ma túy`],
  // The staff division or team, and the division of exit and entry: no short form in the press.
  [`${head} Tham mưu`, `${head} Tham mưu`],
  [`${head} Quản lý xuất nhập cảnh`, `${head} QLXNC`],
] as const);
/**
 * The ways a traffic police division or team keeps, written after its name and joined by a dash
 * when it keeps two: "Phòng CSGT đường bộ - đường sắt Công an TP X", "Đội CSGT đường thủy".
 */
export const TRAFFIC_POLICE_WAYS: readonly string[] = ['đường bộ', 'đường sắt', 'đường thủy'];
/** "PC45", "PA05", "PK02": a police division's code. */
export const POLICE_DIVISION_CODE = /^P[A-Z]\d{2}[A-Z]?$/u;

/** Head words of institutions whose names the text gives in full ("Cục Quản lý chất lượng"). */
export const NAMED_BODY_HEADS: readonly string[] = [
  'Vụ', 'Cục', 'Tổng cục', 'Chi cục', 'Trường', 'Học viện', 'Viện', 'Báo', 'Đài', 'Tạp chí', 'Công ty', 'Tổng công ty',
  'Tập đoàn', 'Hợp tác xã', 'Ngân hàng', 'Bệnh viện', 'Trung tâm', 'Hội', 'Hiệp hội', 'Liên hiệp', 'Quỹ', 'Kho bạc',
  'Ban Quản lý', 'Ban Chỉ đạo',
];

/**
 * Words before a head word written in lower case that make a common noun of it, no body: "môi
 * trường 4 tỉnh miền Trung" (the environment), "họp báo Chính phủ thường kỳ" (a press conference),
 * "nhiệm vụ 2017", "xã hội Việt Nam".
 */
export const WORDS_BEFORE_HEADS_IN_NOUNS: Readonly<Record<string, readonly string[]>> = {
  trường: ['môi', 'thị', 'chiến', 'hiện', 'quảng', 'công', 'thương', 'ngư', 'phi', 'lập'],
  báo: ['họp', 'thông', 'cảnh', 'dự', 'tình', 'đăng', 'quảng', 'khai'],
  vụ: ['nhiệm', 'dịch', 'phục', 'nghiệp', 'công', 'thời', 'sự', 'nội', 'thuế'],
  hội: ['xã', 'cơ', 'đại', 'quốc', 'lễ'],
  đài: ['lâu', 'khán'],
  cục: ['bố', 'kết'],
};

/**
 * Parliaments whose name ends in a body's head word ("Thượng viện", "Hạ viện", "Nghị viện"): the
 * word before "viện" closes a foreign chamber's name, so no "Viện …" (institute) starts there.
 */
export const CHAMBER_WORDS_BEFORE_VIEN: readonly string[] = ['thượng', 'hạ', 'nghị'];

/**
 * Heads of boards named by their purpose, written in lower case, then by their unit:
 * "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh
 * Đắk Lắk", "Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Bù Đăng".
 */
export const PURPOSE_NAMED_HEADS: readonly string[] = ['Ban Chỉ đạo'];

/**
 * Bodies known by a head whose full name goes on with the works they serve, in lower case: "Ban
 * Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh X", "… các công trình
 * giao thông …". Cut to the head, the name is another board's.
 */
export const HEADS_NAMED_ON: readonly string[] = ['Ban Quản lý dự án đầu tư xây dựng'];

/**
 * Words that end a purpose-named board's lower-case words: the clause goes on with its
 * verb ("Ban Chỉ đạo đã kiểm tra tại huyện X", "Trưởng Ban Chỉ đạo chủ trì hội nghị").
 */
export const PURPOSE_NAME_STOPS: readonly string[] = [
  'đã', 'đang', 'vừa', 'sẽ', 'tổ chức', 'chủ trì', 'họp', 'có', 'là', 'được', 'tại', 'cho', 'kiểm tra', 'làm việc',
  'đi', 'đến', 'dự', 'báo cáo', 'trình bày', 'phát biểu', 'kết luận', 'khẳng định', 'nhấn mạnh', 'yêu cầu', 'đề nghị',
  'cùng', 'với', 'của', 'nhằm', 'để', 'khi', 'sau', 'trong', 'ban hành',
];

type Row = readonly [phrases: readonly string[], entry: BodyEntry];

/** A body of a Party committee or council, named before it. */
const part = (name: string, category: BodyCategory, aliases: readonly string[] = []): Row => [[name, ...aliases], { kind: 'committee-part', name, category }];
/** "<name> <unit>"; `level` is the unit level meant when the article gives none. */
const local = (name: string, category: BodyCategory, aliases: readonly string[] = [], defaultLevel: UnitLevel | null = null, parent?: string): Row => [
  [name, ...aliases],
  { kind: 'jurisdictional', name, defaultLevel, category, ...(parent === undefined ? {} : { parent }) },
];
/** A body with no jurisdiction, maybe part of another or tied to one unit by its name. */
const fixed = (name: string, category: BodyCategory, aliases: readonly string[] = [], options: { parent?: string; unit?: string } = {}): Row => [
  [name, ...aliases],
  { kind: 'fixed', name, category, ...options },
];
const committee = (phrase: string, unitWord: string | null): Row => [[phrase], { kind: 'committee', unitWord, category: 'party-committee' }];
/** The Party's Central Committee, the body of "Ủy viên Trung ương Đảng". */
export const CENTRAL_COMMITTEE = 'Ban Chấp hành Trung ương Đảng';
/**
 * A central mass organization under each name the press gives it: its own names written alone
 * (when `alone`) and after "Trung ương", "Ban Chấp hành Trung ương", "BCH Trung ương".
 */
const centralFront = (name: string, names: readonly string[], alone = true): Row =>
  fixed(name, 'front', [
    ...(alone ? names.filter((n) => n !== name && n.endsWith('Việt Nam')) : []),
    ...names.flatMap((n) => ['Trung ương', 'Ban Chấp hành Trung ương', 'BCH Trung ương'].map((prefix) => `${prefix} ${n}`)),
  ].filter((alias) => alias !== name));

const ROWS: readonly Row[] = [
  // Party committees. Their unit type comes from the word itself, else from the words after.
  ...COMMITTEE_WORDS.map(([word, unitWord]) => committee(word, unitWord)),
  // BCH Đảng bộ huyện X is Huyện ủy X (contract).
  ...['Ban Chấp hành Đảng bộ', 'BCH Đảng bộ', 'Ban Chấp hành', 'BCH'].map((phrase) => committee(phrase, null)),
  [['Đảng ủy'], { kind: 'committee', unitWord: null, category: 'party-committee', communeOrInstitution: true }],
  [['Đảng bộ'], { kind: 'party-organization', category: 'party-organization' }],
  // Bodies of a committee.
  part('Ban Thường vụ', 'standing-committee', ['BTV', 'Ban TV', 'Thường vụ']),
  part('Thường trực', 'standing-committee'),
  part('Ban Tổ chức', 'board', ['BTC']),
  part('Ban Tuyên giáo', 'board', ['BTG']),
  part('Ban Dân vận', 'board', ['BDV']),
  part('Văn phòng', 'board', ['VP']),
  part('Ban Tuyên giáo và Dân vận', 'board'),
  part('Ban Nội chính', 'board'),
  part('Ban Kinh tế', 'board'),
  part('Ban Chính sách, chiến lược', 'board'),
  part('Ban Bảo vệ chăm sóc sức khỏe cán bộ', 'board'),
  part('Ủy ban Kiểm tra', 'board', ['UBKT']),
  local('Trung tâm Chính trị', 'other', [], 'district'),
  ...YOUTH_UNION_WORDS.map(([name, unitWord]): Row => [[name], { kind: 'unit-named', name, unitWord, category: 'front' }]),
  // Committees of a People's Council.
  // A People's Council's only: with no owner written, never the article's Party committee's.
  ...['Ban Kinh tế - Ngân sách', 'Ban Kinh tế - Xã hội', 'Ban Văn hóa - Xã hội', 'Ban Pháp chế', 'Ban Dân tộc', 'Ban Đô thị']
    .map((name): Row => [[name], { kind: 'committee-part', name, category: 'board', ofCouncil: true }]),
  // Offices of a district's People's Committee.
  ...[
    'Tài chính - Kế hoạch', 'Nội vụ', 'Tư pháp', 'Kinh tế', 'Kinh tế - Hạ tầng', 'Kinh tế và Hạ tầng', 'Quản lý đô thị',
    'Tài nguyên và Môi trường', 'Giáo dục và Đào tạo', 'Văn hóa và Thông tin', 'Văn hóa - Thông tin',
    'Lao động - Thương binh và Xã hội', 'Y tế', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  ].map((name) => local(`Phòng ${name}`, 'department', [], 'district')),
  // "Trưởng phòng Giáo dục huyện X", "… giáo dục, đào tạo quận Y": the district's education office
  // by its first field, only with a district written after it ("Phòng Giáo dục mầm non" is a
  // division of a province's department; a commune has no such office).
  [['Phòng Giáo dục', 'Phòng Giáo dục, đào tạo'], {
    kind: 'jurisdictional', name: 'Phòng Giáo dục và Đào tạo', defaultLevel: 'district', category: 'department', onlyLevel: 'district',
  }],
  local('Thanh tra', 'other'),
  // State and front bodies named with their unit.
  local('UBND', 'people-committee', ['Ủy ban nhân dân']),
  local('HĐND', 'people-council', ['Hội đồng nhân dân']),
  local('Thường trực HĐND', 'people-council', [], null, 'HĐND {unit}'),
  local('Ủy ban MTTQ Việt Nam', 'front', [
    'Ủy ban MTTQ', 'UBMTTQ', 'UBMTTQ Việt Nam', 'UB MTTQ', 'MTTQ', 'Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  ]),
  // "Đại hội đại biểu MTTQ Việt Nam tỉnh X": the Front of the unit written after it. Alone,
  // "Chủ tịch MTTQ Việt Nam" is as likely the central committee's: no unit guessed for it.
  [['MTTQ Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'UB MTTQ Việt Nam'], { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null, category: 'front', unitWrittenOnly: true }],
  local('Đoàn ĐBQH', 'delegation', ['Đoàn đại biểu Quốc hội'], 'province', 'Quốc hội'),
  local('Bộ Chỉ huy Quân sự', 'command', ['Bộ CHQS'], 'province'),
  local('Ban Chỉ huy Quân sự', 'command', ['Ban CHQS'], 'district'),
  local('Bộ Chỉ huy Bộ đội Biên phòng', 'command', [], 'province'),
  // "CATP Đà Nẵng", "CAQ Thanh Khê": the police of a city, a district ("CA phường X": see titles.ts).
  local('Công an', 'command', ['CATP', 'CAQ', 'CAH']),
  // A province's fire police, apart from its Công an until 2018: "Phó Giám đốc Cảnh sát PCCC tỉnh Quảng Ngãi".
  local('Cảnh sát PCCC', 'command', ['Cảnh sát Phòng cháy chữa cháy', 'Cảnh sát PCCC và CNCH'], 'province'),
  local('Tòa án nhân dân', 'other', ['TAND']),
  local('Viện Kiểm sát nhân dân', 'other', ['VKSND']),
  // "Chủ tịch Hội ND xã Khai Thái": the farmers' press shortens the association.
  local('Hội Nông dân', 'front', ['Hội ND']),
  local('Hội Liên hiệp Phụ nữ', 'front', ['Hội LHPN']),
  local('Hội Cựu chiến binh', 'front', ['Hội CCB']),
  local('Liên đoàn Lao động', 'front', ['LĐLĐ']),
  // "Đại hội Công đoàn tỉnh X": the trade union of a unit is its Liên đoàn Lao động; "Công đoàn"
  // before anything but a unit ("Công đoàn ngành Y tế", "Công đoàn cơ sở") is another body.
  [['Công đoàn'], { kind: 'jurisdictional', name: 'Liên đoàn Lao động', defaultLevel: null, category: 'front', unitWrittenOnly: true }],
  // "Bí thư Đoàn thanh niên xã X": the youth union of a commune, ward or town.
  [['Đoàn Thanh niên', 'Đoàn thanh niên', 'Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'], { kind: 'jurisdictional', name: 'Đoàn Thanh niên', defaultLevel: null, category: 'front', unitWrittenOnly: true }],
  local('Ủy ban bầu cử', 'other'),
  // Departments of a province's People's Committee.
  ...[
    'Tài chính', 'Kế hoạch và Đầu tư', 'Nội vụ', 'Tư pháp', 'Công Thương', 'Xây dựng', 'Giao thông vận tải',
    'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Tài nguyên và Môi trường',
    'Giáo dục và Đào tạo', 'Y tế', 'Lao động - Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch',
    'Văn hóa và Thể thao', 'Du lịch', 'Khoa học và Công nghệ', 'Thông tin và Truyền thông', 'Ngoại vụ',
    'Dân tộc và Tôn giáo', 'Quy hoạch - Kiến trúc',
  ].map((name) => local(`Sở ${name}`, 'department', [], 'province')),
  // Central bodies.
  fixed('Bộ Chính trị', 'standing-committee', [], { parent: CENTRAL_COMMITTEE }),
  fixed('Ban Bí thư', 'standing-committee', [], { parent: CENTRAL_COMMITTEE }),
  // "Tổng Bí thư Đảng Cộng sản (Việt Nam)": a post of the Party is its Central Committee's. A
  // foreign party ("Đảng Cộng sản Trung Quốc", "… Cuba") goes on with its country: no post.
  fixed(CENTRAL_COMMITTEE, 'party-committee', [
    'Ban Chấp hành Trung ương', 'BCH Trung ương', 'BCH Trung ương Đảng', 'BCHTW', 'Trung ương Đảng', 'Trung ương',
    'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'BCH Trung ương Đảng Cộng sản Việt Nam', 'Đảng Cộng sản Việt Nam', 'Đảng Cộng sản',
  ]),
  fixed('Quân ủy Trung ương', 'party-committee', ['QUTW']),
  // Party committees directly under the Central Committee: the police's, the central agencies'
  // and enterprises' blocs, the one abroad; since 2025 those of the central Party agencies, the
  // Government, the National Assembly and the Front. Without "Trung ương" they are a province's.
  ...['Đảng ủy Công an Trung ương', 'Đảng ủy Khối các cơ quan Trung ương', 'Đảng ủy Khối Doanh nghiệp Trung ương', 'Đảng ủy Ngoài nước', 'Đảng ủy các cơ quan Đảng Trung ương']
    .map((name) => fixed(name, 'party-committee', [], { parent: CENTRAL_COMMITTEE })),
  fixed('Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'party-committee', ['Đảng ủy MTTQ, các đoàn thể Trung ương', 'Đảng ủy Mặt trận Tổ quốc và các đoàn thể Trung ương'], { parent: CENTRAL_COMMITTEE }),
  fixed('Quân đội nhân dân Việt Nam', 'command', ['QĐND Việt Nam', 'Quân đội nhân dân', 'QĐND']),
  fixed('Bộ Tổng Tham mưu', 'command', ['Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam']),
  fixed('Quốc hội', 'assembly', ['QH']),
  fixed('Ủy ban Thường vụ Quốc hội', 'standing-committee', ['UBTVQH', 'Ủy ban Thường vụ QH', 'UB Thường vụ QH', 'UB Thường vụ Quốc hội', 'Thường vụ Quốc hội', 'Thường vụ QH'], { parent: 'Quốc hội' }),
  fixed('Chính phủ', 'government'),
  // The Government's road-safety committee, chaired by a Deputy Prime Minister.
  fixed('Ủy ban An toàn giao thông Quốc gia', 'other', ['Ủy ban ATGT Quốc gia', 'UBATGTQG']),
  fixed('Nhà nước', 'other'),
  // The national council of emulation and commendation, which the Prime Minister chairs.
  fixed('Hội đồng Thi đua - Khen thưởng Trung ương', 'other', ['Hội đồng Thi đua, Khen thưởng Trung ương', 'Hội đồng Thi đua Khen thưởng Trung ương', 'Hội đồng TĐKT Trung ương']),
  fixed('Ủy ban Trung ương MTTQ Việt Nam', 'front', [
    'Ủy ban Trung ương MTTQ', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Ủy ban Trung ương Mặt trận Tổ quốc',
    'UBTƯ MTTQ Việt Nam', 'UBTƯ MTTQ', 'UBTW MTTQ Việt Nam', 'UBTW MTTQ', 'UBTƯMTTQ', 'UBTWMTTQ',
  ]),
  fixed('Tổng Liên đoàn Lao động Việt Nam', 'front', ['Tổng LĐLĐ Việt Nam', 'Tổng LĐLĐVN', 'Tổng Liên đoàn Lao động']),
  // The central mass organizations, also written with their central committee ("Chủ tịch Ban
  // Chấp hành Trung ương Hội Nông dân Việt Nam", "Bí thư thứ nhất BCH Trung ương Đoàn"): never
  // the Party's Central Committee that "Ban Chấp hành Trung ương" alone names.
  centralFront('Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', ['Đoàn', 'Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'], false),
  centralFront('Hội Nông dân Việt Nam', ['Hội Nông dân Việt Nam', 'Hội ND Việt Nam', 'Hội Nông dân']),
  centralFront('Hội Liên hiệp Phụ nữ Việt Nam', ['Hội Liên hiệp Phụ nữ Việt Nam', 'Hội LHPN Việt Nam', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN']),
  centralFront('Hội Cựu chiến binh Việt Nam', ['Hội Cựu chiến binh Việt Nam', 'Hội CCB Việt Nam', 'Hội Cựu chiến binh', 'Hội CCB']),
  // The central commissions (Ban Đối ngoại until 2025; Ban Chính sách, chiến lược since).
  ...[
    'Ban Tổ chức', 'Ban Tuyên giáo', 'Ban Tuyên giáo và Dân vận', 'Ban Dân vận', 'Ban Nội chính', 'Ban Kinh tế', 'Ủy ban Kiểm tra',
    'Ban Đối ngoại', 'Ban Chính sách, chiến lược',
  ].map((name) =>
    fixed(`${name} Trung ương`, 'board', [], { parent: CENTRAL_COMMITTEE }),
  ),
  fixed('Văn phòng Trung ương Đảng', 'board', [], { parent: CENTRAL_COMMITTEE }),
  fixed('Bộ Tư lệnh Thủ đô Hà Nội', 'command', ['Bộ Tư lệnh Thủ đô'], { unit: '2004:01' }),
  fixed('Bộ Tư lệnh Bộ đội Biên phòng', 'command'),
  ...['1', '2', '3', '4', '5', '7', '9'].map((n) => fixed(`Bộ Tư lệnh Quân khu ${n}`, 'command', [`Quân khu ${n}`])),
  ...['Công an', 'Quốc phòng'].map((name) => fixed(`Bộ ${name}`, 'department')),
  ...[
    'Nội vụ', 'Tài chính', 'Ngoại giao', 'Tư pháp', 'Công Thương', 'Xây dựng',
    'Giao thông vận tải', 'Kế hoạch và Đầu tư', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
    'Tài nguyên và Môi trường', 'Giáo dục và Đào tạo', 'Y tế', 'Lao động - Thương binh và Xã hội',
    'Văn hóa, Thể thao và Du lịch', 'Khoa học và Công nghệ', 'Thông tin và Truyền thông', 'Dân tộc và Tôn giáo',
  ].map((name) => fixed(`Bộ ${name}`, 'department')),
  // Ministries merged away in 2007 (see MERGED_AWAY_MINISTRIES).
  ...MERGED_AWAY_MINISTRIES.map((name) => fixed(name, 'department', name === 'Bộ Bưu chính, Viễn thông' ? ['Bộ Bưu chính Viễn thông'] : [])),
  // Bodies of any body: its Party group, Party committee, board or cell.
  // "Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam": the presidium of a front body.
  ...(['Đảng đoàn', 'Ban cán sự Đảng', 'Hội đồng thành viên', 'Hội đồng quản trị', 'Chi bộ', 'Chi đoàn', 'Đoàn Chủ tịch'] as const).map((name): Row => [
    [name, ...(name === 'Ban cán sự Đảng' ? ['Ban cán sự đảng'] : name === 'Hội đồng thành viên' ? ['HĐTV'] : name === 'Hội đồng quản trị' ? ['HĐQT'] : [])],
    { kind: 'body-part', name, category: name === 'Chi bộ' ? 'party-organization' : name === 'Chi đoàn' ? 'front' : 'board' },
  ]),
  // A village or hamlet and its self-managing board, named as written: "Thôn Đông", "Ban nhân
  // dân ấp Phú Hòa" (", xã Phú An Hòa"). Only with the village's name after them.
  ...['Thôn', 'Ấp', 'Khu phố', 'Ban nhân dân'].map((name): Row => [[name], { kind: 'body-part', name, category: 'other' }]),
  // The investigating agencies of a police force: "Cơ quan CSĐT Công an tỉnh X".
  [['Cơ quan Cảnh sát điều tra', 'Cơ quan CSĐT', 'CQCSĐT'], { kind: 'body-part', name: 'Cơ quan Cảnh sát điều tra', category: 'command' }],
  [['Cơ quan An ninh điều tra', 'Cơ quan ANĐT', 'CQANĐT'], { kind: 'body-part', name: 'Cơ quan An ninh điều tra', category: 'command' }],
  // A police force's divisions and teams, named before their force (see POLICE_UNITS).
  ...POLICE_UNITS.map(([name, short]): Row => [[name, short], { kind: 'body-part', name, category: 'command' }]),
  // Party committees of a province's agencies and enterprises; since 2025 those of its
  // Party agencies and of its People's Committee.
  ...['Đảng ủy Khối các cơ quan', 'Đảng ủy Khối Doanh nghiệp', 'Đảng ủy Khối cơ quan và Doanh nghiệp', 'Đảng ủy các cơ quan Đảng', 'Đảng ủy Quân sự']
    .map((name) => local(name, 'party-committee', [], 'province')),
  local('Đảng ủy UBND', 'party-committee', ['Đảng ủy Ủy ban nhân dân'], 'province'),
  // Boards of projects and of compensation and site clearance.
  ...['Ban Bồi thường, giải phóng mặt bằng', 'Ban Bồi thường giải phóng mặt bằng', 'Ban Bồi thường, hỗ trợ và tái định cư']
    .map((name) => local(name, 'other', [], 'district')),
  local('Ban Quản lý dự án đầu tư xây dựng', 'other'),
  local('Trường Chính trị', 'other', [], 'province'),
  local('Ngân hàng Nhà nước chi nhánh', 'department', [], 'province'),
  ...['Hội Nhà báo', 'Hội Chữ thập đỏ', 'Hội Khuyến học', 'Hội Người cao tuổi', 'Liên minh Hợp tác xã', 'Công đoàn Viên chức'].map((name) => local(name, 'front')),
  // Lawyers' and jurists' bodies: "Phó chủ nhiệm Đoàn Luật sư TP HCM" ("Đoàn" is also a family name).
  ...['Đoàn Luật sư', 'Hội Luật gia'].map((name) => local(name, 'front')),
  // Central bodies of the state.
  fixed('Ngân hàng Nhà nước Việt Nam', 'department', ['Ngân hàng Nhà nước', 'NHNN']),
  fixed('Thanh tra Chính phủ', 'department'),
  fixed('Kiểm toán Nhà nước', 'other'),
  fixed('Tòa án nhân dân tối cao', 'other', ['TAND tối cao']),
  fixed('Viện Kiểm sát nhân dân tối cao', 'other', ['VKSND tối cao']),
  fixed('Văn phòng Chính phủ', 'department', ['VPCP']),
  fixed('Văn phòng Quốc hội', 'other', [], { parent: 'Quốc hội' }),
  // The National Assembly's committees and its Ethnic Council.
  ...[
    'Ủy ban Pháp luật', 'Ủy ban Tư pháp', 'Ủy ban Kinh tế', 'Ủy ban Tài chính, Ngân sách', 'Ủy ban Quốc phòng và An ninh',
    'Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng', 'Ủy ban Văn hóa, Giáo dục', 'Ủy ban Về các vấn đề xã hội',
    'Ủy ban Xã hội', 'Ủy ban Khoa học, Công nghệ và Môi trường', 'Ủy ban Đối ngoại', 'Hội đồng Dân tộc',
  ].map((name) => fixed(`${name} của Quốc hội`, 'other', [name, `${name} Quốc hội`, `${name} của QH`], { parent: 'Quốc hội' })),
  fixed('Văn phòng Chủ tịch nước', 'other'),
  fixed('Ủy ban Dân tộc', 'department'),
  fixed('Học viện Chính trị quốc gia Hồ Chí Minh', 'other'),
  // The state's news agency and broadcasters ("Đài Tiếng nói Việt Nam" holds a lower-case word).
  fixed('Đài Tiếng nói Việt Nam', 'other'),
  fixed('Đài Truyền hình Việt Nam', 'other'),
  fixed('Thông tấn xã Việt Nam', 'other'),
  // Institutions named as written after their head word.
  ...NAMED_BODY_HEADS.map((head): Row => [[head], { kind: 'named', head, category: 'other' }]),
  // The press's short forms of a hospital's head words, written out in the name: "BV Chợ Rẫy",
  // "BVĐK tỉnh Phú Thọ" (Bệnh viện Đa khoa).
  [['BV'], { kind: 'named', head: 'Bệnh viện', category: 'other' }],
  [['BVĐK'], { kind: 'named', head: 'Bệnh viện Đa khoa', category: 'other' }],
];

/** Every phrase the press writes for a body, with its short and dashed forms ("Ban Tổ chức T.Ư", "Bộ GD&ĐT", "Bộ Tài nguyên - Môi trường"): what the extractor matches. */
export const BODY_PHRASES: ReadonlyArray<readonly [string, BodyEntry]> = ROWS.flatMap(([phrases, entry]) =>
  phrases.flatMap(withShortForms).flatMap(withDashedForms).map((p) => [p, entry] as const),
);

/** The bodies themselves, one entry each. */
export const BODY_ENTRIES: readonly BodyEntry[] = ROWS.map(([, entry]) => entry);

/**
 * What a festival's or contest's board organizes: "Trưởng Ban Tổ chức Lễ hội", "Ban Tổ
 * chức cuộc thi" name no body of a Party committee.
 */
export const ORGANIZED_EVENTS: readonly string[] = [
  'lễ hội', 'lễ', 'cuộc thi', 'hội thi', 'kỳ thi', 'giải', 'giải thưởng', 'hội diễn', 'liên hoan', 'ngày hội',
  'hội chợ', 'hội thao', 'hội trại', 'tuần lễ', 'tuần văn hóa', 'năm du lịch', 'chương trình', 'sự kiện',
  'đại hội', 'hội nghị', 'hội thảo', 'diễn đàn', 'festival', 'triển lãm', 'hội báo', 'cuộc vận động', 'giải chạy',
];

/** Head words of a business, before its legal form, trades and own name: "Công ty", "Tập đoàn", "Hợp tác xã". */
export const BUSINESS_NAME_HEADS: readonly string[] = ['công ty', 'cty', 'tổng công ty', 'tập đoàn', 'doanh nghiệp', 'hợp tác xã', 'htx'];

/**
 * A company's legal form and its trades, which stand between "Công ty" and the company's own
 * name ("Công ty TNHH ô tô Hoàng Gia", "Công ty CP Đường sắt Hà Thái", "Công ty TNHH TM và DV
 * Hoàng Phước Minh"): a name right after them is the company's, never its director's.
 */
export const BUSINESS_NAME_FORMS: readonly string[] = [
  // Legal forms, written out and short.
  'tnhh', 'mtv', 'cp', 'ctcp', 'dntn', 'cổ phần', 'trách nhiệm hữu hạn', 'một thành viên', 'hai thành viên', 'tư nhân', 'hợp danh', 'liên doanh',
  // Trades, written out and short ("TM", "DV", "XNK": thương mại, dịch vụ, xuất nhập khẩu).
  'thương mại', 'dịch vụ', 'xuất nhập khẩu', 'xuất khẩu', 'nhập khẩu', 'đầu tư', 'xây dựng', 'xây lắp', 'kinh doanh', 'sản xuất',
  'chế biến', 'địa ốc', 'bất động sản', 'đường sắt', 'vận tải', 'ô tô', 'kế toán', 'tư vấn', 'kiểm toán', 'thủy sản', 'công nghệ',
  'phát triển', 'du lịch', 'vật liệu', 'cơ khí', 'điện tử', 'thiết kế', 'kỹ thuật', 'thực phẩm', 'dược phẩm', 'may mặc', 'dệt may',
  'khoáng sản', 'năng lượng', 'truyền thông', 'quảng cáo', 'kiến trúc', 'nội thất', 'hạ tầng', 'tổng hợp', 'giải pháp',
  'tm', 'dv', 'xnk', 'xd', 'sx', 'tmdv', 'bđs', 'đt',
];

/**
 * Words of a research body's name that never end it when lower-case words of the name go on:
 * "Viện Nghiên cứu phát triển xã hội", "Trung tâm Nghiên cứu và ứng dụng …". Cut there, the
 * name would be another body ("Viện Nghiên cứu"); "Vụ Nghiên cứu, Ủy ban Kiểm tra Trung ương"
 * ends on them.
 */
export const WORDS_NEVER_ENDING_NAMES_BEFORE_LOWER_CASE: readonly string[] = ['Nghiên cứu'];

/**
 * The lower-case words of a department's or agency's name after its first capitalised word:
 * "Cục Quản lý môi trường y tế", "Cục Phòng chống tham nhũng", "Vụ Tổ chức cán bộ". An
 * opener is written with its first word capitalised; the words after it go on the name as long
 * as each is one of the continuations, "và" only between two (so "Sở Xây dựng quản lý chặt …" stays
 * "Sở Xây dựng").
 */
export const AGENCY_NAME_OPENERS: readonly string[] = [
  'Quản lý', 'Phòng chống', 'Phòng cháy', 'Tổ chức', 'Kế hoạch', 'Hợp tác', 'Bảo vệ', 'Khám chữa', 'An toàn',
  'Bảo trợ', 'Kiểm soát', 'Phát triển', 'Điều tra', 'Chăm sóc', 'Giám sát', 'Thi hành', 'Công tác', 'Y tế',
  'Kiểm định', 'Khảo thí và Kiểm định', 'Đăng ký', 'Đăng kiểm', 'Chiến lược', 'Bưu chính', 'Dự báo',
];
export const AGENCY_NAME_CONTINUATIONS: readonly string[] = [
  'môi trường', 'y tế', 'tham nhũng', 'thị trường', 'bệnh', 'khám chữa bệnh', 'thực phẩm', 'an toàn thực phẩm', 'dược',
  'cán bộ', 'quốc tế', 'thực vật', 'chữa cháy', 'cứu nạn', 'cứu hộ', 'tài chính', 'đầu tư', 'xây dựng',
  'chất lượng', 'xuất nhập khẩu', 'cạnh tranh', 'đường bộ', 'giao thông', 'tội phạm', 'ma túy', 'kinh tế', 'hình sự',
  'xã hội', 'trẻ em', 'người có công', 'lao động', 'việc làm', 'đất đai', 'tài nguyên', 'nước', 'khoáng sản',
  'án dân sự', 'dân sự', 'bà mẹ', 'sức khỏe', 'hoạt động', 'xử lý', 'vi phạm', 'hành chính', 'thuốc', 'trang thiết bị',
  'công trình', 'nhà', 'đô thị', 'đường sắt', 'đường sắt đô thị', 'rừng', 'rừng phòng hộ', 'rừng đặc dụng', 'phòng hộ', 'đặc dụng',
  'dự án', 'di tích', 'khu kinh tế', 'khu công nghiệp', 'khu công nghệ cao', 'vịnh', 'cảng', 'chợ', 'vườn quốc gia',
  'bảo tồn', 'văn hóa', 'du lịch', 'thủy lợi', 'đê điều', 'bến xe', 'khu du lịch', 'giao thông vận tải', 'chùa', 'đền',
  'khu di tích', 'đường cao tốc', 'cao tốc', 'khu bảo tồn', 'bảo vệ', 'thiên nhiên', 'nông thôn', 'lâm nghiệp', 'thủy sản', 'thú y', 'chăn nuôi', 'trồng trọt', 'nội bộ',
  'dự phòng', 'bệnh tật', 'dịch bệnh', 'giáo dục', 'chất lượng giáo dục', 'quyền sử dụng đất', 'xe cơ giới', 'phương tiện',
  'xuất nhập cảnh', 'vệ sinh thực phẩm', 'vệ sinh an toàn thực phẩm', 'phát triển', 'viễn thông',
  'khí tượng', 'thủy văn', 'khí tượng thủy văn',
];

/**
 * Compounds written with a comma inside a body's name, "Cục Phòng, chống HIV/AIDS", "Trung tâm
 * Phòng, chống bệnh tật": the comma joins the compound's words and does not end the name.
 */
export const COMMA_COMPOUNDS: ReadonlyArray<readonly [string, string]> = [['phòng', 'chống']];
