// Groups a sentence's title units into chains ("TUV, Bí thư Huyện ủy") and
// attaches each chain to the name it describes: after the name ("đồng chí A -
// Bí thư…"), before it ("Phó Chủ tịch HĐND thành phố A"), or shared by a list
// ("các Ủy viên Ban Thường vụ Thành ủy: A; B; C"). Unattached chains are
// references by title alone ("Đồng chí Bí thư Huyện ủy nhấn mạnh").
import { COMMON_SURNAMES } from '../lexicon/surnames.js';
import type { Item } from '../recognize/scan.js';
import type { TitleUnit } from '../recognize/titles.js';
import { DASH_TOKENS, type Token } from '../tokenize.js';
import { PARTY_TITLES } from '../../vietnam/titles.js';
import { pastPlaceAside } from './place-asides.js';

export interface Chain {
  units: TitleUnit[];
  /** Index of the first and after the last item of the chain. */
  from: number;
  to: number;
}

export interface NameMention {
  kind: 'name';
  name: string;
  /** Introduced with an honorific ("đồng chí", "ông", "bà"), or listed right after a name that was. */
  honorific: boolean;
  /** Introduced as "đồng chí" (a Party member: an official of the article even without a title). */
  comrade: boolean;
  /** A given name alone ("ông Hiền"), to resolve against the article's people. */
  short: boolean;
  item: number;
  units: Array<{ unit: TitleUnit; chain: TitleUnit[]; former: boolean }>;
  /** Item range covering the name and its chains, for adjacency to cues. */
  from: number;
  to: number;
}

export interface TitleMention {
  kind: 'title';
  chain: TitleUnit[];
  from: number;
  to: number;
  /**
   * Said of someone named before by a pronoun: "Trước khi được điều động, ông là Chủ tịch UBND
   * huyện X" (`former`: held before, as here).
   */
  pronoun?: { former: boolean };
}

export type Mention = NameMention | TitleMention;

// "Bí thư kiêm Chủ tịch UBND huyện X": one body written once for several titles.
const CHAIN_SEPARATORS = new Set([',', '-', '–', '(', ')', 'kiêm']);
const PLURAL = new Set(['các', 'những', 'đại', 'lãnh', 'trong', 'của', 'cùng', 'với', 'và', 'cho', 'toàn']);
const APPOINTMENT = new Set([
  'được', 'bầu', 'giữ', 'chức', 'làm', 'chỉ', 'định', 'bổ', 'nhiệm', 'điều', 'động', 'thôi', 'là', 'tái', 'cử',
  'phân', 'công', 'luân', 'chuyển', 'đảm', 'nhận', 'nhận', 'đương', 'kiêm', 'nhiệm', 'giới', 'thiệu', 'ứng', 'vào', 'vị', 'trí',
  'tiếp', 'tục', 'tham', 'gia', 'đã', ',', 'và', 'nghỉ', 'hưu', 'theo', 'chế', 'độ', 'để', 'vụ',
  // "Chủ tịch UBND huyện X (cũ), hiện là …", "nay giữ chức …".
  'hiện', 'nay', 'cũ',
]);
const FORMER_WORDS = new Set(['thôi', 'nghỉ', 'hưu', 'nguyên', 'từng']);
const LIST_PLURAL = new Set(['các', 'những']);
const COMRADE_WORDS = ['các', 'đồng', 'chí'];

/** A plural word opening the list, one or two words before `from`, or "các đồng chí" right before it. */
function listPluralBefore(items: readonly Item[], from: number): boolean {
  if (isWord(items[from - 1], LIST_PLURAL) || isWord(items[from - 2], LIST_PLURAL)) return true;
  return COMRADE_WORDS.every((key, k) => {
    const item = items[from - COMRADE_WORDS.length + k];
    return item?.type === 'word' && item.key === key;
  });
}

/** "các vị đại biểu": a counter between the plural word and the title. */
const PLURAL_COUNTERS = new Set(['vị']);

/**
 * "Chia sẻ với các đại biểu Quốc hội, Bộ trưởng A": a plural title, then a comma inside the chain,
 * is whom the clause addresses. Not "Thay mặt các đại biểu Quốc hội, Chủ tịch nước A", who speaks
 * as one of them, nor "cho các trường Nguyên Thứ trưởng …", the plural of another noun.
 */
function addressedPlural(items: readonly Item[], chain: Chain): boolean {
  const counted = isWord(items[chain.from - 1], PLURAL_COUNTERS);
  const marker = counted ? chain.from - 2 : chain.from - 1;
  if (!isWord(items[marker], LIST_PLURAL) || !hasComma(items, chain)) return false;
  const before = items.slice(Math.max(0, marker - 4), marker).map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  return !ON_BEHALF.test(before);
}

/** "như" between a plural title and the names it gives: "các đại biểu Quốc hội như A, B". */
const LIKE = new Set(['như']);

function isWord(item: Item | undefined, keys: ReadonlySet<string>): boolean {
  return item?.type === 'word' && keys.has(item.key);
}

/** A bodiless title followed by ordinary words is not a title ("Bí thư chi bộ"). */
function usable(unit: TitleUnit, next: Item | undefined, tokens: readonly Token[]): boolean {
  if (unit.title === null || unit.body || unit.member || unit.outside) return true;
  if (!next || next.type !== 'word') return true;
  const t = tokens[next.start];
  return !t || !t.isWord || t.isCapitalized || t.key === 'kiêm';
}

/**
 * "Giải trình ý kiến đại biểu, Bộ trưởng Bộ Tài chính A cho biết": a bodiless title after the
 * opinions or questions it asks for ("ý kiến (của) (các) đại biểu", "câu hỏi của cử tri"),
 * then a comma, is who raised them, never a post of the name after it.
 */
const RAISED_BY = /(?:^|\s)(?:ý kiến|kiến nghị|câu hỏi|chất vấn|đề xuất|phản ánh)(?: của)?(?: các| những)?$/u;

const COMMA = new Set([',']);

function raisedBy(unit: TitleUnit, next: Item | undefined, tokens: readonly Token[]): boolean {
  if (unit.body || unit.member || !isWord(next, COMMA)) return false;
  const before = tokens.slice(Math.max(0, unit.start - 4), unit.start).map((t) => t.key).join(' ');
  return RAISED_BY.test(before);
}

