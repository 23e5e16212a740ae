// Event mentions: "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ huyện X khóa
// XXIV, nhiệm kỳ 2020 - 2025", "Đại hội Đảng bộ quận X lần thứ VI", "Kỳ họp
// thứ mười hai HĐND tỉnh". Each mention gives the fields it states.
import type { EventKind } from '../contract.js';
import {
  BEFORE_HOI_IN_NOUNS, EVENT_WORDS, HOSTED_ONLY_EVENT_WORDS, HOSTING_VERBS, LIVING_VERBS, NOUNS_BEFORE_WORKING, OCCUPATION_NOUNS, PLACES_OF_WORK, STAFF_NOUNS, QUESTIONED_COUNTS, QUESTIONED_PEOPLE,
  ASKING_WORDS, CONDITION_OPENERS, GATHERING_FILLERS, GATHERING_WORDS, HIRING_WORDS, PRIVATE_GATHERINGS, QUESTIONING_BODIES, romanToNumber, SUMMONS_PLACES, SUMMONS_WORDS,
  WORK_NOT_MEETING_BEFORE, wordsToNumber,
  CEREMONY_GIFTS, meetingFamily,
} from '../lexicon/events.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Token } from '../tokenize.js';
import { WordSet } from '../words.js';
import { MEMBER_TITLES } from '../../vietnam/titles.js';
import { isUpperCaseWord } from '../../vietnam/text.js';
import type { Item } from './scan.js';
import { parseTerm, parseTermYears } from './terms.js';
import { matchForeignState } from './places.js';
import { isMergedAwayMinistry } from './ministers.js';
import { isPartyOrganization, isVillage, parseBody, type BodyRef, type TitleUnit } from './titles.js';

export interface EventMention {
  kind: EventKind;
  /** The kind word as written, for the event's name. */
  word: string;
  /** The name's words when they go on past the kind word: "Lễ trao giải" after "Lễ trao". */
  named?: string;
  ordinal: number | null;
  ordinalRoman: string | null;
  body: BodyRef | null;
  term: string | null;
  termYears: string | null;
  start: number;
  /** Token index after the mention. */
  end: number;
  /**
   * Only referred to, not reported: a resolution of it ("Nghị quyết Hội nghị lần thứ 8"), one
   * ahead or past ("tiến tới Đại hội", "sau hội nghị"), several ("những buổi làm việc"), a day of
   * another ("ngày làm việc thứ hai"), or a part of the next one ("phiên chất vấn kỳ họp thứ 4").
   */
  referred: boolean;
}

/** Words before an event word that make it an event referred to rather than the one reported. */
const REFERRING: readonly string[] = [
  'nghị quyết', 'kết luận', 'chỉ thị', 'văn kiện', 'tinh thần', 'tiến tới', 'hướng tới', 'chào mừng',
  'chuẩn bị', 'phục vụ', 'chuẩn bị cho', 'phục vụ cho',
  // "Chuẩn bị chu đáo cho Kỳ họp thứ 7", "chuẩn bị tốt cho Đại hội", "sẵn sàng cho đại hội": one being prepared.
  'chu đáo cho', 'tốt cho', 'sẵn sàng cho', 'sau', 'trước', 'kể từ', 'từ sau', 'kết quả', 'thành công', 'những', 'các', 'nhiều',
  'ngày', 'quy chế', 'chương trình', 'kế hoạch', 'đề án', 'báo cáo', 'dự thảo', 'thông báo',
  // "Báo cáo … trình tại kỳ họp thứ 7", "gửi tới kỳ họp": a document submitted to it.
  'trình', 'trình tại', 'trình lên', 'gửi', 'gửi tới', 'gửi đến',
  // "tiến hành phiên làm việc chính thức": a sitting of the event the sentence names.
  'phiên',
  // "lãnh đạo thành phố sẽ làm việc với …": one still to come.
  'sẽ', 'sắp',
  // "xem xét tổ chức buổi làm việc giữa …", "đề nghị tổ chức hội nghị …": one proposed or planned.
  ...['xem xét', 'đề nghị', 'đề xuất', 'kiến nghị', 'dự kiến', 'sẽ', 'sắp', 'tiếp tục'].map((word) => `${word} tổ chức`),
  // "Ngay sau khi kết thúc phiên họp Quốc hội, …", "nhân dịp dự Diễn đàn …" (but not "bên lề kỳ họp": its deputies sit in it):
  // the event around which the one reported took place.
  'sau khi kết thúc', 'nhân dịp', 'nhân dịp dự', 'nhân dịp tham dự',
  // "trong khuôn khổ Hội nghị SOM2 …, đã diễn ra Đối thoại …": the frame of the one reported;
  // "họp báo về Hội nghị …", "thông tin về kỳ họp": its topic.
  'trong khuôn khổ', 'khuôn khổ', 'về',
  // "Kế hoạch liên tịch … của UBND thành phố và Ủy ban MTTQ thành phố về tổ chức hội nghị …": what a
  // document is about; its issuers hold none of the meetings it plans.
  'về tổ chức', 'về việc tổ chức', 'kế hoạch tổ chức',
  // "Dự án Luật đã được cho ý kiến lần đầu tại Kỳ họp thứ 7": where a bill was first debated, an
  // earlier sitting than the one reported.
  'lần đầu tại', 'lần đầu ở', 'lần đầu tiên tại', 'lần đầu tiên ở',
  // "kiến nghị của cử tri đã được phản ánh tại các diễn đàn của kỳ họp thứ 2": the sitting
  // where they were raised, not one the article reports.
  'các diễn đàn',
  // "Họp báo kỳ họp thứ 8 Quốc hội khóa XIV": a press conference about it, held before or after.
  'họp báo', 'buổi họp báo', 'cuộc họp báo',
];
const referringTrie = PhraseTrie.of(REFERRING);
const giftTrie = PhraseTrie.of(CEREMONY_GIFTS);

/** "Kết luận số 21-KL/TW của Hội nghị …": a document's number and "của" between it and the event. */
function isReferenceGlue(token: Token): boolean {
  return token.key === 'của' || token.key === 'số' || token.key === '-' || token.key === '/' || /^\d/.test(token.text) || /^[\p{Lu}]{2,}$/u.test(token.text);
}

/**
 * "tiếp tục chương trình Kỳ họp thứ 3": the programme of the event under way, which the article
 * reports ("trong chương trình kỳ họp" is as often one to come).
 */
function goesOnWith(tokens: readonly Token[], from: number, eventStart: number): boolean {
  // "tiếp tục chương trình làm việc": the programme of work, no meeting of its own.
  if (tokens[eventStart]?.key === 'làm') return false;
  // "trình" alone refers too ("trình tại kỳ họp"), but not as the end of "chương trình".
  const at = tokens[from]?.key === 'trình' ? from - 1 : from;
  if (tokens[at]?.key !== 'chương' || tokens[at + 1]?.key !== 'trình') return false;
  return tokens[at - 1]?.key === 'tục' && tokens[at - 2]?.key === 'tiếp';
}

