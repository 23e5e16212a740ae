// Bodies that titles attach to, as data. Each entry says how the canonical
// organization name is formed from the phrase and the jurisdiction:
//   committee: a Party committee named after its unit ("Huyện ủy Thanh Trì");
//   jurisdictional: "<name> <unit type> <unit>" ("UBND huyện Thanh Trì");
//   committee-part: a body of a Party committee ("Ban Tổ chức Huyện ủy Thanh Trì");
//   fixed: a body with no jurisdiction ("Bộ Chính trị").
// Party committees and youth unions named after their unit type ("Huyện ủy",
// "Tỉnh đoàn") come from the unit types table (units.ts).
import { COMMITTEE_WORDS, YOUTH_UNION_WORDS, type UnitLevel } from './units.js';

export type BodyKind =
  | { kind: 'committee'; unitWord: string | null }
  | { kind: 'party-organization' }
  | { kind: 'jurisdictional'; name: string; defaultLevel: UnitLevel | null }
  | { kind: 'committee-part'; name: string }
  | { kind: 'fixed'; name: string }
  /** Named "<word> <unit>" without the unit type: "Tỉnh đoàn Quảng Ngãi". */
  | { kind: 'unit-named'; name: string; unitWord: string }
  /**
   * A body inside any other body, named before it: "Đảng đoàn HĐND tỉnh X", "Ban cán sự
   * Đảng Bộ Y tế", "Hội đồng thành viên Tập đoàn X", "Chi bộ Văn phòng UBND tỉnh X".
   */
  | { kind: 'body-part'; name: string }
  /** An institution named as written after its head word: "Cục Quản lý chất lượng", "Báo Thanh Hóa". */
  | { kind: 'named'; head: string };

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
  ['Văn hóa, Thể thao và Du lịch', ['VHTTDL', 'VH-TT&DL', 'VHTT&DL', 'VH,TT&DL']],
  ['Thông tin và Truyền thông', ['TT&TT', 'TT-TT', 'TTTT']],
  ['Lao động - Thương binh và Xã hội', ['LĐ-TB&XH', 'LĐTB&XH', 'LĐ-TBXH', 'LĐTBXH']],
  ['Khoa học và Công nghệ', ['KH&CN', 'KH-CN', 'KHCN']],
  ['Dân tộc và Tôn giáo', ['DT&TG', 'DTTG']],
];

/**
 * The phrase and each of its short forms (see NAME_ABBREVIATIONS). A short form alone is
 * no phrase: "Tư" is a given name as well as "TƯ".
 */
export function withShortForms(phrase: string): string[] {
  const out = [phrase];
  for (const [full, shorts] of NAME_ABBREVIATIONS) {
    for (const written of [...out]) {
      if (written.includes(full)) for (const short of shorts) if (written !== full) out.push(written.replace(full, short));
    }
  }
  return [...new Set(out)];
}

/** Head words of institutions whose names the text gives in full ("Cục Quản lý chất lượng"). */
export const NAMED_BODY_HEADS: readonly string[] = [
  'Vụ', 'Cục', 'Tổng cục', 'Chi cục', 'Trường', 'Học viện', 'Viện', 'Báo', 'Đài', 'Tạp chí', 'Công ty', 'Tổng công ty',
  'Tập đoàn', 'Hợp tác xã', 'Ngân hàng', 'Bệnh viện', 'Trung tâm', 'Hội', 'Hiệp hội', 'Liên hiệp', 'Quỹ', 'Kho bạc',
  'Ban Quản lý',
];