/** "Chủ tịch UBND huyện Đắk Tô (cũ)": a post in a body that is no more. */
function markedOld(items: readonly Item[], k: number): boolean {
  const next = items[k + 1];
  if (isWord(next, new Set(['cũ']))) return true;
  return isWord(next, new Set(['('])) && isWord(items[k + 2], new Set(['cũ'])) && isWord(items[k + 3], new Set([')']));
}

/** "Phó Chủ tịch - Tổng Thư ký Ủy ban X", "Giám đốc kiêm Tổng Biên tập Báo Y": two posts of one body. */
const JOINING_SEPARATORS = new Set([...DASH_TOKENS, 'kiêm']);

/** An enterprise's boards, and the executives who run the enterprise itself. */
const BOARDS = new Set(['Hội đồng quản trị', 'Hội đồng thành viên']);
const EXECUTIVES = new Set(['Tổng Giám đốc', 'Phó Tổng Giám đốc', 'Giám đốc', 'Phó Giám đốc']);

/**
 * A bodiless title joined by a dash or "kiêm" to a title with a body shares that body. Not a
 * Party title ("Bí thư - Chủ tịch UBND xã": the commune's Party committee, found elsewhere)
 * nor a delegate's, whose bodies come from their own rules.
 */
function joinTitles(first: TitleUnit, second: TitleUnit): void {
  if (first.body || first.member || first.outside || first.unknownBody || first.title === null) return;
  if (PARTY_TITLES.has(first.title) || first.title === 'Đại biểu' || !second.body || second.member || second.outside) return;
  // The body is written out, never placed by context, and is no part of another ("Tổng Giám
  // đốc kiêm Chủ tịch HĐQT Tập đoàn X": the group's, not its board's).
  const body = second.body.kind;
  const part = body.kind === 'body-part' || body.kind === 'committee-part';
  const writtenOut = second.body.places !== null || body.kind === 'fixed' || second.body.written !== undefined;
  // A title that names its own body's head word ("Chánh Văn phòng", "Chánh Thanh tra", "Cục
  // trưởng", "Đội trưởng") heads a part of the body written, not the body itself: the office or
  // inspectorate of a body written out ("Chánh Văn phòng kiêm Người phát ngôn UBND tỉnh X").
  if (/^(Phó )?Chánh |trưởng$/.test(first.title)) {
    if (/^(Phó )?Chánh (Văn phòng|Thanh tra)$/.test(first.title) && !part && writtenOut) {
      first.joinedTo = second;
      first.joinedAs = 'part';
    }
    return;
  }
  // "Tổng Thư ký - Chủ nhiệm Văn phòng Quốc hội", "Phó Tổng Thư ký - Phó Chủ nhiệm …": an
  // office's head holds a post of the body above it.
  if (second.title?.endsWith('Chủ nhiệm')) return;
  // "Tổng Giám đốc kiêm Chủ tịch HĐQT Tổng công ty X": the chief executive's post is the company's.
  if (body.kind === 'body-part' && BOARDS.has(body.name) && second.body.parent?.written && EXECUTIVES.has(first.title)) {
    first.joinedTo = second;
    first.joinedAs = 'parent';
    return;
  }
  if (!part && writtenOut) first.joinedTo = second;
}

/** Where the last post of a chain starts: its last title and the titles joined to it. */
function lastPostStart(units: readonly TitleUnit[]): number {
  let k = units.length - 1;
  while (k > 0 && units[k - 1]!.joinedTo === units[k]) k--;
  return k;
}

export function findChains(items: readonly Item[], tokens: readonly Token[]): Chain[] {
  const chains: Chain[] = [];
  let current: Chain | null = null;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.type === 'unit' && markedOld(items, k)) item.unit.former = true;
    if (item.type === 'unit' && usable(item.unit, items[k + 1], tokens) && !raisedBy(item.unit, items[k + 1], tokens)) {
      if (current && current.to === k) current.units.push(item.unit);
      else if (current && current.to + 1 === k && isWord(items[current.to], CHAIN_SEPARATORS)) {
        if (isWord(items[current.to], JOINING_SEPARATORS)) joinTitles(current.units[current.units.length - 1]!, item.unit);
        current.units.push(item.unit);
      }
      else {
        current = { units: [item.unit], from: k, to: k + 1 };
        chains.push(current);
      }
      current.to = k + 1;
    }
  }
  return chains;
}

/** Brackets between two posts of a chain: an aside, not a list the first word covers. */
const BRACKETS = new Set(['(', ')']);

/** Head words of associations, where a retired official often holds a post: "Chủ tịch Hội Thủy lợi Việt Nam". */
const ASSOCIATION_HEADS = /^(?:Hội(?! đồng)|Hiệp hội|Liên hiệp)(?:\s|$)/u;

/**
 * A post of a sphere a word of the past before another does not reach: an association's ("nguyên
 * Thứ trưởng Bộ X, Chủ tịch Hội Y": the association's chair now) or a deputy's ("nguyên Chánh
 * Thanh tra TP X, ĐBQH A": a deputy now).
 */
function outsideTheList(unit: TitleUnit): boolean {
  if (unit.title === 'Đại biểu') return true;
  const kind = unit.body?.kind;
  const name = kind === undefined ? '' : kind.kind === 'named' ? kind.head : 'name' in kind ? kind.name : '';
  return ASSOCIATION_HEADS.test(name);
}

/**
 * "nguyên Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X": a word of the past opening the posts a person
 * is given covers each post listed after it, up to a bracket or a post of another sphere. How
 * many of the units it covers (0 when the first post opens on no such word).
 */
function formerOpensList(units: readonly TitleUnit[], tokens: readonly Token[]): number {
  if (!units[0]?.formerWord) return 0;
  let k = 1;
  // A post marked again ("nguyên Chủ tịch HĐQT X, nguyên Chủ tịch HĐTV kiêm Tổng giám đốc Y") goes on with the list.
  const listed = (unit: TitleUnit): boolean => unit.formerWord === true || !outsideTheList(unit);
  while (k < units.length && listed(units[k]!) && !tokens.slice(units[k - 1]!.end, units[k]!.start).some((t) => BRACKETS.has(t.key))) k++;
  return k;
}

