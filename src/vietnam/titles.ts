// Role words of officials, with their canonical title (contract: "a title is
// the role word; the body goes to organization"). One line per title.
/**
 * Phrase as it appears (any case, abbreviations included) → canonical title,
 * and for a few words the body they imply ("ĐBQH" is Đại biểu of Quốc hội).
 */
const WRITTEN_TITLES: ReadonlyArray<readonly [string, string, string?]> = [
  ['Tổng Bí thư', 'Tổng Bí thư', 'Ban Chấp hành Trung ương Đảng'],
  ['Bí thư', 'Bí thư'],
  ['Phó Bí thư Thường trực', 'Phó Bí thư Thường trực'],
  ['Phó Bí thư TT', 'Phó Bí thư Thường trực'],
  // Secretaries of the Youth Union's Central Committee.
  ['Bí thư thứ nhất', 'Bí thư thứ nhất'],
  ['Bí thư Thường trực', 'Bí thư Thường trực'],
  ['Phó Bí thư', 'Phó Bí thư'],
  ['Chủ tịch nước', 'Chủ tịch nước', 'Nhà nước'],
  ['Phó Chủ tịch nước', 'Phó Chủ tịch nước', 'Nhà nước'],
  ['Chủ tịch', 'Chủ tịch'],
  ['Phó Chủ tịch Thường trực', 'Phó Chủ tịch Thường trực'],
  ['Phó Chủ tịch TT', 'Phó Chủ tịch Thường trực'],
  ['Phó Chủ tịch', 'Phó Chủ tịch'],
  // "Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia": the full-time deputy, one post with "Phó Chủ tịch".
  ['Phó Chủ tịch chuyên trách', 'Phó Chủ tịch'],
  ['Ủy viên', 'Ủy viên'],
  ['UV', 'Ủy viên'],
  ['Ủy viên dự khuyết', 'Ủy viên dự khuyết'],
  // "Ủy viên thường trực Ủy ban Tư pháp": a full-time member of a council's committee.
  ['Ủy viên Thường trực', 'Ủy viên Thường trực'],
  ['Thủ tướng', 'Thủ tướng', 'Chính phủ'],
  ['Thủ tướng Chính phủ', 'Thủ tướng', 'Chính phủ'],
  ['Phó Thủ tướng', 'Phó Thủ tướng', 'Chính phủ'],
  ['Phó Thủ tướng Chính phủ', 'Phó Thủ tướng', 'Chính phủ'],
  ['Phó Thủ tướng Thường trực', 'Phó Thủ tướng Thường trực', 'Chính phủ'],
  ['Bộ trưởng', 'Bộ trưởng'],
  ['Thứ trưởng', 'Thứ trưởng'],
  ['Trưởng ban', 'Trưởng ban'],
  // "Trưởng BTC Huyện ủy": only before a Ban (checked where titles are parsed).
  ['Trưởng', 'Trưởng ban'],
  ['Phó Trưởng', 'Phó Trưởng ban'],
  ['Phó Trưởng ban', 'Phó Trưởng ban'],
  ['Phó trưởng ban', 'Phó Trưởng ban'],
  ['Phó Trưởng ban Thường trực', 'Phó Trưởng ban Thường trực'],
  ['Chánh Văn phòng', 'Chánh Văn phòng'],
  // A ministry's spokesperson: "Người Phát ngôn Bộ Ngoại giao A", "phó người phát ngôn".
  ['Người phát ngôn', 'Người phát ngôn'],
  ['Phó Người phát ngôn', 'Phó Người phát ngôn'],
  ['Phó Chánh Văn phòng', 'Phó Chánh Văn phòng'],
  ['Chủ nhiệm', 'Chủ nhiệm'],
  ['Phó Chủ nhiệm', 'Phó Chủ nhiệm'],
  ['Phó Chủ nhiệm Thường trực', 'Phó Chủ nhiệm Thường trực'],
  ['Giám đốc', 'Giám đốc'],
  ['Phó Giám đốc', 'Phó Giám đốc'],
  // The army's Chief of the General Staff and deputies ("Phó Tổng Tham mưu trưởng QĐND Việt Nam").
  ['Tổng Tham mưu trưởng', 'Tổng Tham mưu trưởng'],
  ['Phó Tổng Tham mưu trưởng', 'Phó Tổng Tham mưu trưởng'],
  ['Tư lệnh', 'Tư lệnh'],
  ['Phó Tư lệnh', 'Phó Tư lệnh'],
  ['Chính ủy', 'Chính ủy'],
  ['Phó Chính ủy', 'Phó Chính ủy'],
  ['Chỉ huy trưởng', 'Chỉ huy trưởng'],
  ['Phó Chỉ huy trưởng', 'Phó Chỉ huy trưởng'],
  ['Trưởng Công an', 'Trưởng Công an'],
  // Heads of a village or hamlet ("Trưởng thôn Đông", "Trưởng ấp Phú Hòa") and their deputies.
  ['Trưởng thôn', 'Trưởng thôn'],
  ['Trưởng ấp', 'Trưởng ấp'],
  ['Trưởng khu phố', 'Trưởng khu phố'],
  // The head of an investigating agency: "Thủ trưởng Cơ quan CSĐT Công an tỉnh X".
  ['Thủ trưởng', 'Thủ trưởng'],
  ['Phó Trưởng Công an', 'Phó Trưởng Công an'],
  ['Đại biểu', 'Đại biểu'],
  // "ĐB A (Phú Thọ)": a deputy of the session's body, as the press writes debates.
  ['ĐB', 'Đại biểu'],
  ['Trưởng đoàn', 'Trưởng đoàn'],
  ['Phó Trưởng đoàn', 'Phó Trưởng đoàn'],
  ['Phó trưởng đoàn', 'Phó Trưởng đoàn'],
  ['Phó Trưởng đoàn chuyên trách', 'Phó Trưởng đoàn'],
  ['Trưởng phòng', 'Trưởng phòng'],
  // The head of a police team: "Đội trưởng Đội CSGT số 3".
  ['Đội trưởng', 'Đội trưởng'],
  ['Phó Đội trưởng', 'Phó Đội trưởng'],
  ['Phó Trưởng phòng', 'Phó Trưởng phòng'],
  ['Tổng Thư ký', 'Tổng Thư ký'],
  ['Chánh án', 'Chánh án'],
  ['Phó Chánh án', 'Phó Chánh án'],
  ['Viện trưởng', 'Viện trưởng'],
  ['Phó Viện trưởng', 'Phó Viện trưởng'],
  ['Tổng Kiểm toán Nhà nước', 'Tổng Kiểm toán Nhà nước'],
  ['Tổng Thanh tra Chính phủ', 'Tổng Thanh tra Chính phủ'],
  ['Chánh Thanh tra', 'Chánh Thanh tra'],
  ['Thư ký', 'Thư ký'],
  // Abbreviations some district portals use.
  ['PBT', 'Phó Bí thư'],
  ['PBT TT', 'Phó Bí thư Thường trực'],
  ['PBTTT', 'Phó Bí thư Thường trực'],
  ['PCT', 'Phó Chủ tịch'],
  ['PCT TT', 'Phó Chủ tịch Thường trực'],
  ['PCTTT', 'Phó Chủ tịch Thường trực'],
  ['CT', 'Chủ tịch'],
  ['ĐBQH', 'Đại biểu', 'Quốc hội'],
  // A member of the Party's Secretariat.
  ['Bí thư Trung ương Đảng', 'Ủy viên', 'Ban Bí thư'],
  ['Đại biểu Quốc hội', 'Đại biểu', 'Quốc hội'],
  ['Trưởng đoàn ĐBQH', 'Trưởng đoàn', 'Đoàn ĐBQH'],
  ['Phó Trưởng đoàn ĐBQH', 'Phó Trưởng đoàn', 'Đoàn ĐBQH'],
  ['Trưởng Đoàn ĐBQH', 'Trưởng đoàn', 'Đoàn ĐBQH'],
  ['Chủ tịch Quốc hội', 'Chủ tịch', 'Quốc hội'],
  ['Thường trực Ban Bí thư', 'Thường trực', 'Ban Bí thư'],
  ['Thứ trưởng Thường trực', 'Thứ trưởng Thường trực'],
  ['Thứ trưởng thường trực', 'Thứ trưởng Thường trực'],
  // Heads of departments, schools, newspapers, banks and enterprises.
  ...['Vụ trưởng', 'Cục trưởng', 'Tổng cục trưởng', 'Chi cục trưởng', 'Hiệu trưởng', 'Tổng Biên tập', 'Thống đốc', 'Tổng Giám đốc']
    .flatMap((title) => [[title, title], [`Phó ${title}`, `Phó ${title}`]] as Array<[string, string]>),
  // The press's short deputy titles: "Chi cục phó Chi cục Kiểm lâm", "Cục phó Cục Thuế", "Vụ phó Vụ Pháp chế".
  ['Chi cục phó', 'Phó Chi cục trưởng'],
  ['Cục phó', 'Phó Cục trưởng'],
  ['Vụ phó', 'Phó Vụ trưởng'],
  // The press's short directors: "GĐ Sở Y tế", "Phó GĐ Trung tâm", "Phó Tổng GĐ VNPT", "TGĐ".
  ['GĐ', 'Giám đốc'],
  ['Phó GĐ', 'Phó Giám đốc'],
  ['PGĐ', 'Phó Giám đốc'],
  ['Tổng GĐ', 'Tổng Giám đốc'],
  ['TGĐ', 'Tổng Giám đốc'],
  ['Phó Tổng GĐ', 'Phó Tổng Giám đốc'],
  ['Phó TGĐ', 'Phó Tổng Giám đốc'],
  ['Kế toán trưởng', 'Kế toán trưởng'],
  ['Phó Tổng biên tập', 'Phó Tổng Biên tập'],
  ['Tổng biên tập', 'Tổng Biên tập'],
  ['Phó Ban', 'Phó Trưởng ban'],
  // Governors of Chinese and Lao provinces: a foreign state's post (see FOREIGN_PLACES).
  ['Tỉnh trưởng', 'Tỉnh trưởng'],
  ['Phó Tỉnh trưởng', 'Phó Tỉnh trưởng'],
  ['Phó Chủ tịch Quốc hội', 'Phó Chủ tịch', 'Quốc hội'],
  // Heads of Vietnam's missions abroad: "Đại sứ Việt Nam tại Nhật Bản A" (see EMBASSY_HEADS).
  ['Đại sứ', 'Đại sứ'],
  ['Tổng Lãnh sự', 'Tổng Lãnh sự'],
  ['Tổng lãnh sự', 'Tổng Lãnh sự'],
];

