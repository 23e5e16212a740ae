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
