// Event words and number words: what kind of meeting a phrase names, and how
// ordinals are written (digits, Vietnamese number words, Roman numerals).
import type { EventKind } from '../contract.js';

export const EVENT_WORDS: ReadonlyArray<readonly [string, EventKind]> = [
  ['Hội nghị', 'conference'],
  ['Họp', 'conference'],
  ['Đại hội', 'congress'],
  ['Đại hội đại biểu', 'congress'],
  ['Kỳ họp', 'session'],
  // "HĐND phường X họp kỳ thứ ba", "Ủy ban Kiểm tra Trung ương họp kỳ thứ 15": the body's session.
  ['họp kỳ', 'session'],
  ['Phiên họp', 'meeting'],
  ['họp phiên', 'meeting'],
  ['họp thường kỳ', 'meeting'],
  ['Buổi làm việc', 'meeting'],
  ['làm việc', 'meeting'],
  ['Buổi gặp mặt', 'meeting'],
  ['gặp mặt', 'meeting'],
  ['Hội nghị trực tuyến', 'conference'],
  ['tiếp xúc cử tri', 'meeting'],
  ['Buổi tiếp xúc cử tri', 'meeting'],
  // "buổi tiếp xúc với cử tri": not a reception ("Buổi tiếp") but the same voters' meeting.
  ['tiếp xúc với cử tri', 'meeting'],
  ['Buổi tiếp xúc với cử tri', 'meeting'],
  ['Lễ ra mắt', 'meeting'],
  ['Lễ trao', 'meeting'],
  ['Lễ bàn giao', 'meeting'],
  ['Lễ công bố quyết định', 'meeting'],
  ['Lễ công bố và trao quyết định', 'meeting'],
  ['Lễ khai mạc', 'meeting'],
  ['Lễ mít tinh', 'meeting'],
  ['Lễ míttinh', 'meeting'],
  ['Lễ tuyên dương', 'meeting'],
  ['Lễ phát động', 'meeting'],
  ['Lễ ra quân', 'meeting'],
  ['Lễ xuất quân', 'meeting'],
  ['Lễ đón nhận', 'meeting'],
  ['Lễ khánh thành', 'meeting'],
  ['Lễ khởi công', 'meeting'],
  ['Phiên chất vấn', 'meeting'],
  ['Phiên họp thường kỳ', 'meeting'],
  ['Cuộc họp', 'meeting'],
  ['Lễ công bố', 'meeting'],
  ['Lễ trao quyết định', 'meeting'],
  ['Hội thảo', 'meeting'],
  ['Tọa đàm', 'meeting'],
  ['Lễ kỷ niệm', 'meeting'],
  ['Lễ truy điệu', 'meeting'],
  // Ceremonies, receptions, talks, dialogues and press conferences a named official chairs.
  ['Buổi lễ', 'meeting'],
  ['Lễ khai giảng', 'meeting'],
  ['Lễ bế giảng', 'meeting'],
  ['Buổi đối thoại', 'meeting'],
  ['Cuộc đối thoại', 'meeting'],
  ['Buổi tiếp', 'meeting'],
  ['Phiên tiếp công dân', 'meeting'],
  ['Hội đàm', 'meeting'],
  // A state visit's welcome (not "lễ đón Tết", a festivity).
  ['Lễ đón chính thức', 'meeting'],
  ['Buổi hội đàm', 'meeting'],
  ['Họp báo', 'meeting'],
  ['Buổi họp báo', 'meeting'],
  ['Cuộc họp báo', 'meeting'],
];

/**
 * Kinds of meeting that are never one another, by the first words of their event word: a
 * ceremony, talks, a reception, a press conference. "Lễ đón chính thức" and the "hội đàm" after
 * it are two events, whatever organizer either lacks; any other meeting word ("cuộc họp",
 * "buổi làm việc") may name any of them again.
 */
export const MEETING_FAMILIES: ReadonlyArray<readonly [string, string]> = [
  ['lễ', 'ceremony'], ['buổi lễ', 'ceremony'],
  ['hội đàm', 'talks'], ['buổi hội đàm', 'talks'],
  ['buổi tiếp', 'reception'], ['phiên tiếp công dân', 'reception'],
  ['họp báo', 'press'], ['buổi họp báo', 'press'], ['cuộc họp báo', 'press'],
];