/**
 * The missions their heads' titles name: "Đại sứ (đặc mệnh toàn quyền) Việt Nam tại Nhật Bản"
 * heads the "Đại sứ quán Việt Nam tại Nhật Bản", a "Tổng Lãnh sự Việt Nam tại Thượng Hải" the
 * "Tổng Lãnh sự quán Việt Nam tại Thượng Hải".
 */
export const EMBASSY_HEADS: ReadonlyMap<string, string> = new Map([['Đại sứ', 'Đại sứ quán'], ['Tổng Lãnh sự', 'Tổng Lãnh sự quán']]);

/**
 * The titles above, and the deputy of each head's title the list spells only once ("Phó
 * Chánh Thanh tra", "Phó Tổng Thư ký", "Phó Tổng Thanh tra Chính phủ"): "Phó" before a title
 * always makes it the deputy's, never a separate word before the head's title.
 */
/** Titles that are no head's, so have no deputy: members, delegates, deputy ministers. */
const WITHOUT_DEPUTY: ReadonlySet<string> = new Set(['Ủy viên', 'Ủy viên dự khuyết', 'Đại biểu', 'Thứ trưởng', 'Thứ trưởng Thường trực', 'Tổng Bí thư', 'Đại sứ', 'Tổng Lãnh sự']);

