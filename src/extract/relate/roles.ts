// Stage 7: who did what. A role cue applies to the people who are its subject
// ("Đồng chí A … phát biểu chỉ đạo"; "A; B; C chủ trì"), or, when the cue opens
// the clause, to the list after "có" ("Dự hội nghị có A, B") or to the first
// person after the comma ("Phát biểu khai mạc, đồng chí A …").
import type { Role } from '../contract.js';
import { CHAIRED_BY_RUNNING, CONCLUDED_NOT_MEETINGS, SPEECH_VERBS, SUBJECT_ONLY_CUES, WEAK_CUES } from '../lexicon/cues.js';
import { ACTIVITIES_OF_NO_EVENT, CEREMONIES_OF_THE_EVENT } from '../lexicon/events.js';
import { PhraseTrie } from '../lexicon/trie.js';
import { inAFrame } from '../recognize/events.js';
import type { Item } from '../recognize/scan.js';
import type { Mention } from './chains.js';
import { DASH_TOKENS, type Token } from '../tokenize.js';
import { HONORIFICS, RANKS } from '../lexicon/honorifics.js';

export interface RoleHit {
  mention: Mention;
  role: Role;
  /**
   * Told by a verb of saying ("nhấn mạnh", "đề nghị"): the person spoke, unless that speech is
   * one the article names otherwise ("Phát biểu kết luận, đồng chí A nhấn mạnh …").
   */
  saying?: true;
  /**
   * What was said is that a meeting was held ("A cho biết, Chi bộ X vừa họp và thống nhất …"):
   * the speaker tells of that meeting, and spoke there only if the article says so elsewhere.
   */
  tellsOfMeeting?: true;
  /** Token index right after the cue: what the role was played at may be named there. */
  cueEnd: number;
}

const FILLER = new Set(['đã', 'cũng', 'đều', 'vừa', 'thì', 'trực', 'tiếp', 'đồng', 'thời', 'lần', 'lượt', 'và', ',', 'cùng', 'đến', 'tới', 'về', 'thu', 'ghi', 'nhận', ')']);
/** Between two cues of one subject: "chủ tọa kỳ họp và phát biểu khai mạc". */
const COORDINATION = new Set([...FILLER, 'kỳ', 'họp', 'hội', 'nghị', 'đại', 'buổi', 'làm', 'việc', 'lễ', 'phiên']);
const LIST_GLUE = new Set([',', ';', 'và', 'đồng', 'chí', 'ông', 'bà', 'các', '-', ':']);
/** "Dự hội nghị có …", "Chủ trì hội nghị là …", "Chủ tọa kỳ họp gồm …". */
const LIST_OPENERS = new Set(['có', 'là', 'gồm']);
const LIST_ROLES: ReadonlySet<Role> = new Set(['chaired', 'attended']);

function onlyWords(items: readonly Item[], from: number, to: number, allowed: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const item = items[k]!;
    if (item.type !== 'word' || !allowed.has(item.key)) return false;
  }
  return true;
}

/** The mentions joined to `mentions[index]` by list glue, going backwards, up to one represented or addressed. */
function listBackwards(items: readonly Item[], mentions: readonly Mention[], index: number): Mention[] {
  const out = [mentions[index]!];
  for (let k = index - 1; k >= 0; k--) {
    if (!onlyWords(items, mentions[k]!.to, mentions[k + 1]!.from, LIST_GLUE) || isObject(items, mentions[k + 1]!)) break;
    if (isObject(items, mentions[k]!)) break;
    out.unshift(mentions[k]!);
  }
  return out;
}

/** The first of `after` and the mentions listed right after it. */
function listForwards(items: readonly Item[], after: readonly Mention[]): Mention[] {
  const out = [after[0]!];
  for (let k = 1; k < after.length && onlyWords(items, after[k - 1]!.to, after[k]!.from, LIST_GLUE); k++) out.push(after[k]!);
  return out;
}

/** Words of tense and aspect between a clause's subject and its verb. */
const AUXILIARIES = new Set(['đã', 'đang', 'vừa', 'cũng', 'từng']);

/** "sẽ phát biểu", "sẽ lần lượt trả lời", "sẽ trực tiếp chủ trì": still to come, two adverb words at most between. */
function notYet(items: readonly Item[], k: number): boolean {
  for (let at = k - 1; at >= 0 && at >= k - 3; at--) {
    const item = items[at]!;
    if (item.type !== 'word') return false;
    if (NOT_YET.has(item.key)) return true;
    if (!FILLER.has(item.key)) return false;
  }
  return false;
}

