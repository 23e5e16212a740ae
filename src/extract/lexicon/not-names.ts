// Capitalised words and phrases that look like a person's name but never are one:
// countries and foreign places whose first word is a Vietnamese family name ("Hà
// Lan", "Giang Tô"), years of the sexagenary calendar ("Đinh Dậu"), and the words
// that open a sentence glued to a name when a full stop went missing ("… Phúc Tại
// hội nghị").

/** Countries and territories, in their Sino-Vietnamese names. */
export const FOREIGN_COUNTRIES: readonly string[] = [
  'Hoa Kỳ', 'Mỹ', 'Anh', 'Pháp', 'Đức', 'Nga', 'Ý', 'Úc', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Trung Quốc',
  'Ấn Độ', 'Thái Lan', 'Hà Lan', 'Ba Lan', 'Bỉ', 'Thụy Điển', 'Thụy Sĩ', 'Na Uy', 'Phần Lan', 'Đan Mạch',
  'Áo', 'Hy Lạp', 'Tây Ban Nha', 'Bồ Đào Nha', 'Thổ Nhĩ Kỳ', 'Ai Cập', 'Nam Phi', 'Tân Tây Lan', 'Mông Cổ',
  'Lào', 'Campuchia', 'Cam-pu-chia', 'Cu Ba', 'Cuba', 'Singapore', 'Xinh-ga-po', 'Ả Rập Xê Út', 'Đài Loan',
  'Hồng Kông', 'Ma Cao', 'Liên bang Nga', 'Vương quốc Anh', 'Miến Điện', 'Mã Lai', 'Tân Gia Ba', 'Cao Miên',
  'Ai Len', 'Nam Tư', 'Tiệp Khắc', 'Liên Xô', 'Nam Hàn', 'Bắc Hàn', 'Anh Quốc', 'Pháp Quốc', 'Đức Quốc', 'Úc Châu',
  'Séc', 'Cộng hòa Séc', 'Mỹ Quốc', 'Hán Thành', 'Bình Nhưỡng', 'Đông Kinh', 'Hoa Thịnh Đốn', 'Nữu Ước', 'Đài Bắc', 'Cao Hùng', 'Đài Trung',
];

/**
 * Countries, territories and foreign provinces and cities as the Vietnamese press
 * writes them. A name that is exactly one of these is a place; a body followed by one
 * ("Tỉnh ủy Xiêng Khoảng", "Thủ tướng Thái Lan") is a foreign state's, in no Vietnamese
 * body. Listed are the names made of Sino-Vietnamese syllables, which the name and
 * place recognisers could otherwise take for Vietnamese ones.
 */
export const FOREIGN_PLACES: readonly string[] = [
  ...FOREIGN_COUNTRIES,
  // Provinces, regions and cities of China.
  'Giang Tô', 'Giang Tây', 'Quảng Tây', 'Quảng Đông', 'Vân Nam', 'Hồ Nam', 'Hồ Bắc', 'Hà Bắc', 'Sơn Đông',
  'Chiết Giang', 'Triết Giang', 'Phúc Kiến', 'Tứ Xuyên', 'Cam Túc', 'Thanh Hải', 'Tân Cương', 'Tây Tạng', 'Cát Lâm',
  'Liêu Ninh', 'Hắc Long Giang', 'Thiểm Tây', 'An Huy', 'Quý Châu', 'Hải Nam', 'Ninh Hạ',
  'Nội Mông', 'Bắc Kinh', 'Thiên Tân', 'Thượng Hải', 'Thâm Quyến', 'Quảng Châu', 'Nam Ninh', 'Côn Minh',
  'Hàng Châu', 'Tô Châu', 'Vũ Hán', 'Hạ Môn', 'Thành Đô', 'Đại Liên', 'Thanh Đảo', 'Lan Châu', 'Tây An',
  'Trịnh Châu', 'Phòng Thành', 'Phòng Thành Cảng', 'Đông Hưng', 'Bằng Tường', 'Hà Khẩu', 'Mông Tự', 'Văn Sơn',
  'Bách Sắc', 'Sùng Tả', 'Khâm Châu', 'Bắc Hải',
  // Provinces and cities of Laos and Cambodia.
  'Xiêng Khoảng', 'Hủa Phăn', 'Viêng Chăn', 'Luông Pha Bang', 'Luông Nậm Thà', 'Chăm Pa Sắc', 'Sa Va Na Khệt',
  'Xa Va Na Khệt', 'Khăm Muộn', 'Bô Ly Khăm Xay', 'Bolikhamxay', 'Phông Sa Lỳ', 'U Đôm Xay', 'Sê Kông',
  'Át Tạ Pư', 'Sa La Van', 'Xa La Van', 'Bò Kẹo', 'Xay Nha Bu Ly', 'Xay Sổm Bun', 'Vang Viêng', 'Phnôm Pênh',
  'Xiêm Riệp', 'Bát Tam Bang', 'Kông Pông Chàm', 'Ta Keo', 'Xvây Riêng', 'Rattanakiri', 'Mondulkiri',
  // Foreign seats of government the press names by their building ("ngân sách Lầu Năm Góc").
  'Lầu Năm Góc', 'Nhà Trắng', 'Điện Kremlin', 'Trung Nam Hải', 'Phố Downing',
  // China's State Council: "Thủ tướng Quốc vụ viện (Trung Quốc) Lý Khắc Cường".
  'Quốc vụ viện',
  // The press's short form: "Phó Chủ tịch Quân ủy TƯ TQ".
  'TQ',
];

