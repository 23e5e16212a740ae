// Stage 3: one pass over a sentence's tokens that finds title units, names,
// role cues and the small words the relating stage needs ("có", "các", ":").
// Where matches compete for the same tokens, settleSpans decides.
import { ROLE_CUES } from '../lexicon/cues.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { AFTER_TIME_WORDS, COUNTRIES_IN_LATIN_SCRIPT, CREDIT_WORDS, EARTHLY_BRANCHES, HEAVENLY_STEMS, NEVER_IN_NAMES, NOUNS_OPENING_AFTER_NAMES, PLACE_BEFORE_NAME, TIME_WORDS_LIKE_NAMES, WORDS_OPENING_LIKE_NAMES } from '../lexicon/not-names.js';
import { MIDDLE_NAMES, opensFamilyName } from '../lexicon/surnames.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Role } from '../contract.js';
import { capitalizeWords, foldAccents, isUpperCaseWord } from '../../vietnam/text.js';
import type { Token } from '../tokenize.js';
import { WordSet } from '../words.js';
import { matchOtherPlace, matchPlace } from './places.js';
import { settleSpans, type Span } from './spans.js';
import { glossedAsCompany, parseBody, parseTitleUnit, startsTitleOrBody, titleFirstKeys, type TitleUnit } from './titles.js';

// Each kind of item is made with the same fields in the same order (a name's `short` too), so
// the stages that walk items see four object shapes, few enough for V8 to keep their property
// reads inline; one more shape and every `item.type` becomes a generic lookup.
export type Item =
  | { type: 'unit'; start: number; end: number; unit: TitleUnit }
  | { type: 'name'; start: number; end: number; name: string; honorific: boolean; short: boolean }
  | { type: 'cue'; start: number; end: number; role: Role; phrase: string }
  | { type: 'word'; start: number; end: number; key: string };

const cueTrie = new PhraseTrie<Role>();
for (const [phrase, role] of ROLE_CUES) cueTrie.add(phrase, role);
// Words that contain a cue but are not one ("dự thảo" is a draft, not attendance).
const notCueTrie = new PhraseTrie<true>();
for (const phrase of [
  'dự thảo', 'dự án', 'dự toán', 'dự kiến', 'dự báo', 'dự phòng', 'dự khuyết', 'dự bị', 'dự trữ', 'dự thi',
  'dự tuyển', 'dự họp', 'báo cáo viên', 'chỉ đạo điểm', 'ban chỉ đạo', 'trình độ', 'quy trình', 'chương trình',
  'tờ trình', 'công trình', 'lộ trình', 'tiến trình', 'hành trình', 'quá trình', 'trình tự', 'kết luận số',
  'thông qua đó', 'điều hành chính', 'lãnh đạo, chỉ đạo', 'chỉ đạo, điều hành', 'lãnh chỉ đạo',
  // "theo chỉ đạo của Phó Thủ tướng A": a directive referred to, not A directing the event.
  'theo chỉ đạo', 'chỉ đạo của', 'sự chỉ đạo',
  // "Xét báo cáo của Bộ Nội vụ …, Phó Thủ tướng A có ý kiến": a written report weighed, not A reporting.
  'xét báo cáo', 'xem xét báo cáo',
]) notCueTrie.add(phrase, true);
const honorificTrie = PhraseTrie.of(HONORIFICS);
const HONORIFIC_WORDS = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'thầy']);
const stems = new Set(HEAVENLY_STEMS.map((s) => s.toLowerCase()));
const branches = new Set(EARTHLY_BRANCHES.map((s) => s.toLowerCase()));
const neverInNames = new Set(NEVER_IN_NAMES);
const placeBeforeName = new Set(PLACE_BEFORE_NAME);
const creditWords = new Set(CREDIT_WORDS);
const wordsOpeningLikeNames = new Set(WORDS_OPENING_LIKE_NAMES);

export const MAX_NAME_WORDS = 5;
// Module constants, not literals in matchName: a literal is a new object at every evaluation.
const DIGIT_OR_DOT = /[\d.]/;
const ROMAN_NUMERAL = /^[IVXLC]+$/;

/** First words of every phrase a title unit, cue or not-cue can start with. */
const FIRST_WORDS = new WordSet([...cueTrie.firstKeys(), ...notCueTrie.firstKeys(), ...titleFirstKeys()]);

const timeWordsLikeNames = new Set(TIME_WORDS_LIKE_NAMES);
const nounsOpeningAfterNames = PhraseTrie.of(NOUNS_OPENING_AFTER_NAMES);
const afterTimeWords = new Set(AFTER_TIME_WORDS);