/**
 * "để kết luận nguyên nhân vụ việc", "kết luận thanh tra", "kết luận số 12": "kết luận" with an
 * object that is no meeting, or as the purpose of another act ("để kết luận"), closes no meeting.
 */
function concludesSomethingElse(tokens: readonly Token[], cue: Item): boolean {
  if (cue.type !== 'cue' || cue.phrase !== 'kết luận') return false;
  return tokens[cue.start - 1]?.key === 'để' || concludedObjects.longest(tokens, cue.end) !== undefined;
}
const concludedObjects = PhraseTrie.of(CONCLUDED_NOT_MEETINGS);

/** "lễ khai mạc", "phiên bế mạc": the ceremony's name, not someone opening it. */
function isCeremonyName(items: readonly Item[], k: number, phrase: string): boolean {
  if (phrase !== 'khai mạc' && phrase !== 'bế mạc') return false;
  const before = items[k - 1];
  return before?.type === 'word' && ['lễ', 'phiên', 'buổi', 'tuyên', 'bố'].includes(before.key);
}

/**
 * "Nhân dịp dự Diễn đàn …, Thủ tướng A đã tiếp …", "trong khuôn khổ chuyến thăm Nhật Bản và tham
 * dự Hội nghị …, A đã tiếp …": attending within the frame is the frame's, an event only referred
 * to; the meeting the sentence reports is another.
 */
function attendsTheFrame(tokens: readonly Token[], cue: Extract<Item, { type: 'cue' }>): boolean {
  return cue.role === 'attended' && inAFrame(tokens, cue.start);
}

const SAYING: ReadonlySet<string> = new Set(SPEECH_VERBS);

const runMeetingObjects = PhraseTrie.of(CHAIRED_BY_RUNNING);

/**
 * "điều hành" as management, not chairing: "Về điều hành giá cả, Thứ trưởng A cho biết", "quản lý,
 * điều hành", "Giám đốc điều hành Tập đoàn X". It chairs when it runs a meeting or a part of one
 * ("điều hành phiên họp", "điều hành nội dung"), in "dưới sự điều hành của A", or closing its
 * clause ("Phó Chủ tịch Quốc hội A điều hành.").
 */
function managesRatherThanChairs(tokens: readonly Token[], cue: Item): boolean {
  if (cue.type !== 'cue' || cue.phrase !== 'điều hành') return false;
  const next = tokens[cue.end];
  if (next === undefined || CLAUSE_ENDS.has(next.key)) return false;
  if (next.key === 'của' && tokens[cue.start - 1]?.key === 'sự') return false;
  return runMeetingObjects.longest(tokens, cue.end) === undefined;
}

/** Words right before a name that make it the one represented or addressed, not a subject. */
const NOT_SUBJECT_BEFORE = new Set(['của', 'mặt', 'quyền', 'cho', 'với', 'tặng', 'gửi', 'chúc']);
const HONORIFIC_WORDS = new Set(['đồng', 'chí', 'ông', 'bà', 'các', ':']);
/** "sẽ phát biểu", "dự kiến chủ trì": what someone is to do is not what they did. */
const NOT_YET = new Set(['sẽ', 'sắp', 'kiến']);

/** "thay mặt đồng chí A", "ủy quyền của ông A", "trao cho đồng chí A": A is no subject. */
function isObject(items: readonly Item[], mention: Mention): boolean {
  let at = mention.from - 1;
  while (at >= 0 && items[at]!.type === 'word' && HONORIFIC_WORDS.has((items[at] as { key: string }).key)) at--;
  const before = items[at];
  return before?.type === 'word' && NOT_SUBJECT_BEFORE.has(before.key);
}

// "xác nhận với PV", "tiết lộ với báo …"; without "với": "trả lời PV", "thông tin phóng viên", "trả lời báo Tiền Phong"
// (not "trả lời báo cáo", nor "thông tin báo chí", the news the press printed).
const PRESS = /(?:^| )(?:trao đổi|chia sẻ|nói|trả lời|thông tin|xác nhận|khẳng định|tiết lộ|thừa nhận|cho biết|cho hay) (?:với|cho) (?:phóng viên|pv|báo|nhà báo|truyền thông|các cơ quan báo chí)|(?:^| )(?:trả lời|thông tin) (?:phóng viên|pv|nhà báo)|(?:^| )trả lời báo(?! cáo)(?: |$)|(?:^| )(?:trả lời|dành cho|cho biết với) (?:phỏng vấn|báo chí)|(?:^| )phỏng vấn|(?:^| )bên lề(?: |$)/;