/** Items between a name and a chain that still let the chain describe the name. */
/**
 * A career: "từng kinh qua các chức vụ: …", "từng giữ nhiều cương vị như …", "trước đó là …";
 * the post held then: "khi đó là …", "lúc còn là …". The titles that follow are former.
 */
const CAREER = /^(?:, )?(?:(?:đã |lần lượt )?(?:từng|đã) (?:kinh qua|giữ|đảm nhiệm|đảm nhận|trải qua|làm)(?: qua)?(?: nhiều| các)?(?: chức vụ| cương vị| vị trí| chức danh| công việc)?(?: khác)?(?: như| gồm| là)?|trước đó (?:là|giữ chức(?: vụ)?)|(?:khi|lúc|vào thời điểm|thời điểm) (?:đó|ấy|còn) (?:là|giữ chức(?: vụ)?|làm))(?: :)?$/;

/** A sentence opening on the time of past events: "Tại thời điểm xảy ra vi phạm, …", "Khi đó, …", "Lúc ấy, …". */
const PAST_OPENING = /^(?:tại |vào )?(?:thời điểm|thời gian|lúc|khi) (?:đó|ấy|xảy ra|vi phạm|sai phạm|để xảy ra)(?:\s|$)/;

function sentenceOpening(tokens: readonly Token[]): string {
  let words = '';
  for (let k = 0; k < tokens.length && k < 6; k++) words += (k ? ' ' : '') + tokens[k]!.key;
  return words;
}

/** Words that make a post one the person is put forward for, not one they hold or took up. */
const NOMINATION = /(?:^|\s)(?:giới thiệu|đề cử|ứng cử|tiến cử|đề xuất|dự kiến|quy hoạch|xem xét)(?:\s|$)/;

/** Honorifics that open another person's name inside what would be a body's rest. */
const UNKNOWN_PERSON_HONORIFICS = new Set(['ông', 'bà', 'ngài']);

/**
 * The rest of a body the lexicons do not know in full, written after a title: "Giám đốc [Hợp
 * tác xã chè Tà Xùa], đại biểu HĐND tỉnh". Plain words up to the next separator (a body
 * without one starts with a capital).
 */
function unknownBodyEnd(items: readonly Item[], tokens: readonly Token[], from: number, to: number, bodiless: boolean): number {
  const first = items[from];
  if (!first || first.type !== 'word' || (bodiless && !tokens[first.start]?.isCapitalized)) return from;
  let end = from;
  while (end < to && end - from < 10) {
    const item = items[end]!;
    if (item.type !== 'word' || [',', ';', '.', '(', ')', '-', ':'].includes(item.key)) break;
    // "Thứ trưởng Bộ Tài chính và bà Maria Schmidt, Vụ trưởng …": someone else, named in a way the recogniser does not know.
    if (UNKNOWN_PERSON_HONORIFICS.has(item.key) && !tokens[item.start]?.isCapitalized) return from;
    end++;
  }
  return isWord(items[end], new Set([','])) ? end : from;
}

/**
 * A person's birth year or age in brackets right after the name: "(SN 1980)", "(sinh năm 1978)",
 * "(56 tuổi)". It says nothing of a post; the title after it is the name's as without it.
 */
const PERSONAL_DETAILS = /^(?:(?:sn|sinh|sinh năm|năm sinh)(?: :)? (?:19|20)\d\d|\d{1,3} tuổi)$/;

/** The item after a bracket of a birth year or an age opening at `k`, or `k`. */
function pastPersonalDetails(items: readonly Item[], k: number): number {
  if (!isWord(items[k], OPEN_BRACKET)) return k;
  const words: string[] = [];
  for (let j = k + 1; j < items.length && j < k + 6; j++) {
    const item = items[j]!;
    if (item.type !== 'word') return k;
    if (item.key === ')') return PERSONAL_DETAILS.test(words.join(' ')) ? j + 1 : k;
    words.push(item.key);
  }
  return k;
}