/** An agency's abbreviation before a photographer's name: "VGP/", "TTXVN/". */
const AGENCY_BEFORE_CREDIT = /^[A-ZĐ]{2,}$/u;
/** The first words of countries written in Latin script ("Israel", "Sri Lanka"), lower-cased. */
const latinCountryWords: ReadonlySet<string> = new Set(COUNTRIES_IN_LATIN_SCRIPT.map((name) => name.split(' ')[0]!.toLowerCase()));

/** A person's name starting at tokens[i]: a surname and 1 to 4 more capitalised words. */
function matchName(tokens: readonly Token[], i: number, date: string | null): { end: number; name: string } | undefined {
  const first = tokens[i];
  if (!first || !first.isCapitalized || !opensFamilyName(first.key)) return undefined;
  if (inCapitals(first.text)) return undefined;
  // "Ông Cường cho biết", "Bà Lê Thị Hoa": a capitalised "Ông"/"Bà" is the honorific,
  // and the family name Ông only after one ("đồng chí Ông Văn Thìn").
  if (HONORIFIC_WORDS.has(first.key) && !precedingHonorific(tokens, i)) return undefined;
  // "Ảnh: VGP/Quang Hiếu", "TTXVN/Nhật Bắc": a photo credit after its agency, whatever follows.
  if (tokens[i - 1]?.text === '/' && AGENCY_BEFORE_CREDIT.test(tokens[i - 2]?.text ?? '')) return undefined;
  let end = i + 1;
  while (end < tokens.length && end - i < MAX_NAME_WORDS) {
    const t = tokens[end]!;
    if (!t.isWord || !t.isCapitalized || DIGIT_OR_DOT.test(t.text) || ROMAN_NUMERAL.test(t.text)) break;
    // "Phó Chánh TP Hà Nội", "Phó Tổng GĐ VNPT": an abbreviation is in no one's name.
    if (inCapitals(t.text)) break;
    // "Phó Đại Sứ Quan Israel": a country written in Latin script is in no Vietnamese name.
    if (latinCountryWords.has(t.key)) break;
    // "Quách Tất Phúc Tại hội nghị": the next sentence's first word, glued on.
    // "TS Trương Quang Được, Viện trưởng …": a given name the comma closes, never the glued "Được biết".
    if (neverInNames.has(t.key) && !(t.key === 'được' && end - i >= 2 && tokens[end + 1]?.text === ',')) break;
    // "… Kim Ngân Sáng 27/5, …": the next sentence's time, glued on.
    if (timeWordsLikeNames.has(t.key) && end - i >= 2 && (/^\d/.test(tokens[end + 1]?.text ?? '') || afterTimeWords.has(tokens[end + 1]?.key ?? ''))) break;
    // "… Phạm Sỹ Quý P/V: …": an interviewer's mark after the name, no part of it.
    if (t.text.length === 1 && tokens[end + 1]?.text === '/') break;
    // "… Nguyễn Thị Kim Ngân Thông qua 12 luật": a caption's next sentence opening on a cue.
    if (end - i >= 3 && tokens[end + 1]?.isWord && !tokens[end + 1]!.isCapitalized && (cueTrie.longest(tokens, end)?.end ?? 0) > end + 1) break;
    // "… Bùi Văn Ga Thí sinh vẫn …": the next sentence's subject, glued on.
    if (end - i >= 2 && tokens[end + 1]?.isWord && !tokens[end + 1]!.isCapitalized && (nounsOpeningAfterNames.longest(tokens, end)?.end ?? 0) > end + 1) break;
    if (startsTitleOrBody(tokens, end)) break;
    end++;
  }
  if (end - i < 2 || isSexagenaryYear(tokens, i, end)) return undefined;
  // "Nguyễn Quốc Dũngcũng chia sẻ": a word glued on by a lost space is no name of anyone.
  for (let k = i + 1; k < end; k++) if (twoSyllablesGlued(tokens[k]!.text)) return undefined;
  // "Giám đốc Quan Hệ Công Chúng": "Quan" is a family name, "quan hệ" a common word.
  if (wordsOpeningLikeNames.has(`${first.key} ${tokens[i + 1]!.key}`)) return undefined;
  // "Lê Thị" is half a name, "Cung Văn hóa" a building (but "Vũ Hồng Văn" is a name).
  if (end - i === 2 && MIDDLE_NAMES.has(tokens[i + 1]!.key)) return undefined;
  // Countries and foreign places: "Hà Lan", "Giang Tô".
  const other = matchOtherPlace(tokens, i);
  if (other !== undefined && other >= end) return undefined;
  // "Thủ tướng Hà Lan Mark Rutte", "Chu Lai Trường Hải": a name of its own after a foreign
  // place or a landmark starts after it (but "Hà Lan Anh", "Cao Hùng Dũng" are Vietnamese
  // names that start like a foreign place).
  if (other !== undefined && (end - other >= 2 || opensFamilyName(tokens[other]!.key))) return undefined;
  // A place name is not a person ("Hà Nội", "Hồ Chí Minh").
  // Communes are often named after people ("phường Trần Phú"): only larger units count here.
  const place = matchPlace(tokens, i, undefined, date);
  if (place && place.places.some((p) => p.level !== 'commune')) {
    // "Hà Nội", and "(GD-ĐT) Hà Nội Phạm Xuân Tiến", where the name starts after the province
    // (but "Đồng Văn Khánh" is a name that starts like the district Đồng Văn).
    if (place.end >= end || opensFamilyName(tokens[place.end]?.key ?? '')) return undefined;
    // "Hà Nội Nội cho biết": the place's last word typed twice.
    if (end - place.end === 1 && tokens[place.end]!.key === tokens[place.end - 1]!.key) return undefined;
  }
  let written = first.text;
  for (let k = i + 1; k < end; k++) written += ' ' + tokens[k]!.text;
  return { end, name: capitalizeWords(written) };
}