/**
 * Foreign states the press writes in their own Latin spelling ("Quân đội Myanmar"): no name
 * recogniser mistakes them, but a body they close is a foreign state's, which holds no
 * Vietnamese event.
 */
export const COUNTRIES_IN_LATIN_SCRIPT: readonly string[] = [
  'Myanmar', 'Indonesia', 'Malaysia', 'Philippines', 'Brunei', 'Timor-Leste', 'Australia', 'New Zealand', 'Canada',
  'Israel', 'Iran', 'Iraq', 'Ukraine', 'Belarus', 'Kazakhstan', 'Uzbekistan', 'Venezuela', 'Argentina', 'Brazil', 'Chile',
  'Mexico', 'Peru', 'Colombia', 'Mozambique', 'Angola', 'Algeria', 'Nigeria', 'Kenya', 'Pakistan', 'Bangladesh',
  'Sri Lanka', 'Nepal', 'Bulgaria', 'Romania', 'Hungary', 'Slovakia', 'Serbia', 'Czech', 'Slovenia', 'Croatia', 'Cyprus',
  // The Gulf, the Middle East and Africa, where Vietnam keeps embassies.
  'Qatar', 'Kuwait', 'Oman', 'Bahrain', 'UAE', 'Jordan', 'Lebanon', 'Syria', 'Libya', 'Tunisia', 'Morocco', 'Sudan',
  'Ethiopia', 'Tanzania', 'Uganda', 'Zambia', 'Zimbabwe', 'Ghana', 'Senegal', 'Cameroon', 'Namibia', 'Botswana',
  // The Americas, Europe, Central Asia and the Pacific.
  'Panama', 'Ecuador', 'Bolivia', 'Paraguay', 'Uruguay', 'Guatemala', 'Nicaragua', 'Costa Rica', 'Jamaica', 'Lithuania',
  'Latvia', 'Estonia', 'Moldova', 'Georgia', 'Armenia', 'Azerbaijan', 'Turkmenistan', 'Kyrgyzstan', 'Tajikistan',
  'Afghanistan', 'Bhutan', 'Maldives', 'Luxembourg', 'Malta', 'Iceland', 'Albania', 'Montenegro', 'Palestine', 'Fiji',
  'Papua New Guinea',
];

/**
 * Vietnamese landmarks, regions and airports outside the registry of administrative units
 * that contain a family name: never a person, nor a person's name starting inside them.
 */
export const LANDMARKS: readonly string[] = [
  'Hồ Gươm', 'Hồ Tây', 'Hồ Hoàn Kiếm', 'Hồ Trúc Bạch', 'Cát Linh', 'Cát Bà', 'Cù Lao Chàm', 'Yên Tử', 'Hoàng Sa',
  'Trường Sa', 'Đồng Khởi', 'Hồ Dầu Tiếng', 'Hồ Trị An', 'Tây Bắc', 'Tây Nguyên', 'Đông Bắc', 'Tây Nam Bộ',
  'Đông Nam Bộ', 'Nam Bộ', 'Bắc Bộ', 'Trung Bộ', 'Bắc Trung Bộ', 'Nam Trung Bộ', 'Việt Nam', 'Lăng Cô', 'Chân Mây',
  // Airports, whose names run on into capitalised words ("sân bay Tân Sơn Nhất"; "Sơn" is a family name).
  'Tân Sơn Nhất', 'Nội Bài', 'Long Thành', 'Cát Bi', 'Phú Bài', 'Cam Ranh', 'Liên Khương', 'Phù Cát', 'Chu Lai', 'Vân Đồn',
  // The Buddha's name, which opens on the monastics' "Thích".
  'Thích Ca Mâu Ni', 'Thích Ca',
];