const WITH_DEPUTIES: ReadonlyArray<readonly [string, string, string?]> = [
  ...WRITTEN_TITLES,
  ...WRITTEN_TITLES.filter(([phrase, title]) => phrase === title && !phrase.startsWith('Phó ') && !WITHOUT_DEPUTY.has(title) && !WRITTEN_TITLES.some(([other]) => other === `Phó ${phrase}`))
    .map(([phrase, title, body]) => (body === undefined ? [`Phó ${phrase}`, `Phó ${title}`] as const : [`Phó ${phrase}`, `Phó ${title}`, body] as const)),
];

/**
 * The standing deputy of every head ("Phó Giám đốc Thường trực Sở X", "Phó Viện trưởng
 * Thường trực"): one post, never "Thường trực" read as the start of the body.
 */
export const TITLE_WORDS: ReadonlyArray<readonly [string, string, string?]> = [
  ...WITH_DEPUTIES,
  ...WITH_DEPUTIES.filter(([phrase, title]) => phrase === title && phrase.startsWith('Phó ') && !WITH_DEPUTIES.some(([other]) => other === `${phrase} Thường trực`))
    .map(([phrase, title, body]) => (body === undefined ? [`${phrase} Thường trực`, `${title} Thường trực`] as const : [`${phrase} Thường trực`, `${title} Thường trực`, body] as const)),
];

