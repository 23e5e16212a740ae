// Vietnamese family names. A capitalised run of words is read as a person's name
// only when it starts with one of these (and is 2 to 5 words long).
//
// Source: the surname tables of Vietnamese Wikipedia's article "Họ người Việt Nam"
// and of "Các dòng họ Việt Nam" (Hội đồng Họ tộc Việt Nam, hotovietnam.org, after the
// survey by Phan Văn Các of the Institute of Hán-Nôm Studies, some 200-300 family
// names), completed with the family names of ethnic minorities as they are written in
// the press (Thái, Tày-Nùng, H'Mông, Dao, Hà Nhì, Khmer, Chăm and the Central
// Highlands' peoples, where "Y", "H'", "Ksor", "Rơ Châm"… open a name). Rare names the
// tables miss are added when the press writes them for officials ("Sái Công Hồng", Phó Cục
// trưởng; "Thèn", "Lèng", "Yêng", "Bốc" of the Tày, Nùng and Giáy).
//
// Left out on purpose: family names that are far commoner as ordinary capitalised
// words opening a phrase than as surnames (An, Bình, Công, Hồng, Khoa, Linh, Thành,
// Trang, Tri…), which would make street, company and place names into people.
// Tone marks follow the press (Hòa, Thủy: the mark on the first vowel of oa, oe, uy).

/** Family names of the Kinh and of Sino-Vietnamese origin, rare ones included. */
const KINH: readonly string[] = [
  'Âu', 'Ấu', 'Ân', 'Bá', 'Bạc', 'Bạch', 'Bàng', 'Bành', 'Bế', 'Biện', 'Bùi', 'Cái', 'Cam', 'Cao', 'Cáp', 'Cát',
  'Cầm', 'Cấn', 'Châu', 'Chế', 'Chiêm', 'Chu', 'Chung', 'Chử', 'Cồ', 'Cù', 'Cung', 'Cự', 'Danh', 'Diêm',
  'Diệp', 'Doãn', 'Dư', 'Dương', 'Đàm', 'Đào', 'Đặng', 'Đậu', 'Đinh', 'Đoàn', 'Đỗ', 'Đồ', 'Đồng', 'Đổng',
  'Đới', 'Đường', 'Giản', 'Giang', 'Giáp', 'Hà', 'Hạ', 'Hàm', 'Hàn', 'Hán', 'Hầu', 'Hình', 'Hồ', 'Hoa',
  'Hoàng', 'Hùng', 'Huỳnh', 'Hứa', 'Hướng', 'Kha', 'Khà', 'Khâu', 'Khấu', 'Khiếu', 'Khổng', 'Khuất',
  'Khúc', 'Khương', 'Kiều', 'Kim', 'La', 'Lã', 'Lạc', 'Lại', 'Lãnh', 'Lâm', 'Lê', 'Lều', 'Lí', 'Liêu',
  'Liễu', 'Lô', 'Lỗ', 'Lộ', 'Lục', 'Luyện', 'Lữ', 'Lư', 'Lương', 'Lưu', 'Lý', 'Ma', 'Mã', 'Mạc', 'Mạch', 'Mai',
  'Mẫn', 'Mang', 'Mầu', 'Mâu', 'Mộc', 'Nghiêm', 'Ngô', 'Ngọ', 'Ngũ', 'Ngụy', 'Nguyễn', 'Nhan', 'Nhâm', 'Nhữ',
  'Ninh', 'Nông', 'Ong', 'Ông', 'Phạm', 'Phan', 'Phí', 'Phó', 'Phù', 'Phùng', 'Phương', 'Quách', 'Quan', 'Quản',
  'Quang', 'Sái', 'Sầm', 'Sơn', 'Sử', 'Tạ', 'Tào', 'Tăng', 'Tất', 'Thạch', 'Thái', 'Thân', 'Thẩm', 'Thang', 'Thi',
  'Thiều', 'Thiệu', 'Tiêu', 'Tiết', 'Tô', 'Tôn', 'Tống', 'Trà', 'Trác', 'Trần', 'Triệu', 'Trình',
  'Trịnh', 'Trưng', 'Trương', 'Từ', 'Ung', 'Uông', 'Ứng', 'Văn', 'Vi', 'Viên', 'Võ', 'Vũ', 'Vương',
  'Vy', 'Xa', 'Yên',
];