/**
 * "Dũngcũng", "Trungcũng": a syllable with its final consonant, then another consonant and
 * vowel, two syllables glued into one word. A Vietnamese syllable ends at its final; the
 * minorities' names that hold two vowels ("Êban", "Adrơng") have no such final before them.
 */
const GLUED_SYLLABLES = /^[^aeiouy]*[aeiouy]+(?:ng|nh|ch|c|m|n|p|t)[bcdghklmnpqrstvx]+[aeiouy]/;

function twoSyllablesGlued(word: string): boolean {
  // Most name words are short: the fold only for words long enough to hold two syllables.
  return word.length >= 6 && GLUED_SYLLABLES.test(foldAccents(word));
}

/** A word of two letters or more written in capitals ("TP", "GĐ", "NGUYỄN"): no word of a name as the press writes one. */
function inCapitals(text: string): boolean {
  return text.length > 1 && !asciiLowerAt(text, 1) && text === text.toUpperCase();
}

/** A cheap "not in capitals" for most names ("Nguyễn", "Trần"), before an upper-case copy is made. */
function asciiLowerAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 97 && code <= 122;
}

/** "Đinh Dậu", "Giáp Thìn": a year of the sexagenary calendar. */
function isSexagenaryYear(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start === 2 && stems.has(tokens[start]!.key) && branches.has(tokens[start + 1]!.key);
}

/**
 * "Cảng hàng không Tân Sơn Nhất", "Giỗ Tổ Hùng Vương": a two-word name whose run of
 * capitalised words started before it is the tail of a longer proper noun, unless that
 * run is a title and its body, an honorific, or a whole place name of its own. (A longer
 * name after capitalised words is an official's after a post the lexicon lacks: "Ban chỉ
 * đạo Tây Bắc Hầu A Lềnh".)
 */
function insideLongerProperNoun(tokens: readonly Token[], nameStart: number, nameEnd: number, titleEnds: ReadonlyMap<number, TitleUnit>, date: string | null): boolean {
  let runStart = nameStart;
  while (runStart > 0) {
    const t = tokens[runStart - 1]!;
    if (!t.isWord || !t.isCapitalized || isUpperCaseWord(t.text)) break;
    runStart--;
  }
  if (runStart === nameStart || titleEnds.has(nameStart) || precedingHonorific(tokens, nameStart)) return false;
  // "tỉnh Bạc Liêu Tạ Văn Hạ": no name starts inside a place name ("Liêu Tạ Văn Hạ").
  for (let at = runStart; at < nameStart; at++) {
    if ((matchPlace(tokens, at, undefined, date)?.end ?? 0) > nameStart || (matchOtherPlace(tokens, at) ?? 0) > nameStart) return true;
  }
  if (nameEnd - nameStart > 2 || titleEnds.has(runStart)) return false;
  // "Đại sứ Việt Nam tại Trung Quốc Đặng Minh Khôi", "tỉnh Bạc Liêu Tạ Văn Hạ".
  if (matchPlace(tokens, runStart, undefined, date)?.end === nameStart || matchOtherPlace(tokens, runStart) === nameStart) return false;
  // "Theo Nguyễn Văn A", "Sau Trần B": a sentence's first word.
  return !(runStart === 0 && nameStart === 1 && neverInNames.has(tokens[0]!.key));
}