/** "Kết luận buổi làm việc, đồng chí A …": a sentence opening on the verb that closes the event. */
function concludesIt(tokens: readonly Token[], from: number, at: number, start: number): boolean {
  return from === 0 && at === start && tokens[0]?.key === 'kết' && tokens[1]?.key === 'luận' && at === 2;
}

function referredBefore(tokens: readonly Token[], start: number): boolean {
  let end = start;
  for (let steps = 0; end > 0 && steps < 8 && isReferenceGlue(tokens[end - 1]!); steps++) end--;
  for (const at of end === start ? [start] : [start, end]) {
    for (const length of [1, 2, 3, 4]) {
      const from = at - length;
      if (from < 0) break;
      const hit = referringTrie.longest(tokens, from);
      if (hit && hit.end === at && !goesOnWith(tokens, from, start) && !concludesIt(tokens, from, at, start)) return true;
    }
  }
  return false;
}

/**
 * The clause before tokens[end] opens on a frame, "trong khuôn khổ …" or "nhân dịp …", with no
 * comma since: what it holds is the occasion of the clause's news, not the news.
 */
export function inAFrame(tokens: readonly Token[], end: number): boolean {
  for (let k = end - 1; k > 0; k--) {
    const [before, word] = [tokens[k - 1]!.key, tokens[k]!.key];
    if (word === ',' || word === ';' || word === ':') return false;
    if ((before === 'khuôn' && word === 'khổ') || (before === 'nhân' && word === 'dịp')) return true;
  }
  return false;
}

/**
 * "trong khuôn khổ chuyến thăm Đức và dự Hội nghị Thượng đỉnh G20, Thủ tướng … đã chủ trì … đối
 * thoại với doanh nghiệp": an event attended as the second aim of a trip, in a frame, is the
 * frame of the one reported, as "nhân dịp dự" makes it.
 */
function attendedInATripFrame(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.key !== 'dự') return false;
  if (tokens[k - 1]?.key === 'tham') k--;
  return tokens[k - 1]?.key === 'và' && inAFrame(tokens, k - 1);
}

const beforeHoi = new Set(BEFORE_HOI_IN_NOUNS);
const summonsTrie = PhraseTrie.of(SUMMONS_WORDS);
const hiringTrie = PhraseTrie.of(HIRING_WORDS);
const askingTrie = PhraseTrie.of(ASKING_WORDS);
const conditionTrie = PhraseTrie.of(CONDITION_OPENERS);
const summonsPlaceTrie = PhraseTrie.of(SUMMONS_PLACES);
const nounsBeforeWorking = PhraseTrie.of(NOUNS_BEFORE_WORKING);
const staffNouns = PhraseTrie.of(STAFF_NOUNS);
const occupations = PhraseTrie.of(OCCUPATION_NOUNS);
const placesOfWork = new Set(PLACES_OF_WORK);
const questioningTrie = PhraseTrie.of(QUESTIONING_BODIES);
const questionedTrie = PhraseTrie.of(QUESTIONED_PEOPLE);
const questionedCounts = new Set(QUESTIONED_COUNTS);
const workBeforeTrie = PhraseTrie.of(WORK_NOT_MEETING_BEFORE);

/** "làm việc với số người liên quan", "… với các đối tượng": the police questioning people. */
function withQuestioned(tokens: readonly Token[], at: number): boolean {
  if (questioningTrie.longest(tokens, at)) return true;
  let k = at;
  while (k < at + 2 && questionedCounts.has(tokens[k]?.key ?? '')) k++;
  return questionedTrie.longest(tokens, k) !== undefined;
}

/** "bắt đầu làm việc từ 19h", "để làm việc về nội dung trên": a day's work, no meeting with anyone. */
function workNotMeeting(tokens: readonly Token[], i: number, end: number): boolean {
  if (tokens[end]?.key === 'với') return false;
  for (const length of [1, 2]) if (i - length >= 0 && workBeforeTrie.longest(tokens, i - length)?.end === i) return true;
  return false;
}

const livingVerbs = PhraseTrie.of(LIVING_VERBS);

/** "làm việc" at tokens[i] listed with "sinh sống", "học tập" … (a comma or "và" between). */
function listedWithLivingVerbs(tokens: readonly Token[], i: number): boolean {
  const joins = (t: Token | undefined) => t?.key === ',' || t?.key === 'và';
  if (joins(tokens[i + 2]) && livingVerbs.longest(tokens, i + 3)) return true;
  if (!joins(tokens[i - 1])) return false;
  for (const length of [1, 2]) if (i - 1 - length >= 0 && livingVerbs.longest(tokens, i - 1 - length)?.end === i - 1) return true;
  return false;
}

const hostedOnly = new Set(HOSTED_ONLY_EVENT_WORDS);
const hostingTrie = PhraseTrie.of(HOSTING_VERBS);

/** "cuộc đối thoại" without "tổ chức" right before it: not an event of the article. */
function unhosted(tokens: readonly Token[], start: number, end: number): boolean {
  if (!hostedOnly.has(tokens.slice(start, end).map((t) => t.key).join(' '))) return false;
  return start < 2 || hostingTrie.longest(tokens, start - 2)?.end !== start;
}

/** "Quốc hội thảo luận": the event word's "hội" closes the noun before it. */
function insideHoiNoun(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.key === 'hội' && i > 0 && beforeHoi.has(tokens[i - 1]!.key);
}

/** Words that may open a sentence before its month or year: "Hồi tháng 3/2016", "Cuối năm 2015". */
const BEFORE_PAST_TIME = new Set(['vào', 'hồi', 'cuối', 'đầu', 'giữa', 'trong', 'từ']);
/** How many months before the article's a sentence's own month must be to tell background. */
const BACKGROUND_MONTHS = 3;

/**
 * "Tháng 5/2015, Ban Chỉ đạo Tây Nguyên … tổ chức Hội nghị …", "Năm 2019, …" in a later article:
 * a sentence opening on its own month or year, months before the article's (`date`, its
 * publication day or the body's month), tells background.
 */