/** Verbs of a talk with someone or of telling them, as cues or as words: "chia sẻ với …", "xác nhận với …". */
const TALK_CUES: ReadonlySet<string> = new Set(['chia sẻ', 'trả lời', 'khẳng định', 'cho biết', 'cho hay']);
const TALK_WORDS: ReadonlyArray<readonly string[]> = [['trao', 'đổi'], ['nói', 'chuyện'], ['tâm', 'sự'], ['xác', 'nhận'], ['tiết', 'lộ'], ['thừa', 'nhận'], ['nói']];
/** First words of a body or a place: "trao đổi với Sở Y tế" is no newspaper. */
const BODY_OR_PLACE_HEADS = new Set([
  'sở', 'bộ', 'ban', 'ủy', 'ubnd', 'hđnd', 'mttq', 'phòng', 'cục', 'vụ', 'viện', 'trường', 'hội', 'đoàn', 'công', 'tổng', 'chi',
  'huyện', 'tỉnh', 'xã', 'thành', 'tp', 'quận', 'phường', 'thị', 'đảng', 'chính', 'quốc', 'nhà', 'ngân', 'bệnh', 'trung',
]);

/** Index after a verb of talk at items[k] followed by "với"/"cho", or -1. */
function afterTalkTo(items: readonly Item[], k: number): number {
  const item = items[k];
  let next = -1;
  if (item?.type === 'cue' && TALK_CUES.has(item.phrase)) next = k + 1;
  else {
    const words = TALK_WORDS.find((verb) => verb.every((word, i) => isWord(items[k + i], word)));
    if (words) next = k + words.length;
  }
  if (next < 0) return -1;
  if (isWord(items[next], 'với') || isWord(items[next], 'cho')) return next + 1;
  // "Trả lời Zing.vn, …": an answer needs no "với".
  return item?.type === 'cue' && item.phrase === 'trả lời' ? next : -1;
}

function isWord(item: Item | undefined, key: string): boolean {
  return item?.type === 'word' && item.key === key;
}

/**
 * "Trao đổi với Tiền Phong, ông A cho biết …", "Chia sẻ với VnExpress, …": a talk, opening the
 * sentence or a clause, with a newspaper named by a capitalised name of a few plain words
 * (no person, title or body), closed by a comma.
 */
function toANamedPaper(items: readonly Item[], tokens: readonly Token[]): boolean {
  for (let k = 0; k < items.length; k++) {
    // Opening the sentence, a clause, or a sentence glued to a caption ("Ảnh: X Trao đổi với …").
    if (k > 0 && !isWord(items[k - 1], ',') && !tokens[items[k]!.start]?.isCapitalized) continue;
    const from = afterTalkTo(items, k);
    if (from < 0) continue;
    const first = items[from];
    if (first?.type !== 'word' || !tokens[first.start]?.isCapitalized || BODY_OR_PLACE_HEADS.has(first.key)) continue;
    let end = from;
    while (end < items.length && end - from < 5 && items[end]!.type === 'word' && (items[end] as { key: string }).key !== ',') end++;
    // "Zing.vn", "Pháp Luật TP.HCM": a dot may join the paper's words.
    if (isWord(items[end], ',') && items.slice(from, end).every((i, n) => i.type === 'word' && (/\p{L}/u.test(i.key) || (i.key === '.' && n > 0)))) return true;
  }
  return false;
}

/** A sentence about what someone told the press: "Bên lề hội nghị, trao đổi với phóng viên, …". */
export function toThePress(items: readonly Item[], tokens: readonly Token[]): boolean {
  return PRESS.test(items.map((item) => (item.type === 'word' ? item.key : '#')).join(' ')) || toANamedPaper(items, tokens);
}