/** Family names of ethnic minorities, as the press writes them. */
const MINORITIES: readonly string[] = [
  // Thái, Tày, Nùng, Giáy, Lào, Lự.
  'Bàn', 'Cà', 'Điêu', 'Hoàng', 'Lang', 'Lành', 'Lăng', 'Lèo', 'Lềm', 'Lò', 'Lộc', 'Long', 'Lù', 'Lường',
  'Bốc', 'Lèng', 'Mè', 'Mông', 'Nịnh', 'Quàng', 'Sần', 'Thèn', 'Tòng', 'Vì', 'Yêng',
  // H'Mông, Dao, Hà Nhì, Lô Lô, Pà Thẻn, Xinh Mun.
  'Chá', 'Chảo', 'Chang', 'Chìu', 'Giàng', 'Hạng', 'Hờ', 'Lầu', 'Lồ', 'Lỳ', 'Ly', 'Mùa', 'Phàn', 'Pờ',
  'Sình', 'Sìn', 'Sùng', 'Tẩn', 'Thào', 'Tráng', 'Và', 'Vàng', 'Vòng', 'Vừ',
  // Hoa and Ngái of the northern border (Quảng Ninh, Lạng Sơn).
  'Phún',
  // The name Buddhist monastics take ("Thượng tọa Thích Thanh Quyết", a deputy; "Hòa thượng Thích
  // Thiện Nhơn"); the Buddha's "Thích Ca Mâu Ni" is no one's (not-names.ts).
  'Thích',
  // Khmer, Chăm, Stiêng and the peoples of the Central Highlands.
  'A', 'Adrơng', 'Ayŭn', 'Byă', 'Chau', 'Đàng', 'Điểu', 'Êban', 'H', "H'", 'Hwing', 'Kbuôr', 'Knul', 'Kpă',
  'Ksor', 'Mlô', 'Nay', 'Niê', 'Puih', 'Rah', 'Rcom', 'Rmah', 'Rơ', 'Siu', 'Thập', 'Trượng', 'Y',
  // Raglai (Ninh Thuận, Khánh Hòa).
  'Chamaléa', 'Pinăng',
];

/** Every family name, once each. */
export const SURNAMES: readonly string[] = [...new Set([...KINH, ...MINORITIES])];

const SURNAME_KEYS: ReadonlySet<string> = new Set(SURNAMES.map((s) => s.toLowerCase()));
/**
 * "H'Yim Niê", "H’Bla Êban": women's names of the Central Highlands open on the prefix
 * H' written glued to the given name, one word that no list of family names holds.
 */
const GLUED_H_PREFIX = /^h['’]\p{L}/u;
/** Words glued the same way that are no one's name: the people "H'Mông". */
const GLUED_H_NOT_NAMES: ReadonlySet<string> = new Set(["h'mông", 'h’mông']);

/** Whether a lower-cased word opens a person's name: a family name, or a glued "H'…". */
export function opensFamilyName(key: string): boolean {
  return SURNAME_KEYS.has(key) || (GLUED_H_PREFIX.test(key) && !GLUED_H_NOT_NAMES.has(key));
}

/**
 * Middle names that never end a full name: "Cung Văn hóa" is a building, "Lê Thị" is
 * half a name.
 */
/**
 * The dozen family names borne by most Vietnamese (Nguyễn alone by some two in five): a
 * capitalised word right before one of them ("Bệnh viện Đa khoa Vũ Quang Nguyễn Văn A")
 * ends the name before it rather than starting a person's.
 */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô']);

export const MIDDLE_NAMES: ReadonlySet<string> = new Set(['văn', 'thị']);