export function opensOnPastTime(tokens: readonly Token[], date: string | null): boolean {
  if (date === null) return false;
  let k = BEFORE_PAST_TIME.has(tokens[0]?.key ?? '') ? 1 : 0;
  const word = tokens[k]?.key;
  if (word !== 'tháng' && word !== 'năm') return false;
  k++;
  let month: number | null = null;
  if (word === 'tháng') {
    if (!/^\d{1,2}$/.test(tokens[k]?.text ?? '') || tokens[k + 1]?.text !== '/') return false;
    month = Number(tokens[k]!.text);
    k += 2;
  }
  const yearText = tokens[k]?.text ?? '';
  if (!/^(19|20)\d{2}$/.test(yearText)) return false;
  const year = Number(yearText);
  const articleYear = Number(date.slice(0, 4));
  if (month === null) return year < articleYear;
  return (articleYear * 12 + Number(date.slice(5, 7))) - (year * 12 + month) > BACKGROUND_MONTHS;
}

/** "tại Trung tâm Hội nghị tỉnh X", "Cung Hội nghị Quốc tế": the venue's name, no event. */
function inVenueName(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.key !== 'hội' || tokens[i + 1]?.key !== 'nghị') return false;
  const previous = tokens[i - 1]?.key;
  return previous === 'cung' || (previous === 'tâm' && tokens[i - 2]?.key === 'trung');
}

/**
 * A bare "làm việc" that is a noun phrase ("phương pháp làm việc") or a summons: "mời những người liên quan lên trụ sở làm việc",
 * "triệu tập A, chủ cơ sở, đến làm việc" (up to 14 words before it; "trụ sở" up to 5, in
 * the same clause), "làm việc với cơ quan điều tra" or "… với số người liên quan"; or a day's work
 * ("bắt đầu làm việc từ 19h").
 */
function notAWorkingSession(tokens: readonly Token[], i: number, end: number): boolean {
  if (tokens[i]!.key !== 'làm' || ['buổi', 'phiên', 'cuộc'].includes(tokens[i - 1]?.key ?? '')) return false;
  // "phương pháp làm việc", "giờ làm việc": a noun phrase (not a summons either, but no meeting).
  for (const length of [1, 2]) if (i - length >= 0 && nounsBeforeWorking.longest(tokens, i - length)?.end === i) return true;
  // "với 20 ngàn nhân viên, làm việc tại 30 quốc gia": the staff, then a comma.
  if (tokens[i - 1]?.key === ',') for (const length of [1, 2]) if (i - 1 - length >= 0 && staffNouns.longest(tokens, i - 1 - length)?.end === i - 1) return true;
  // "kỹ sư điện làm việc tại …": an occupation heads the subject.
  if (tokens[end]?.key !== 'với' && employedAs(tokens, i)) return true;
  // "sinh sống, làm việc và học tập": one of the things people do, listed.
  if (listedWithLivingVerbs(tokens, i)) return true;
  // "nơi làm việc", "nơi chị làm việc", "nơi ông từng làm việc": where someone works.
  for (let k = i - 1; k >= 0 && k >= i - 4 && tokens[k]!.isWord; k--) if (placesOfWork.has(tokens[k]!.key)) return true;
  let comma = false;
  for (let k = i - 1; k >= 0 && k >= i - 14 && !STOP.has(tokens[k]!.key); k--) {
    comma ||= tokens[k]!.key === ',';
    if (summonsTrie.longest(tokens, k) || (!comma && k >= i - 5 && summonsPlaceTrie.longest(tokens, k))) return true;
  }
  if (askedToWork(tokens, i)) return true;
  return workNotMeeting(tokens, i, end) || (tokens[end]?.key === 'với' ? withQuestioned(tokens, end + 1) : hiredToWork(tokens, i));
}

/**
 * An occupation ("kỹ sư", "công nhân") heading the subject of the "làm việc" at tokens[i], in one
 * phrase with at most four words between: "kỹ sư điện làm việc tại", "bác sĩ đến bệnh viện làm việc".
 */
function employedAs(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k]!.isWord; k--) {
    const found = occupations.longest(tokens, k);
    if (found && found.end >= i - 4) return true;
  }
  return false;
}

/**
 * "yêu cầu lãnh đạo tỉnh làm việc với …": an asking word earlier in the sentence of the bare "làm
 * việc" at tokens[i] (commas allowed), or a condition opening the sentence.
 */
function askedToWork(tokens: readonly Token[], i: number): boolean {
  // "Trong trường hợp cần thiết, …": the whole sentence is supposed.
  const opening = tokens.findIndex((t) => t.isWord);
  if (opening >= 0 && opening < i && conditionTrie.longest(tokens, opening)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 14 && !STOP.has(tokens[k]!.key); k--) {
    const asking = askingTrie.longest(tokens, k);
    // "theo yêu cầu", "Đây là yêu cầu của Thủ tướng … khi làm việc với": a noun, the meeting held.
    if (asking && tokens[k - 1]?.key !== 'theo' && tokens[asking.end]?.key !== 'của') return true;
  }
  return false;
}

/** "tuyển dụng các bạn trẻ đến làm việc": a hiring word earlier in the clause of the bare "làm việc" at tokens[i]. */
function hiredToWork(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 14 && !STOP.has(tokens[k]!.key) && tokens[k]!.key !== ','; k--) if (hiringTrie.longest(tokens, k)) return true;
  return false;
}

const privateGatherings = PhraseTrie.of(PRIVATE_GATHERINGS);
const gatheringWords = new Set(GATHERING_WORDS);
const gatheringFillers = new Set(GATHERING_FILLERS);

/**
 * "kỳ họp phụ huynh", "cuộc họp hội đồng sư phạm của Trường THPT X": a meeting word at tokens[start, end)
 * followed, over a few words of time or "của", by who meets at a meeting of no public body.
 */
function privateGathering(tokens: readonly Token[], start: number, end: number): boolean {
  if (!gatheringWords.has(tokens.slice(start, end).map((t) => t.key).join(' '))) return false;
  for (let k = end; k < tokens.length && k < end + 6; k++) {
    if (privateGatherings.longest(tokens, k)) return true;
    const t = tokens[k]!;
    if (!gatheringFillers.has(t.key) && !/^\d+$/.test(t.key)) return false;
  }
  return false;
}

const eventTrie = new PhraseTrie<EventKind>();
for (const [phrase, kind] of EVENT_WORDS) eventTrie.add(phrase, kind);