/** For each item, whether it stands inside quotation marks (what someone said, not what they did). */
function quoted(items: readonly Item[]): boolean[] {
  const inside: boolean[] = [];
  // "… báo cáo Bộ Tài chính”, ông A nói.": a closing mark before any opening one ends a
  // quotation opened in an earlier sentence, so what precedes it was said.
  const firstMark = items.find((item) => item.type === 'word' && (item.key === '“' || item.key === '”'));
  let open = firstMark?.type === 'word' && firstMark.key === '”';
  for (const item of items) {
    const key = item.type === 'word' ? item.key : '';
    if (key === '“') open = true;
    else if (key === '”') open = false;
    else if (key === '"') open = !open;
    inside.push(open);
  }
  return inside;
}

export function assignRoles(items: readonly Item[], tokens: readonly Token[], mentions: readonly Mention[]): RoleHit[] {
  // Every hit is one of the sentence's mentions: a sentence that names no one has none.
  if (mentions.length === 0) return [];
  const hits: RoleHit[] = [];
  let previousCue = -1;
  let previousParticipants: Mention[] = [];
  // Worked out at the first cue: most sentences have none.
  let inQuotes: boolean[] | undefined;
  // Joined and matched only for a sentence with a verb of saying: most have none.
  let aside: boolean | undefined;
  items.forEach((item, k) => {
    if (item.type !== 'cue') return;
    if ((inQuotes ??= quoted(items))[k] || notYet(items, k) || isCeremonyName(items, k, item.phrase) || concludesSomethingElse(tokens, item) || managesRatherThanChairs(tokens, item) || attendsTheFrame(tokens, item)) return;
    // What someone tells the press, on the sidelines or after, is no speech at the event.
    // "trả lời báo chí bên lề kỳ họp": the answer is the press's too.
    if ((SAYING.has(item.phrase) || item.phrase === 'trả lời') && (aside ??= toThePress(items, tokens))) return;
    const subjectOnly = SUBJECT_ONLY_CUES.has(item.phrase);
    // "những báo cáo ban đầu", "sự quan tâm, chỉ đạo của …": a noun, whose only person is its agent.
    const noun = usedAsNoun(items, k);
    let participants: Mention[] = [];
    // Coordinated with the previous cue ("dự và phát biểu chỉ đạo"): same people.
    const joined = items.slice(previousCue + 1, k).some((it) => it.type === 'word' && (it.key === 'và' || it.key === ','));
    if (previousCue >= 0 && previousParticipants.length > 0 && (k === previousCue + 1 || joined) && onlyWords(items, previousCue + 1, k, COORDINATION)) {
      participants = previousParticipants;
    }
    let beforeIndex: number | undefined;
    for (let i = mentions.length - 1; i >= 0 && beforeIndex === undefined; i--) if (mentions[i]!.to <= k && mentions[i]!.from > previousCue) beforeIndex = i;
    const after = mentions.filter((m) => m.from > k);
    const coAt = findBetween(items, k + 1, k + 13, (it) => it.type === 'word' && LIST_OPENERS.has(it.key));
    const listAfterCo = coAt >= 0 && (after[0] === undefined || after[0].from > coAt);
    if (participants.length === 0 && !noun && beforeIndex !== undefined && !isObject(items, mentions[beforeIndex]!)) {
      const before = mentions[beforeIndex]!;
      const gap = k - before.to;
      const maxGap = WEAK_CUES.has(item.phrase) ? 2 : 4;
      // "Bà A, Giám đốc Hợp tác xã X, đại biểu HĐND tỉnh, đề nghị …": an appositive after the name itself.
      const own = before.kind === 'name' ? before.item + 1 : before.to;
      if ((gap <= maxGap && onlyWords(items, before.to, k, FILLER)) || isAppositive(items, before.to, k) || isAppositive(items, own, k) || isParenthetical(items, before.to, k) || isOpenAppositive(items, before, own, k)) {
        participants = listBackwards(items, mentions, beforeIndex);
      }
    }
    if (subjectOnly) {
      const saying = SAYING.has(item.phrase);
      const tells = saying && tellsOfMeetingHeld(items, k);
      for (const mention of participants) hits.push(saying ? { mention, role: item.role, saying, cueEnd: item.end, ...(tells ? { tellsOfMeeting: true as const } : {}) } : { mention, role: item.role, cueEnd: item.end });
      previousCue = k;
      previousParticipants = participants;
      return;
    }
    if (participants.length === 0 && !noun && listAfterCo) {
      // "Dự hội nghị có A, B", "Chủ trì hội nghị có …": everyone listed.
      const end = nextCueOpeningList(items, coAt);
      participants = after.filter((m) => m.from > coAt && m.from < end);
    }
    if (participants.length === 0 && after[0] && byAgent(items, k, after[0])) {
      // "Theo báo cáo của ông A", "báo cáo do đồng chí A trình bày";
      // "dưới sự chủ trì của các đồng chí: A, B": everyone listed.
      participants = LIST_ROLES.has(item.role) ? listForwards(items, after) : [after[0]];
    }
    // "Ban Chấp hành Trung ương đã thảo luận, … đồng chí A": an auxiliary before the cue tells
    // its subject stands before it, a body or no one named, never a name further on.
    const before = items[k - 1];
    const subjectBefore = before?.type === 'word' && AUXILIARIES.has(before.key);
    if (participants.length === 0 && !noun && beforeIndex === undefined && after[0] && !ownedByAnother(items, k) && !subjectBefore) {
      // The cue opens its clause: "Phát biểu khai mạc, đồng chí A …".
      const nextCue = findBetween(items, k + 1, items.length, (it) => it.type === 'cue');
      const commaBetween = items.slice(k + 1, after[0].from).some((it) => it.type === 'word' && it.key === ',');
      if ((nextCue < 0 || after[0].from < nextCue) && commaBetween && after[0].from - k <= 30) participants = [after[0]];
    }
    if (!LIST_ROLES.has(item.role) && participants.length > 1 && listAfterCo) participants = participants.slice(0, 1);
    const presented = item.phrase === 'trình bày' && closesClause(items, k);
    for (const mention of participants) hits.push({ mention, role: presented && signsQuotation(items, mention) ? 'spoke' : item.role, cueEnd: item.end });
    previousCue = k;
    previousParticipants = participants;
  });
  return hits;
}

