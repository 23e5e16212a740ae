// What the real-corpus test checks people's names against: things that are never
// a person. Written for the test, independently of the extractor's own lexicons,
// so that the check cannot agree with the extractor by construction.
//
// Countries and foreign places as the Vietnamese press writes them in
// Sino-Vietnamese (the forms that look like names: a first word that is also a
// family name or a given name), and well-known places outside the registry of
// administrative units (airports, ports, landmarks) whose parts look like names.
export const FOREIGN_PLACES: readonly string[] = [
  // Countries and territories.
  'Hà Lan', 'Thái Lan', 'Hàn Quốc', 'Trung Quốc', 'Nhật Bản', 'Triều Tiên', 'Mông Cổ', 'Hoa Kỳ', 'Ấn Độ',
  'Phần Lan', 'Ba Lan', 'Đan Mạch', 'Thụy Điển', 'Thụy Sĩ', 'Na Uy', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hy Lạp',
  'Thổ Nhĩ Kỳ', 'Ai Cập', 'Nam Phi', 'Ả Rập Xê Út', 'Miến Điện', 'Mã Lai', 'Tân Gia Ba', 'Cao Miên', 'Đài Loan',
  'Hồng Kông', 'Ma Cao', 'Tân Tây Lan', 'Ai Len', 'Băng Đảo', 'Nam Tư', 'Tiệp Khắc', 'Liên Xô', 'Đông Timor',
  'Nam Hàn', 'Bắc Hàn', 'Triều Tiên', 'Anh Quốc', 'Pháp Quốc', 'Đức Quốc', 'Úc Châu', 'Mỹ Quốc',
  // Provinces, cities and regions of China, Korea, Japan and Taiwan written in Sino-Vietnamese.
  'Giang Tô', 'Chiết Giang', 'Giang Tây', 'Quảng Đông', 'Quảng Tây', 'Vân Nam', 'Quý Châu', 'Tứ Xuyên',
  'Hồ Nam', 'Hồ Bắc', 'Hà Bắc', 'Hà Nam', 'Sơn Đông', 'Sơn Tây', 'Thiểm Tây', 'Cam Túc', 'Thanh Hải', 'Phúc Kiến',
  'An Huy', 'Hắc Long Giang', 'Cát Lâm', 'Liêu Ninh', 'Nội Mông', 'Tân Cương', 'Tây Tạng', 'Ninh Hạ', 'Hải Nam',
  'Bắc Kinh', 'Thượng Hải', 'Thiên Tân', 'Trùng Khánh', 'Quảng Châu', 'Thâm Quyến', 'Nam Ninh', 'Côn Minh',
  'Hàng Châu', 'Vũ Hán', 'Thành Đô', 'Tây An', 'Hạ Môn', 'Đông Hưng', 'Bằng Tường', 'Hà Khẩu', 'Đài Bắc', 'Cao Hùng',
  'Đài Trung', 'Hán Thành', 'Bình Nhưỡng', 'Đông Kinh', 'Hoa Thịnh Đốn', 'Nữu Ước', 'Hoàng Sa', 'Trường Sa',
  // Places outside the registry of administrative units.
  'Tân Sơn Nhất', 'Nội Bài', 'Đà Nẵng', 'Cam Ranh', 'Long Thành', 'Cát Linh', 'Hà Đông', 'Mỹ Đình', 'Ba Đình',
  'Hồ Gươm', 'Hồ Tây', 'Trường Sơn', 'Điện Biên Phủ', 'Cửa Lò', 'Vũng Áng', 'Dung Quất', 'Nghi Sơn', 'Phú Quốc',
  'Côn Đảo', 'Lý Sơn', 'Cù Lao Chàm', 'Phong Nha', 'Kẻ Bàng', 'Hạ Long', 'Bái Tử Long', 'Cát Bà', 'Tràng An',
  'Yên Tử', 'Bà Nà', 'Sơn Trà', 'Hải Vân', 'Thủ Thiêm', 'Bến Thành', 'Cần Giờ', 'Củ Chi', 'Lăng Cô', 'Mũi Né',
];

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Tị', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** The sixty years of the sexagenary calendar ("Đinh Dậu", "Giáp Thìn"). */
export const LUNAR_YEARS: ReadonlySet<string> = new Set(STEMS.flatMap((stem) => BRANCHES.map((branch) => `${stem} ${branch}`)));

/** Names and texts are compared in lower case (NFC). */
export const key = (s: string): string => s.normalize('NFC').toLowerCase();

export interface PlaceIndex {
  /** Lower-cased place names by each of their words, with whether the place is a large one. */
  byWord: Map<string, Array<{ name: string; large: boolean }>>;
}

/**
 * `large`: provinces, districts, foreign places and landmarks; `small`: communes, whose
 * names are so many and so short that one often runs across two neighbouring words by
 * chance ("Hà Nội Hoàng Trung Hải" holds the commune name "Nội Hoàng").
 */
export function placeIndex(large: Iterable<string>, small: Iterable<string>): PlaceIndex {
  const byWord = new Map<string, Array<{ name: string; large: boolean }>>();
  const add = (name: string, isLarge: boolean): void => {
    const k = key(name);
    if (!k.includes(' ')) return;
    for (const word of new Set(k.split(' '))) {
      const list = byWord.get(word);
      if (list) list.push({ name: k, large: isLarge });
      else byWord.set(word, [{ name: k, large: isLarge }]);
    }
  };
  for (const name of large) add(name, true);
  for (const name of small) add(name, false);
  return { byWord };
}

const LETTER = /[\p{L}\p{M}]/u;

/** Start offsets of `word` in `text` as a whole phrase (no letter right before or after). */
function occurrences(text: string, phrase: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(phrase, from); at >= 0 && at + phrase.length <= to; at = text.indexOf(phrase, at + 1)) {
    if ((at === 0 || !LETTER.test(text[at - 1]!)) && !LETTER.test(text[at + phrase.length] ?? '')) out.push(at);
  }
  return out;
}

/**
 * A person's name cut out of a place name: every time the name occurs in the text, it
 * lies inside a longer place name ("Sơn Nhất" of "sân bay Tân Sơn Nhất"), or a large
 * place's name runs into it from outside ("Đào Nha …" of "Bồ Đào Nha").
 */
export function isPlaceFragment(name: string, lowerText: string, index: PlaceIndex): boolean {
  const lowerName = key(name);
  const candidates = new Map<string, boolean>();
  for (const word of lowerName.split(' ')) for (const place of index.byWord.get(word) ?? []) candidates.set(place.name, (candidates.get(place.name) ?? false) || place.large);
  candidates.delete(lowerName);
  if (candidates.size === 0) return false;
  const starts = occurrences(lowerText, lowerName);
  if (starts.length === 0) return false;
  return starts.every((start) => {
    const end = start + lowerName.length;
    for (const [place, large] of candidates) {
      for (const ps of occurrences(lowerText, place, Math.max(0, start - place.length), end + place.length)) {
        const pe = ps + place.length;
        const inside = ps <= start && pe >= end;
        const runsInto = large && ps < end && pe > start;
        if ((inside || runsInto) && (ps < start || pe > end)) return true;
      }
    }
    return false;
  });
}