const MEETING_FAMILY: ReadonlyMap<string, string> = new Map(MEETING_FAMILIES);

/**
 * Words of a working session, which never name a press conference again: "buổi họp báo" and
 * "buổi làm việc" of the same article are two events (the press is briefed apart from the work).
 */
const WORKING_SESSION_WORDS: ReadonlySet<string> = new Set(['làm việc', 'buổi làm việc', 'cuộc làm việc', 'phiên làm việc']);

/** Two meeting words that name two events whatever their organizers: a press conference and a working session. */
export function briefingAndWork(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return (meetingFamily(x) === 'press' && WORKING_SESSION_WORDS.has(y)) || (meetingFamily(y) === 'press' && WORKING_SESSION_WORDS.has(x));
}

/** The family of a meeting word or an event's name ("Lễ đón chính thức": ceremony), or null for a word of any meeting. */
export function meetingFamily(word: string): string | null {
  const words = word.toLowerCase().split(/\s+/);
  for (const length of [3, 2, 1]) {
    const family = MEETING_FAMILY.get(words.slice(0, length).join(' '));
    if (family) return family;
  }
  return null;
}

/**
 * What an award ceremony hands over, which completes its name: "Lễ trao giải", "Lễ trao Huân
 * chương", "Lễ trao quyết định". The press never writes "Lễ trao" alone.
 */
export const CEREMONY_GIFTS: readonly string[] = [
  'giải', 'giải thưởng', 'tặng', 'huân chương', 'huy chương', 'bằng', 'bằng khen', 'học bổng', 'thưởng', 'danh hiệu',
  'cờ thi đua', 'huy hiệu', 'giấy chứng nhận', 'quyết định',
];

/**
 * Activities named after a role's cue that are no event of the graph: "chủ trì lễ đón đoàn …",
 * "dự tiệc chiêu đãi", "dự Lễ dâng hương". In a sentence that names none of the article's
 * events, the role is played there, not at the event reported (a ceremony's unless that is a
 * ceremony too: "Dự lễ có …" after "Lễ kỷ niệm …" is that one).
 */
export const ACTIVITIES_OF_NO_EVENT: readonly string[] = ['lễ', 'chuyến', 'tiệc', 'buổi chiêu đãi', 'chiêu đãi'];
/** A ceremony opening or closing the event reported ("phát biểu tại Lễ khai mạc" of a conference). */
export const CEREMONIES_OF_THE_EVENT: readonly string[] = ['lễ khai mạc', 'lễ bế mạc'];

/**
 * Occasions of culture and sport: a ceremony or press conference named after one of these
 * ("Lễ khai mạc Lễ hội Hoa ban", "Lễ bế mạc Giải bóng đá", "họp báo trước trận đấu") is the
 * occasion's, not a meeting of the bodies the graph holds. (A prize is not one: "lễ trao Giải
 * Báo chí" is an award ceremony; nor a fair, which a people's committee opens as its own.)
 */
export const OCCASIONS: readonly string[] = [
  'lễ hội', 'cuộc thi', 'hội thi', 'hội diễn', 'liên hoan', 'ngày hội', 'hội thao', 'hội trại', 'festival', 'hội báo',
  'giải đấu', 'giải bóng đá', 'giải bóng chuyền', 'giải việt dã', 'giải chạy', 'giải cờ', 'giải quần vợt', 'giải golf', 'trận đấu',
  'tuần lễ văn hóa', 'tuần văn hóa', 'năm du lịch', 'lễ hội du lịch',
];

/**
 * Events anyone holds: a film crew's or a singer's press conference, a show's launch. With no
 * public body as organizer, one is an event of public life only if an official takes part in
 * it beyond attending (chairs, speaks).
 */
/**
 * Event words that name an event of the article only right after the verb of its host: "UBND
 * huyện X tổ chức cuộc đối thoại". Elsewhere "cuộc đối thoại" is as often a figure of speech,
 * another country's talks, or a caption's name for a conference the article reports.
 */
export const HOSTED_ONLY_EVENT_WORDS: readonly string[] = ['cuộc đối thoại'];
export const HOSTING_VERBS: readonly string[] = ['tổ chức'];