const activitiesOfNoEvent = PhraseTrie.of(ACTIVITIES_OF_NO_EVENT);
const ceremoniesOfTheEvent = PhraseTrie.of(CEREMONIES_OF_THE_EVENT);

/**
 * "chủ trì lễ đón đoàn …", "dự tiệc chiêu đãi": the activity named right after a role's cue (over
 * "tại"), which, in a sentence naming none of the article's events, is where the role was played.
 * A ceremony may be the one reported (`ceremonyReported`) or its opening or closing.
 */
export function playedAtAnActivity(tokens: readonly Token[], cueEnd: number, ceremonyReported: boolean): boolean {
  const at = tokens[cueEnd]?.key === 'tại' ? cueEnd + 1 : cueEnd;
  const activity = activitiesOfNoEvent.longest(tokens, at);
  if (!activity || ceremoniesOfTheEvent.longest(tokens, at)) return false;
  return !(ceremonyReported && tokens[at]?.key === 'lễ');
}

const CLAUSE_ENDS = new Set(['.', ';', '!', '?']);

/** Past markers before a verb of holding: "vừa họp", "đã tổ chức". */
const DONE = new Set(['vừa', 'đã', 'mới']);

/** After a verb of saying, before the sentence ends: "… vừa họp", "… đã tổ chức", "… đã tiến hành". */
function tellsOfMeetingHeld(items: readonly Item[], k: number): boolean {
  const key = (i: number): string | undefined => {
    const it = items[i];
    return it?.type === 'word' ? it.key : undefined;
  };
  // "Tại buổi làm việc, A cho hay: Bộ Chính trị đã họp …": A speaks at the event the sentence opens on.
  for (let i = 0; i < k; i++) if (key(i) === 'tại') return false;
  for (let i = k + 1; i < items.length && !CLAUSE_ENDS.has(key(i) ?? ''); i++) {
    if (!DONE.has(key(i) ?? '')) continue;
    const next = key(i + 1);
    if (next === 'họp' || (next === 'tổ' && key(i + 2) === 'chức') || (next === 'tiến' && key(i + 2) === 'hành')) return true;
  }
  return false;
}

function closesClause(items: readonly Item[], k: number): boolean {
  const next = items[k + 1];
  return next === undefined || (next.type === 'word' && CLAUSE_ENDS.has(next.key));
}

const CLOSING_QUOTES = new Set(['”', '"']);
/** One-word honorifics that may stand between the dash and the name. */
const SIGNING_HONORIFICS = new Set(HONORIFICS.filter((h) => !h.includes(' ')));