function gapBefore(items: readonly Item[], tokens: readonly Token[], from: number, to: number): { ok: boolean; former: boolean } {
  let former = false;
  const previous = items[from - 1];
  // "anh A (SN 1980), Chủ tịch UBND xã X": the bracket of the name's details is no gap.
  if (previous?.type === 'name') from = pastPersonalDetails(items, from);
  // "… UBND tỉnh Tiền Giang (cũ), được bổ nhiệm giữ chức …": the mark is the title's before it.
  if (previous?.type === 'unit' && markedOld(items, from - 1)) from += isWord(items[from], new Set(['('])) ? 3 : 1;
  if (previous?.type === 'unit' && previous.unit.title !== null && !previous.unit.member) from = unknownBodyEnd(items, tokens, from, to, !previous.unit.body);
  const gap = items.slice(from, to);
  const words = gap.map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  if (gap.length <= 14 && CAREER.test(words)) return { ok: true, former: true };
  // "Tại thời điểm xảy ra vi phạm, ông A là Giám đốc Sở X": the post held then.
  if (words === 'là' && PAST_OPENING.test(sentenceOpening(tokens))) return { ok: true, former: true };
  // "Thủ tướng A và đại biểu Quốc hội Thành phố X" (a caption): a title right after a name and "và"
  // names the others, never A ("A và là Chủ tịch …" stays A's).
  if (words === 'và' && previous?.type === 'name') return { ok: false, former };
  // "được giới thiệu để bầu giữ chức …", "được đề cử giữ chức …": a nomination, no post held.
  if (NOMINATION.test(words)) return { ok: false, former };
  // "được HĐND huyện bầu giữ chức …", "được Ban Thường vụ Tỉnh ủy chỉ định làm …", ", giữ chức vụ …".
  if (gap.length <= 12 && /(?:^|\s)(?:giữ chức(?: vụ)?|làm|bầu|bổ nhiệm|chỉ định|đảm nhận)$/.test(words) && !/[#;.]/.test(words) && /^(?:, )?(?:đã )?(?:được|vừa được|thôi|tiếp tục|giữ chức)/.test(words)) {
    return { ok: true, former: /(?:^|\s)(?:thôi|nghỉ)(?:\s|$)/.test(words) };
  }
  if (gap.length > 8) return { ok: false, former };
  for (const item of gap) {
    if (item.type !== 'word') return { ok: false, former };
    if (FORMER_WORDS.has(item.key)) former = true;
    if (!CHAIN_SEPARATORS.has(item.key) && item.key !== ':' && !APPOINTMENT.has(item.key)) return { ok: false, former };
  }
  // Only separators, or an appointment phrase ("được bầu giữ chức").
  return { ok: gap.length <= 2 || gap.some((i) => i.type === 'word' && APPOINTMENT.has(i.key) && i.key !== ',' && i.key !== 'và'), former };
}

// A plain loop: it runs over every item of every sentence.
function namesOrUnits(items: readonly Item[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const type = items[i]!.type;
    if (type === 'unit' || type === 'name') return true;
  }
  return false;
}

export function attachChains(items: readonly Item[], tokens: readonly Token[]): Mention[] {
  // Mentions are made of names and title units: most sentences have neither.
  if (!namesOrUnits(items)) return [];
  const chains = findChains(items, tokens);
  const names: NameMention[] = [];
  items.forEach((item, k) => {
    if (item.type !== 'name') return;
    const comrade = introducedAsComrade(tokens, item.start);
    // "các đồng chí: A, B": the honorific stands before the colon.
    const honorific = item.honorific || comrade || (tokens[item.start - 1]?.key === ':' && HONORIFIC_KEYS.has(tokens[item.start - 2]?.key ?? ''));
    names.push({ kind: 'name', name: item.name, honorific, comrade, short: item.short === true, item: k, units: [], from: k, to: k + 1 });
  });
  const used = new Set<Chain>();
  const give = (name: NameMention, chain: Chain, units: TitleUnit[], former: boolean, from = chain.from): void => {
    const listedAsFormer = formerOpensList(units, tokens);
    units.forEach((unit, k) => name.units.push({ unit, chain: units, former: former || unit.former || k < listedAsFormer }));
    name.from = Math.min(name.from, from);
    name.to = Math.max(name.to, chain.to);
    used.add(chain);
  };

  for (const chain of chains) {
    // Names are in item order: the first name at or after the chain, and the one before it.
    const afterIndex = firstNameFrom(names, chain.to);
    const beforeIndex = firstNameFrom(names, chain.from) - 1;
    const before = beforeIndex >= 0 ? names[beforeIndex] : undefined;
    const after = names[afterIndex];
    // "Vụ trưởng Vụ Y (Bộ Z) A": a bracket naming the body's parent may stand between.
    // "Chủ tịch UBND tỉnh X ông A": the honorific alone may stand between too.
    // "Giám đốc Sở Y tế tỉnh X - Nguyễn Văn A", "Bí thư Đảng ủy xã X - ông Nguyễn Văn A": a full name after a dash.
    const adjacentAfter = after && (after.item === chain.to || after.item === pastBracket(items, chain.to) || (after.honorific && after.item === pastHonorific(items, tokens, chain.to)) || (!after.short && (after.item === pastDash(items, chain.to) || (after.honorific && after.item === pastHonorific(items, tokens, pastDash(items, chain.to))))));
    // After the name, or after the chains it already has ("A, Phó Chủ tịch UBND huyện được bầu giữ chức …").
    // "… Thứ trưởng X Hồ Thị Kim Thoa Thủ tướng vừa ký …": a name that has a post before it and
    // runs straight into another title with nothing between ends there; that title opens a clause
    // (a rank or degree before the name is no post: "Thiếu tướng A Phó Chủ nhiệm …" is A's).
    const titledBefore = before !== undefined && before.from < before.item && before.to === chain.from && before.units.some((held) => held.unit.body !== null);
    const suffix = before && !titledBefore && !delegator(items, chain) && !opensReportedClause(items, before, chain) ? gapBefore(items, tokens, before.to, chain.from) : { ok: false, former: false };
    const transfer = before ? isTransfer(items, before.to, chain.from) : false;
    // "các Phó Chủ tịch UBND tỉnh: A; B", "…: Chủ tịch Ủy ban MTTQ A; …": a list right after the
    // colon ("…, Bí thư Huyện ủy X: Thông tin từ …" is a quotation's colon, which shares nothing).
    const colon = isWord(items[chain.to], new Set([':'])) && after !== undefined && listOpensAt(items, chain.to + 1, after.item);
    const plural = isWord(items[chain.from - 1], PLURAL) || listPluralBefore(items, chain.from);
    // "các Phó Chủ tịch UBND huyện A, B": the whole list; "của Chủ tịch UBND tỉnh A, đồng chí B": A alone.
    const shared = colon || listPluralBefore(items, chain.from);
    // "các đại biểu Quốc hội như A, B": a list of examples after a plural title is its list.
    const examples = shared && !colon && isWord(items[chain.to], LIKE) && after?.item === chain.to + 1;
    // "Chia sẻ với các đại biểu Quốc hội, Bộ trưởng A cho biết": the plural title is whom the clause
    // addresses; the name after the comma holds the titles after it only, as after "Thừa ủy quyền
    // của Thủ tướng Chính phủ, Bộ trưởng X A".
    const addressed = !colon && addressedPlural(items, chain);
    const { units: ahead, from: aheadFrom } = addressed || onBehalfOf(items, chain) ? lastSegment(items, chain) : chain;

    // "đại biểu A (Bắc Ninh), B (Hà Tĩnh)": one deputy's title shared by names each given a province.
    const deputies = !plural && after !== undefined && after.item === chain.to && deputiesWithPlaces(items, tokens, chain, names, afterIndex);
    if ((colon || deputies || (plural && !addressed && (adjacentAfter || examples))) && !(suffix.ok && before && before.item + 1 === chain.from)) {
      // A qualifier shared by the list that follows.
      let last = afterIndex;
      for (let index = afterIndex; index < names.length; index++) {
        const name = names[index]!;
        if (index > afterIndex) {
          const previous = names[last]!;
          // "A (Bà Rịa - Vũng Tàu)": what the scanner read as a name inside a place aside is the place's.
          if (name.item < pastPlaceAside(items, tokens, previous.item)) continue;
          // Without a colon the qualifier covers the list right after it, up to where the glue breaks.
          if ((!shared && !deputies) || (!colon && !listContinuesPastPlace(items, tokens, previous, name))) break;
          // With a colon the list runs past each name's own titles ("A, Chủ tịch UBND tỉnh; B"), but
          // not into a name with a title before it ("; Giám đốc Sở Tài chính C") or past other words.
          if (colon && !colonListContinues(items, names[afterIndex]!, previous, name)) break;
          if (deputies && !hasPlaceAside(items, tokens, name)) break;
        }
        give(name, chain, ahead, false, aheadFrom);
        last = index;
      }
      continue;
    }
    if (suffix.ok && before && adjacentAfter) {
      // "A, Bí thư Huyện ủy, Chủ tịch UBND huyện B": the last unit is B's.
      // Titles joined to the last ("Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ B") go with it.
      const split = lastPostStart(chain.units);
      give(before, chain, chain.units.slice(0, split), suffix.former);
      give(after!, chain, chain.units.slice(split), false);
    } else if (suffix.ok && before) {
      // Moved to a new post ("được điều động, chỉ định giữ chức …"): the posts named before are former.
      // A membership of a committee (Ủy viên Ban Thường vụ Tỉnh ủy) goes with the person.
      if (transfer) for (const held of before.units) if (held.unit.title !== 'Ủy viên' && !held.unit.member) held.former = true;
      const firstChain = before.units.length === 0;
      const leaving = firstChain && leftByFrame(items, before, chain);
      // "A, Thành ủy viên, Bí thư Quận ủy X thôi giữ chức Bí thư Quận ủy": only the post named is left.
      const left = leavesPost(items, chain.to) ? postLeft(items, chain.units, chain.to) : null;
      give(before, chain, chain.units, suffix.former || leaving || (left !== null && left.size === 0) || heldThen(items, chain.to) || (opensOnThePast(items) && isWord(items[chain.from - 1], new Set(['là']))));
      if (left) for (const held of before.units) if (left.has(held.unit)) held.former = true;
      shareBackwards(items, names, beforeIndex, chain);
    } else if (after && dismissalTarget(items, chain, after)) {
      // "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với (các) ông: A; B": each held it until now.
      give(after, chain, chain.units, true);
      for (let index = afterIndex + 1; index < names.length && listContinues(items, names[index - 1]!, names[index]!); index++) {
        give(names[index]!, chain, chain.units, true);
      }
    }
    else if ((adjacentAfter || (after && titleCommaName(items, tokens, chain, after))) && (!plural || addressed)) give(after!, chain, ahead, false, aheadFrom);
  }

  // "Dự đại hội có các đồng chí A, B, C": each name of a list is introduced as its first one was.
  for (let index = 1; index < names.length; index++) {
    const previous = names[index - 1]!;
    const name = names[index]!;
    if (name.short || previous.short || !listContinues(items, previous, name)) continue;
    name.honorific ||= previous.honorific;
    name.comrade ||= previous.comrade;
  }

  const mentions: Mention[] = [...names];
  for (const chain of chains) {
    if (!used.has(chain) && names.length === 0) {
      const pronoun = pronounBefore(items, chain);
      if (pronoun) {
        mentions.push({ kind: 'title', chain: chain.units, from: chain.from, to: chain.to, pronoun });
        continue;
      }
    }
    if (used.has(chain) || isWord(items[chain.from - 1], PLURAL) || isWord(items[chain.from - 2], new Set(['các', 'những']))) continue;
    if (!chain.units.some((u) => u.title !== null && u.body !== null)) continue;
    // "Văn phòng Chủ tịch nước chủ trì": the office serving the post is a body, not its holder.
    if (isWord(items[chain.from - 1], new Set(['phòng'])) && isWord(items[chain.from - 2], new Set(['văn']))) continue;
    // "(Đoàn ĐBQH tỉnh Hà Nam)" describes the name before it, not a new person.
    if (items.slice(Math.max(0, chain.from - 2), chain.from).some((i) => i.type === 'word' && i.key === '(')) continue;
    mentions.push({ kind: 'title', chain: chain.units, from: chain.from, to: chain.to });
  }
  return mentions.sort((a, b) => a.from - b.from);
}

const HONORIFIC_KEYS = new Set(['ông', 'bà', 'chí', 'đ/c', 'đc']);

/** Words that open a clause's predicate right after its subject: "… Bí thư Tỉnh ủy X phải chỉ đạo". */
const PREDICATE_OPENERS = new Set(['phải', 'cần', 'nên', 'đã', 'sẽ', 'đang', 'chưa', 'không', 'chịu', 'chỉ', 'là', 'được', 'bị', 'vừa', 'mới', 'cũng', 'đều', 'luôn', 'lại', 'có']);

/**
 * "Theo đại biểu A, Bí thư Tỉnh ủy X phải chỉ đạo …": after "Theo <person>," a chain not closed
 * by a separator, with a predicate's first word right after its body, is the reported clause's
 * subject, not the person's post ("Theo ông A, Giám đốc Sở X, …" and "Theo bà B – Phó Chủ tịch
 * … –" are).
 */
function opensReportedClause(items: readonly Item[], before: NameMention, chain: Chain): boolean {
  if (!isWord(items[before.to], new Set([','])) || before.to + 1 !== chain.from) return false;
  let k = before.from - 1;
  while (k >= 0 && isWord(items[k], HONORIFIC_WORDS)) k--;
  if (!isWord(items[k], new Set(['theo']))) return false;
  const next = items[chain.to];
  return next?.type === 'word' && PREDICATE_OPENERS.has(next.key);
}

const OPEN_BRACKET = new Set(['(']);
const CLOSE_BRACKET = new Set([')']);

/** A bracket opened shortly before items[at] and not closed by then (a bounded look back). */
function insideBracket(items: readonly Item[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 24; k--) {
    if (isWord(items[k], CLOSE_BRACKET)) return false;
    if (isWord(items[k], OPEN_BRACKET)) return true;
  }
  return false;
}
// "do" opens the agent of a passive: "Quyết định số 12 do chủ tịch UBND tỉnh X, ông A ký".
const CLAUSE_OPENERS = new Set([',', ';', ':', '.', 'có', '“', '"', 'do']);

/**
 * "Ủy viên Trung ương Đảng, Tổng Giám đốc Đài Truyền hình Việt Nam, Trần Bình Minh", "Phó Chủ
 * tịch UBND tỉnh X, đồng chí A", "Chi cục phó Chi cục Y là ông A": a chain naming a body, a
 * comma (or "là" and an honorific), then the name it introduces.
 * Not when the name has a title of its own after it ("…, ông A, Phó Giám đốc Sở"): the chain
 * then stands in a list of its own.
 */
function titleCommaName(items: readonly Item[], tokens: readonly Token[], chain: Chain, name: NameMention): boolean {
  if (name.short || !chain.units.some((u) => u.title !== null && u.body !== null)) return false;
  // The chain opens its clause, a list's item or a passive's agent ("Dự có …", "; …", "do …"): "khi bầu cử ĐBQH, ông A",
  // "chỉ định B làm Bộ trưởng Tư pháp, bà C" use the title of someone else or of no one.
  if (chain.from > 0 && !isWord(items[chain.from - 1], CLAUSE_OPENERS)) return false;
  // "A (52 tuổi, nguyên Giám đốc Công ty X), B (31 tuổi, …)": a bracket's details are its own name's.
  if (insideBracket(items, chain.from) || isWord(items[name.item + 1], OPEN_BRACKET)) return false;
  const at = chain.to + 1;
  // "Chi cục phó Chi cục Thủy sản tỉnh X là ông A": the honorific is needed after "là".
  const is = isWord(items[chain.to], new Set(['là']));
  if (!is && !isWord(items[chain.to], new Set([',']))) return false;
  if ((is || name.item !== at) && name.item !== pastHonorific(items, tokens, at)) return false;
  // Without an honorific, only a name of a common family: "…, Phù Yên Tiếp đó" is a place and a
  // sentence glued to it.
  if (name.item === at && !COMMON_SURNAMES.has(name.name.split(' ')[0]!.toLowerCase())) return false;
  return !ownTitleAfter(items, name);
}

/** "đồng chí A", "các đồng chí: A", "Đ/c A" right before the name's first token. */
function introducedAsComrade(tokens: readonly Token[], start: number): boolean {
  let at = start - 1;
  if (tokens[at]?.key === ':') at--;
  const last = tokens[at]?.key;
  if (last === 'đ/c' || last === 'đc') return true;
  return last === 'chí' && tokens[at - 1]?.key === 'đồng';
}

/** Index of the first name whose item is at or after `item` (names.length if none): a binary search. */
function firstNameFrom(names: readonly NameMention[], item: number): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (names[mid]!.item < item) low = mid + 1;
    else high = mid;
  }
  return low;
}

