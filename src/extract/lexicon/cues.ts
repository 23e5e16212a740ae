// Words that say what a named person did at an event (contract: Roles).
// Longer phrases win over shorter ones ("phát biểu khai mạc" over "phát biểu").
import type { Role } from '../contract.js';

/**
 * Verbs of saying ("đồng chí A nhấn mạnh …"). Most are also nouns or introduce what someone
 * is asked to do ("đề nghị đồng chí B …"), so they count only for the person who is their
 * subject, never for a name after them.
 */
export const SPEECH_VERBS: readonly string[] = [
  'cho biết', 'nhấn mạnh', 'khẳng định', 'đề nghị', 'yêu cầu', 'chia sẻ', 'bày tỏ', 'cho rằng', 'nêu rõ',
  'kiến nghị', 'đề xuất', 'lưu ý', 'chỉ rõ', 'cho hay', 'đánh giá', 'biểu dương', 'kêu gọi',
  // After a quotation: "“…”, ông A lý giải". Not "nói": in the news it is mostly what someone
  // told the reporter ("“…” - ông B nói"), and "A, ông C nói" reads A as part of a list.
  'lý giải', 'giải thích',
];

/**
 * Words of feeling or manner written between a speaker and the verb of saying: "Giám đốc Bệnh
 * viện X xúc động cho biết", "… vui mừng chia sẻ". They open the clause after a body's name.
 */
export const SPEECH_MANNERS: readonly string[] = [
  'xúc động', 'vui mừng', 'phấn khởi', 'hồ hởi', 'tự hào', 'thẳng thắn', 'bức xúc', 'lo lắng', 'băn khoăn', 'trăn trở',
];

/** Handing over or reading out a decision, passing on a resolution: interventions at the event. */
const DECISION_AND_TEACHING: readonly string[] = [
  'công bố quyết định', 'trao quyết định', 'công bố và trao quyết định', 'đọc quyết định', 'đọc diễn văn', 'đọc điếu văn',
  // Several decisions at one ceremony. Not "công bố nghị quyết": a company publishes its board's resolution.
  'công bố các quyết định', 'trao các quyết định', 'công bố và trao các quyết định',
  'truyền đạt', 'quán triệt',
];

export const ROLE_CUES: ReadonlyArray<readonly [string, Role]> = [
  ['chủ trì', 'chaired'],
  ['đồng chủ trì', 'chaired'],
  ['chủ trì và điều hành', 'chaired'],
  ['điều hành', 'chaired'],
  ['chủ tọa', 'chaired'],
  ['dự', 'attended'],
  ['tham dự', 'attended'],
  ['về dự', 'attended'],
  ['cùng dự', 'attended'],
  ['đến dự', 'attended'],
  ['tới dự', 'attended'],
  // "Cùng đi có các đồng chí A, B": those who came with the visiting official.
  ['cùng đi', 'attended'],
  // "Về phía tỉnh có …" at a working session: the hosts present.
  ['về phía', 'attended'],
  ['phát biểu khai mạc', 'opened'],
  ['khai mạc', 'opened'],
  ['báo cáo', 'reported'],
  ['trình bày báo cáo', 'reported'],
  ['trình bày', 'reported'],
  ['trình bày tờ trình', 'reported'],
  // "trình bày" views or a speech is speech ("… - ông A trình bày.": see roles.ts).
  ['trình bày ý kiến', 'spoke'],
  ['trình bày quan điểm', 'spoke'],
  ['trình bày bài phát biểu', 'spoke'],
  ['trình bày tham luận', 'spoke'],
  ['thông qua', 'reported'],
  ['trình', 'reported'],
  ['phát biểu chỉ đạo', 'directed'],
  ['chỉ đạo', 'directed'],
  ['kết luận', 'concluded'],
  ['phát biểu kết luận', 'concluded'],
  ['phát biểu bế mạc', 'concluded'],
  ['bế mạc', 'concluded'],
  ['phát biểu', 'spoke'],
  ['phát biểu tham luận', 'spoke'],
  ['phát biểu thảo luận', 'spoke'],
  ['tham luận', 'spoke'],
  ['chất vấn', 'spoke'],
  ['trả lời chất vấn', 'spoke'],
  ['giải trình', 'spoke'],
  ['thảo luận', 'spoke'],
  ['phát biểu ý kiến', 'spoke'],
  ['phát biểu tại', 'spoke'],
  ['nêu ý kiến', 'spoke'],
  ['phát biểu nhận nhiệm vụ', 'spoke'],
  ['trả lời', 'spoke'],
  ['trả lời kiến nghị', 'spoke'],
  ['giải đáp', 'spoke'],
  ['tham gia ý kiến', 'spoke'],
  ['đóng góp ý kiến', 'spoke'],
  ['phát biểu ý kiến', 'spoke'],
  ...[...DECISION_AND_TEACHING, ...SPEECH_VERBS].map((phrase) => [phrase, 'spoke'] as const),
];