/** "“…” - ông A, Giám đốc Sở X trình bày.": the one a quotation is signed with said it, no report. */
function signsQuotation(items: readonly Item[], mention: Mention): boolean {
  let at = mention.from - 1;
  const before = items[at];
  if (before?.type === 'word' && SIGNING_HONORIFICS.has(before.key)) at--;
  const dash = items[at];
  const quote = items[at - 1];
  return dash?.type === 'word' && DASH_TOKENS.has(dash.key) && quote?.type === 'word' && CLOSING_QUOTES.has(quote.key);
}

/**
 * Words that make the word after them a noun: "những báo cáo", "các kết luận", "nhất trí với
 * báo cáo tại hội nghị, Thủ tướng A cho rằng" (no report of A's). ("sự tham
 * dự của A, B" names its agents after it: see byAgent and the clause's opening cue.)
 */
const NOUN_MARKERS = new Set(['các', 'những', 'mọi', 'nhiều', 'với']);

/**
 * Prepositions that make the cue after them a document taken through: "qua báo cáo … của UBKT,
 * Ban Bí thư nhận thấy, ông A …", "Theo báo cáo giải trình, ông B …" (its agent, named with "của",
 * still takes it: see byAgent).
 */
const THROUGH_A_DOCUMENT = new Set(['qua', 'theo']);

/**
 * The cue at k used as a noun: after a plural marker or a preposition, right after another cue
 * so used ("báo cáo giải trình"), or listed after a noun "sự" made ("sự quan tâm, chỉ đạo").
 */
function usedAsNoun(items: readonly Item[], k: number): boolean {
  const before = items[k - 1];
  if (before?.type === 'cue') return usedAsNoun(items, k - 1);
  if (before?.type !== 'word') return false;
  if (NOUN_MARKERS.has(before.key)) return true;
  // "đồng chí A thông qua báo cáo chính trị": presents it, a verb.
  if (THROUGH_A_DOCUMENT.has(before.key) && !isWord(items[k - 2], 'thông')) return true;
  if (before.key !== ',') return false;
  for (let j = k - 2; j >= 0 && j >= k - 5; j--) {
    const it = items[j]!;
    if (it.type !== 'word' || it.key === ',') return false;
    if (it.key === 'sự') return true;
  }
  return false;
}

/**
 * "Trước báo cáo của Sở Xây dựng, ông A đặt vấn đề": the cue at k is a noun owned by another
 * ("của"), not what the person after it did; "trong phần phát biểu của mình" is their own, and
 * "với sự tham dự của …" names its agent.
 */
function ownedByAnother(items: readonly Item[], k: number): boolean {
  return isWord(items[k + 1], 'của') && !isWord(items[k + 2], 'mình') && !isWord(items[k - 1], 'sự');
}

/** The first index in [from, to) whose item passes `test`, or -1: a window, not the whole sentence. */
function findBetween(items: readonly Item[], from: number, to: number, test: (item: Item) => boolean): number {
  for (let j = from; j < to && j < items.length; j++) if (test(items[j]!)) return j;
  return -1;
}

/** ", công nhân Khu công nghiệp X," between a subject and its verb. */
function isAppositive(items: readonly Item[], from: number, to: number): boolean {
  let end = to;
  while (end > from && items[end - 1]!.type === 'word' && FILLER.has((items[end - 1] as { key: string }).key) && (items[end - 1] as { key: string }).key !== ',') end--;
  const gap = items.slice(from, end);
  if (gap.length < 3 || gap.length > 24) return false;
  const first = gap[0]!;
  const last = gap[gap.length - 1]!;
  if (first.type !== 'word' || first.key !== ',' || last.type !== 'word' || last.key !== ',') return false;
  // Titles may stand inside ("A, Giám đốc Hợp tác xã X, đại biểu HĐND tỉnh, …"); another name or cue may not.
  return gap.every((it) => (it.type === 'word' && it.key !== ';' && it.key !== '.') || it.type === 'unit');
}

/** Honorifics and ranks that may open a sentence before its subject's name, lower-cased. */
const BEFORE_SUBJECT = new Set([...HONORIFICS, ...RANKS].map((h) => h.toLowerCase()));
const QUOTE_MARKS = new Set(['“', '”', '"']);
/** After a weak cue, what shows it is the verb of the clause: the sentence's end or the event it is at. */
const AFTER_VERB = new Set(['.', ';', '!', 'hội', 'đại', 'lễ', 'buổi', 'kỳ', 'phiên', 'cuộc', 'và']);