export const OPEN_EVENT_WORDS: readonly string[] = ['họp báo', 'buổi họp báo', 'cuộc họp báo', 'lễ ra mắt'];

/**
 * Words before "hội" in a compound noun: an event word starting with "hội" right after one
 * ("Quốc hội thảo luận", "Hiệp hội nghị …") is the compound and a verb, not a "Hội thảo".
 */
export const BEFORE_HOI_IN_NOUNS: readonly string[] = [
  'quốc', 'xã', 'hiệp', 'tổng', 'liên', 'chi', 'phân', 'giáo', 'lễ', 'cơ', 'thành', 'nông', 'đô',
];

/**
 * Nouns before "làm việc" that make it a noun phrase, not a meeting: "phương pháp làm việc",
 * "thời gian làm việc", "môi trường làm việc", "tác phong làm việc".
 */
/**
 * Staff at work, right before "làm việc" or with a comma between: "người lao động làm việc tại
 * đơn vị …", "với 20 ngàn nhân viên, làm việc tại 30 quốc gia". No meeting.
 */
export const STAFF_NOUNS: readonly string[] = ['lao động', 'công nhân', 'nhân viên', 'viên chức', 'công chức'];

/**
 * Occupations heading the subject of "làm việc": "kỹ sư điện làm việc tại Ban quản lý dự án …",
 * "bác sĩ đến bệnh viện làm việc" is where someone is employed or goes to work, not a working
 * session (nor is what they say after it speech at one).
 */
export const OCCUPATION_NOUNS: readonly string[] = [
  ...STAFF_NOUNS, 'kỹ sư', 'kỹ thuật viên', 'giáo viên', 'giảng viên', 'bác sĩ', 'y sĩ', 'y tá', 'điều dưỡng', 'dược sĩ',
  'thợ', 'tài xế', 'lái xe', 'kế toán', 'thủ quỹ', 'phóng viên', 'biên tập viên', 'luật sư', 'kiến trúc sư',
];

export const NOUNS_BEFORE_WORKING: readonly string[] = [
  'phương pháp', 'cách', 'tác phong', 'lề lối', 'thời gian', 'giờ', 'môi trường', 'điều kiện', 'chế độ',
  'văn hóa', 'tinh thần', 'ý thức', 'thái độ', 'năng suất', 'hiệu quả', 'kinh nghiệm', 'phong cách', 'khả năng', 'nhu cầu',
  ...STAFF_NOUNS,
  // "ẩu đả tại phòng làm việc", "trên bàn làm việc": a room, a desk.
  'phòng', 'bàn',
];

/** Nouns of place before "làm việc", right before it or with its subject between: "nơi làm việc", "nơi chị làm việc". */
export const PLACES_OF_WORK: readonly string[] = ['nơi', 'chỗ'];

/** What people do, listed with "làm việc" ("sinh sống, làm việc và học tập"): no meeting. */
export const LIVING_VERBS: readonly string[] = [
  'sinh sống', 'sống', 'học tập', 'lao động', 'sinh hoạt', 'nghỉ ngơi', 'cư trú', 'định cư', 'kinh doanh', 'buôn bán', 'du lịch', 'học',
];

/**
 * Words that make "làm việc" a summons, not a meeting: "mời … lên trụ sở làm việc", "triệu tập
 * … đến làm việc", "làm việc với cơ quan điều tra". The person summoned is questioned.
 */
export const SUMMONS_WORDS: readonly string[] = ['mời', 'triệu tập', 'áp giải'];
/**
 * Words of hiring or sending people to a job before a bare "làm việc" in its clause: "tuyển dụng
 * các bạn trẻ đến làm việc", "tuyển lao động sang Nhật Bản làm việc", "đưa người lao động đi làm
 * việc ở nước ngoài", "được nhận vào làm việc". Work at a job, no meeting (with "với" after it, still a
 * meeting).
 */