/** "lần thứ 5", "lần thứ Mười", "thứ mười hai", "lần thứ XIII", "lần 14" at tokens[i]. */
export function parseOrdinal(tokens: readonly Token[], i: number): { value: number; roman: string | null; end: number } | undefined {
  let j = i;
  if (tokens[j]?.key === 'lần') j++;
  if (tokens[j]?.key === 'thứ') j++;
  if (j === i) return undefined;
  const t = tokens[j];
  if (!t) return undefined;
  if (/^\d{1,3}$/.test(t.text)) return { value: Number(t.text), roman: null, end: j + 1 };
  const roman = romanToNumber(t.text);
  if (roman !== null) return { value: roman, roman: t.text, end: j + 1 };
  if (t.key === 'nhất' && tokens[j - 1]?.key === 'thứ') return { value: 1, roman: null, end: j + 1 };
  if (t.key === 'tư' && tokens[j - 1]?.key === 'thứ' && !tokens[j + 1]?.key.match(/^(mươi)$/)) return { value: 4, roman: null, end: j + 1 };
  const words: string[] = [];
  for (let k = j; k < tokens.length && k < j + 4; k++) words.push(tokens[k]!.key);
  const value = wordsToNumber(words);
  if (value === null) return undefined;
  let end = j;
  while (end < tokens.length && wordsToNumber([tokens[end]!.key]) !== null && end < j + 4) end++;
  return { value, roman: null, end };
}

const STOP = new Set(['.', ';', '?', '!', ':']);
// "hội nghị hiệp thương lần thứ ba": the Front's consultation on candidates, numbered;
// "Đại hội đại biểu toàn quốc lần thứ XIV": the Party's national congress, numbered.
const MENTION_WORDS = new Set(['mở', 'rộng', 'đại', 'biểu', 'lần', 'thường', 'kỳ', 'lệ', 'chuyên', 'đề', 'toàn', 'quốc', 'thể', 'của', 'bất', 'hiệp', 'thương']);

// Cheap tests that a sentence can mention an event at all: a word an event phrase
// starts with (most sentences have none), then the phrases themselves in its text.
const EVENT_FIRST_WORDS = new WordSet(eventTrie.firstKeys());
const EVENT_HINT = new RegExp(EVENT_WORDS.map(([phrase]) => phrase.toLowerCase()).join('|'), 'iu');

// A plain loop: it runs over every token of every sentence.
function anyEventFirstWord(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (EVENT_FIRST_WORDS.has(tokens[i])) return true;
  return false;
}

/** A body ends right before the verb at tokens[verb], adverbs aside: "Ban Bí thư đã họp". */
function bodyBeforeVerb(tokens: readonly Token[], verb: number, date: string | null): boolean {
  let end = verb;
  while (end > 0 && ADVERBS_BEFORE_VERB.has(tokens[end - 1]!.key)) end--;
  for (let start = Math.max(0, end - 12); start < end; start++) {
    if (!tokens[start]!.isCapitalized) continue;
    if (parseBody(tokens, start, date)?.end === end) return true;
  }
  return false;
}

/** Words that end the subject an event's mention opens, before any "sẽ" of its own clause. */
const SUBJECT_ENDS = new Set(['đã', 'đang', 'vừa', 'là', 'và', 'có', 'được']);

/** Of those, the ones a long subject opening its sentence holds too ("… kinh tế - xã hội và đầu tư công sẽ …"). */
const PREDICATE_OPENERS = new Set(['đã', 'đang', 'vừa', 'là', 'được']);

/** Verbs of an event's own holding, right after its subject: "Kỳ họp thứ 3 … khai mạc sáng nay". */
const HELD_NOW = /^(?:khai mạc|bế mạc|diễn ra|tiến hành|bước vào|kết thúc|họp)(?: |$)/u;

/**
 * "Cuộc họp … của các trưởng đoàn sẽ bắt đầu vào chiều 20/5", "Hội nghị (MRT 23) sẽ chính thức
 * khai mạc …", "Hội nghị lần thứ 7 dự kiến diễn ra vào tháng 4": an event whose own clause says
 * it is still to come. An event that opens its sentence as the subject ("Dự kiến, Hội nghị …",
 * "Kỳ họp thứ 7 HĐND tỉnh khóa XVII, (what it takes up) sẽ xem xét …") is still to come by any
 * "sẽ" of its predicate, however long the subject; further in, only by a "sẽ" of its start
 * ("sẽ thảo luận" is what one under way will do).
 */
function stillToCome(tokens: readonly Token[], start: number, from: number): boolean {
  const subject = opensSentence(tokens, start);
  for (let k = from; k < tokens.length && k < from + (subject ? 40 : 16); k++) {
    const key = tokens[k]!.key;
    // "họp báo hôm nay về lễ khai mạc … sẽ diễn ra ngày 19/5": the "sẽ" of another event named since.
    if (k > from && eventTrie.longest(tokens, k)) return false;
    const foreseen = key === 'sẽ' || key === 'sắp' || (key === 'dự' && tokens[k + 1]?.key === 'kiến');
    if (foreseen) return (subject && key !== 'dự') || STARTING_AHEAD.test(tokens.slice(k, k + 6).map((t) => t.key).join(' '));
    if (subject && k > from && HELD_NOW.test(tokens.slice(k, k + 2).map((t) => t.key).join(' '))) return false;
    if ((subject ? PREDICATE_OPENERS : SUBJECT_ENDS).has(key)) return false;
    // A bracket may stand inside the subject ("Hội nghị … (MRT 23) sẽ"); a quotation's marks or a dash end it,
    // but the commas and dashes of a long subject opening its sentence do not.
    if (!tokens[k]!.isWord && key !== '(' && key !== ')' && !/^\d/.test(key) && !(subject && (key === ',' || key === '-'))) return false;
  }
  return false;
}

/** The mention at `start` opens its sentence, or follows only a short opener and its comma ("Dự kiến, Hội nghị …"). */
function opensSentence(tokens: readonly Token[], start: number): boolean {
  return start === 0 || (start <= 5 && tokens[start - 1]!.key === ',' && tokens.slice(0, start - 1).every((t) => t.isWord));
}

/** "Hội nghị Trung ương 6 vừa qua", "kỳ họp trước đó": one already past when the article is written. */
function recalledAfter(tokens: readonly Token[], end: number): boolean {
  // The press's number and term after the mention: "Hội nghị Trung ương 6 khóa XII vừa qua".
  while (end < tokens.length && (/^\d+$|^[IVXL]+$/.test(tokens[end]!.text) || tokens[end]!.key === 'khóa')) end++;
  const next = `${tokens[end]?.key ?? ''} ${tokens[end + 1]?.key ?? ''}`;
  return next === 'vừa qua' || next === 'vừa rồi' || next === 'trước đó';
}

/** Words that leave a body's name for the rest of the clause: "Bộ Quốc phòng và Bộ Quốc phòng Lào". */
const LEAVE_NAME = new Set(['và', 'với', 'cùng', 'của', 'tại', 'ở', 'đã', 'đang', 'vừa', 'có', 'làm', 'tiếp', 'gặp', 'thăm', 'sang', 'đến']);

/** A body's name going on, over a comma and a few words ("…, Quân đội"), into a foreign state's. */
function foreignBody(tokens: readonly Token[], end: number): boolean {
  let at = tokens[end]?.key === ',' ? end + 1 : end;
  for (const last = at + 4; at <= last && at < tokens.length; at++) {
    if (matchForeignState(tokens, at) !== undefined) return true;
    if (!tokens[at]!.isWord || LEAVE_NAME.has(tokens[at]!.key)) return false;
  }
  return false;
}