/** Party titles that, written without a body, belong to a Party committee. */
/**
 * Titles one person holds in a body at a time: two current holders in one article means one
 * of them was given the title by mistake (or held it before).
 */
export const SOLE_TITLES: ReadonlySet<string> = new Set([
  'Tổng Bí thư', 'Chủ tịch nước', 'Thủ tướng', 'Chủ tịch', 'Bí thư', 'Bộ trưởng', 'Thống đốc', 'Tổng Kiểm toán', 'Chánh án', 'Viện trưởng',
  'Giám đốc', 'Tổng Giám đốc', 'Cục trưởng', 'Tổng Cục trưởng', 'Vụ trưởng', 'Trưởng ban', 'Chủ nhiệm', 'Tổng Thư ký', 'Chánh Văn phòng',
  'Chánh Thanh tra', 'Trưởng Công an', 'Hiệu trưởng', 'Tổng Biên tập', 'Tư lệnh', 'Chỉ huy trưởng',
]);

export const PARTY_TITLES: ReadonlySet<string> = new Set(['Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực']);

/**
 * Words that stand for "member of <committee>" on their own. `committee` says
 * which committee: the one named in the word, or the article's ("own").
 */
export interface MemberWord {
  committee: 'Thành ủy' | 'Tỉnh ủy' | 'Huyện ủy' | 'Quận ủy' | 'Thị ủy' | 'province' | 'central' | 'politburo' | 'own';
  standing: boolean;
}

export const MEMBER_WORDS: ReadonlyArray<readonly [string, MemberWord]> = [
  ['Thành ủy viên', { committee: 'Thành ủy', standing: false }],
  ['Tỉnh ủy viên', { committee: 'Tỉnh ủy', standing: false }],
  ['Huyện ủy viên', { committee: 'Huyện ủy', standing: false }],
  ['Quận ủy viên', { committee: 'Quận ủy', standing: false }],
  ['Thị ủy viên', { committee: 'Thị ủy', standing: false }],
  // TUV: the province-level committee (Thành ủy of a centrally-run city, else Tỉnh ủy).
  ['TUV', { committee: 'province', standing: false }],
  ['T.Ư.V', { committee: 'province', standing: false }],
  ['UVTW', { committee: 'central', standing: false }],
  ['UVTƯ', { committee: 'central', standing: false }],
  ['UVBCT', { committee: 'politburo', standing: false }],
  // UVBTV: member of the standing committee of the committee named next, else the article's.
  ['UVBTV', { committee: 'own', standing: true }],
  ['UVTV', { committee: 'own', standing: true }],
  ['HUV', { committee: 'Huyện ủy', standing: false }],
  ['QUV', { committee: 'Quận ủy', standing: false }],
];

/**
 * Titles that are a seat in a body rather than a post: one person holds them beside
 * a post (Ủy viên Ban Thường vụ Huyện ủy and Phó Chủ tịch UBND huyện), so they never
 * tell two namesakes apart.
 */
export const MEMBER_TITLES: ReadonlySet<string> = new Set(['Ủy viên', 'Ủy viên dự khuyết', 'Đại biểu', 'Thành viên']);