const TRANSFER = new Set(['điều', 'động', 'luân']);

/** The item after a bracket of words opening at `k` ("(Bộ GD&ĐT)"), or -1. */
/**
 * "ông", "bà", "đồng chí" at items[k]: the index right after it, else -1. Written in lower case
 * only: "… Tập đoàn X Ông A, Chủ tịch …" is a caption or heading glued to the next sentence.
 */
function pastHonorific(items: readonly Item[], tokens: readonly Token[], k: number): number {
  const item = items[k];
  if (!item || tokens[item.start]?.isCapitalized) return -1;
  if (isWord(item, TITLE_TO_NAME_HONORIFICS)) return k + 1;
  return isWord(items[k], new Set(['đồng'])) && isWord(items[k + 1], new Set(['chí'])) ? k + 2 : -1;
}
const TITLE_TO_NAME_HONORIFICS = new Set(['ông', 'bà']);

function pastDash(items: readonly Item[], k: number): number {
  return isWord(items[k], DASH_TOKENS) ? k + 1 : -1;
}

function pastBracket(items: readonly Item[], k: number): number {
  if (!isWord(items[k], new Set(['(']))) return -1;
  for (let j = k + 1; j < items.length && j < k + 12; j++) {
    const item = items[j]!;
    if (item.type === 'name' || item.type === 'cue') return -1;
    if (item.type === 'word' && item.key === ')') return j + 1;
  }
  return -1;
}