export const HIRING_WORDS: readonly string[] = [
  'tuyển dụng', 'tuyển', 'tuyển chọn', 'thuê', 'xuất khẩu lao động',
  // "được nhận vào làm việc tại các cơ quan", "tiếp nhận … vào làm việc", "xin vào làm việc".
  'nhận vào', 'xin vào', 'xin việc',
];
/**
 * Words of asking or supposing before a bare "làm việc" in its clause: "đã yêu cầu lãnh đạo tỉnh
 * làm việc với Hiệp hội", "yêu cầu, Sở Xây dựng làm việc với chủ đầu tư", "nếu thành phố làm việc
 * với nhà đầu tư". A meeting asked for or supposed, not one reported ("theo yêu cầu", "theo chỉ
 * đạo" give the reason for one that was held).
 */
export const ASKING_WORDS: readonly string[] = ['yêu cầu', 'đề nghị', 'chỉ đạo', 'nếu'];
/**
 * Conditions opening a sentence: "Trong trường hợp cần thiết, đoàn kiểm tra phối hợp với Bộ Công an,
 * Bộ X làm việc với công ty", "Khi cần thiết, Sở … làm việc với …". A bare "làm việc" anywhere after
 * is a meeting supposed, not one reported.
 */
export const CONDITION_OPENERS: readonly string[] = ['trong trường hợp', 'trường hợp', 'nếu', 'khi cần thiết', 'khi cần', 'giả sử'];
/** "lên trụ sở làm việc", "về trụ sở công an để làm việc": a few words before "làm việc" only ("tại Trụ sở Chính phủ, … chủ trì cuộc làm việc" is a meeting). */
export const SUMMONS_PLACES: readonly string[] = ['trụ sở'];
export const QUESTIONING_BODIES: readonly string[] = ['cơ quan công an', 'cơ quan điều tra', 'cơ quan cảnh sát điều tra', 'cơ quan csđt', 'điều tra viên'];
/**
 * The people the police "làm việc với" (question): "đang làm việc với số người liên quan",
 * "làm việc với các đối tượng", "làm việc với tài xế". A count or plural may stand before them.
 */
export const QUESTIONED_PEOPLE: readonly string[] = [
  'đối tượng', 'nghi phạm', 'nghi can', 'bị can', 'người liên quan', 'số người', 'người vi phạm', 'người điều khiển',
  'tài xế', 'lái xe', 'chủ xe', 'chủ phương tiện', 'chủ cơ sở', 'chủ quán', 'nạn nhân', 'nhân chứng',
];
export const QUESTIONED_COUNTS: readonly string[] = ['các', 'những', 'một', 'số', 'hai', 'ba', 'nhiều'];
/**
 * Words right before a bare "làm việc" that make it a day's work, not a meeting: "bắt đầu làm
 * việc từ 19h", "đi làm việc tại Nhật Bản", "nghỉ làm việc", "liên hệ … để làm việc về nội dung
 * trên". With "với" after it ("bắt đầu làm việc với UBND tỉnh") it is a meeting still.
 */
export const WORK_NOT_MEETING_BEFORE: readonly string[] = ['bắt đầu', 'đi', 'nghỉ', 'ngừng', 'dừng', 'thôi', 'không', 'chưa', 'từng', 'để', 'đang', 'vẫn'];

/**
 * Who meets at a meeting of no public body, written right after the meeting word ("kỳ họp phụ
 * huynh", "cuộc họp hội đồng sư phạm của Trường THPT X", "kỳ họp thường niên của Câu lạc bộ
 * Y"): parents, a school's staff, a club, a company's shareholders, a family. No event of the
 * graph, and no one's remark there a speech.
 */
export const PRIVATE_GATHERINGS: readonly string[] = [
  'phụ huynh', 'cha mẹ học sinh', 'ban đại diện cha mẹ học sinh', 'hội đồng sư phạm', 'ban giám hiệu', 'tổ chuyên môn', 'nhà trường',
  'trường mầm non', 'trường tiểu học', 'trường thcs', 'trường thpt', 'trường phổ thông', 'câu lạc bộ', 'clb',
  'cổ đông', 'đại hội đồng cổ đông', 'gia đình', 'dòng họ', 'họ tộc',
];
/** The meeting words such a gathering is held under (not a working session or a visit, which an official pays to a school). */
export const GATHERING_WORDS: readonly string[] = ['kỳ họp', 'cuộc họp', 'buổi họp', 'họp', 'phiên họp', 'hội nghị'];
/** Words that may stand between the meeting word and who meets: "kỳ họp thường niên năm 2019 của …", "họp đầu năm học". */
export const GATHERING_FILLERS: readonly string[] = ['thường', 'niên', 'định', 'kỳ', 'đầu', 'cuối', 'giữa', 'năm', 'học', 'của', 'toàn', 'thể', 'các', 'lần', 'thứ'];

