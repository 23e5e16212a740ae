// Words that introduce a named person ("đồng chí Lê Văn A", "ông Trần B") and
// military or police ranks, which precede titles but are not positions.
export const HONORIFICS: readonly string[] = [
  'đồng chí', 'đ/c', 'đc', 'ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'các đồng chí', 'ngài', 'madame',
];

export const RANKS: readonly string[] = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc',
  'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy',
  'Giáo sư', 'Phó Giáo sư', 'GS', 'PGS', 'GS.TS', 'PGS.TS', 'TS', 'ThS', 'Tiến sĩ', 'Thạc sĩ', 'Bác sĩ',
  'Anh hùng Lực lượng vũ trang nhân dân', 'Anh hùng Lao động', 'Nhà giáo Nhân dân', 'Nhà giáo Ưu tú',
  // An inspector's civil-service grade, no post: "Thanh tra viên cao cấp - Phó Chánh Thanh tra Bộ X".
  'Thanh tra viên', 'Thanh tra viên chính', 'Thanh tra viên cao cấp',
];

/**
 * Occupations the press writes before a guest's name ("Nhà thơ Trần Đăng Khoa", "Nhạc sĩ A"):
 * no post, but after a dash in a guest list they open the next guest, never more of a body.
 */
export const OCCUPATIONS_BEFORE_NAMES: readonly string[] = [
  'Nhà thơ', 'Nhà văn', 'Nhà báo', 'Nhà giáo', 'Nhà nghiên cứu', 'Nhà khoa học', 'Nhà sử học', 'Nhạc sĩ', 'Họa sĩ',
  'Nghệ sĩ', 'Nghệ sĩ Nhân dân', 'Nghệ sĩ Ưu tú', 'NSND', 'NSƯT', 'Đạo diễn', 'Luật sư', 'Kiến trúc sư', 'KTS', 'Nhà sư',
];