/** Heavenly stems and earthly branches: "Đinh Dậu", "Giáp Thìn", "Bính Ngọ" are years. */
export const HEAVENLY_STEMS: readonly string[] = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
export const EARTHLY_BRANCHES: readonly string[] = ['Tý', 'Tí', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Tị', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/**
 * Words that are never part of a person's name: prepositions, conjunctions and the
 * like, which follow a name only when a sentence was glued to it ("Quách Tất Phúc Tại
 * hội nghị", "… Hương Sau đó"). Words that are also given names (Sáng, Phát, Nhân,
 * Tới, Hiện, Các, Tỉnh, numbers such as Năm) are not listed.
 */
export const NEVER_IN_NAMES: readonly string[] = [
  'tại', 'sau', 'theo', 'trong', 'với', 'cùng', 'những', 'được', 'đã', 'là', 'để', 'khi', 'trước', 'nhằm', 'bởi',
  'của', 'và', 'hoặc', 'nhưng', 'này', 'đó', 'vì', 'ngày', 'tháng', 'chiều', 'tối', 'trưa', 'hôm', 'về', 'trên',
  'dưới', 'ngoài', 'đây', 'dự', 'tham', 'ông', 'bà', 'ảnh', 'nguồn', 'đêm', 'cũng', 'nếu',
];

/**
 * Given names that are also the time a sentence opens on: "… Kim Ngân Sáng 27/5, Quốc hội …",
 * "Sáng nay". After a name, one followed by a date or by these words is the next sentence's.
 */
export const TIME_WORDS_LIKE_NAMES: readonly string[] = ['sáng'];
export const AFTER_TIME_WORDS: readonly string[] = ['nay', 'qua', 'cùng', 'hôm', 'sớm'];

/**
 * Words after which a capitalised name names a place, a street or a school, not a
 * person: "xã Lộc Thạnh", "phường Trần Phú", "đường Nguyễn Văn Linh", "Trường THCS Lê
 * Quý Đôn". (After a body, "UBND tỉnh Lê Văn B", the name is the official's.)
 */
export const PLACE_BEFORE_NAME: readonly string[] = [
  'ở', 'tại', 'từ', 'xã', 'phường', 'trấn', 'huyện', 'quận', 'tỉnh', 'phố', 'tp', 'tp.', 'khu', 'ấp', 'thôn', 'bản', 'buôn', 'làng', 'khóm',
  'xóm', 'tổ', 'đường', 'hẻm', 'ngõ', 'sông', 'kênh', 'núi', 'đèo', 'đảo', 'cầu', 'chợ', 'cảng', 'đền', 'chùa', 'trường',
  'hồ', 'đầm', 'suối', 'thác', 'vịnh', 'bãi', 'rạch', 'đồi', 'bến',
  'thpt', 'thcs', 'ptth', 'pthh', 'học', 'non', 'giải', 'tên',
  // "dòng họ Trần Thái Bình": a clan, named after its founder.
  'họ',
];

/**
 * Words of a foreign company's name that, in brackets right after a capitalised name, gloss it as
 * that company's: "tập đoàn Gia Lý Kiến Thiết (Kerry Group)", "Hòa Ký Hoàng Phố (Hutchison Whampoa
 * Limited". A person is never glossed so.
 */
export const FOREIGN_COMPANY_WORDS: readonly string[] = [
  'group', 'limited', 'ltd', 'holdings', 'holding', 'corporation', 'corp', 'company', 'inc', 'co', 'plc', 'gmbh',
];

/** Words that put a credit, not a person, after their colon: "Ảnh: Đàm Duy", "Bài, ảnh: Lê Hoa". */
export const CREDIT_WORDS: readonly string[] = ['ảnh', 'nguồn', 'bài', 'tin', 'video', 'clip', 'họa', 'hiện', 'pv'];

/**
 * Common words whose first syllable is a family name and whose second is no given name:
 * written in capitals after a title ("Giám đốc Quan Hệ Công Chúng", "Trưởng ban Quản Trị
 * Rủi Ro"), they open a department's name, never a person's.
 */
/**
 * Common nouns that open a sentence, capitalised, right after a name when a caption runs
 * into the text ("… Bùi Văn Ga Thí sinh vẫn nhiều cơ hội"): they end the name before them.
 */
export const NOUNS_OPENING_AFTER_NAMES: readonly string[] = [
  'thí sinh', 'học sinh', 'sinh viên', 'người dân', 'nhân dân', 'cử tri', 'du khách', 'phóng viên', 'lực lượng',
  'toàn cảnh', 'quang cảnh', 'hiện trường', 'đại biểu', 'bà con', 'doanh nghiệp', 'giáo viên', 'bệnh nhân',
  'nông dân', 'công nhân', 'cán bộ', 'chiến sĩ', 'ngư dân', 'người lao động', 'trẻ em', 'phụ huynh',
  // "… ông Phạm Trọng Đạt Điều đáng nói là …": a caption glued to the next sentence's opening.
  'điều đáng', 'điều này', 'điều đó',
];

export const WORDS_OPENING_LIKE_NAMES: readonly string[] = [
  'quan hệ', 'quản trị', 'quản lý', 'quản lí', 'đào tạo', 'tôn giáo', 'kim ngạch', 'ma túy', 'thái độ', 'thẩm tra',
  'tiêu dùng', 'thân thiện',
  // A deputy's title cut short ("Phó Chánh TP Hà Nội", "Phó Tổng GĐ"): "Phó" is also a family name.
  'phó chánh', 'phó tổng',
  // A foreign chamber: "Chủ tịch Hạ viện Mỹ Paul Ryan".
  'hạ viện',
];