const DISMISSAL_BEFORE = /(?:miễn nhiệm|bãi nhiệm|cách chức|cách hết các chức vụ|cho thôi việc|cho thôi|cho nghỉ hưu|nghỉ hưu)(?: đối với)?$/;
const TRANSFER_BEFORE = /(?:điều động|luân chuyển|điều chuyển|biệt phái)$/;
const TO_NEW_WORK = /^, (?:đến|về|sang|tới) (?:nhận )?(?:công tác|làm việc|giữ chức)/;

/**
 * The title given right after a name that a frame before the name takes away: "miễn nhiệm bà
 * A, Phó Chủ tịch HĐND huyện, do nghỉ hưu", "điều động ông B, Phó Giám đốc Sở X, đến nhận
 * công tác tại …".
 */
function leftByFrame(items: readonly Item[], name: NameMention, chain: Chain): boolean {
  let at = name.item - 1;
  while (at >= 0 && isWord(items[at], HONORIFIC_OR_LIST)) at--;
  const before = items.slice(Math.max(0, at - 4), at + 1).map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  if (DISMISSAL_BEFORE.test(before)) return true;
  if (!TRANSFER_BEFORE.test(before)) return false;
  const after = items.slice(chain.to, chain.to + 5).map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  return TO_NEW_WORK.test(after);
}
const HONORIFIC_OR_LIST = new Set(['ông', 'bà', 'đồng', 'chí', 'các', ':']);