/** "các bộ trưởng sẽ có buổi ăn sáng làm việc …": a "sẽ" earlier in the event's own clause. */
function foreseenBefore(tokens: readonly Token[], start: number): boolean {
  // The clause's words right before the event word, back to a comma or the like.
  let from = start;
  while (from > 0 && start - from < 7 && tokens[from - 1]!.isWord) from--;
  const before = tokens.slice(from, start);
  if (before.some((t) => NOT_HOLDING.has(t.key))) return false;
  return HOLDING_AHEAD.test(before.map((t) => t.key).join(' '));
}

/** Verbs of holding an event after "sẽ": "sẽ có buổi …", "sẽ tiến hành phiên …". */
const HOLDING_AHEAD = /(?:^|\s)(?:sẽ|sắp)(?: chính thức)? (?:có|tổ chức|tiến hành|họp|dự|tham dự)(?: (?:buổi|cuộc|phiên))?(?: \S+){0,2}$/u;
/** Words that take the clause away from holding the event: "sẽ được thông qua trong kỳ họp này". */
const NOT_HOLDING = new Set(['trong', 'tại', 'ở', 'của', 'với', 'cho', 'về', 'được']);

/**
 * "sẽ bắt đầu", "sẽ chính thức khai mạc", "sẽ được tổ chức", "dự kiến diễn ra": an event's start
 * still to come ("sẽ thảo luận" is what it will do).
 */
const STARTING_AHEAD = /^(?:sẽ|sắp|dự kiến(?: sẽ)?)(?: chính thức)? (?:bắt đầu|khai mạc|được tổ chức|tổ chức|được khai mạc|diễn ra|được tiến hành)/u;

/** Event mentions in a sentence. The organizer is the body named right after the kind word. */
export function findEvents(tokens: readonly Token[], items: readonly Item[], text?: string, date: string | null = null): EventMention[] {
  const out: EventMention[] = [];
  if (!anyEventFirstWord(tokens)) return out;
  if (text !== undefined && !EVENT_HINT.test(text)) return out;
  // A byte per token, not a Set: a sentence listing hundreds of titles marks thousands.
  const insideUnit = new Uint8Array(tokens.length);
  for (const item of items) if (item.type === 'unit') insideUnit.fill(1, item.start, item.end);
  for (let i = 0; i < tokens.length; i++) {
    if (insideUnit[i] === 1) continue;
    const hit = eventTrie.longest(tokens, i);
    if (!hit || insideHoiNoun(tokens, i) || inVenueName(tokens, i) || notAWorkingSession(tokens, i, hit.end) || unhosted(tokens, i, hit.end) || privateGathering(tokens, i, hit.end)) continue;
    // "họp" only as a meeting of a committee ("Họp ban chấp hành…"), not in "kỳ họp" or "cuộc họp báo";
    // or as the verb of a body before it ("Ban Bí thư đã họp dưới sự chủ trì …"): that body's meeting.
    const bareVerb = hit.value === 'conference' && tokens[i]!.key === 'họp' && !parseBody(tokens, hit.end, date);
    const heldBy = bareVerb && bodyBeforeVerb(tokens, i, date);
    if (bareVerb && !heldBy) continue;
    const written = tokens.slice(i, hit.end).map((t) => t.text).join(' ');
    // "họp kỳ thứ ba" is named as the session it is: "Kỳ họp thứ 3".
    const word = heldBy ? 'Cuộc họp' : written.toLowerCase() === 'họp kỳ' ? 'Kỳ họp' : written;
    const gift = written.toLowerCase() === 'lễ trao' ? giftTrie.longest(tokens, hit.end) : undefined;
    const mention: EventMention = {
      kind: heldBy ? 'meeting' : hit.value, word, ...(gift ? { named: tokens.slice(i, gift.end).map((t) => t.text).join(' ') } : {}), ordinal: null, ordinalRoman: null,
      body: null, term: null, termYears: null, start: i, end: hit.end, referred: referredBefore(tokens, i) || attendedInATripFrame(tokens, i),
    };
    let j = hit.end;
    const limit = Math.min(tokens.length, j + 24);
    while (j < limit && !STOP.has(tokens[j]!.key)) {
      if (eventTrie.longest(tokens, j) && j > hit.end) break;
      // "Tại hội nghị, Hiệp hội X phản ánh …": after a comma right behind the bare word, the next clause's subject.
      if (j === hit.end && tokens[j]!.key === ',') break;
      const ordinal = mention.ordinal === null ? parseOrdinal(tokens, j) : undefined;
      if (ordinal) { mention.ordinal = ordinal.value; mention.ordinalRoman = ordinal.roman; j = ordinal.end; continue; }
      const term = mention.term === null ? parseTerm(tokens, j) : undefined;
      if (term) { mention.term = term.term; j = term.end; continue; }
      const years = mention.termYears === null ? parseTermYears(tokens, j) : undefined;
      if (years) { mention.termYears = years.years; j = years.end; continue; }
      if (!mention.body) {
        const body = parseBody(tokens, j, date);
        if (body) { mention.body = body; j = body.end; continue; }
      } else if (parseBody(tokens, j, date)) break;
      const t = tokens[j]!;
      // The mention ends where ordinary words resume ("hội nghị có …"); "mở rộng", "đại biểu" stay inside.
      if (t.isWord && !t.isCapitalized && !MENTION_WORDS.has(t.key)) break;
      j++;
    }
    mention.end = j;
    if (!mention.referred) mention.referred = stillToCome(tokens, i, j) || foreseenBefore(tokens, i) || recalledAfter(tokens, j);
    out.push(mention);
    // "hội nghị gặp mặt doanh nghiệp": the meeting's name, not a second event.
    const inner = mention.word.toLowerCase() === 'hội nghị' ? eventTrie.longest(tokens, hit.end) : undefined;
    const named = inner && tokens.slice(hit.end, inner.end).map((t) => t.key).join(' ') === 'gặp mặt';
    i = Math.max(i, (named ? inner.end : hit.end) - 1);
  }
  // "phiên chất vấn và trả lời chất vấn kỳ họp thứ 4", "phiên bế mạc Đại hội": a part of the next.
  // (Not a press conference: "họp báo thông tin về kỳ họp thứ 6" is held apart, about it.)
  for (let k = 0; k + 1 < out.length; k++) {
    const part = out[k]!;
    const whole = out[k + 1]!;
    if (part.kind !== 'meeting' || whole.kind === 'meeting' || whole.start - part.end > 6 || meetingFamily(part.word) === 'press') continue;
    const between = tokens.slice(part.end, whole.start);
    if (between.every((t) => t.isWord && !t.isCapitalized)) part.referred = true;
  }
  return out;
}