/**
 * "A cho rằng, báo cáo của Chính phủ cần …", "Theo A, báo cáo của 28 Bộ, ngành cho thấy": the report
 * of a body opening a clause is a noun, its subject; "báo cáo của ông A", "của Bộ trưởng" stays A's report.
 */
function reportOfBody(tokens: readonly Token[], i: number, date: string | null): { end: number } | undefined {
  if (tokens[i]!.key !== 'báo' || tokens[i + 1]?.key !== 'cáo' || tokens[i + 2]?.key !== 'của') return undefined;
  // Only as a clause's subject: "đọc Báo cáo của Bộ Chính trị" is reporting, "nghe Báo cáo của …" no one's.
  if (i > 0 && tokens[i - 1]!.key !== ',') return undefined;
  let at = i + 3;
  if (/^\d+$/.test(tokens[at]?.text ?? '')) at++;
  if (parseTitleUnit(tokens, at, date)?.title || !parseBody(tokens, at, date)) return undefined;
  return { end: i + 3 };
}

/** Items of a sentence; `date` is the article's, which says the units in force (see matchPlace). */
export function scanSentence(tokens: readonly Token[], date: string | null = null): Item[] {
  const spans: Array<Span<Item>> = [];
  // Title units by the index after them: "Bí thư Thăng" is a short reference.
  const titleEnds = new Map<number, TitleUnit>();
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are ordinary lower-case words that start no phrase: skip them cheaply.
    const token = tokens[i]!;
    if (!token.isCapitalized && !FIRST_WORDS.has(token)) continue;
    const notCue = notCueTrie.longest(tokens, i) ?? reportOfBody(tokens, i, date);
    if (notCue) spans.push({ start: i, end: notCue.end, priority: 4, value: { type: 'word', start: i, end: notCue.end, key: 'not-cue' } });
    const unit = parseTitleUnit(tokens, i, date);
    if (unit) {
      spans.push({ start: i, end: unit.end, priority: 3, value: { type: 'unit', start: i, end: unit.end, unit } });
      titleEnds.set(unit.end, unit);
    }
    const cue = cueTrie.longest(tokens, i);
    if (cue) {
      const phrase = tokens.slice(i, cue.end).map((t) => t.key).join(' ');
      spans.push({ start: i, end: cue.end, priority: 2, value: { type: 'cue', start: i, end: cue.end, role: cue.value, phrase } });
    }
    // "xã Lộc Thạnh", "đường Nguyễn Văn Linh": a place; "UBND tỉnh Lê Văn B": the official (but
    // "Trưởng BTC lễ hội Đền Trần Thái Bình": a festival's board names its temple, no official).
    const officialAfter = titleEnds.has(i) && !titleEnds.get(i)!.outside;
    const namesPlace = i > 0 && placeBeforeName.has(tokens[i - 1]!.key) && !officialAfter && !afterUnknownBody(tokens, i, titleEnds);
    // "Ảnh: Đàm Duy", "Bài và ảnh: Lê Hoa": a credit.
    const credit = tokens[i - 1]?.key === ':' && creditWords.has(tokens[i - 2]?.key ?? '');
    const name = namesPlace || credit ? undefined : matchName(tokens, i, date);
    if (name && (insideLongerProperNoun(tokens, i, name.end, titleEnds, date) || inAddress(tokens, i, name.end) || glossedAsCompany(tokens, name.end))) continue;
    if (name) {
      const honorific = i > 0 && Boolean(precedingHonorific(tokens, i));
      spans.push({ start: i, end: name.end, priority: 2, value: { type: 'name', start: i, end: name.end, name: name.name, honorific, short: false } });
    } else if (token.isCapitalized && i > 0 && !neverInNames.has(token.key) && !startsTitleOrBody(tokens, i)) {
      // "Ông Hiền cho biết", "Bí thư Thăng nhấn mạnh", "ông Tiến Phương": a given name of one
      // or two words after an honorific or a title without a body, resolved later to a
      // person of the article.
      const end = shortNameEnd(tokens, i);
      const honorific = precedingHonorific(tokens, i);
      if (end !== undefined && (honorific || titleOnly(titleEnds.get(i)))) {
        const written = tokens.slice(i, end).map((t) => t.text).join(' ');
        spans.push({ start: i, end, priority: 1, value: { type: 'name', start: i, end, name: capitalizeWords(written), honorific, short: true } });
      }
    }
  }
  const chosen = settleSpans(spans);
  const items: Item[] = [];
  let at = 0;
  for (const span of chosen) {
    for (; at < span.start; at++) items.push(tokens[at]!);
    if (span.value.type !== 'word') items.push(span.value);
    else for (let k = span.start; k < span.end; k++) items.push(tokens[k]!);
    at = span.end;
  }
  for (; at < tokens.length; at++) items.push(tokens[at]!);
  return items;
}