const PRONOUN_IS = /(?:^|[,#] )(?:ông|bà|đồng chí)(?: (?:đã|cũng))? (?:(?:từng|nguyên) )?(?:là|giữ chức(?: vụ)?|làm)$/;

/** "…, ông là TITLE", "Bà từng giữ chức TITLE": a title given to someone by a pronoun, no name. */
function pronounBefore(items: readonly Item[], chain: Chain): { former: boolean } | undefined {
  const before = items.slice(Math.max(0, chain.from - 6), chain.from).map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  const m = PRONOUN_IS.exec(before);
  if (!m) return undefined;
  return { former: opensOnThePast(items) || /(?:từng|nguyên)/.test(m[0]) };
}

const DELEGATED = /^(?:ủy quyền|ủy nhiệm|giao|phân công|cử|chỉ đạo)(?:\s|$)/;

/** "thay mặt (cho) …", "thừa ủy quyền của …", "thừa lệnh …" right before a chain: its first titles are the principal's. */
const ON_BEHALF = /(?:^|\s)(?:thay mặt(?: cho)?|ủy quyền(?: của)?|ủy nhiệm(?: của)?|thừa lệnh)$/;

function onBehalfOf(items: readonly Item[], chain: Chain): boolean {
  const before = items.slice(Math.max(0, chain.from - 4), chain.from).map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  return ON_BEHALF.test(before);
}

/** A comma between the chain's titles ("các đại biểu Quốc hội, Bộ trưởng …"). */
function hasComma(items: readonly Item[], chain: Chain): boolean {
  return items.slice(chain.from, chain.to).some((item) => isWord(item, COMMA));
}

/**
 * "Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Công Thương A": the titles after the chain's
 * last comma are the name's; those before it are the one A acts for.
 */
function lastSegment(items: readonly Item[], chain: Chain): { units: TitleUnit[]; from: number } {
  let comma = -1;
  for (let k = chain.from; k < chain.to; k++) if (isWord(items[k], new Set([',']))) comma = k;
  // "Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Xây dựng A", the comma left out: the first
  // title is the principal's, the ones after it A's (a single title is the principal's own, named).
  const start = comma >= 0 ? comma + 1 : secondUnitAt(items, chain);
  if (start < 0) return chain;
  return { units: items.slice(start, chain.to).flatMap((i) => (i.type === 'unit' ? [i.unit] : [])), from: start };
}

function secondUnitAt(items: readonly Item[], chain: Chain): number {
  let seen = 0;
  for (let k = chain.from; k < chain.to; k++) if (items[k]!.type === 'unit' && ++seen === 2) return k;
  return -1;
}

/**
 * "A (được Chủ tịch UBND tỉnh ủy quyền)", "B, được Giám đốc Sở giao …": the title between
 * "được" and a verb of delegation is the one who delegates, not the post of the name before.
 */
function delegator(items: readonly Item[], chain: Chain): boolean {
  if (!isWord(items[chain.from - 1], new Set(['được']))) return false;
  const next = items.slice(chain.to, chain.to + 2).map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  return DELEGATED.test(next);
}

/** "Trước đó, đồng chí A là …", "Trước khi được bầu, đồng chí A là …": the title was held before. */
function opensOnThePast(items: readonly Item[]): boolean {
  return isWord(items[0], new Set(['trước'])) && isWord(items[1], new Set(['đó', 'khi', 'đây']));
}

/**
 * "A, Giám đốc Sở … nghỉ hưu", "… thôi giữ chức": the title just named is left. Words only, up
 * to the next cue or name: "A, Bí thư Tỉnh ủy trao quyết định nghỉ hưu cho B" is B's leaving.
 */
function leavesPost(items: readonly Item[], at: number): boolean {
  const words: string[] = [];
  for (let k = at; k < at + 3 && items[k]?.type === 'word'; k++) words.push((items[k] as { key: string }).key);
  const next = words.join(' ');
  return /^(đã |sẽ |được )?(nghỉ hưu|thôi giữ|thôi làm|thôi việc)/.test(next);
}

/**
 * The units of `units` whose title is the one named after "thôi giữ chức" at `at` ("…, Bí thư
 * Quận ủy X thôi giữ chức Bí thư Quận ủy"); empty when none is named or none matches (every post
 * of the chain is then left, as on retiring).
 */
function postLeft(items: readonly Item[], units: readonly TitleUnit[], at: number): Set<TitleUnit> {
  let k = at;
  while (k < at + 6 && items[k]?.type === 'word') k++;
  const named = items[k];
  const title = named?.type === 'unit' ? named.unit.title?.toLowerCase() : undefined;
  return new Set(title ? units.filter((unit) => unit.title?.toLowerCase() === title) : []);
}

/** "ông A (Chủ tịch HĐQT Ngân hàng X) vào thời điểm đó góp …": the post held then, after the chain ending at `at`. */
function heldThen(items: readonly Item[], at: number): boolean {
  const next = items.slice(at, at + 5).map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  return /^(?:\) |, )?(?:vào |tại )?(?:thời điểm|lúc|khi) (?:đó|ấy|bấy giờ)(?: |$)/.test(next);
}

/** "miễn nhiệm [chức vụ] TITLE đối với [ông] A", "cách chức TITLE đối với A". */
/**
 * "miễn nhiệm [chức vụ] TITLE [nhiệm kỳ …] đối với [các] ông: A", "cho thôi làm nhiệm vụ đại
 * biểu HĐND tỉnh đối với ông A", "cách chức TITLE đối với A".
 */
function dismissalTarget(items: readonly Item[], chain: Chain, name: NameMention): boolean {
  const before = items.slice(Math.max(0, chain.from - 6), chain.from).filter((i) => i.type === 'word').map((i) => (i as { key: string }).key).join(' ');
  if (!/(miễn nhiệm|bãi nhiệm|cách chức|cách hết các chức vụ|cho thôi|thôi)( giữ| làm)?( nhiệm vụ| chức vụ| chức)?$/.test(before)) return false;
  const between = items.slice(chain.to, name.item).map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  return /^(?:, )?(?:nhiệm kỳ \d{4} - \d{4} (?:, )?)?đối với(?: các)?(?: ông| bà| đồng chí)?(?: :)?$/.test(between);
}
function isTransfer(items: readonly Item[], from: number, to: number): boolean {
  return items.slice(from, to).some((i) => i.type === 'word' && TRANSFER.has(i.key)) || nowHolds(items, from, to);
}

/** "A - Chủ tịch UBND tỉnh X, nay là Bí thư Tỉnh ủy X", "…, hiện giữ chức …": the post held now, after the one held then. */
const NOW_HOLDS = /^(?:, )?(?:nay|hiện nay|hiện)(?: đã| đang)? (?:là|giữ chức(?: vụ)?|làm)$/;

function nowHolds(items: readonly Item[], from: number, to: number): boolean {
  const gap = items.slice(from, to);
  return gap.every((i) => i.type === 'word') && NOW_HOLDS.test(gap.map((i) => (i as { key: string }).key).join(' '));
}

/** "B và C, Phó Chủ tịch UBND huyện": B, named without titles right before, shares C's. */
function shareBackwards(items: readonly Item[], names: readonly NameMention[], afterIndex: number, chain: Chain): void {
  // Walks back over "B, C và D - Phó Chủ tịch …": names with no titles of their own, joined by "," or "và".
  const after = names[afterIndex]!;
  let next = after;
  for (let index = afterIndex - 1; index >= 0; index--) {
    const previous = names[index]!;
    if (previous.units.length > 0) return;
    const between = items.slice(previous.to, next.item).filter((i) => !(i.type === 'word' && (i.key === 'đồng' || i.key === 'chí')));
    if (!(between.length === 1 && between[0]!.type === 'word' && (between[0]!.key === 'và' || between[0]!.key === ','))) return;
    for (const { unit } of after.units.filter((u) => chain.units.includes(u.unit))) previous.units.push({ unit, chain: chain.units, former: unit.former });
    next = previous;
  }
}

/**
 * After "các Phó Bí thư Tỉnh ủy:", the next name is in the list unless something between
 * opens another: a role cue or "có" ("; cùng dự có ông C"), a list of its own with no
 * title ("; các đồng chí: C, D"; but "; các Phó Thủ tướng: C, D" stays inside). In a list
 * of bare names ("các Phó Chủ tịch UBND tỉnh: A; B"), a name with a title of its own
 * before it ("; Giám đốc Sở Tài chính C") ends the list; in a list whose names carry their
 * titles ("các Ủy viên Ban Thường vụ Thành ủy: Chủ tịch Ủy ban MTTQ A; Trưởng ban Dân vận
 * B", "A - Phó Chủ tịch Quốc hội; Bộ trưởng Bộ X B") it does not.
 */
function colonListContinues(items: readonly Item[], head: NameMention, first: NameMention, later: NameMention): boolean {
  if (titleAt(items, later.item - 1) && !titleAt(items, head.item - 1) && !ownTitleAfter(items, head)) return false;
  for (let k = first.item + 1; k < later.item; k++) {
    const item = items[k]!;
    if (item.type === 'cue') return false;
    if (item.type === 'word' && (item.key === 'có' || (item.key === ':' && !officeLabelBefore(items, k)))) return false;
  }
  return true;
}

/**
 * The colon at items[k] follows an office that labels a sub-list ("; các Phó Thủ tướng: B, C"),
 * not a membership that opens the next group ("; các đồng chí Ủy viên Trung ương Đảng: D, E").
 */
function officeLabelBefore(items: readonly Item[], k: number): boolean {
  const label = items[k - 1];
  return label?.type === 'unit' && label.unit.member === null && !(label.unit.title?.startsWith('Ủy viên') ?? false);
}

/** A title (not a rank: "Đại tá A") at items[k]. */
function titleAt(items: readonly Item[], k: number): boolean {
  const item = items[k];
  return item?.type === 'unit' && (item.unit.title !== null || item.unit.member !== null);
}

/** "A - Phó Chủ tịch Quốc hội", "A, Chủ tịch UBND tỉnh": the name's own title after it. */
function ownTitleAfter(items: readonly Item[], name: NameMention): boolean {
  const next = items[name.item + 1];
  const glued = next?.type === 'word' && (next.key === ',' || next.key === '-');
  return titleAt(items, glued ? name.item + 2 : name.item + 1);
}

/**
 * No running text in items[from, to) before the list's first name: titles, honorifics,
 * punctuation and the words of a body the lexicons lack ("Chính phủ", "Thông tấn xã Việt
 * Nam"), but no three lower-case words in a row ("Thông tin từ cuộc hội thảo …").
 */
function listOpensAt(items: readonly Item[], from: number, to: number): boolean {
  let lowerRun = 0;
  for (let k = from; k < to; k++) {
    const item = items[k]!;
    if (item.type === 'cue') return false;
    const token = item as Item & Token;
    const lower = item.type === 'word' && token.isWord && !token.isCapitalized && !HONORIFIC_WORDS.has(item.key);
    lowerRun = lower ? lowerRun + 1 : 0;
    if (lowerRun >= 3) return false;
  }
  return true;
}
const HONORIFIC_WORDS = new Set(['đồng', 'chí', 'ông', 'bà', 'đ/c', 'đc']);

/** Two names next to each other in one list: only separators, honorifics and "và" between them. */
const LIST_GLUE = new Set([',', ';', 'và', 'đồng', 'chí', 'ông', 'bà', '-']);
function listContinues(items: readonly Item[], first: NameMention, later: NameMention): boolean {
  return onlyGlue(items, first.to, later.from);
}

function onlyGlue(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const item = items[k]!;
    if (item.type !== 'word' || !LIST_GLUE.has(item.key)) return false;
  }
  return true;
}