/**
 * Body and term stated before the kind word: "BCH Đảng bộ huyện X khóa XXIV, nhiệm kỳ … tổ chức
 * hội nghị". The organizer is the subject of the verb: the last body before it that is not part
 * of a title ("dưới sự chủ trì của đồng chí A, Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức …").
 */
export interface LeadingBody {
  body: BodyRef | null;
  term: string | null;
  termYears: string | null;
  /** Read off a title or off "A làm việc với B" (A may be the guest as well as the host): a guess. */
  weak: boolean;
}

export function leadingBody(tokens: readonly Token[], before: number, items: readonly Item[] = [], date: string | null = null): LeadingBody {
  // Only the subject of "tổ chức", "họp", "tiến hành" (or of a meeting verb) organizes what follows.
  // "Sở Y tế … đã có cuộc họp": "có" right before the event word is its verb too.
  const isVerb = (t: Token, i: number): boolean => (t.key === 'có' && i === before - 1 && heldBySubject(tokens, before)) || (t.key === 'tổ' && tokens[i + 1]?.key === 'chức') || t.key === 'họp' || (t.key === 'tiến' && tokens[i + 1]?.key === 'hành') || (t.key === 'phối' && tokens[i + 1]?.key === 'hợp') || (t.key === 'chủ' && tokens[i + 1]?.key === 'trì') || (t.key === 'khai' && tokens[i + 1]?.key === 'mạc') || (t.key === 'bế' && tokens[i + 1]?.key === 'mạc') || continuesHere(tokens, i, before);
  let verbAt = -1;
  for (let i = before - 1; i >= 0 && verbAt < 0; i--) if (isVerb(tokens[i]!, i)) verbAt = i;
  // "UBND huyện họp phiên thường kỳ": the event word is the verb.
  // "Sở X đã có buổi làm việc với Y" is read as "Sở X làm việc với Y": a guess, as that is.
  const visit = tokens[before - 1]?.key === 'có' && (tokens[before]?.key === 'buổi' || tokens[before]?.key === 'cuộc');
  const meetingVerb = ['làm', 'gặp', 'tiếp', 'họp'].includes(tokens[visit ? before + 1 : before]?.key ?? '');
  if (verbAt < 0 && !meetingVerb) return { body: null, term: null, termYears: null, weak: false };
  const end = verbAt < 0 ? before : verbAt;
  // "Đảng bộ xã X tổ chức Đại hội …": the Party organization holds its congress.
  const congress = tokens[before]?.key === 'đại' && tokens[before + 1]?.key === 'hội';
  const free = subjectBody(tokens, end, items, true, date, congress);
  // A body read off a title ("Phó Chủ tịch UBND thành phố chủ trì") or off "A làm việc với B" is a guess.
  const weak = !free || (verbAt < 0 && tokens[before]?.key !== 'họp');
  const found = free ?? subjectBody(tokens, end, items, false, date, congress);
  // "ấp 5, xã X … đang làm việc": a village is where something happens, never who holds it.
  if (found?.body && isVillage(found.body)) return { body: null, term: null, termYears: null, weak: false };
  // "có" is a meeting verb only right after its subject ("Sở Y tế đã có cuộc họp"); "theo chỉ
  // đạo của UBND tỉnh, các doanh nghiệp đã có cuộc họp" is the businesses' meeting.
  const hasAt = visit && verbAt < 0 ? before - 1 : verbAt;
  if (found && tokens[hasAt]?.key === 'có' && !tokens.slice(found.body.end, hasAt).every((t) => ADVERBS_BEFORE_VERB.has(t.key))) {
    return { body: null, term: null, termYears: null, weak: false };
  }
  return found ? { ...found, weak } : { body: null, term: null, termYears: null, weak: false };
}

/** "HĐND tỉnh X khóa X tiếp tục kỳ họp thứ 5", "Quốc hội bước vào kỳ họp": the verb right before the event word. */
function continuesHere(tokens: readonly Token[], i: number, before: number): boolean {
  const verb = `${tokens[i]!.key} ${tokens[i + 1]?.key ?? ''}`;
  // Not "tiếp tục làm việc với công ty X": only a sitting of a body goes on.
  return i + 2 === before && (verb === 'tiếp tục' || verb === 'bước vào') && tokens[before]?.key !== 'làm';
}

/**
 * "Quỹ X (TVF) phối hợp với Ủy ban Y": the words from `from` (the end of the body before) to
 * `start` (the next body) are only "phối hợp với" or "cùng với", after the first body's own
 * abbreviation at most, or led by "chủ trì" ("X chủ trì, phối hợp với Y"). With anything else between ("đã"), or the first body inside
 * brackets, the subject is not read off the first body.
 */
function partnerRightAfter(tokens: readonly Token[], from: number, start: number, inList = false): boolean {
  let k = from;
  if (tokens[k]?.key === '(' && tokens[k + 2]?.key === ')' && isUpperCaseWord(tokens[k + 1]?.text ?? '')) k += 3;
  const between = tokens.slice(k, start).map((t) => t.key).join(' ');
  // "A, B và C chủ trì phối hợp với D": which of the listed leads holds it is not read here.
  return PARTNER_AFTER.test(between) || (!inList && LEAD_THEN_PARTNER.test(between));
}

const PARTNER_AFTER = /^(?:phối hợp (?:với|cùng)|cùng với)$/u;
/** "X chủ trì, phối hợp với Y": X leads, the bodies after it are partners. */
const LEAD_THEN_PARTNER = /^(?:đã )?chủ trì(?: ,)?(?: và)? (?:phối hợp (?:với|cùng)|cùng với)$/u;

/** A body listed after the one before it ("A, B", "A và B"), or read off the tail of a longer name ("Hội Nhà | báo Việt Nam"). */
function listed(tokens: readonly Token[], body: BodyRef, previous: BodyRef | null): boolean {
  return (previous !== null && previous !== body && listedAfter(tokens, previous.end, body.start)) || tokens[body.start - 1]?.isCapitalized === true;
}

/** "A, B", "A và B": the body at `start` listed right after the one ending at `from`. */
function listedAfter(tokens: readonly Token[], from: number, start: number): boolean {
  const between = tokens.slice(from, start).map((t) => t.key).join(' ');
  return between === ',' || between === 'và' || between === ', và';
}

/** Kinds of bodies that hold an event together when listed before "tổ chức": committees, governments, fronts. */
const LISTED_HOSTS: ReadonlySet<string> = new Set(['party-committee', 'standing-committee', 'people-committee', 'people-council', 'front']);