const ADMINISTRATIVE_WORDS = new Set(['xã', 'phường', 'trấn', 'huyện', 'quận', 'tỉnh', 'tp', 'tp.']);

/**
 * "Phó Giám đốc Trung tâm Y tế huyện Phạm Văn Đức": a title, a body the lexicons do not know
 * ending in a unit word, then a name that is no unit's: the official, as after "UBND huyện".
 */
function afterUnknownBody(tokens: readonly Token[], i: number, titleEnds: ReadonlyMap<number, TitleUnit>): boolean {
  if (!ADMINISTRATIVE_WORDS.has(tokens[i - 1]!.key) || matchPlace(tokens, i)) return false;
  for (let at = i - 2; at >= 0 && at >= i - 8; at--) {
    if (titleEnds.has(at + 1) && tokens[at + 1]?.isCapitalized) return true;
    if (!tokens[at]!.isWord) return false;
  }
  return false;
}

/** "Hội Nông dân xã Thiệu Đô, huyện Thiệu Hóa": a name between unit words is an address. */
function inAddress(tokens: readonly Token[], start: number, end: number): boolean {
  return placeBeforeName.has(tokens[start - 1]?.key ?? '') && tokens[end]?.key === ',' && placeBeforeName.has(tokens[end + 1]?.key ?? '');
}

/** The end of a given name of one or two capitalised words at tokens[i], followed by none. */
function shortNameEnd(tokens: readonly Token[], i: number): number | undefined {
  if (!tokens[i + 1]?.isCapitalized) return i + 1;
  const second = tokens[i + 1]!;
  if (!second.isWord || neverInNames.has(second.key) || startsTitleOrBody(tokens, i + 1) || tokens[i + 2]?.isCapitalized) return undefined;
  return i + 2;
}

/** A title written without its body ("Bí thư", "Chủ tịch", "Thủ tướng"), not a rank. */
function titleOnly(unit: TitleUnit | undefined): boolean {
  return unit !== undefined && unit.title !== null && unit.member === null && (unit.body === null || unit.body.start === unit.body.end);
}

/** "đồng chí", "ông", "bà"… ending right before tokens[i]. */
function precedingHonorific(tokens: readonly Token[], i: number): boolean {
  for (const length of [2, 1]) {
    const at = i - length;
    if (at < 0) continue;
    const hit = honorificTrie.longest(tokens, at);
    if (hit && hit.end === i) return true;
  }
  return false;
}

/**
 * Short references ("ông Cường", "Bí thư Thăng") stand for a person named in full
 * elsewhere in the article. A capitalised word that is no one's given name there ("Bí
 * thư Chi bộ") goes back to being a plain word, so that it takes no title or role.
 */
export function dropUnmatchedShortNames(scans: ReadonlyArray<{ tokens: readonly Token[]; items: Item[] }>): void {
  const given = new Set<string>();
  // "bà Kim Tiến" after "Nguyễn Thị Kim Tiến": the last two words of a longer full name.
  const twoWordGiven = new Set<string>();
  // A list of hundreds of names repeats each one: its given name is taken once.
  const named = new Set<string>();
  for (const { items } of scans) {
    for (const item of items) {
      if (item.type !== 'name' || item.short || named.has(item.name)) continue;
      named.add(item.name);
      const words = item.name.toLowerCase().split(' ');
      given.add(words[words.length - 1]!);
      if (words.length >= 3) twoWordGiven.add(words.slice(-2).join(' '));
    }
  }
  for (const tail of twoWordGiven) given.add(tail);
  let anyShort = false;
  for (const { items } of scans) {
    for (const item of items) {
      if (item.type !== 'name') continue;
      // A two-word "name" that ends a longer one of the article is a short reference to it.
      if (!item.short && item.end - item.start === 2 && twoWordGiven.has(item.name.toLowerCase())) item.short = true;
      if (item.short) anyShort = true;
    }
  }
  if (!anyShort) return;
  for (const scan of scans) {
    if (!scan.items.some((item) => item.type === 'name' && item.short && !given.has(item.name.toLowerCase()))) continue;
    // A loop, not flatMap: flatMap makes an array for each of the sentence's items.
    const kept: Item[] = [];
    for (const item of scan.items) {
      if (item.type === 'name' && item.short && !given.has(item.name.toLowerCase())) for (let k = item.start; k < item.end; k++) kept.push(scan.tokens[k]!);
      else kept.push(item);
    }
    scan.items = kept;
  }
}