/** Heads of a business's name: a company's or a commercial bank's meeting is no public body's event. */
export const BUSINESS_HEADS: readonly string[] = ['Công ty', 'Cty', 'CTCP', 'Ngân hàng TMCP', 'Ngân hàng Thương mại', 'Doanh nghiệp'];

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['nhất', 1], ['một', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['lăm', 5],
  ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9], ['mười', 10], ['mươi', 10], ['mốt', 1],
]);

const ROMAN: ReadonlyMap<string, number> = new Map([['I', 1], ['V', 5], ['X', 10], ['L', 50], ['C', 100]]);

export function romanToNumber(text: string): number | null {
  if (!/^[IVXLC]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN.get(text[i]!)!;
    const next = i + 1 < text.length ? ROMAN.get(text[i + 1]!)! : 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}

export function numberToRoman(value: number): string {
  const table: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [n, s] of table) {
    while (rest >= n) { out += s; rest -= n; }
  }
  return out;
}

/** "mười hai" → 12, "Mười" → 10, "hai mươi mốt" → 21, "thứ tư" handled by the caller. */
export function wordsToNumber(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const word = raw.toLowerCase();
    const n = NUMBER_WORDS.get(word);
    if (n === undefined) break;
    seen = true;
    if (word === 'mười') current = current === 0 ? 10 : current * 10;
    else if (word === 'mươi') current = (current || 1) * 10;
    else current += n;
  }
  total += current;
  return seen && total > 0 ? total : null;
}

/**
 * A sentence that turns to another activity of the day, one no event word names: "Trước đó,
 * Bộ trưởng đi kiểm tra …", "Chiều cùng ngày, đoàn đến thăm …". Who acts there and in the
 * sentences after it (until an event is named again) plays no part in the event before.
 */
export const ANOTHER_ACTIVITY_OPENER = /^(?:[*•]\s*)?(?:Trước đó|Sau đó|Tiếp đó|Cùng ngày|Cũng trong (?:sáng|chiều|ngày)(?: cùng ngày)?|(?:Sáng|Chiều|Tối|Trưa) cùng ngày|Nhân dịp này|Dịp này|Trong chuyến công tác)(?=[\s,])/u;
/**
 * A sentence that opens on another day told before or after the news: "Trước đó, ngày 23/6, xác
 * nhận với báo …", "Tiếp đó, ngày 20/4, Chủ tịch UBND … cho biết …". What is said there (and in
 * the sentences after it, until an event is named again) is said at none of the article's events.
 */
export const ANOTHER_DAY_OPENER = /^(?:[*•]\s*)?(?:Trước đó|Tiếp đó),?\s+(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)/iu;
/**
 * A sentence set at several meetings, or at a meeting of another place, told after an opener of
 * another activity: "Tại các buổi họp thôn, ông A cho biết …", "Qua những hội nghị đối thoại, …".
 * What is said there is said at none of the article's events, unless the event reported is of
 * that kind (group 1), a series of which these are the sittings ("Tại các buổi làm việc, …" on a
 * delegation's working visit).
 */
export const AT_SEVERAL_MEETINGS = /^(?:(?:Trước đó|Sau đó|Ngoài ra|Đồng thời|Bên cạnh đó)\s*,\s*)?(?:Tại|Trong|Ở|Qua|Thông qua)\s+(?:các|những|nhiều)\s+(?:buổi\s+|cuộc\s+|phiên\s+)?(họp|hội nghị|kỳ họp|làm việc|tiếp xúc|đối thoại|gặp mặt)(?=[\s,])/iu;
export const ANOTHER_ACTIVITY_VERB = /(?:^|\s)(?:kiểm tra|(?<!rút )thăm(?! dò| hỏi)|khảo sát|thị sát|tặng quà|dâng hương|dâng hoa|thắp hương)(?=[\s,.;]|$)/u;