/**
 * What "điều hành" runs when it means chairing: "điều hành phiên họp", "điều hành nội dung",
 * "điều hành điểm cầu Hà Tĩnh", "điều hành phần thảo luận". Before anything else it is
 * management ("điều hành giá cả", "quản lý, điều hành", "Giám đốc điều hành Tập đoàn X"), no
 * role; see relate/roles.ts.
 */
export const CHAIRED_BY_RUNNING: readonly string[] = [
  'phiên họp', 'phiên chất vấn', 'phiên thảo luận', 'phiên làm việc', 'phiên khai mạc', 'phiên bế mạc', 'phiên toàn thể',
  'phiên tòa', 'phiên xử', 'cuộc họp', 'cuộc họp báo', 'cuộc đối thoại', 'buổi họp', 'buổi họp báo', 'buổi làm việc',
  'buổi đối thoại', 'buổi tiếp', 'buổi gặp', 'buổi lễ', 'buổi tọa đàm', 'buổi hội thảo', 'buổi giao ban', 'kỳ họp',
  'hội nghị', 'hội thảo', 'tọa đàm', 'đại hội', 'họp báo', 'giao ban', 'đối thoại', 'nội dung', 'điểm cầu',
  'phần thảo luận', 'phần chất vấn', 'phần hỏi đáp', 'phần đối thoại', 'phần trao đổi', 'phần tham luận',
];

/**
 * What "kết luận" concludes when it closes no meeting: a cause, an inspection, a case, a
 * numbered conclusion ("kết luận nguyên nhân vụ việc", "kết luận thanh tra", "Kết luận số 21").
 */
export const CONCLUDED_NOT_MEETINGS: readonly string[] = [
  'nguyên nhân', 'thanh tra', 'điều tra', 'kiểm tra', 'giám định', 'vụ việc', 'vụ án', 'sai phạm', 'vi phạm', 'rằng', 'số',
];

/**
 * Cues that count only for the person who is their subject, never for a name after them:
 * "đồng chí A trao quyết định cho đồng chí B", "đề nghị đồng chí B …".
 */
export const SUBJECT_ONLY_CUES: ReadonlySet<string> = new Set([...DECISION_AND_TEACHING, ...SPEECH_VERBS]);

/**
 * Cues that need the person to be their grammatical subject or to follow
 * "có" ("Dự hội nghị có ..."): too common as plain nouns or verbs otherwise.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set(['chỉ đạo', 'trình', 'thông qua', 'khai mạc', 'bế mạc', 'dự', 'trình bày', 'báo cáo', 'điều hành', 'kết luận', 'trả lời', 'giải đáp', 'về phía', 'cùng đi']);

/**
 * A reporter's question to the person interviewed: "Xin ông cho biết sau cuộc họp sáng nay …?",
 * "Thưa bà, tại buổi làm việc …?". An article holding one is an interview: what the person says
 * in it, and in its lead, is told to the reporter, no speech at a meeting the question names.
 */
export const INTERVIEW_QUESTION = /^(?:Xin (?:ông|bà|anh|chị|đồng chí)|Thưa (?:ông|bà|anh|chị|đồng chí))(?=[\s,]).*\?/u;