/** "A (Hải Dương), B": the list runs on past a place in brackets after a name with no post of its own. */
function listContinuesPastPlace(items: readonly Item[], tokens: readonly Token[], first: NameMention, later: NameMention): boolean {
  if (listContinues(items, first, later)) return true;
  return first.to === first.item + 1 && onlyGlue(items, pastPlaceAside(items, tokens, first.item), later.from);
}

function hasPlaceAside(items: readonly Item[], tokens: readonly Token[], name: NameMention): boolean {
  return pastPlaceAside(items, tokens, name.item) > name.item + 1;
}

/**
 * "đại biểu Trần Thị Hằng (Bắc Ninh), Bùi Thị Quỳnh Thơ (Hà Tĩnh) đề nghị": a deputy's title,
 * written once, right before names each followed by a place in brackets, is each one's.
 */
function deputiesWithPlaces(items: readonly Item[], tokens: readonly Token[], chain: Chain, names: readonly NameMention[], afterIndex: number): boolean {
  const unit = chain.units[0]!;
  if (chain.units.length !== 1 || unit.title !== 'Đại biểu' || unit.body || unit.member) return false;
  const first = names[afterIndex]!;
  if (!hasPlaceAside(items, tokens, first)) return false;
  const end = pastPlaceAside(items, tokens, first.item);
  const next = names.slice(afterIndex + 1).find((n) => n.item >= end);
  return next !== undefined && onlyGlue(items, end, next.from) && hasPlaceAside(items, tokens, next);
}