/** "… B phối hợp tổ chức", "… B đã phối hợp tổ chức": the list ending with `b` holds the event together. */
function jointlyBefore(tokens: readonly Token[], b: BodyRef, end: number, head: BodyRef): boolean {
  const verb = tokens.slice(b.end, end);
  if (verb.length >= 2 && verb.length <= 4 && verb.at(-2)!.key === 'phối' && verb.at(-1)!.key === 'hợp') return true;
  // "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh X tổ chức lễ …", "Quân ủy Trung ương, Bộ
  // Quốc phòng tổ chức hội nghị": committees, governments and fronts listed are the verb's subject. Not "Cục X, Bộ Y tổ chức" (a body and the one it
  // belongs to), nor a venue ("tại Trường THPT X, Sở GD-ĐT tổ chức").
  const government = LISTED_HOSTS.has(head.kind.category);
  let k = head.start - 1;
  while (k >= 0 && tokens[k]!.key !== ',' && tokens[k]!.key !== 'tại') k--;
  const venue = k >= 0 && tokens[k]!.key === 'tại';
  return government && !venue && tokens[end]?.key === 'tổ' && tokens[end + 1]?.key === 'chức' && verb.every((t) => ADVERBS_BEFORE_VERB.has(t.key));
}

/** Words between a subject and its verb: "UBND tỉnh đã có …", "Sở Y tế vừa có …". */
const ADVERBS_BEFORE_VERB = new Set(['đã', 'vừa', 'mới', 'đang', 'sẽ', 'cũng', 'lại', 'vẫn', 'thường']);

/**
 * Event words after "có" that name a meeting the subject holds: "có cuộc họp", "có hội nghị".
 * "X có buổi làm việc với Y", "có buổi gặp mặt": the host may as well be Y.
 */
const HELD_BY_SUBJECT = new Set(['họp', 'hội', 'phiên', 'tọa', 'lễ']);
function heldBySubject(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.key === 'cuộc' || tokens[at]?.key === 'buổi' ? tokens[at + 1] : tokens[at];
  return HELD_BY_SUBJECT.has(word?.key ?? '');
}

/** Verbs after "do X" that make X the organizer: "Hội thảo … do Sở Y tế tổ chức", "… do Ban Tuyên giáo chủ trì". */
function organizingVerbAt(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i]?.key;
  const b = tokens[i + 1]?.key;
  return (a === 'tổ' && b === 'chức') || (a === 'chủ' && b === 'trì') || (a === 'phối' && b === 'hợp') || (a === 'đăng' && b === 'cai');
}

/**
 * The organizer written after the event: "Hội thảo nâng cao … do Sở Y tế tỉnh X tổ chức". Only a
 * body right after "do" and right before an organizing verb: "do ảnh hưởng …", "do đồng chí A,
 * Bí thư Tỉnh ủy chủ trì" name none.
 */
export function organizerAfter(tokens: readonly Token[], after: number, date: string | null = null): BodyRef | null {
  const owner = ownerAfter(tokens, after, date);
  if (owner) return owner;
  const limit = Math.min(tokens.length, after + 24);
  for (let j = after; j < limit && !STOP.has(tokens[j]!.key); j++) {
    if (j > after && eventTrie.longest(tokens, j)) return null;
    if (tokens[j]!.key !== 'do') continue;
    const body = parseBody(tokens, j + 1, date);
    if (body && organizingVerbAt(tokens, body.end)) return body;
  }
  return null;
}

/** Words that say which of a body's meetings it is: "giao ban tháng 3", "sơ kết quý I", "thường kỳ". */
const OCCASION_WORDS = new Set(['giao', 'ban', 'thường', 'kỳ', 'định', 'sơ', 'tổng', 'kết', 'quý', 'tháng', 'năm', 'đầu', 'cuối', 'niên', 'trực', 'tuyến', 'mở', 'rộng', 'chuyên', 'đề', 'lần', 'thứ']);

/** The time a meeting is told with: "chiều 12/10", "sáng nay", "hôm qua". */
const TIME_WORDS = new Set(['sáng', 'chiều', 'tối', 'trưa', 'ngày', 'hôm', 'nay', 'qua']);

/**
 * "cuộc họp giao ban tháng 3 của Sở Y tế tỉnh X,": the body a meeting belongs to, when only
 * words of its occasion stand between and the body ends the phrase. "hội thảo về vai trò của
 * Bộ X" names a topic, not the owner.
 */
function ownerAfter(tokens: readonly Token[], after: number, date: string | null): BodyRef | null {
  let j = after;
  // The occasion's words, then maybe its time: "thường kỳ quý III chiều 12/10 của Bộ X".
  const timeWord = (t: Token): boolean => TIME_WORDS.has(t.key) || /^(\d+|[IVX]+|\/|-)$/.test(t.text);
  while (j < tokens.length && j < after + 12 && (OCCASION_WORDS.has(tokens[j]!.key) || timeWord(tokens[j]!))) j++;
  if (tokens[j]?.key !== 'của') return null;
  const body = parseBody(tokens, j + 1, date);
  const next = body ? tokens[body.end] : undefined;
  return body && (!next || /^[,.;:]$/.test(next.text)) ? body : null;
}

/** Central Party bodies whose members chair meetings of the bodies they head, not of these. */
const CENTRAL_PARTY_BODIES = new Set(['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương Đảng']);

function centralSeat(unit: TitleUnit): boolean {
  return unit.title !== null && MEMBER_TITLES.has(unit.title) && unit.body?.kind.kind === 'fixed' && CENTRAL_PARTY_BODIES.has(unit.body.kind.name);
}

/**
 * The last body before `end` with the term written after it. With `free`, bodies inside a
 * title ("Bí thư Tỉnh ủy") are passed over; without, any body will do ("Thủ tướng Chính phủ
 * chủ trì hội nghị": the office named without its holder).
 */