const BODY_ROWS: ReadonlyArray<readonly [string, BodyKind]> = [
  // Party committees. Their unit type comes from the word itself.
  ...COMMITTEE_WORDS.map(([committee, unitWord]) => [committee, { kind: 'committee', unitWord }] as const),
  ['Đảng ủy', { kind: 'committee', unitWord: null }],
  // BCH Đảng bộ huyện X is Huyện ủy X (contract).
  ['Ban Chấp hành Đảng bộ', { kind: 'committee', unitWord: null }],
  ['BCH Đảng bộ', { kind: 'committee', unitWord: null }],
  ['Ban Chấp hành', { kind: 'committee', unitWord: null }],
  ['BCH', { kind: 'committee', unitWord: null }],
  ['Đảng bộ', { kind: 'party-organization' }],
  // Bodies of a committee.
  ['Ban Thường vụ', { kind: 'committee-part', name: 'Ban Thường vụ' }],
  ['BTV', { kind: 'committee-part', name: 'Ban Thường vụ' }],
  ['Ban TV', { kind: 'committee-part', name: 'Ban Thường vụ' }],
  ['Thường trực', { kind: 'committee-part', name: 'Thường trực' }],
  ['Thường vụ', { kind: 'committee-part', name: 'Ban Thường vụ' }],
  ['Ban Tổ chức', { kind: 'committee-part', name: 'Ban Tổ chức' }],
  ['BTC', { kind: 'committee-part', name: 'Ban Tổ chức' }],
  ['BTG', { kind: 'committee-part', name: 'Ban Tuyên giáo' }],
  ['BDV', { kind: 'committee-part', name: 'Ban Dân vận' }],
  ['VP', { kind: 'committee-part', name: 'Văn phòng' }],
  ['Ban Tuyên giáo', { kind: 'committee-part', name: 'Ban Tuyên giáo' }],
  ['Ban Tuyên giáo và Dân vận', { kind: 'committee-part', name: 'Ban Tuyên giáo và Dân vận' }],
  ['Ban Dân vận', { kind: 'committee-part', name: 'Ban Dân vận' }],
  ['Ban Nội chính', { kind: 'committee-part', name: 'Ban Nội chính' }],
  ['Ban Kinh tế', { kind: 'committee-part', name: 'Ban Kinh tế' }],
  ['Ban Chính sách, chiến lược', { kind: 'committee-part', name: 'Ban Chính sách, chiến lược' }],
  ['Ban Bảo vệ chăm sóc sức khỏe cán bộ', { kind: 'committee-part', name: 'Ban Bảo vệ chăm sóc sức khỏe cán bộ' }],
  ['Ủy ban Kiểm tra', { kind: 'committee-part', name: 'Ủy ban Kiểm tra' }],
  ['UBKT', { kind: 'committee-part', name: 'Ủy ban Kiểm tra' }],
  ['Văn phòng', { kind: 'committee-part', name: 'Văn phòng' }],
  ['Trung tâm Chính trị', { kind: 'jurisdictional', name: 'Trung tâm Chính trị', defaultLevel: 'district' }],
  ...YOUTH_UNION_WORDS.map(([name, unitWord]) => [name, { kind: 'unit-named', name, unitWord }] as const),
  // Committees of a People's Council.
  ...['Ban Kinh tế - Ngân sách', 'Ban Kinh tế - Xã hội', 'Ban Văn hóa - Xã hội', 'Ban Pháp chế', 'Ban Dân tộc', 'Ban Đô thị']
    .map((name) => [name, { kind: 'committee-part', name }] as const),
  // Offices of a district's People's Committee.
  ...[
    'Tài chính - Kế hoạch', 'Nội vụ', 'Tư pháp', 'Kinh tế', 'Kinh tế - Hạ tầng', 'Kinh tế và Hạ tầng', 'Quản lý đô thị',
    'Tài nguyên và Môi trường', 'Giáo dục và Đào tạo', 'Văn hóa và Thông tin', 'Văn hóa - Thông tin',
    'Lao động - Thương binh và Xã hội', 'Y tế', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  ].map((name) => [`Phòng ${name}`, { kind: 'jurisdictional', name: `Phòng ${name}`, defaultLevel: 'district' }] as const),
  ['Thanh tra', { kind: 'jurisdictional', name: 'Thanh tra', defaultLevel: null }],
  // State and front bodies named with their unit.
  ['UBND', { kind: 'jurisdictional', name: 'UBND', defaultLevel: null }],
  ['Ủy ban nhân dân', { kind: 'jurisdictional', name: 'UBND', defaultLevel: null }],
  ['HĐND', { kind: 'jurisdictional', name: 'HĐND', defaultLevel: null }],
  ['Hội đồng nhân dân', { kind: 'jurisdictional', name: 'HĐND', defaultLevel: null }],
  ['Thường trực HĐND', { kind: 'jurisdictional', name: 'Thường trực HĐND', defaultLevel: null }],
  ['Ủy ban MTTQ', { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null }],
  ['Ủy ban MTTQ Việt Nam', { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null }],
  ['UBMTTQ', { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null }],
  ['UBMTTQ Việt Nam', { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null }],
  ['UB MTTQ', { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null }],
  ['MTTQ', { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null }],
  ['Mặt trận Tổ quốc', { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null }],
  ['Ủy ban Mặt trận Tổ quốc', { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null }],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam', { kind: 'jurisdictional', name: 'Ủy ban MTTQ Việt Nam', defaultLevel: null }],
  ['Đoàn ĐBQH', { kind: 'jurisdictional', name: 'Đoàn ĐBQH', defaultLevel: 'province' }],
  ['Đoàn đại biểu Quốc hội', { kind: 'jurisdictional', name: 'Đoàn ĐBQH', defaultLevel: 'province' }],
  ['Bộ Chỉ huy Quân sự', { kind: 'jurisdictional', name: 'Bộ Chỉ huy Quân sự', defaultLevel: 'province' }],
  ['Bộ CHQS', { kind: 'jurisdictional', name: 'Bộ Chỉ huy Quân sự', defaultLevel: 'province' }],
  ['Ban Chỉ huy Quân sự', { kind: 'jurisdictional', name: 'Ban Chỉ huy Quân sự', defaultLevel: 'district' }],
  ['Ban CHQS', { kind: 'jurisdictional', name: 'Ban Chỉ huy Quân sự', defaultLevel: 'district' }],
  ['Bộ Chỉ huy Bộ đội Biên phòng', { kind: 'jurisdictional', name: 'Bộ Chỉ huy Bộ đội Biên phòng', defaultLevel: 'province' }],
  ['Công an', { kind: 'jurisdictional', name: 'Công an', defaultLevel: null }],
  ['Tòa án nhân dân', { kind: 'jurisdictional', name: 'Tòa án nhân dân', defaultLevel: null }],
  ['TAND', { kind: 'jurisdictional', name: 'Tòa án nhân dân', defaultLevel: null }],
  ['Viện Kiểm sát nhân dân', { kind: 'jurisdictional', name: 'Viện Kiểm sát nhân dân', defaultLevel: null }],
  ['VKSND', { kind: 'jurisdictional', name: 'Viện Kiểm sát nhân dân', defaultLevel: null }],
  ['Hội Nông dân', { kind: 'jurisdictional', name: 'Hội Nông dân', defaultLevel: null }],
  ['Hội Liên hiệp Phụ nữ', { kind: 'jurisdictional', name: 'Hội Liên hiệp Phụ nữ', defaultLevel: null }],
  ['Hội LHPN', { kind: 'jurisdictional', name: 'Hội Liên hiệp Phụ nữ', defaultLevel: null }],
  ['Hội Cựu chiến binh', { kind: 'jurisdictional', name: 'Hội Cựu chiến binh', defaultLevel: null }],
  ['Hội CCB', { kind: 'jurisdictional', name: 'Hội Cựu chiến binh', defaultLevel: null }],
  ['Liên đoàn Lao động', { kind: 'jurisdictional', name: 'Liên đoàn Lao động', defaultLevel: null }],
  ['LĐLĐ', { kind: 'jurisdictional', name: 'Liên đoàn Lao động', defaultLevel: null }],
  ['Ủy ban bầu cử', { kind: 'jurisdictional', name: 'Ủy ban bầu cử', defaultLevel: null }],
  // Departments of a province's People's Committee.
  ...[
    'Tài chính', 'Kế hoạch và Đầu tư', 'Nội vụ', 'Tư pháp', 'Công Thương', 'Xây dựng', 'Giao thông vận tải',
    'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Tài nguyên và Môi trường',
    'Giáo dục và Đào tạo', 'Y tế', 'Lao động - Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch',
    'Văn hóa và Thể thao', 'Du lịch', 'Khoa học và Công nghệ', 'Thông tin và Truyền thông', 'Ngoại vụ',
    'Dân tộc và Tôn giáo', 'Quy hoạch - Kiến trúc',
  ].map((name) => [`Sở ${name}`, { kind: 'jurisdictional', name: `Sở ${name}`, defaultLevel: 'province' }] as const),
  // Central bodies.
  ['Bộ Chính trị', { kind: 'fixed', name: 'Bộ Chính trị' }],
  ['Ban Bí thư', { kind: 'fixed', name: 'Ban Bí thư' }],
  ['Ban Chấp hành Trung ương Đảng', { kind: 'fixed', name: 'Ban Chấp hành Trung ương Đảng' }],
  ['Ban Chấp hành Trung ương', { kind: 'fixed', name: 'Ban Chấp hành Trung ương Đảng' }],
  ['BCH Trung ương', { kind: 'fixed', name: 'Ban Chấp hành Trung ương Đảng' }],
  ['BCH Trung ương Đảng', { kind: 'fixed', name: 'Ban Chấp hành Trung ương Đảng' }],
  ['BCHTW', { kind: 'fixed', name: 'Ban Chấp hành Trung ương Đảng' }],
  ['Trung ương Đảng', { kind: 'fixed', name: 'Ban Chấp hành Trung ương Đảng' }],
  ['Trung ương', { kind: 'fixed', name: 'Ban Chấp hành Trung ương Đảng' }],
  ['Quốc hội', { kind: 'fixed', name: 'Quốc hội' }],
  ['Ủy ban Thường vụ Quốc hội', { kind: 'fixed', name: 'Ủy ban Thường vụ Quốc hội' }],
  ['Chính phủ', { kind: 'fixed', name: 'Chính phủ' }],
  ['Nhà nước', { kind: 'fixed', name: 'Nhà nước' }],
  ['Ủy ban Trung ương MTTQ Việt Nam', { kind: 'fixed', name: 'Ủy ban Trung ương MTTQ Việt Nam' }],
  ['Ban Tổ chức Trung ương', { kind: 'fixed', name: 'Ban Tổ chức Trung ương' }],
  ['Ban Tuyên giáo Trung ương', { kind: 'fixed', name: 'Ban Tuyên giáo Trung ương' }],
  ['Ban Tuyên giáo và Dân vận Trung ương', { kind: 'fixed', name: 'Ban Tuyên giáo và Dân vận Trung ương' }],
  ['Ban Dân vận Trung ương', { kind: 'fixed', name: 'Ban Dân vận Trung ương' }],
  ['Ban Nội chính Trung ương', { kind: 'fixed', name: 'Ban Nội chính Trung ương' }],
  ['Ban Kinh tế Trung ương', { kind: 'fixed', name: 'Ban Kinh tế Trung ương' }],
  ['Ủy ban Kiểm tra Trung ương', { kind: 'fixed', name: 'Ủy ban Kiểm tra Trung ương' }],
  ['Văn phòng Trung ương Đảng', { kind: 'fixed', name: 'Văn phòng Trung ương Đảng' }],
  ['Bộ Tư lệnh Thủ đô', { kind: 'fixed', name: 'Bộ Tư lệnh Thủ đô Hà Nội' }],
  ['Bộ Tư lệnh Thủ đô Hà Nội', { kind: 'fixed', name: 'Bộ Tư lệnh Thủ đô Hà Nội' }],
  ['Bộ Tư lệnh Bộ đội Biên phòng', { kind: 'fixed', name: 'Bộ Tư lệnh Bộ đội Biên phòng' }],
  ...['1', '2', '3', '4', '5', '7', '9'].map(
    (n) => [`Bộ Tư lệnh Quân khu ${n}`, { kind: 'fixed', name: `Bộ Tư lệnh Quân khu ${n}` }] as const,
  ),
  ...[
    'Công an', 'Quốc phòng', 'Nội vụ', 'Tài chính', 'Ngoại giao', 'Tư pháp', 'Công Thương', 'Xây dựng',
    'Giao thông vận tải', 'Kế hoạch và Đầu tư', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
    'Tài nguyên và Môi trường', 'Giáo dục và Đào tạo', 'Y tế', 'Lao động - Thương binh và Xã hội',
    'Văn hóa, Thể thao và Du lịch', 'Khoa học và Công nghệ', 'Thông tin và Truyền thông', 'Dân tộc và Tôn giáo',
  ].map((name) => [`Bộ ${name}`, { kind: 'fixed', name: `Bộ ${name}` }] as const),
  // Bodies of any body: its Party group, Party committee, board or cell.
  ...['Đảng đoàn', 'Ban cán sự Đảng', 'Ban cán sự đảng', 'Hội đồng thành viên', 'Hội đồng quản trị', 'Chi bộ', 'Chi đoàn'].map(
    (name) => [name, { kind: 'body-part', name: name === 'Ban cán sự đảng' ? 'Ban cán sự Đảng' : name }] as const,
  ),
  ['HĐTV', { kind: 'body-part', name: 'Hội đồng thành viên' }],
  ['HĐQT', { kind: 'body-part', name: 'Hội đồng quản trị' }],
  // Party committees of a province's agencies and enterprises; since 2025 those of its
  // Party agencies and of its People's Committee.
  ...['Đảng ủy Khối các cơ quan', 'Đảng ủy Khối Doanh nghiệp', 'Đảng ủy Khối cơ quan và Doanh nghiệp', 'Đảng ủy các cơ quan Đảng', 'Đảng ủy Quân sự']
    .map((name) => [name, { kind: 'jurisdictional', name, defaultLevel: 'province' }] as const),
  ['Đảng ủy UBND', { kind: 'jurisdictional', name: 'Đảng ủy UBND', defaultLevel: 'province' }],
  ['Đảng ủy Ủy ban nhân dân', { kind: 'jurisdictional', name: 'Đảng ủy UBND', defaultLevel: 'province' }],
  // Boards of projects and of compensation and site clearance.
  ...['Ban Bồi thường, giải phóng mặt bằng', 'Ban Bồi thường giải phóng mặt bằng', 'Ban Bồi thường, hỗ trợ và tái định cư']
    .map((name) => [name, { kind: 'jurisdictional', name, defaultLevel: 'district' }] as const),
  ['Ban Quản lý dự án đầu tư xây dựng', { kind: 'jurisdictional', name: 'Ban Quản lý dự án đầu tư xây dựng', defaultLevel: null }],
  ['Trường Chính trị', { kind: 'jurisdictional', name: 'Trường Chính trị', defaultLevel: 'province' }],
  ['Ngân hàng Nhà nước chi nhánh', { kind: 'jurisdictional', name: 'Ngân hàng Nhà nước chi nhánh', defaultLevel: 'province' }],
  ...['Hội Nhà báo', 'Hội Chữ thập đỏ', 'Hội Khuyến học', 'Hội Người cao tuổi', 'Liên minh Hợp tác xã', 'Công đoàn Viên chức']
    .map((name) => [name, { kind: 'jurisdictional', name, defaultLevel: null }] as const),
  // Central bodies of the state.
  ...[
    ['Ngân hàng Nhà nước', 'Ngân hàng Nhà nước Việt Nam'], ['Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước Việt Nam'],
    ['NHNN', 'Ngân hàng Nhà nước Việt Nam'], ['Thanh tra Chính phủ', 'Thanh tra Chính phủ'], ['Kiểm toán Nhà nước', 'Kiểm toán Nhà nước'],
    ['Tòa án nhân dân tối cao', 'Tòa án nhân dân tối cao'], ['TAND tối cao', 'Tòa án nhân dân tối cao'],
    ['Viện Kiểm sát nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao'], ['VKSND tối cao', 'Viện Kiểm sát nhân dân tối cao'],
    ['Văn phòng Chính phủ', 'Văn phòng Chính phủ'], ['Văn phòng Quốc hội', 'Văn phòng Quốc hội'],
    ['Văn phòng Chủ tịch nước', 'Văn phòng Chủ tịch nước'], ['Ủy ban Dân tộc', 'Ủy ban Dân tộc'],
    ['Học viện Chính trị quốc gia Hồ Chí Minh', 'Học viện Chính trị quốc gia Hồ Chí Minh'],
  ].map(([phrase, name]) => [phrase!, { kind: 'fixed', name: name! }] as const),
  ...['1', '2', '3', '4', '5', '7', '9'].map((n) => [`Quân khu ${n}`, { kind: 'fixed', name: `Bộ Tư lệnh Quân khu ${n}` }] as const),
  // Institutions named as written after their head word.
  ...NAMED_BODY_HEADS.map((head) => [head, { kind: 'named', head }] as const),
];

/** Every body phrase with its short forms ("Ban Tổ chức T.Ư", "Bộ GD&ĐT"). */
export const BODY_PHRASES: ReadonlyArray<readonly [string, BodyKind]> = BODY_ROWS.flatMap(([phrase, kind]) =>
  withShortForms(phrase).map((written) => [written, kind] as const),
);

/**
 * What a festival's or contest's board organizes: "Trưởng Ban Tổ chức Lễ hội", "Ban Tổ
 * chức cuộc thi" name no body of a Party committee.
 */
export const ORGANIZED_EVENTS: readonly string[] = [
  'lễ hội', 'lễ', 'cuộc thi', 'hội thi', 'kỳ thi', 'giải', 'giải thưởng', 'hội diễn', 'liên hoan', 'ngày hội',
  'hội chợ', 'hội thao', 'hội trại', 'tuần lễ', 'tuần văn hóa', 'năm du lịch', 'chương trình', 'sự kiện',
  'đại hội', 'hội nghị', 'hội thảo', 'diễn đàn', 'festival', 'triển lãm', 'hội báo', 'cuộc vận động', 'giải chạy',
];