/** First words of a meeting's name: "hội nghị", "buổi làm việc", "kỳ họp", "lễ …". */
const MEETING_OPENERS = new Set(['hội', 'đại', 'lễ', 'buổi', 'kỳ', 'phiên', 'cuộc', 'tọa']);

/**
 * "Tại hội nghị, ông": the words before a sentence's subject set its clause at a meeting ("tại",
 * "trong" and the meeting, a comma, an honorific or rank at most), as no interview is.
 */
function setAtTheEvent(keys: readonly string[]): boolean {
  const comma = keys.indexOf(',');
  if (comma < 2 || comma > 6 || (keys[0] !== 'tại' && keys[0] !== 'trong') || !MEETING_OPENERS.has(keys[1]!)) return false;
  const rest = keys.slice(comma + 1);
  return rest.length === 0 || BEFORE_SUBJECT.has(rest.join(' '));
}

/**
 * "Ông A, Hội trưởng Hội Chữ thập đỏ huyện phát biểu.": the sentence's subject, named first,
 * with an appositive the press left unclosed (no comma before the verb). Only for a name that
 * opens the sentence (after an honorific or rank, or a clause set at the meeting: not "Theo ông
 * A, …"), over words and titles alone, a verb of saying only in a clause set at the meeting, and
 * a weak cue ("dự", "báo cáo") only as the clause's verb.
 */
function isOpenAppositive(items: readonly Item[], subject: Mention, from: number, k: number): boolean {
  if (subject.kind !== 'name') return false;
  const opening = items.slice(0, subject.from);
  if (opening.some((it) => it.type !== 'word')) return false;
  const keys = opening.map((it) => (it as { key: string }).key);
  const atTheEvent = setAtTheEvent(keys);
  if (keys.length > 0 && !BEFORE_SUBJECT.has(keys.join(' ')) && !atTheEvent) return false;
  const gap = items.slice(from, k);
  if (gap.length < 3 || gap.length > 16 || !isWord(gap[0], ',')) return false;
  if (!gap.every((it) => (it.type === 'word' && !CLAUSE_ENDS.has(it.key) && !QUOTE_MARKS.has(it.key)) || it.type === 'unit')) return false;
  const cue = items[k] as Extract<Item, { type: 'cue' }>;
  // "Chị A, nhân viên văn phòng cho biết": what people tell the press is no speech at a meeting;
  // "Tại hội nghị, ông A, Phó Tổng GĐ MobiFone đề xuất …" is said there.
  if (SAYING.has(cue.phrase)) return atTheEvent;
  if (!WEAK_CUES.has(cue.phrase)) return true;
  const next = items[k + 1];
  return next === undefined || (next.type === 'word' && AFTER_VERB.has(next.key));
}

/** "(Đoàn ĐBQH tỉnh Hà Nam)" between a subject and its verb. */
function isParenthetical(items: readonly Item[], from: number, to: number): boolean {
  const first = items[from];
  if (!first || first.type !== 'word' || first.key !== '(' || to - from > 16) return false;
  const close = findBetween(items, from + 1, to, (it) => it.type === 'word' && it.key === ')');
  if (close < 0 || items.slice(from, close).some((it) => it.type === 'name' || it.type === 'cue')) return false;
  return onlyWords(items, close + 1, to, FILLER);
}

/** The cue's agent named right after it: "báo cáo của ông A", "tham luận do đồng chí A". */
function byAgent(items: readonly Item[], k: number, next: Mention): boolean {
  const gap = items.slice(k + 1, next.from);
  const keys = gap.map((it) => (it.type === 'word' ? it.key : '#'));
  return keys.length >= 1 && keys.length <= 5 && (keys[0] === 'của' || keys[0] === 'do') && keys.slice(1).every((key) => ['đồng', 'chí', 'ông', 'bà', 'các', ':'].includes(key));
}

/** A list after "có" runs until another cue opens a list of its own ("Tham dự có …"). */
function nextCueOpeningList(items: readonly Item[], coAt: number): number {
  for (let j = coAt + 1; j < items.length; j++) {
    const item = items[j]!;
    if (item.type !== 'cue') continue;
    const co = findBetween(items, j + 1, j + 7, (it) => it.type === 'word' && LIST_OPENERS.has(it.key));
    if (co >= 0) return j;
  }
  return items.length;
}