function subjectBody(
  tokens: readonly Token[],
  end: number,
  items: readonly Item[],
  free: boolean,
  date: string | null,
  congress = false,
): { body: BodyRef; term: string | null; termYears: string | null } | null {
  const inTitle = new Set<number>();
  // Free: no body inside a title. Otherwise none inside a seat on a central Party body: "Ủy viên
  // Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị" is no meeting of the Central Committee.
  for (const item of items) {
    if (item.type !== 'unit' || !(free || centralSeat(item.unit))) continue;
    for (let k = item.start; k < item.end; k++) inTitle.add(k);
  }
  let body: BodyRef | null = null;
  let term: string | null = null;
  let termYears: string | null = null;
  // Where the last board named by its own words ended ("Ban Chỉ đạo Nhà nước các công trình …").
  let boardEnd = -1;
  // The first of the bodies listed up to the current one ("A, B và C"), or null.
  let listHead: BodyRef | null = null;
  // Where the last partner after "phối hợp với" ended, or -1.
  let partnerEnd = -1;
  // The body parsed before the current one, and before the subject: is the subject listed after another?
  let current: BodyRef | null = null;
  let lastParsed: BodyRef | null = null;
  let bodyAfter: BodyRef | null = null;
  const bodies = new Set<string>();
  for (let j = 0; j < end; j++) {
    // Not inside a title, nor inside an event's name ("Đại hội Đảng bộ …" holds no "Hội").
    if (inTitle.has(j) || (tokens[j - 1]?.key === 'đại' && tokens[j]?.key === 'hội')) continue;
    const board = boardHeadEnd(tokens, j);
    if (board !== undefined && !parseBody(tokens, j, date)) {
      // Its name's words hold no body of their own ("Nhà nước", "Chính phủ" of "Ủy ban liên Chính phủ").
      const nameEnd = Math.min(end, boardNameEnd(tokens, board, date));
      // "Quỹ X phối hợp với Ủy ban An toàn giao thông quốc gia tổ chức": a co-organizer, not the subject.
      if (!JOINING.has(tokens[j - 1]?.key ?? '')) boardEnd = nameEnd;
      j = nameEnd - 1;
      continue;
    }
    const b = parseBody(tokens, j, date);
    if (b) bodies.add(tokens.slice(b.start, b.end).map((t) => t.key).join(' '));
    if (b) { lastParsed = current; current = b; }
    // "Đoàn đại biểu Cục Thông tin, Quân đội Myanmar": a foreign state's body holds none of the news's events,
    // nor a ministry merged away before the news ("Bộ Thương mại Trung Quốc" as another's is written alike).
    if (b && (foreignBody(tokens, b.end) || isMergedAwayMinistry(b))) {
      j = b.end - 1;
      continue;
    }
    // Free bodies: the last one is the subject. Otherwise the first, as the article's lead writes it.
    // A Party organization is the subject only of its congress, as the verb's own subject.
    const subject = b && (!isPartyOrganization(b.kind) || (congress && tokens.slice(b.end, end).every((t) => ADVERBS_BEFORE_VERB.has(t.key))));
    // "Quỹ X phối hợp với Ủy ban Y tổ chức lễ …": the partner after "phối hợp với" is not the subject.
    // "X phối hợp cùng Y và Z tổ chức": those listed after the partner are partners too.
    if (b && subject && free && body && (partnerRightAfter(tokens, body.end, b.start, listed(tokens, body, bodyAfter)) || (partnerEnd >= 0 && listedAfter(tokens, partnerEnd, b.start)))) {
      partnerEnd = b.end;
      j = b.end - 1;
      continue;
    }
    // "Bộ GD&ĐT, Báo Thanh niên, Tập đoàn X phối hợp tổ chức …": the first of the bodies holding it together leads.
    if (b && subject && free && body && listedAfter(tokens, body.end, b.start)) {
      listHead ??= body;
      if (jointlyBefore(tokens, b, end, listHead)) {
        body = listHead;
        j = b.end - 1;
        continue;
      }
    } else if (b && subject && b.start !== body?.end) {
      // Not a body right after another, which goes on with its name ("Trung ương Hội Sinh viên …").
      listHead = null;
    }
    if (b && subject && (free || !body)) {
      bodyAfter = lastParsed;
      body = b;
      term = null;
      termYears = null;
      j = b.end - 1;
      continue;
    }
    if (!body) continue;
    const t = parseTerm(tokens, j);
    if (t && !term) { term = t.term; j = t.end - 1; continue; }
    const y = parseTermYears(tokens, j);
    if (y && !termYears) { termYears = y.years; j = y.end - 1; continue; }
  }
  // A board named after the subject's body is the subject; one the chair also heads leaves
  // open whose meeting it is ("Phó Thủ tướng Chính phủ A, Trưởng Ban Chỉ đạo X, chủ trì …").
  if (body && boardEnd >= 0 && (boardEnd > body.end || !free)) return null;
  return body ? { body, term, termYears } : null;
}

/** Head words of a board named with words of its own, not a body of the graph's own kinds. */
const BOARD_HEADS: ReadonlyArray<readonly [string[], ReadonlySet<string>]> = [
  [['ban', 'chỉ', 'đạo'], new Set()],
  [['tiểu', 'ban'], new Set()],
  // Not "Ủy ban nhân dân", "Ủy ban MTTQ", "Ủy ban Kiểm tra", "Ủy ban Thường vụ Quốc hội".
  [['ủy', 'ban'], new Set(['nhân', 'mặt', 'mttq', 'kiểm', 'thường'])],
  [['hội', 'đồng'], new Set(['nhân'])],
];

/** The index after a capitalised board's head words at tokens[j] ("Ủy ban liên Chính phủ"), or undefined. */
function boardHeadEnd(tokens: readonly Token[], j: number): number | undefined {
  if (!tokens[j]?.isCapitalized) return undefined;
  for (const [words, notAfter] of BOARD_HEADS) {
    if (words.every((w, k) => tokens[j + k]?.key === w) && !notAfter.has(tokens[j + words.length]?.key ?? '')) return j + words.length;
  }
  return undefined;
}

/** Words that join another body to a board's name: "Ban Chỉ đạo Tây Nguyên và UBND tỉnh …". */
const JOINING = new Set(['và', 'cùng', 'với', 'phối']);

/**
 * A board's name runs to the next separator, joining word or other body: "Ban Chỉ đạo Nhà nước
 * các công trình trọng điểm, …", "Ban Chỉ đạo Tây Nguyên và UBND tỉnh Đắk Lắk".
 */
function boardNameEnd(tokens: readonly Token[], from: number, date: string | null): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.isWord && !JOINING.has(tokens[k]!.key) && !(k > from + 1 && parseBody(tokens, k, date))) k++;
  return k;
}

/**
 * "kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt Nam – Lào", "cuộc họp Ban Chỉ đạo Tây Nam Bộ":
 * the event is named after a board of its own, whatever its chair's other posts.
 */
export function namesItsOwnBoard(tokens: readonly Token[], mention: Pick<EventMention, 'start' | 'end'>): boolean {
  // The mention runs on over capitalised words: "kỳ họp lần thứ 39 Ủy…".
  for (let k = mention.start + 1; k < mention.end; k++) if (boardHeadEnd(tokens, k) !== undefined) return true;
  const after = mention.end;
  let j = after;
  while (j < tokens.length && j < after + 8 && (OCCASION_WORDS.has(tokens[j]!.key) || /^(\d+|\(|\))$/.test(tokens[j]!.text))) j++;
  if (tokens[j]?.key === 'của') j++;
  return boardHeadEnd(tokens, j) !== undefined;
}
