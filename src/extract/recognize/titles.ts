// Title units: "Bí thư Huyện ủy", "Phó Chủ tịch TT UBND huyện", "TUV",
// "nguyên Ủy viên Bộ Chính trị", "Thiếu tướng". A unit is a role word with
// the body it names (if any), still unresolved: jurisdiction comes later.
import { AGENCY_NAME_CONTINUATIONS, AGENCY_NAME_OPENERS, BODY_PHRASES, BUSINESS_NAME_FORMS, CENTRAL_COMMITTEE, COMMA_COMPOUNDS, CHAMBER_WORDS_BEFORE_VIEN, HEADS_NAMED_ON, ORGANIZED_EVENTS, PURPOSE_NAME_STOPS, PURPOSE_NAMED_HEADS, WORDS_BEFORE_HEADS_IN_NOUNS, WORDS_NEVER_ENDING_NAMES_BEFORE_LOWER_CASE, withLastWordWrittenOut, withShortForms, type BodyEntry } from '../../vietnam/bodies.js';
import { formatBody, OWN_PARTY_ORGANIZATION } from '../../vietnam/body-names.js';
import { isUpperCaseWord } from '../../vietnam/text.js';
import { FOREIGN_COMPANY_WORDS, NEVER_IN_NAMES } from '../lexicon/not-names.js';
import { COMMON_SURNAMES, MIDDLE_NAMES, opensFamilyName } from '../lexicon/surnames.js';
import { isWithin, type Unit } from '../../vietnam/gazetteer/index.js';
import { MEMBER_WORDS, TITLE_WORDS, type MemberWord } from '../../vietnam/titles.js';
import { typesOfWord, WRITTEN_UNIT_WORDS } from '../../vietnam/units.js';
import { SPEECH_MANNERS, SPEECH_VERBS } from '../lexicon/cues.js';
import { OCCUPATIONS_BEFORE_NAMES, RANKS } from '../lexicon/honorifics.js';
import { PhraseTrie } from '../lexicon/trie.js';
import { entryOfPhrase } from './body-entries.js';
import { MINISTERS, ministryOfField } from './ministers.js';
import { missionOf } from './missions.js';
import { parseTerm, pastTermEnd } from './terms.js';
import { writtenText } from './written-text.js';
import { isPoliceUnit, policeCodeEnd, policeUnitAt } from './police-units.js';
import type { Token } from '../tokenize.js';
import { WordSet } from '../words.js';
import { endsManyPlaceNames, matchForeignPlace, matchForeignPlaceOrState, matchForeignState, matchOtherPlace, matchPlace } from './places.js';

export interface BodyRef {
  kind: BodyEntry;
  /** The unit type written or implied: "huyện", "thành phố", "xã"… */
  unitWord: string | null;
  /** Candidate units when a name was written ("huyện Thanh Trì"). */
  places: Unit[] | null;
  /** For a body of a committee or office: the body it belongs to, when written. */
  parent: BodyRef | null;
  /** A named institution or a village cell as the text writes it: "Cục Quản lý chất lượng". */
  written?: string;
  /** A unit the gazetteer lacks, as written after its unit word: the "2" of "quận 2". */
  unitName?: string;
  start: number;
  end: number;
}

export interface TitleUnit {
  start: number;
  end: number;
  /** Canonical title; null for a rank, which is not a position. */
  title: string | null;
  former: boolean;
  /** Opens on a word of the past ("nguyên", "cựu", "từng là", "cố"), which may cover the posts listed after it. */
  formerWord?: true;
  body: BodyRef | null;
  member: MemberWord | null;
  /**
   * The body is none the graph holds: a foreign state's ("Tỉnh ủy Xiêng Khoảng", "Thủ
   * tướng Thái Lan") or a festival's or contest's board ("Trưởng Ban Tổ chức Lễ hội").
   */
  outside?: boolean;
  /** A body follows that the lexicon does not know ("Bí thư Chi đoàn X"): the position is left out, not guessed. */
  unknownBody?: boolean;
  /** "Phó Chủ tịch - Tổng Thư ký Ủy ban X": the title after a dash, whose body this bodiless title shares. */
  joinedTo?: TitleUnit;
  /**
   * How the shared body is this title's: `part` ("Chánh Văn phòng kiêm Người phát ngôn UBND tỉnh
   * X": the office of that body), `parent` ("Tổng Giám đốc kiêm Chủ tịch HĐQT Tập đoàn X": the
   * group the board belongs to); the body itself when absent.
   */
  joinedAs?: 'part' | 'parent';
}

const bodyTrie = new PhraseTrie<BodyEntry>();
const chamberWords = new Set(CHAMBER_WORDS_BEFORE_VIEN);
for (const [phrase, kind] of BODY_PHRASES) bodyTrie.add(phrase, kind);
const unitTrie = new PhraseTrie<string>();
for (const [phrase, unit] of WRITTEN_UNIT_WORDS) unitTrie.add(phrase, unit);
const titleTrie = new PhraseTrie<readonly [string, string?]>();
for (const [phrase, title, body] of TITLE_WORDS) for (const written of withShortForms(phrase)) titleTrie.add(written, [title, body]);
const memberTrie = new PhraseTrie<MemberWord>();
for (const [phrase, member] of MEMBER_WORDS) memberTrie.add(phrase, member);
const rankTrie = new PhraseTrie<string>();
for (const rank of RANKS) rankTrie.add(rank, rank);
const organizedTrie = PhraseTrie.of(ORGANIZED_EVENTS);
const formerTrie = PhraseTrie.of(['nguyên', 'cựu', 'từng là', 'từng giữ chức', 'cố']);

/** A unit word at tokens[i] ("huyện", "TP"), written in lower case unless an abbreviation. */
/** The unit word written at tokens[i] ("tỉnh", "TP.", "thành phố"), with the token after it. */
export function matchUnitWord(tokens: readonly Token[], i: number): { unit: string; end: number } | undefined {
  const hit = unitTrie.longest(tokens, i);
  if (!hit) return undefined;
  return { unit: hit.value, end: hit.end };
}

function withPlace(
  tokens: readonly Token[],
  at: number,
  unitWord: string | null,
  date: string | null,
): { unitWord: string | null; places: Unit[] | null; end: number; unitName?: string } {
  let end = at;
  let unit = unitWord;
  const written = matchUnitWord(tokens, end);
  if (written && (unit === null || written.unit === unit)) {
    unit = written.unit;
    end = written.end;
  }
  const matched = matchPlace(tokens, end, unit ? typesOfWord(unit) : undefined, date);
  const place = matched && !nameGoesOn(tokens, matched.end, date) ? matched : undefined;
  if (place) return { unitWord: unit, ...enclosingAfter(tokens, place.end, place.places, date) };
  // "Công an quận 2" of a district the gazetteer no longer has: kept as written, never the article's own.
  if (written && /^\d{1,2}$/.test(tokens[end]?.text ?? '')) return { unitWord: unit, places: null, end: end + 1, unitName: tokens[end]!.text };
  // "UBND huyện Chư Pah" spelled otherwise than the registry: kept as written, never the article's own.
  const unknown = written ? unknownUnitEnd(tokens, end) : end;
  if (unknown > end) return { unitWord: unit, places: null, end: unknown, unitName: writtenText(tokens, end, unknown) };
  return { unitWord: unit, places: null, end };
}

const OPENS_A_PERSON = new Set(['bà', 'đồng', 'đ/c', 'đc']);

/**
 * "UBND xã Phú An Hòa" where the gazetteer knows only a "Phú An": a capitalised word right after
 * the matched name that ends many place names and opens no person, title, unit or other place
 * goes on with the name, so the match is a shorter namesake, never the unit meant. ("huyện Phù
 * Yên Tiếp đó …": a sentence glued to the name, which stays the district's.)
 */
function nameGoesOn(tokens: readonly Token[], at: number, date: string | null): boolean {
  const next = tokens[at];
  if (!next?.isWord || !next.isCapitalized || /^\p{Lu}{2,}/u.test(next.text)) return false;
  if (!endsManyPlaceNames(next.key) || tokens[at + 1]?.isCapitalized) return false;
  if (opensFamilyName(next.key) || OPENS_A_PERSON.has(next.key) || startsTitleOrBody(tokens, at) || matchUnitWord(tokens, at)) return false;
  const other = matchPlace(tokens, at, undefined, date);
  return !(other && other.end - at >= 2);
}

/**
 * "UBND huyện Hòa Vang, thành phố Đà Nẵng", "xã Tân Lập, huyện Đan Phượng": the unit that
 * holds the place, written after it, belongs to the body's name and tells its namesakes apart.
 */
function enclosingAfter(tokens: readonly Token[], at: number, places: Unit[], date: string | null): { places: Unit[]; end: number } {
  const word = tokens[at]?.key === ',' ? matchUnitWord(tokens, at + 1) : undefined;
  const outer = word ? matchPlace(tokens, word.end, typesOfWord(word.unit), date) : undefined;
  if (!outer || tokens[outer.end]?.isCapitalized) return { places, end: at };
  const inside = places.filter((p) => outer.places.some((o) => o.id !== p.id && isWithin(p, o)));
  return inside.length > 0 ? { places: inside, end: outer.end } : { places, end: at };
}

/**
 * "Liên minh Hợp tác xã Việt Nam", "Hội Nông dân Việt Nam": a mass organization's national
 * body, never a province's. "MTTQ Việt Nam tỉnh X" is the province's front: a unit after
 * "Việt Nam" keeps the local reading. The index after "Việt Nam", or undefined.
 */
function nationalEnd(tokens: readonly Token[], at: number, entry: Extract<BodyEntry, { kind: 'jurisdictional' }>, date: string | null): number | undefined {
  if (entry.category !== 'front' || entry.name.includes('MTTQ')) return undefined;
  if (tokens[at]?.text !== 'Việt' || tokens[at + 1]?.text !== 'Nam') return undefined;
  const after = withPlace(tokens, at + 2, null, date);
  return after.unitWord === null && after.places === null ? at + 2 : undefined;
}

/**
 * The end of a unit's name the gazetteer does not hold, right after its unit word: two or three
 * capitalised words closing the phrase. Not a person's name ("UBND huyện Nguyễn Văn A"), a
 * title or a body.
 */
function unknownUnitEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  while (end < at + 3 && tokens[end]?.isWord && tokens[end]!.isCapitalized && !/^\p{Lu}{2,}/u.test(tokens[end]!.text)) end++;
  if (end - at < 2 || startsTitleOrBody(tokens, at)) return at;
  if (opensFamilyName(tokens[at]!.key)) return surnameLedUnitEnd(tokens, at) ?? at;
  return tokens[end]?.isCapitalized ? at : end;
}

/**
 * A unit the gazetteer lacks named like a person ("xã Cao Nhân", "xã Vũ Xá"): its name is taken
 * only when the text sets it apart from a person's. Either a full name follows it ("UBND xã Vũ Xá
 * Lê Văn Hòa": two or three words, then the official's three or four, opening with a surname),
 * or its district and province follow in brackets ("xã Hoàng Ninh (Việt Yên, Bắc Giang)").
 */
function surnameLedUnitEnd(tokens: readonly Token[], at: number): number | undefined {
  let run = at;
  while (run < at + 7 && tokens[run]?.isWord && tokens[run]!.isCapitalized && !/^\p{Lu}{2,}/u.test(tokens[run]!.text)) run++;
  const words = run - at;
  if (MIDDLE_NAMES.has(tokens[at + 1]?.key ?? '')) return undefined;
  for (const nameLength of [3, 4]) {
    const placeLength = words - nameLength;
    if (placeLength < 2 || placeLength > 3 || tokens[run]?.isCapitalized) continue;
    if (opensFamilyName(tokens[at + placeLength]!.key) && !MIDDLE_NAMES.has(tokens[at + placeLength - 1]!.key)) return at + placeLength;
  }
  if (words > 3 || tokens[run]?.isCapitalized) return undefined;
  if (heldByNameBefore(tokens, at)) return run;
  if (words !== 2 || tokens[run]?.key !== '(') return undefined;
  const district = matchPlace(tokens, run + 1);
  return district && tokens[district.end]?.key === ',' && matchPlace(tokens, district.end + 1) ? run : undefined;
}

/**
 * "Ông Đặng Hữu Thắng, Chủ tịch UBND xã Thạch Tiến cho biết": the post, set off by a comma or a
 * dash, is that of the man or woman just named, so no second name can follow its body.
 */
function heldByNameBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 8 && tokens[k]!.isWord) k--;
  if (k < 0 || (tokens[k]!.key !== ',' && tokens[k]!.text !== '-')) return false;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.isWord && tokens[j]!.isCapitalized && !HOLDER_HONORIFICS.has(tokens[j]!.key)) j--;
  const nameWords = k - 1 - j;
  return nameWords >= 2 && nameWords <= 4 && j >= 0 && HOLDER_HONORIFICS.has(tokens[j]!.key);
}
const HOLDER_HONORIFICS = new Set(['ông', 'bà']);

/**
 * "Văn phòng HĐND - UBND quận X", "Văn phòng HĐND và UBND huyện Y": the one office of a
 * district's council and committee, placed by the unit after the second, never the council's
 * office alone.
 */
function jointOffice(tokens: readonly Token[], part: Extract<BodyEntry, { kind: 'committee-part' }>, council: BodyRef, date: string | null): BodyRef | undefined {
  if (part.name !== 'Văn phòng' || council.kind.kind !== 'jurisdictional' || council.kind.name !== 'HĐND' || council.unitWord !== null || council.places !== null) return undefined;
  const join = tokens[council.end];
  if (join?.text !== '-' && join?.key !== 'và') return undefined;
  const committee = parseBody(tokens, council.end + 1, date);
  if (!committee || committee.kind.kind !== 'jurisdictional' || committee.kind.name !== 'UBND') return undefined;
  return { kind: { ...part, name: 'Văn phòng HĐND và' }, unitWord: null, places: null, parent: committee, start: council.start, end: committee.end };
}

/** Committee parts that never head another institution's name of their own. */
const NOT_NAMED_PARTS = new Set(['Thường trực', 'Ban Tổ chức']);
/** A body's head word: alone after "Văn phòng", a name cut short ("Văn phòng Ban chỉ huy …"). */
const CUT_HEADS = new Set(['ban', 'sở', 'bộ', 'phòng', 'cục', 'vụ', 'phủ', 'quốc', 'ủy', 'hội', 'trung', 'tổng']);

/**
 * "Văn phòng Đăng ký đất đai tỉnh X", "Văn phòng Kinh tế và Văn hóa Đài Bắc", "Ban Quản lý
 * rừng phòng hộ …": a committee's part word followed by a name of its own is another
 * institution, named as written; never the article's committee's office or board.
 */
function ownName(tokens: readonly Token[], i: number, headEnd: number, part: Extract<BodyEntry, { kind: 'committee-part' }>, date: string | null): BodyRef | undefined {
  const next = tokens[headEnd];
  if (!next?.isWord || !next.isCapitalized || personStartsInBody(tokens, headEnd) || matchPlace(tokens, headEnd, undefined, date)) return undefined;
  // Not a short form ("BTV Thu Hà": an editor), not "Thường trực" (it qualifies the title
  // before it: "Phó Trưởng ban Thường trực Ban Chỉ đạo …"), not an event's organizing
  // board ("Ban Tổ chức Lễ hội …", "Ban tổ chức SEA Games": a post outside the graph).
  if (isUpperCaseWord(tokens[i]!.text) || NOT_NAMED_PARTS.has(part.name) || organizedTrie.longest(tokens, headEnd)) return undefined;
  const end = namedBodyEnd(tokens, headEnd, date);
  // "Văn phòng Ban chỉ huy …", "Văn phòng Sở" cut at a body's head word: no name of its own.
  if (end === headEnd || (end === headEnd + 1 && CUT_HEADS.has(tokens[headEnd]!.key))) return undefined;
  return { kind: { kind: 'named', head: part.name, category: 'other' }, unitWord: null, places: null, parent: null, start: i, end, written: namedText(tokens, i, end, date) };
}

/** "Đảng bộ xã X", "Đảng bộ HĐND tỉnh Y": all the Party members of a unit or a body, who hold its congress. */
export function isPartyOrganization(kind: BodyEntry): boolean {
  return kind.kind === 'party-organization' || (kind.kind === 'body-part' && kind.name === OWN_PARTY_ORGANIZATION);
}

/** "Chi nhánh (tỉnh) Đà Nẵng" after a body: the end of its branch's place, or `at`. */
function branchEnd(tokens: readonly Token[], at: number, date: string | null): number {
  if (tokens[at]?.key !== 'chi' || tokens[at + 1]?.key !== 'nhánh') return at;
  const place = withPlace(tokens, at + 2, null, date);
  return place.places ? place.end : at;
}

/**
 * "CA phường Phú Hội": the police of a unit, in upper case and with its unit written ("ca" is a
 * word: "ca sĩ", "ca khúc").
 */
function policeShortForm(tokens: readonly Token[], i: number, date: string | null): BodyRef | undefined {
  if (tokens[i]?.text !== 'CA') return undefined;
  const p = withPlace(tokens, i + 1, null, date);
  return p.places ? { kind: entryOfPhrase('Công an')!, unitWord: p.unitWord, places: p.places, parent: null, start: i, end: p.end } : undefined;
}

/** "Thanh tra Bộ Giao thông vận tải", "Thanh tra Sở Xây dựng tỉnh X": a ministry's or a department's own inspectorate. */
function inspectorateOf(tokens: readonly Token[], i: number, headEnd: number, kind: Extract<BodyEntry, { kind: 'jurisdictional' }>, date: string | null): BodyRef | undefined {
  if (kind.name !== 'Thanh tra') return undefined;
  const parent = parseBody(tokens, headEnd, date);
  if (!parent || !('name' in parent.kind)) return undefined;
  const { kind: parentKind } = parent;
  const ministry = parentKind.kind === 'fixed' && parentKind.category === 'department' && parentKind.name.startsWith('Bộ ');
  const department = parentKind.kind === 'jurisdictional' && parentKind.name.startsWith('Sở ');
  if (!ministry && !department) return undefined;
  return { kind: { kind: 'body-part', name: 'Thanh tra', category: 'department' }, unitWord: null, places: null, parent, start: i, end: parent.end };
}

/** A body starting at tokens[i]: "Huyện ủy Thanh Trì", "UBND huyện", "Ban Tổ chức Tỉnh ủy". */
export function parseBody(tokens: readonly Token[], i: number, date: string | null = null): BodyRef | undefined {
  const coded = policeCodeEnd(tokens, i);
  if (coded !== undefined) return policeUnitAt(tokens, i, coded, `Phòng ${tokens[i + 1]!.text}`, date, parseBody);
  const police = policeShortForm(tokens, i, date);
  if (police) return police;
  const hit = bodyTrie.longest(tokens, i);
  if (!hit) return undefined;
  // "Thượng viện Cộng hòa Haiti": a foreign chamber, not an institute "Viện Cộng hòa Haiti".
  if (tokens[i]!.key === 'viện' && chamberWords.has(tokens[i - 1]?.key ?? '')) return undefined;
  // "môi trường 4 tỉnh miền Trung", "họp báo Chính phủ thường kỳ": a common noun, no "Trường …", "Báo …".
  if (!tokens[i]!.isCapitalized && WORDS_BEFORE_HEADS_IN_NOUNS[tokens[i]!.key]?.includes(tokens[i - 1]?.key ?? '')) return undefined;
  const kind = hit.value;
  switch (kind.kind) {
    case 'committee': {
      if (kind.unitWord === null) {
        // "Ban Chấp hành Huyện ủy" is the committee itself; "Đảng ủy Công an tỉnh", "Đảng
        // ủy Tập đoàn X" the Party committee of another body.
        // "Ban Chấp hành (BCH) Trung ương Đoàn": a short form glossed in brackets is passed over.
        const inner = parseBody(tokens, pastGloss(tokens, hit.end), date);
        if (inner && inner.kind.kind === 'committee') return { ...inner, start: i };
        // "BCH Trung ương Đoàn": the executive committee of a national body, never the article's committee.
        const ofParty = tokens.slice(i, hit.end).some((t) => t.key === 'đảng');
        if (inner && inner.kind.kind === 'fixed' && !ofParty) {
          return { kind: { kind: 'body-part', name: 'Ban Chấp hành', category: 'party-committee' }, unitWord: null, places: null, parent: inner, start: i, end: inner.end };
        }
        // "Ban Chấp hành Đảng bộ Bộ Xây dựng": the ministry's Party committee.
        if (inner && inner.kind.kind !== 'party-organization' && ofParty) {
          return { kind: { kind: 'body-part', name: 'Đảng ủy', category: 'party-committee' }, unitWord: null, places: null, parent: inner, start: i, end: inner.end };
        }
      }
      const p = withPlace(tokens, hit.end, kind.unitWord, date);
      // "Quận ủy Quận 2": a district known by its number, kept as written as for "UBND quận 2".
      return { kind, unitWord: p.unitWord, places: p.places, parent: null, start: i, end: p.end, ...(p.unitName ? { unitName: p.unitName } : {}) };
    }
    case 'party-organization': {
      // "Đảng bộ HĐND tỉnh X", "Đảng bộ Bộ Y tế": the Party organization of another body, never the unit's.
      const inner = parseBody(tokens, hit.end, date);
      if (inner && (inner.kind.kind === 'jurisdictional' || inner.kind.kind === 'fixed')) {
        return { kind: { kind: 'body-part', name: OWN_PARTY_ORGANIZATION, category: 'party-organization' }, unitWord: null, places: null, parent: inner, start: i, end: inner.end };
      }
      const p = withPlace(tokens, hit.end, null, date);
      return { kind, unitWord: p.unitWord, places: p.places, parent: null, start: i, end: p.end };
    }
    case 'committee-part': {
      const parent = parseBody(tokens, hit.end, date);
      const usable = parent && (parent.kind.kind === 'committee' || parent.kind.kind === 'jurisdictional' || parent.kind.kind === 'fixed');
      const joint = usable ? jointOffice(tokens, kind, parent, date) : undefined;
      if (joint) return { ...joint, start: i };
      const named = parent ? undefined : ownName(tokens, i, hit.end, kind, date);
      if (named) return named;
      return { kind, unitWord: null, places: null, parent: usable ? parent : null, start: i, end: usable ? parent.end : hit.end };
    }
    case 'jurisdictional': {
      const inspectorate = inspectorateOf(tokens, i, hit.end, kind, date);
      if (inspectorate) return inspectorate;
      const national = nationalEnd(tokens, hit.end, kind, date);
      if (national !== undefined) {
        return { kind: { kind: 'fixed', name: `${kind.name} Việt Nam`, category: kind.category }, unitWord: null, places: null, parent: null, start: i, end: national };
      }
      const p = withPlace(tokens, hit.end, UNIT_IN_ABBREVIATION.get(tokens[hit.end - 1]!.key) ?? null, date);
      // "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh X": whole as written, or no body.
      if (p.end === hit.end && headsNamedOn.has(kind.name) && lowerCaseNameGoesOn(tokens, hit.end)) {
        const end = purposeNameEnd(tokens, hit.end, date);
        if (end === hit.end) return undefined;
        return { kind: { kind: 'named', head: kind.name, category: kind.category }, unitWord: null, places: null, parent: null, start: i, end, written: namedText(tokens, i, end, date) };
      }
      // "Phòng Giáo dục cùng …", "Phòng Giáo dục mầm non": a short name with no unit written is no body.
      if (kind.onlyLevel && p.unitWord === null && !p.places) return undefined;
      return { kind, unitWord: p.unitWord, places: p.places, parent: null, start: i, end: p.end, ...(p.unitName ? { unitName: p.unitName } : {}) };
    }
    case 'unit-named': {
      const place = matchPlace(tokens, hit.end, typesOfWord(kind.unitWord), date);
      return { kind, unitWord: kind.unitWord, places: place?.places ?? null, parent: null, start: i, end: place?.end ?? hit.end };
    }
    case 'fixed': {
      // "Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam": the central committee of an association,
      // never the Party's; the association is the body, and an unknown one is none.
      if (kind.name === CENTRAL_COMMITTEE && tokens[hit.end - 1]!.key === 'ương' && ASSOCIATION_HEADS.has(tokens[hit.end]?.key ?? '') && tokens[hit.end]!.isCapitalized) {
        const association = parseBody(tokens, hit.end, date);
        return association && { ...association, start: i };
      }
      // "Ngân hàng Nhà nước Việt Nam Chi nhánh Đà Nẵng": a branch of the national body, as written.
      const branch = branchEnd(tokens, hit.end, date);
      if (branch > hit.end) return { kind: { kind: 'named', head: kind.name, category: kind.category }, unitWord: null, places: null, parent: null, start: i, end: branch, written: namedText(tokens, i, branch, date) };
      return { kind, unitWord: null, places: null, parent: null, start: i, end: hit.end };
    }
    case 'body-part': {
      if (isPoliceUnit(kind)) return policeUnitAt(tokens, i, hit.end, kind.name, date, parseBody);
      // "Thôn Đông", "Ban nhân dân ấp Phú Hòa": a village, or its board, only with its name.
      if (VILLAGE_BODIES.has(kind.name)) {
        const village = villageEnd(tokens, kind.name === 'Ban nhân dân' ? hit.end : i, date);
        const start = kind.name === 'Ban nhân dân' ? hit.end : i;
        if (village === start) return undefined;
        const written = writtenText(tokens, i, village);
        return { kind, unitWord: null, places: null, parent: null, start: i, end: village, written: written.charAt(0).toUpperCase() + written.slice(1) };
      }
      // "Đảng đoàn HĐND tỉnh", "HĐTV Tập đoàn X", "Chi bộ thôn Đồng Lạc"; alone, the body
      // of the title beside it ("Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh").
      const parent = parseBody(tokens, hit.end, date);
      if (parent && !isVillage(parent)) return { kind, unitWord: null, places: null, parent, start: i, end: parent.end };
      const village = villageEnd(tokens, hit.end, date);
      if (village > hit.end) return { kind, unitWord: null, places: null, parent: null, start: i, end: village, written: writtenText(tokens, i, village) };
      return { kind, unitWord: null, places: null, parent: null, start: i, end: hit.end };
    }
    case 'named': {
      // A board named by its purpose is named so in full or not at all: "Ban Chỉ đạo Nhà nước các
      // công trình …" cut at its capitals would be another board.
      const purpose = purposeHeads.has(kind.head);
      let end = purpose ? (tokens[i]!.isCapitalized ? purposeNameEnd(tokens, hit.end, date) : hit.end) : namedBodyEnd(tokens, hit.end, date);
      // "Công ty cổ phần Nguyễn Kim", "Công ty trách nhiệm hữu hạn An Phát": the legal form in lower case, then the name.
      const form = !purpose && end === hit.end ? legalFormTrie.longest(tokens, hit.end) : undefined;
      const afterForm = form ? namedBodyEnd(tokens, form.end, date) : hit.end;
      if (form && afterForm > form.end) end = afterForm;
      if (end === hit.end && !purpose) end = openerHeadEnd(tokens, i, hit.end, date);
      // "BVĐK tỉnh Phú Thọ": a short form of a head word, named by its unit alone.
      const headWritten = writtenText(tokens, i, hit.end);
      const shortHead = headWritten.toLowerCase() !== kind.head.toLowerCase();
      if (end === hit.end && shortHead) end = placeAfter(tokens, hit.end, date);
      // "Tổng Giám đốc Tập đoàn trình bày …": an institution named in full elsewhere in the article.
      // "Giám đốc Bệnh viện đa khoa Cát Bà": a hospital whose name goes on in lower case, as
      // written; never a bare mention of the one named before.
      const hospitalName = kind.head === 'Bệnh viện' && end === hit.end ? lowerCaseNameAt(tokens, hit.end) : undefined;
      if (hospitalName !== undefined) {
        let nameEnd = namedBodyEnd(tokens, hospitalName, date);
        // "… huyện Thông Nông cấp cứu …": the name ends at its last capitalised word or number.
        while (nameEnd > hospitalName && tokens[nameEnd - 1]!.isWord && !tokens[nameEnd - 1]!.isCapitalized && !/^\d/.test(tokens[nameEnd - 1]!.text)) nameEnd--;
        const head = writtenText(tokens, i, hit.end);
        return { kind, unitWord: null, places: null, parent: null, start: i, end: nameEnd, written: kind.head + namedText(tokens, i, nameEnd, date).slice(head.length) };
      }
      // "Phó Giám đốc Bệnh viện, …": a bare head word.
      if (end === hit.end && hit.end - i > 1 && tokens[i]!.isCapitalized && !tokens[hit.end]?.isCapitalized) {
        return { kind, unitWord: null, places: null, parent: null, start: i, end };
      }
      if (end === hit.end) return undefined;
      // A short head's name ends at its last capitalised word ("BVĐK Thường Xuân thanh minh …") or
      // the word that one opens ("BV Nhi Trung ương"); one cut after one syllable ("BV Nhi đồng 1") is no name.
      while (shortHead && end > hit.end + 1 && tokens[end - 1]!.isWord && !tokens[end - 1]!.isCapitalized && !/^\d/.test(tokens[end - 1]!.text) && !BOUND_SYLLABLES.has(tokens[end - 2]!)) end--;
      if (shortHead && end - hit.end === 1 && tokens[end]?.isWord && !tokens[end]!.isCapitalized) return undefined;
      const written = namedText(tokens, i, end, date);
      return { kind, unitWord: null, places: null, parent: null, start: i, end: parentEnd(tokens, end, date), written: shortHead ? kind.head + written.slice(headWritten.length) : written };
    }
  }
}

/** Head words of associations, whose central committee the press writes "Trung ương Hội …". */
const ASSOCIATION_HEADS: ReadonlySet<string> = new Set(['hội', 'hiệp', 'liên']);

const neverInNames = new Set(NEVER_IN_NAMES);
/**
 * Words after which a surname is part of a school's or a company's name: "Trường THCS Lê Quý
 * Đôn", "Công ty TNHH Vàng Phước Minh", "Công ty cổ phần Nguyễn Kim", "Công ty BĐS Danh Khôi"
 * (bất động sản, real estate).
 */
const COMPANY_FORMS = ['tnhh', 'mtv', 'cp', 'phần', 'dntn', 'hạn', 'viên', 'bđs'];
/** A company's legal form written out in lower case between its head word and its name. */
const legalFormTrie = PhraseTrie.of(['cổ phần', 'trách nhiệm hữu hạn', 'trách nhiệm hữu hạn một thành viên']);
const SCHOOL_WORDS = new Set(['thcs', 'thpt', 'th', 'mn', 'ptdtnt', 'ptdtbt', 'chuyên', 'học', 'non', 'đẳng', '-', ...COMPANY_FORMS]);
/** Lower-case words that end an institution's name: the clause goes on with a verb. */
const AFTER_NAMES = new Set([
  'phát', 'chủ', 'dự', 'báo', 'trình', 'cho', 'đã', 'đang', 'sẽ', 'và', 'tại', 'về', 'kiêm', 'là', 'được', 'với',
  'của', 'có', 'nhấn', 'khẳng', 'đề', 'yêu', 'giới', 'trao', 'đến', 'đi', 'làm', 'thăm', 'tiếp', 'gửi', 'nhận', 'chúc', 'cùng',
  'đánh', 'nêu', 'chia', 'bày', 'mong', 'xác', 'tặng', 'ký', 'bàn', 'trả', 'giải', 'hướng', 'kêu', 'phân', 'quán', 'chỉ',
  'khai', 'bế', 'kết', 'bị', 'vừa', 'cũng', 'còn', 'nói', 'đồng', 'cảm', 'ghi',
  // Conjunctions that open the next clause: "Hiệp hội X khi kiến nghị …", "Công ty Y nhằm …".
  'khi', 'nhằm', 'để', 'nên', 'mà', 'sau', 'theo', 'thì', 'vì', 'do',
  // The time of the clause: "Viện X chiều nay thông báo …".
  'sáng', 'chiều', 'tối', 'trưa', 'hôm',
]);
/** Nouns whose second word is one of AFTER_NAMES: "Vụ Quản lý công trình thủy lợi", "chương trình". */
const NOUNS_ENDING_LIKE_VERBS = new Set(['cộng đồng', 'hội đồng', 'hợp đồng', 'công trình', 'chương trình', 'quy trình', 'lộ trình', 'giáo trình', 'tiến trình', 'dân chủ', 'tình báo', 'thời báo', 'nhật báo', 'đăng ký']);

/** Nouns whose first word is one of AFTER_NAMES: "Đài Khí tượng Thủy văn khu vực đồng bằng Bắc Bộ". */
const NOUNS_OPENING_LIKE_VERBS = new Set(['đồng bằng']);

/** tokens[k] opens the clause after a name: a verb or conjunction, not the end or the start of a noun. */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (!AFTER_NAMES.has(key)) return false;
  return !(k > 0 && NOUNS_ENDING_LIKE_VERBS.has(`${tokens[k - 1]!.key} ${key}`)) && !NOUNS_OPENING_LIKE_VERBS.has(`${key} ${tokens[k + 1]?.key}`);
}

/**
 * Verbs of two words that open the clause after an institution's name ("Công ty X tổ chức
 * …", "Ban Quản lý dự án Y tiến hành …"), whose first word alone may sit inside a name.
 */
const clauseVerbs = new PhraseTrie<true>();
for (const verb of [
  'tổ chức', 'tiến hành', 'triển khai', 'thực hiện', 'phối hợp', 'ra mắt', 'công bố', 'ban hành', 'khánh thành', 'khởi công',
  'tuyên dương', 'vinh danh', 'ủng hộ', 'đón nhận', 'bàn giao', 'cam kết', 'tiếp nhận', 'phát động', 'ký kết', 'thông báo',
  // "tham" opens the clause only as these: "Cục Chống tham nhũng" is a name.
  'tham dự', 'tham gia', 'tham luận', 'tham quan', 'tham mưu',
  // "lý" closes "quản lý": "Ban quản lý chợ X lý giải …".
  'lý giải',
  // Verbs of saying: "Hiệp hội Bệnh viện tư nhân Việt Nam phản ánh nhiều BV …".
  'phản ánh', 'góp ý', 'đặt câu hỏi', ...SPEECH_VERBS,
  // "Bệnh viện Trung ương Huế xúc động cho biết": a word of feeling before the verb.
  ...SPEECH_MANNERS,
]) clauseVerbs.add(verb, true);

const foreignCompanyWords = new Set(FOREIGN_COMPANY_WORDS);

/**
 * "Gia Lý Kiến Thiết (Kerry Group)": a name whose bracket after it opens on a foreign company's
 * name, written in plain Latin letters, is that company's ("Ông A (Chủ tịch Phu Thai Holdings)"
 * is a person's post).
 */
export function glossedAsCompany(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.key !== '(') return false;
  for (let k = end + 1; k < tokens.length && k <= end + 6 && PLAIN_LATIN.test(tokens[k]!.text); k++) if (foreignCompanyWords.has(tokens[k]!.key)) return true;
  return false;
}

const PLAIN_LATIN = /^[A-Za-z0-9&.-]+$/;

/**
 * "… Trịnh Văn Phú" after an institution's name: its official. Not a school's namesake
 * ("Trường THCS Lê Quý Đôn"), not "Văn" or "Thị", far commoner in a name's middle or in
 * "Văn học", "Văn phòng" ("Hội Liên hiệp Văn Học", "Trường Hoàng Văn Thụ"), not a word right before a common family name
 * ("Vũ Quang Nguyễn Văn A": the name starts at "Nguyễn").
 */
function personStartsInBody(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const previous = tokens[k - 1]!;
  const next = tokens[k + 1];
  if (!opensFamilyName(t.key) || !next?.isCapitalized || SCHOOL_WORDS.has(previous.key)) return false;
  // "Hội Hữu nghị Thái Việt", "Bệnh viện Hữu nghị Việt Đức": the countries of a friendship.
  if (previous.key === 'nghị' && tokens[k - 2]?.key === 'hữu') return false;
  if (MIDDLE_NAMES.has(t.key)) return false;
  const midRun = previous.isWord && previous.isCapitalized;
  if (midRun && COMMON_SURNAMES.has(next.key) && tokens[k + 2]?.isCapitalized) return false;
  // "Trường THPT Nguyễn Tất Thành": a rare surname after a common one is the same name's middle word.
  if (midRun && COMMON_SURNAMES.has(previous.key) && !COMMON_SURNAMES.has(t.key)) return false;
  // "tập đoàn Hòa Ký Hoàng Phố (Hutchison Whampoa Limited)": a company's name glossed in brackets.
  let runEnd = k + 1;
  while (runEnd < k + 4 && tokens[runEnd]?.isWord && tokens[runEnd]!.isCapitalized) runEnd++;
  if (glossedAsCompany(tokens, runEnd)) return false;
  // "Hội Sinh Viên Việt Nam", "Hội Nông Dân Việt Nam": in a run of capitals, "Việt Nam" ends the body's name.
  if (midRun && next.key === 'việt' && tokens[k + 2]?.key === 'nam') return false;
  return true;
}

const agencyOpeners = PhraseTrie.of(AGENCY_NAME_OPENERS);
const agencyContinuations = PhraseTrie.of(AGENCY_NAME_CONTINUATIONS);

/**
 * "Cục Quản lý môi trường y tế": a name whose last capitalised word opens an agency's
 * compound ("Quản lý") goes on over the lower-case words of such names; `end` otherwise.
 */
function agencyNameEnd(tokens: readonly Token[], end: number): number {
  const opener = agencyOpenerEnd(tokens, end);
  return opener === undefined ? end : continuationsEnd(tokens, opener);
}

/** The end of an agency's opener ("Quản lý") whose capitalised first word ends at `end`, or undefined. */
function agencyOpenerEnd(tokens: readonly Token[], end: number): number | undefined {
  const opener = end > 0 && tokens[end - 1]!.isCapitalized ? agencyOpeners.longest(tokens, end - 1) : undefined;
  return opener && opener.end > end ? opener.end : undefined;
}

/**
 * "Chi cục An toàn vệ sinh thực phẩm", "Trung tâm Quản lý và điều hành giao thông", "Vụ Quản lý
 * thuế …": an agency's opener followed, with no continuation known, by lower-case words of its
 * name (not a verb, a unit or a person): cut after the opener it would be another body.
 */
function openerGoesOnUnknown(tokens: readonly Token[], end: number): boolean {
  const opener = agencyOpenerEnd(tokens, end);
  if (opener === undefined || continuationsEnd(tokens, opener) !== opener) return false;
  const k = tokens[opener]?.key === 'và' ? opener + 1 : opener;
  const t = tokens[k];
  if (!t?.isWord || t.isCapitalized || /^\d/.test(t.text) || opensClause(tokens, k) || clauseVerbs.longest(tokens, k)) return false;
  return !matchUnitWord(tokens, k) && !NOT_TRADES.has(t.key) && !NOT_IN_LOWER_CASE_NAMES.has(t.key);
}

/**
 * Lower-case words that go on a name after "Việt Nam" or a place: "Hội Doanh nghiệp hàng Việt Nam
 * chất lượng cao", "Hiệp hội Chăn nuôi gia cầm Đông Nam bộ" (a region's own word).
 */
const namesGoOnAfterQualifier = PhraseTrie.of(['chất lượng cao', 'chi nhánh', 'bộ']);

/**
 * Where a name closing on "Việt Nam", "Quốc gia" or "Trung ương" after words of its own ends
 * ("Hiệp hội Dệt may Việt Nam", "Viện Dinh dưỡng Quốc gia"); lower-case words after it are the
 * clause's ("nhìn nhận", "thông tin"). Undefined when the capitalised run ending at `end` does
 * not close so, or the qualifier opens the name ("Ủy ban Quốc gia phòng chống …").
 */
function nationalQualifierEnd(tokens: readonly Token[], at: number, end: number): number | undefined {
  const last = tokens[end - 1];
  if (end - 2 > at && last?.key === 'nam' && tokens[end - 2]!.key === 'việt' && tokens[end - 2]!.isCapitalized) return end;
  const next = tokens[end];
  const national = (last?.key === 'quốc' && next?.key === 'gia') || (last?.key === 'trung' && next?.key === 'ương');
  return end - 1 > at && national && !next!.isCapitalized ? end + 1 : undefined;
}

/** "Trung tâm Dự báo khí tượng thủy văn quốc gia": the country's qualifier after an agency's compound, part of its name. */
function nationalAfter(tokens: readonly Token[], at: number): number {
  const pair = `${tokens[at]?.key} ${tokens[at + 1]?.key}`;
  return pair === 'quốc gia' || pair === 'trung ương' || pair === 'việt nam' ? at + 2 : at;
}

/** The agency compound's lower-case words from `at` on ("đường sắt đô thị", "môi trường và …"). */
function continuationsEnd(tokens: readonly Token[], from: number): number {
  let at = from;
  // "Trung tâm Y tế Dự phòng": the first continuation right after the opener may be written
  // capitalised, its other words in lower case; later ones, and capitalised runs, are not.
  const titleCased = (k: number) => k === from && tokens[k + 1]?.isWord === true && !tokens[k + 1]!.isCapitalized;
  const continuation = (k: number) => (tokens[k]?.isCapitalized && !titleCased(k) ? undefined : agencyContinuations.longest(tokens, k));
  for (;;) {
    const next = tokens[at]?.key === 'và' ? continuation(at + 1) : continuation(at);
    if (!next) return at;
    at = next.end;
  }
}

/**
 * The unit written right after an agency's lower-case words ("Hội Bảo vệ thiên nhiên và môi
 * trường TP. Hồ Chí Minh"): part of its name. `at` when none follows.
 */
function placeAfter(tokens: readonly Token[], at: number, date: string | null): number {
  const written = matchUnitWord(tokens, at);
  if (!written) return at;
  const place = withPlace(tokens, at, null, date);
  return place.places ? place.end : at;
}

/**
 * "Ban Quản lý đường sắt đô thị TP.HCM", "Ban Quản lý rừng phòng hộ Đa Nhim": a head ending in
 * an agency's opener goes on over the compound's lower-case words, then a unit or a name.
 */
function openerHeadEnd(tokens: readonly Token[], start: number, headEnd: number, date: string | null): number {
  let opens = false;
  for (let k = start; k < headEnd && !opens; k++) opens = agencyOpeners.longest(tokens, k)?.end === headEnd;
  if (!opens) return headEnd;
  const tail = continuationsEnd(tokens, headEnd);
  if (tail === headEnd) return headEnd;
  const placed = placeAfter(tokens, tail, date);
  if (placed > tail) return placed;
  const named = namedBodyEnd(tokens, tail, date);
  if (named > tail) return named;
  // "Ban Quản lý dự án các công trình điện …": a name going on past the words known is cut, not kept short.
  const next = tokens[tail];
  const ends = !next || !next.isWord || opensClause(tokens, tail) || clauseVerbs.longest(tokens, tail) !== undefined;
  return ends ? tail : headEnd;
}

const purposeHeads = new Set(PURPOSE_NAMED_HEADS);
const headsNamedOn = new Set(HEADS_NAMED_ON);
const purposeStops = PhraseTrie.of(PURPOSE_NAME_STOPS);

/** A lower-case word at `k` that goes on a body's name rather than opening the clause after it. */
function lowerCaseNameGoesOn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.isWord && !t.isCapitalized && !/^\d/.test(t.text) && !opensClause(tokens, k) && !clauseVerbs.longest(tokens, k) && !purposeStops.longest(tokens, k);
}

/**
 * "Ban Chỉ đạo phát triển khoa học, công nghệ, … tỉnh Đắk Lắk": a board's purpose in lower-case
 * words, commas and numbers, closed by the unit it serves, within 20 words. `at` when no unit
 * closes it before the clause goes on ("Trưởng Ban Chỉ đạo chủ trì …").
 */
function purposeNameEnd(tokens: readonly Token[], at: number, date: string | null): number {
  for (let k = at; k < tokens.length && k < at + 20; k++) {
    const t = tokens[k]!;
    if (k > at && matchUnitWord(tokens, k)) {
      const place = withPlace(tokens, k, null, date);
      return place.places ? place.end : at;
    }
    const inPurpose = t.isWord ? !t.isCapitalized || /^\d/.test(t.text) : t.text === ',' || t.text === '-';
    if (!inPurpose || purposeStops.longest(tokens, k)) return at;
  }
  return at;
}

/** The end of an institution's name after its head word: capitalised words, and the lower-case words between them. */
/**
 * First syllables of two-syllable words that never end a name alone ("Doanh nghiệp", "Nghiên
 * cứu", "Thiết bị"): a capitalised one followed by lower case is a word cut in two.
 */
const BOUND_SYLLABLES = new WordSet([
  'doanh', 'nghiên', 'thiết', 'xuất', 'nhập', 'khoa', 'giáo', 'đầu', 'kinh', 'quản', 'chăn', 'xây', 'viễn',
  'truyền', 'vận', 'sản', 'chế', 'dịch', 'trung',
  // "Bưu chính", "Biểu diễn", "Cải cách", "Ứng dụng", "Chất lượng", "Điều hành", "Khám chữa", "Thống kê".
  'bưu', 'biểu', 'cải', 'ứng', 'chất', 'điều', 'khám', 'thống',
]);
/** Lower-case words a name may end on before the body it belongs to ("Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục thuộc …"). */
const PARENT_TAIL_MOST = 7;
/** Universities, whose member schools and centres are named with them: "Trường ĐH Sư phạm thuộc ĐH Đà Nẵng". */
const UNIVERSITY_WORDS = new WordSet(['đh', 'đhqg', 'đại']);

/**
 * "thuộc", "trực thuộc" at `k` before the capitalised name of the body a unit belongs to: the
 * index of that name, or undefined. Not before a university, part of its members' names.
 */
function parentOpenerEnd(tokens: readonly Token[], k: number): number | undefined {
  const after = tokens[k]?.key === 'thuộc' ? k + 1 : tokens[k]?.key === 'trực' && tokens[k + 1]?.key === 'thuộc' ? k + 2 : undefined;
  if (after === undefined || !tokens[after]?.isCapitalized || UNIVERSITY_WORDS.has(tokens[after]!)) return undefined;
  return after;
}

/** The end of "thuộc Bộ Tài chính" after a unit's name ending at `end`, a span of its title; else `end`. */
function parentEnd(tokens: readonly Token[], end: number, date: string | null): number {
  const at = parentOpenerEnd(tokens, end);
  return (at !== undefined && parseBody(tokens, at, date)?.end) || end;
}
/** What opens the next guest of a list written with dashes. */
const guestOpenerTrie = PhraseTrie.of([...RANKS, ...OCCUPATIONS_BEFORE_NAMES]);
/** Punctuation after which an institution's lower-case words are its name's end. */
const NAME_CLOSERS: ReadonlySet<string> = new Set([',', '(', ')', ';', '.', ':']);

/** "Phòng, chống": the comma at tokens[k] joins a compound's two words (see COMMA_COMPOUNDS). */
function joinsACompound(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === ',' && COMMA_COMPOUNDS.some(([first, second]) => tokens[k - 1]?.key === first && tokens[k + 1]?.key === second);
}

function namedBodyEnd(tokens: readonly Token[], at: number, date: string | null): number {
  const first = tokens[at];
  if (!first || !first.isWord || !(first.isCapitalized || /^\d/.test(first.text))) return at;
  let end = at;
  // Where a place closed the name's capitalised run: lower-case words after it are the clause's
  // ("Trường Đại học Xây dựng Hà Nội đặt câu hỏi", "Chi cục … Đà Nẵng thông tin").
  let placeClosed = -1;
  const business = isBusinessHead(tokens, at);
  // The end of a company's own name read so far: no person starts inside it.
  let businessNameEnd = at;
  // Lower-case words after the last capitalised one end the name when the clause stops
  // there ("Cục Chăn nuôi cho biết", "Vụ Giáo dục Tiểu học (Bộ …)"), but "và" alone never does.
  const tailEnd = (k: number, most: number): number => {
    // "Cục Y tế dự phòng chủ trì": an agency's compound going on past the word ("dự") that ends a short tail.
    const agency = agencyNameEnd(tokens, end);
    // "Trung tâm Dự báo nguồn nhân lực …": an opener whose compound goes on past the words known is no name.
    if (agency > k) return openerGoesOnUnknown(tokens, end) ? at : placeAfter(tokens, nationalAfter(tokens, agency), date);
    // "Trung tâm Quản lý và điều hành …", "Vụ Quản lý thuế doanh nghiệp lớn": cut after an
    // agency's opener, the name would be another body's; no name rather than a cut one.
    const goesOn = openerGoesOnUnknown(tokens, end);
    // "Cục Hàng hải Việt Nam thông tin, …", "Viện Dinh dưỡng Quốc gia cảnh báo": the name ends on its country.
    const qualified = nationalQualifierEnd(tokens, at, end) ?? (end === placeClosed ? end : undefined);
    if (qualified !== undefined && qualified < k) {
      const goesOnAfter = namesGoOnAfterQualifier.longest(tokens, qualified);
      if (!goesOnAfter) return qualified;
      if (goesOnAfter.end === k) return k;
    }
    const tail = tokens.slice(end, k);
    if (tail.length <= most && tail.every((w) => w.isWord && w.key !== 'và')) return goesOn && tokens[k]?.key === 'và' ? at : k;
    if (goesOn) return at;
    const agencyEnd = agencyNameEnd(tokens, end);
    const cut = placeAfter(tokens, agencyEnd > end ? nationalAfter(tokens, agencyEnd) : agencyEnd, date);
    // "Hiệp hội Doanh nghiệp đầu tư nước ngoài": never cut inside a word ("Hiệp hội Doanh"). The
    // whole lower-case run when a separator closes it, else no name at all.
    // A single capitalised syllable before lower case ("Viện Nghiên", "Bệnh viện Thể") is as
    // likely such a word: no name rather than a cut one.
    const bound = BOUND_SYLLABLES.has(tokens[end - 1]!);
    if (cut === end && end > at && (bound || end - at === 1) && tokens[end]?.isWord && !tokens[end]!.isCapitalized) {
      return bound && tail.length <= 6 && tail.every((w) => w.isWord && w.key !== 'và') && (k >= tokens.length || NAME_CLOSERS.has(tokens[k]!.text)) ? k : at;
    }
    return cut;
  };
  for (let k = at; k < tokens.length && k < at + 14; k++) {
    const t = tokens[k]!;
    if (t.isWord && (t.isCapitalized || /^\d/.test(t.text))) {
      // "Bệnh viện Đa khoa TP Buôn Ma Thuột", "… Vũ Quang Nguyễn Văn A": a place's name is the
      // body's whole, never the start of a person's ("Ma Thuột", "Quang Nguyễn Văn A").
      const placeEnd = matchPlace(tokens, k, undefined, date)?.end ?? matchOtherPlace(tokens, k);
      if (placeEnd !== undefined) {
        end = placeEnd;
        // Not a one-word place, which is as often a word of the name ("Vụ Pháp chế", "Tổng cục Lâm nghiệp").
        if (placeEnd - k > 1 || isUpperCaseWord(t.text)) placeClosed = placeEnd;
        k = placeEnd - 1;
        continue;
      }
      if (k > at && k >= businessNameEnd && personStartsInBody(tokens, k)) {
        // "Công ty TNHH xây dựng Vũ Hoàng Dương": the company's own name, over all its capitals.
        if (businessNameAt(tokens, k)) businessNameEnd = ownNameEnd(tokens, k);
        else {
          end = tailEnd(k, 3);
          break;
        }
      }
      // "Trung tâm Dự báo khí tượng …": an agency's compound right after the head is its name, whatever "Dự" opens elsewhere.
      if (k === at && agencyOpenerEnd(tokens, k + 1) !== undefined) {
        end = k + 1;
        continue;
      }
      if (titleTrie.longest(tokens, k) || neverInNames.has(t.key)) {
        end = tailEnd(k, 3);
        break;
      }
      // "Viện Hải dương học Nha Trang PGS-TS A", "… Bộ Công an và Thiếu tướng B": a degree or rank
      // opens the next person, with the "và" before it.
      if (rankTrie.longest(tokens, k)) {
        end = tailEnd(tokens[k - 1]?.key === 'và' ? k - 1 : k, 3);
        break;
      }
      end = k + 1;
      continue;
    }
    // "Cục Quản lý giá thuộc Bộ Tài chính", "Chi cục Thủy lợi trực thuộc Sở …": the body it
    // belongs to follows; the name ends before it, with its lower-case words.
    if (k > at && parentOpenerEnd(tokens, k) !== undefined) {
      end = k - end <= PARENT_TAIL_MOST ? k : tailEnd(k, 3);
      break;
    }
    // "Ban Quản lý Di tích và Rừng Quốc gia Yên Tử": "và" joins two capitalised words.
    // But "Tập đoàn FLC và FLC Faros": a brand written again after "và" starts a second body.
    if (t.key === 'và' && tokens[k + 1]?.isCapitalized && !(isUpperCaseWord(tokens[k + 1]!.text) && tokens.slice(at, k).some((w) => w.text === tokens[k + 1]!.text))) continue;
    if (t.isWord && !opensClause(tokens, k) && !clauseVerbs.longest(tokens, k)) continue;
    if (joinsACompound(tokens, k)) continue;
    if (t.key === 'và' && (countryClosesName(tokens, k + 1) || (business && tradeNameCloses(tokens, k + 1)))) continue;
    // "Trung tâm HIV/AIDS tỉnh Gia Lai": a slash joins two capitalised words too.
    // Not a dash before the head word again: "BV Việt Nam-Thụy Điển Uông Bí - BV thuộc …".
    // Nor a dash before a guest's degree, rank or occupation: "Viện Sử học - Nhà thơ A - …".
    if ((t.text === '-' || t.text === '&' || t.text === '/') && tokens[k + 1]?.isCapitalized && !(t.text === '-' && (tokens[k + 1]!.key === tokens[at - 1]?.key || guestOpenerTrie.longest(tokens, k + 1)))) continue;
    end = tailEnd(k, t.isWord ? 2 : 3);
    break;
  }
  return cutBeforeLowerCase(tokens, at, end) ? at : end;
}

const neverEndingWords = PhraseTrie.of(WORDS_NEVER_ENDING_NAMES_BEFORE_LOWER_CASE);

/**
 * "Viện Nghiên cứu [phát triển xã hội]", "Trung tâm Nghiên cứu [và ứng dụng …]": a name from `at`
 * to `end` that stops on words never ending one while lower-case words of the name go on (a
 * known continuation of an agency's name, or words not opening a clause): no name rather than a
 * cut one.
 */
function cutBeforeLowerCase(tokens: readonly Token[], at: number, end: number): boolean {
  if (end - 2 < at || neverEndingWords.longest(tokens, end - 2)?.end !== end) return false;
  const k = tokens[end]?.key === 'và' ? end + 1 : end;
  const t = tokens[k];
  if (t === undefined || !t.isWord || t.isCapitalized || /^\d/.test(t.text)) return false;
  // "phát triển" goes on an agency's name ("Nghiên cứu phát triển") as often as it opens a clause.
  return continuationsEnd(tokens, k) > k || (!opensClause(tokens, k) && !clauseVerbs.longest(tokens, k));
}

/**
 * "Hội Hồi sức cấp cứu và chống độc Việt Nam": lower-case words from `from` on that "Việt Nam"
 * closes, with no verb or conjunction among them; "và" before them joins two parts of one name.
 */
function countryClosesName(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 5; k++) {
    const t = tokens[k];
    if (!t?.isWord) return false;
    if (t.isCapitalized) return k > from && t.key === 'việt' && tokens[k + 1]?.key === 'nam' && tokens[k + 1]!.isCapitalized;
    if (opensClause(tokens, k) || clauseVerbs.longest(tokens, k)) return false;
  }
  return false;
}

/** "Công ty …", "Cty …", "Tổng công ty …": a business's name starts at `at`. */
function isBusinessHead(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at - 1]?.key;
  return head === 'cty' || (head === 'ty' && tokens[at - 2]?.key === 'công');
}

const businessNameForms = PhraseTrie.of(BUSINESS_NAME_FORMS);

/**
 * "Công ty TNHH ô tô Hoàng Gia", "Công ty TNHH TM và DV Hoàng Phước Minh": a surname at `k` with
 * only the business's legal form and trades between it and "Công ty" opens the company's own
 * name, not a person's; a full name with its middle word ("… Xây dựng Nguyễn Văn A") still is one.
 */
function businessNameAt(tokens: readonly Token[], k: number): boolean {
  if (MIDDLE_NAMES.has(tokens[k + 1]?.key ?? '')) return false;
  let head = k - 1;
  while (head > 0 && k - head < 12 && !isBusinessHead(tokens, head + 1)) head--;
  if (!isBusinessHead(tokens, head + 1)) return false;
  let at = head + 1;
  while (at < k) {
    const form = businessNameForms.longest(tokens, at);
    if (form) at = form.end;
    else if (at > head + 1 && ['và', '&', '-'].includes(tokens[at]!.key)) at++;
    else return false;
  }
  return at === k;
}

/** The capitalised run of a company's own name from `k`, up to a full name with its middle word. */
function ownNameEnd(tokens: readonly Token[], k: number): number {
  let end = k + 1;
  while (tokens[end]?.isWord && tokens[end]!.isCapitalized && !MIDDLE_NAMES.has(tokens[end + 1]?.key ?? '')) end++;
  return end;
}

/**
 * "Công ty TNHH Thương mại vận tải và xuất nhập khẩu Khải Anh": the trades after "và" (lower-case
 * words, no verb or conjunction among them) that the business's own name closes.
 */
function tradeNameCloses(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 6; k++) {
    const t = tokens[k];
    if (!t?.isWord) return false;
    // "… và ông Đinh Văn Quyết", "… và đại diện UBND xã X": a person or another body, not the name's end.
    if (t.isCapitalized) return k > from && !opensFamilyName(t.key) && !titleTrie.longest(tokens, k) && !parseBody(tokens, k, null);
    if (opensClause(tokens, k) || clauseVerbs.longest(tokens, k) || NOT_TRADES.has(t.key)) return false;
  }
  return false;
}

/** Lower-case words after "và" that open a person or a representative, never a trade. */
const NOT_TRADES = new Set(['ông', 'bà', 'anh', 'chị', 'đại', 'các', 'những', 'lãnh', 'cán']);

/** Short forms of a body that hold its unit word: "CATP" is the Công an of a thành phố. */
const UNIT_IN_ABBREVIATION: ReadonlyMap<string, string> = new Map([['catp', 'thành phố'], ['caq', 'quận'], ['cah', 'huyện']]);

/** Bodies that are a village or its board, named only with the village's name. */
const VILLAGE_BODIES = new Set(['Thôn', 'Ấp', 'Khu phố', 'Ban nhân dân']);

/** A village or hamlet itself ("Thôn Đông"), not its board. */
export function isVillage(body: BodyRef): boolean {
  return body.kind.kind === 'body-part' && body.kind.name !== 'Ban nhân dân' && VILLAGE_BODIES.has(body.kind.name);
}

/** Words of a village, hamlet or residential group, whose cell is a chi bộ: "Chi bộ thôn Đồng Lạc". */
const VILLAGE_WORDS = new Set(['thôn', 'ấp', 'bản', 'buôn', 'làng', 'xóm', 'khóm', 'khu', 'tổ', 'khối']);

/** "thôn Đồng Lạc" (", xã Liêm Cần") after a chi bộ: the end of the village's name and its commune. */
function villageEnd(tokens: readonly Token[], at: number, date: string | null): number {
  if (!VILLAGE_WORDS.has(tokens[at]?.key ?? '')) return at;
  let end = at + 1;
  while (tokens[end]?.key === 'dân' || tokens[end]?.key === 'phố') end++;
  let named = namedBodyEnd(tokens, end, date);
  // "Thôn Tân Lập thông tin …": the name is its capitalised words and numbers only.
  while (named > end && tokens[named - 1]!.isWord && !tokens[named - 1]!.isCapitalized && !/^\d/.test(tokens[named - 1]!.text)) named--;
  // "Trưởng thôn Nguyễn Bá Lục": a person's full name, not the village's.
  let run = end;
  while (tokens[run]?.isWord && tokens[run]!.isCapitalized) run++;
  if (opensFamilyName(tokens[end]?.key ?? '') && (MIDDLE_NAMES.has(tokens[end + 1]?.key ?? '') || run - end >= 3)) return at;
  if (named === end) return at;
  if (tokens[named]?.key === ',' && ['xã', 'phường', 'thị'].includes(tokens[named + 1]?.key ?? '')) {
    const commune = withPlace(tokens, named + 1, null, date);
    if (commune.places) return commune.end;
  }
  return named;
}

/**
 * An institution's name as written, its first letter capitalised ("Trưởng ban Quản lý …") and a
 * unit that ends it in the contract's form ("… TP.HCM" → "… Thành phố Hồ Chí Minh") when the
 * name means one unit.
 */
function namedText(tokens: readonly Token[], start: number, end: number, date: string | null): string {
  let text = writtenText(tokens, start, end);
  for (let k = start + 1; k < end; k++) {
    // A unit word, or a city's short spelling that holds one ("TP.HCM", "TPHCM").
    if (!matchUnitWord(tokens, k) && !/^(TP|HCM)/.test(tokens[k]!.text)) continue;
    const place = withPlace(tokens, k, null, date);
    if (place.end !== end || !place.places || place.places.some((p) => p.id !== place.places![0]!.id)) continue;
    text = `${writtenText(tokens, start, k)} ${formatBody('{unit}', place.places[0]!, { word: place.unitWord })}`;
    break;
  }
  return withLastWordWrittenOut(text.charAt(0).toUpperCase() + text.slice(1));
}

/** "khóa V" after a title names the term, not a new unit: skipped. */
function skipTerm(tokens: readonly Token[], i: number): number {
  return parseTerm(tokens, i)?.end ?? i;
}

/** Words that end a role and open its body: "Trưởng ban" + "Ban Dân vận", "Chánh Văn phòng". */
const BODY_OPENERS = new Set(['ban', 'văn', 'đoàn', 'công', 'phòng', 'thanh', 'thôn', 'ấp', 'khu']);

function bodyAfterRole(tokens: readonly Token[], roleStart: number, roleEnd: number, date: string | null): BodyRef | undefined {
  // "Trưởng ban Dân vận Thành ủy": the role's last words open the body ("Ban Dân vận").
  for (const back of [2, 1, 0]) {
    const at = roleEnd - back;
    if (at <= roleStart || (back > 0 && !BODY_OPENERS.has(tokens[at]!.key))) continue;
    const body = parseBody(tokens, at, date);
    if (body && body.end > roleEnd) return body;
    if (back === 0 && body) return body;
  }
  return undefined;
}

/** Heads the press names by their unit alone: "Chủ tịch tỉnh X" heads its UBND, "Bí thư tỉnh X" its Party committee. */
const UNIT_HEADS: ReadonlyMap<string, 'UBND' | 'committee'> = new Map([
  ['Chủ tịch', 'UBND'], ['Phó Chủ tịch', 'UBND'], ['Bí thư', 'committee'], ['Phó Bí thư', 'committee'],
]);

/**
 * "Chủ tịch tỉnh Gia Lai", "Chủ tịch TP Đà Nẵng", "Bí thư huyện Mê Linh": a unit word and a
 * known unit right after the title (never a bare name: "Chủ tịch Hồ Chí Minh" is a person).
 */
function bodyOfUnitHead(title: string, tokens: readonly Token[], at: number, date: string | null): BodyRef | undefined {
  const head = UNIT_HEADS.get(title);
  const p = head ? unitWrittenAt(tokens, at, date) : undefined;
  // "chủ tịch xã Thanh Đồng)" matched as "xã Thanh": a unit's name going on is not this one.
  if (!p || (tokens[p.end]?.isCapitalized && !tokens[p.end + 1]?.isCapitalized)) return undefined;
  const kind: BodyEntry = head === 'UBND' ? entryOfPhrase('UBND')! : { kind: 'committee', unitWord: null, category: 'party-committee' };
  return { kind, unitWord: p.unitWord, places: p.places, parent: null, start: at, end: p.end };
}


/**
 * "Bí thư Đoàn CAQ Nam Từ Liêm", "Phó Bí thư Đoàn Công an tỉnh X", "Bí thư Đoàn Trường Đại học
 * Y", "Phó Bí thư Đoàn Bệnh viện Z": a secretary of the youth union of the police force, school,
 * hospital or other institution written after "Đoàn", never of a Party committee.
 */
function youthUnionOf(title: string, tokens: readonly Token[], at: number, date: string | null): BodyRef | undefined {
  if (!/^(Phó )?Bí thư$/.test(title) || tokens[at]?.text !== 'Đoàn') return undefined;
  const unit = parseBody(tokens, at + 1, date);
  if (!unit) return undefined;
  const police = unit.kind.kind === 'jurisdictional' && unit.kind.name === 'Công an';
  if (!police && unit.kind.kind !== 'named') return undefined;
  return { kind: { kind: 'body-part', name: 'Đoàn Thanh niên', category: 'front' }, unitWord: null, places: null, parent: unit, start: at, end: unit.end };
}

/** Lower-case words that point back, end a phrase or open a person: "Bệnh viện này", "Bệnh viện ông A". */
const NOT_IN_LOWER_CASE_NAMES = new Set([
  'này', 'đó', 'kia', 'ấy', 'trên', 'nói', 'chung', 'riêng', 'nhiều', 'các', 'những', 'mình',
  'ông', 'bà', 'anh', 'chị', 'bác', 'đồng', 'thạc', 'tiến', 'giáo',
]);
/**
 * "Bệnh viện đa khoa Cát Bà", "Bệnh viện quận Thủ Đức": up to three lower-case words opening no
 * clause, then a capitalised word: where that capitalised name starts, or undefined.
 */
function lowerCaseNameAt(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at; k < at + 4; k++) {
    const t = tokens[k];
    if (!t?.isWord) return undefined;
    if (t.isCapitalized) return k > at ? k : undefined;
    if (opensClause(tokens, k) || clauseVerbs.longest(tokens, k) || NOT_IN_LOWER_CASE_NAMES.has(t.key)) return undefined;
  }
  return undefined;
}

/** A unit word and a unit the gazetteer knows at tokens[at] ("tỉnh Gia Lai", "TP Đà Nẵng"), or undefined. */
function unitWrittenAt(tokens: readonly Token[], at: number, date: string | null): { unitWord: string | null; places: Unit[]; end: number } | undefined {
  if (!matchUnitWord(tokens, at)) return undefined;
  const p = withPlace(tokens, at, null, date);
  return p.places ? { unitWord: p.unitWord, places: p.places, end: p.end } : undefined;
}

/** Heads' titles named after their body's head word: "Cục trưởng" of a "Cục", "Trưởng phòng" of a "Phòng". */
const HEAD_OF: ReadonlyMap<string, string> = new Map([
  ['Cục trưởng', 'Cục'], ['Tổng cục trưởng', 'Tổng cục'], ['Chi cục trưởng', 'Chi cục'], ['Vụ trưởng', 'Vụ'],
  ['Viện trưởng', 'Viện'], ['Trưởng phòng', 'Phòng'], ['Đội trưởng', 'Đội'],
]);

/**
 * "Phó Cục trưởng, Cục Cảnh sát giao thông": a comma between a head's title and the body its
 * title names. Only a body of that head word: "Giám đốc, Phó Giám đốc Sở" lists two titles.
 */
function ownBodyAfterComma(tokens: readonly Token[], title: string, at: number, date: string | null): BodyRef | undefined {
  const head = HEAD_OF.get(title.replace(/^Phó /, ''));
  if (!head || tokens[at]?.key !== ',') return undefined;
  const body = parseBody(tokens, at + 1, date);
  if (!body) return undefined;
  const name = body.kind.kind === 'named' ? body.kind.head : 'name' in body.kind ? body.kind.name : '';
  return name === head || name.startsWith(`${head} `) ? body : undefined;
}

/** Heads of a ministry's departments, whose ministry the press often writes after a comma. */
const MINISTRY_PARTS = new Set(['Cục', 'Vụ', 'Tổng cục', 'Viện']);

/**
 * "Phó Cục trưởng, Cục Cảnh sát giao thông, Bộ Công an cho biết": the ministry after the
 * department's name is part of the post as written (the body stays the department), so the
 * verb after it still follows the post.
 */
function parentAfterComma(tokens: readonly Token[], body: BodyRef, end: number, date: string | null): number {
  if (body.kind.kind !== 'named' || !MINISTRY_PARTS.has(body.kind.head) || tokens[end]?.key !== ',') return end;
  const parent = parseBody(tokens, end + 1, date);
  const ministry = parent?.kind.kind === 'fixed' && parent.kind.category === 'department' && parent.kind.name.startsWith('Bộ ');
  return ministry ? parent.end : end;
}

/**
 * "Đại biểu Quốc hội tỉnh Lào Cai Lê Thu Hà": the deputy's province, written after the
 * assembly, belongs to the title (the post stays the assembly's) and the name follows it.
 */
function constituencyEnd(impliedBody: string, tokens: readonly Token[], at: number, date: string | null): number {
  if (impliedBody !== 'Quốc hội') return at;
  return unitWrittenAt(tokens, at, date)?.end ?? at;
}

/** A title unit starting at tokens[i], or undefined. */
export function parseTitleUnit(tokens: readonly Token[], i: number, date: string | null = null): TitleUnit | undefined {
  let j = i;
  let former = false;
  const formerHit = formerTrie.longest(tokens, j);
  if (formerHit) {
    former = true;
    j = formerHit.end;
  }
  const formerWord = formerHit ? ({ formerWord: true } as const) : {};
  const rank = rankTrie.longest(tokens, j);
  if (rank) return { start: i, end: rank.end, title: null, former, ...formerWord, body: null, member: null };
  const member = memberTrie.longest(tokens, j);
  const role = titleTrie.longest(tokens, j);
  if (member && (!role || member.end >= role.end)) {
    const body = member.value.standing ? parseBody(tokens, member.end, date) : undefined;
    const committee = body && body.kind.kind === 'committee' ? body : null;
    return { start: i, end: skipTerm(tokens, committee ? committee.end : member.end), title: 'Ủy viên', former, ...formerWord, body: committee, member: member.value };
  }
  if (!role) return undefined;
  // "đại biểu (ĐB) Nguyễn Văn A": a short form glossed in brackets is no second title.
  if (tokens[j - 1]?.text === '(' && tokens[role.end]?.text === ')') return undefined;
  const [writtenTitle, impliedBody] = role.value;
  let title = writtenTitle;
  let body: BodyRef | null = null;
  let end = role.end;
  if (impliedBody) {
    const implied = parseImplied(impliedBody, tokens, role.end, date);
    body = implied.body;
    end = constituencyEnd(impliedBody, tokens, implied.end, date);
  } else {
    const found = youthUnionOf(title, tokens, role.end, date) ?? bodyAfterRole(tokens, j, role.end, date) ?? (MINISTERS.has(title) ? ministryOfField(tokens, role.end, date) : undefined) ?? bodyOfUnitHead(title, tokens, role.end, date) ?? missionOf(title, tokens, role.end);
    if (found) {
      body = found;
      end = found.end;
    }
  }
  if (!body && !impliedBody) {
    const own = ownBodyAfterComma(tokens, title, role.end, date);
    if (own) {
      body = own;
      end = own.end;
    }
  }
  if (body) end = parentAfterComma(tokens, body, end, date);
  // A bare "Trưởng" is a head of a Ban ("Trưởng BTC"); before anything else it is no title here.
  // "Trưởng CA phường X": before a police force, the head of that force.
  if (role.end - j <= 2 && /^(phó )?trưởng$/.test(tokens.slice(j, role.end).map((t) => t.key).join(' '))) {
    const police = body?.kind.kind === 'jurisdictional' && body.kind.name === 'Công an';
    if (police) title = title.replace('Trưởng ban', 'Trưởng Công an');
    else if (!body || body.kind.kind !== 'committee-part' || !body.kind.name.startsWith('Ban')) return undefined;
  }
  // "đội trưởng Quang Hải": a team's captain; a police team's head has the team written.
  if (/^(Phó )?Đội trưởng$/.test(title) && (!body || !isPoliceUnit(body.kind))) return undefined;
  // A spokesperson speaks for a body named right after ("Người Phát ngôn Bộ Ngoại giao"): with
  // none it is a foreign office's as often ("Người phát ngôn Lầu Năm Góc"); "ông A và người
  // phát ngôn Bộ X" names a second person, not A's post.
  if (title.endsWith('Người phát ngôn') && (!body || tokens[i - 1]?.key === 'và')) return undefined;
  // "trưởng đoàn Thanh tra việc quản lý đất đai …", "Trưởng đoàn kiểm tra của Sở X": the head of
  // a team sent out, which no body holds as a post (a delegation, "Trưởng đoàn ĐBQH", is one).
  const team = body !== null && !impliedBody && (title === 'Trưởng đoàn' || title === 'Phó Trưởng đoàn') && body.kind.category !== 'delegation';
  if (team) body = null;
  const termEnd = skipTerm(tokens, end);
  const pastEnd = pastTermEnd(tokens, termEnd, date);
  const unit: TitleUnit = { start: i, end: pastEnd ?? termEnd, title, former: former || pastEnd !== undefined, ...formerWord, body, member: null };
  if (outsideBody(tokens, unit, date)) {
    unit.outside = true;
    // "Trưởng Ban Tổ chức Lễ hội Đền Hùng", "Trưởng BTC DIFF 2019": the board's event is part of the post as written.
    const event = boardEventAt(tokens, unit);
    if (event !== undefined) {
      const named = organizedTrie.longest(tokens, event)?.end ?? event;
      unit.end = Math.max(named, namedBodyEnd(tokens, named, date));
    } else unit.end = foreignStateEnd(tokens, unit.end, date) ?? unit.end;
  } else if (team || (!body && !impliedBody && unknownBodyAt(tokens, end))) unit.unknownBody = true;
  return unit;
}

/**
 * A capitalised word right after a title that opens neither a name nor a known body
 * ("Bí thư Chi đoàn", "Giám đốc VNPT"): an unknown body, not the article's own.
 */
function unknownBodyAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || !t.isWord || !t.isCapitalized) return false;
  const next = tokens[at + 1];
  // "Bí thư Nguyễn Văn A": a name; "Bí thư Thăng": a short reference, which takes no position.
  if (opensFamilyName(t.key) && next?.isCapitalized) return false;
  // "Bí thư Đoàn cho biết", "Bí thư Đoàn trường": the youth union, not a short reference.
  if (t.text === 'Đoàn') return true;
  return !(next === undefined || !next.isWord || !next.isCapitalized) || /^\p{Lu}{2,}/u.test(t.text);
}

/** Words between a post and the foreign state it belongs to: "Thủ tướng nước Lào", "tỉnh Giang Tô". */
const BEFORE_FOREIGN = new Set(['nước', 'tỉnh', 'thành', 'phố', 'tp', 'bang', 'vùng', 'khu', 'tự', 'trị', '(', 'của', 'chdcnd']);

/**
 * "Văn phòng Cố vấn Nhà nước Myanmar": an institution's name closed by a foreign state's,
 * after a lower-case word. Not "Bệnh viện Việt Đức", "Trường THPT Hồng Đức", "thị xã Kỳ
 * Anh" (a capitalised word before it makes another name) nor "Hội Hữu nghị Việt Nam - Cuba".
 */
function namedAfterForeignState(tokens: readonly Token[], body: BodyRef): boolean {
  if (tokens.slice(body.start, body.end).some((t) => t.key === 'việt')) return false;
  for (let k = body.start + 1; k < body.end; k++) {
    const before = tokens[k - 1]!;
    if (before.isWord && !before.isCapitalized && (matchForeignState(tokens, k) ?? matchForeignPlace(tokens, k)) === body.end) return true;
  }
  return false;
}

/** A post of a foreign state, or of a festival's or contest's organizing board. */
function outsideBody(tokens: readonly Token[], unit: TitleUnit, date: string | null): boolean {
  if (unit.body?.places) return false;
  if (unit.body?.kind.kind === 'named' && namedAfterForeignState(tokens, unit.body)) return true;
  if (boardEventAt(tokens, unit) !== undefined) return true;
  return foreignStateEnd(tokens, unit.end, date) !== undefined;
}

/**
 * "Trưởng Ban tổ chức (BTC) lễ hội …", "Trưởng BTC DIFF 2019": an event, or a name that is
 * neither a person's nor a known body's, after a bare board makes it the event's board. The
 * index where the event is written, or undefined.
 */
function boardEventAt(tokens: readonly Token[], unit: TitleUnit): number | undefined {
  if (unit.body?.kind.kind !== 'committee-part' || unit.body.parent) return undefined;
  const after = pastGloss(tokens, unit.end);
  return organizedTrie.longest(tokens, after) || (unit.body.kind.name === ORGANIZING_BOARD && unknownBodyAt(tokens, after)) ? after : undefined;
}

/** The board that organizes an event, as the Party committee's Organisation Commission is named too. */
const ORGANIZING_BOARD = 'Ban Tổ chức';

/** Past a short form glossed in brackets after a name ("Ban tổ chức (BTC)", "Ban Chấp hành (BCH)"), or `at`. */
function pastGloss(tokens: readonly Token[], at: number): number {
  return tokens[at]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === ')' ? at + 3 : at;
}

/**
 * The index after a foreign state's name written after a post ("Thủ tướng [nước Lào]", "Thủ
 * tướng [Quốc vụ viện Trung Quốc]"), or undefined: the post's own words, so the name after
 * them is the official's.
 */
function foreignStateEnd(tokens: readonly Token[], from: number, date: string | null): number | undefined {
  let at = from;
  while (at < tokens.length && at < from + 4 && BEFORE_FOREIGN.has(tokens[at]!.key)) at++;
  let end = matchForeignPlace(tokens, at);
  if (end === undefined || matchPlace(tokens, at, undefined, date)) return undefined;
  // "Quốc vụ viện Trung Quốc": a state's institution, then the state.
  for (let next = matchForeignPlace(tokens, end); next !== undefined; next = matchForeignPlace(tokens, end)) end = next;
  return end;
}


function parseImplied(phrase: string, tokens: readonly Token[], at: number, date: string | null): { body: BodyRef; end: number } {
  const kind: BodyEntry = entryOfPhrase(phrase) ?? { kind: 'fixed', name: phrase, category: 'other' };
  if (kind.kind === 'jurisdictional') {
    const p = withPlace(tokens, at, null, date);
    return { body: { kind, unitWord: p.unitWord, places: p.places, parent: null, start: at, end: p.end }, end: p.end };
  }
  // "Phó Thủ tướng Thường trực Chính phủ": the implied body, written out after the title, is part of it.
  const written = bodyTrie.longest(tokens, at);
  const bodyEnd = written && written.value.kind === 'fixed' && kind.kind === 'fixed' && written.value.name === kind.name ? written.end : at;
  // "Chủ tịch nước Việt Nam A", "Chủ tịch Quốc hội nước CHXHCN Việt Nam A": the state's own name.
  const end = NATIONAL_BODIES.has(phrase) ? vietnamNamedEnd(tokens, bodyEnd) : bodyEnd;
  return { body: { kind, unitWord: null, places: null, parent: null, start: at, end }, end };
}

/** Bodies of the whole state, whose posts the press writes with the country's name after them. */
const NATIONAL_BODIES: ReadonlySet<string> = new Set(['Nhà nước', 'Chính phủ', 'Quốc hội']);
/** The country's name as written after a national post: "Việt Nam", "nước CHXHCN Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam". */
const vietnamNames = PhraseTrie.of(
  ['', 'nước '].flatMap((of) => ['Việt Nam', 'CHXHCN Việt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'].map((name) => `${of}${name}`)),
);

/** The index after the country's name written at `at`, or `at`. */
function vietnamNamedEnd(tokens: readonly Token[], at: number): number {
  const named = vietnamNames.longest(tokens, at);
  return named && tokens[named.end - 1]!.isCapitalized ? named.end : at;
}

/** First words of titles, member words, ranks and "nguyên": where a title unit can start. */
export function titleFirstKeys(): string[] {
  return [formerTrie, rankTrie, memberTrie, titleTrie].flatMap((trie) => trie.firstKeys());
}

/** Does a title, member word, rank or body start at tokens[i]? (Names stop there.) */
export function startsTitleOrBody(tokens: readonly Token[], i: number): boolean {
  if (titleTrie.longest(tokens, i) || memberTrie.longest(tokens, i) || rankTrie.longest(tokens, i)) return true;
  // "Bùi Xuân Trường, …": a head word of an institution only when a name follows it.
  const body = bodyTrie.longest(tokens, i);
  if (body === undefined) return false;
  if (body.value.kind !== 'named') return true;
  const named = parseBody(tokens, i);
  return named !== undefined && !lastWordOfName(tokens, i, named.end);
}

/**
 * "ông Lê Trường Sơn, Giám đốc …": a one-word head ("Trường", "Viện", "Hội") and one more
 * capitalised word that ends the run is the middle and last of a person's name, not a school.
 */
function lastWordOfName(tokens: readonly Token[], i: number, end: number): boolean {
  return end === i + 2 && i > 0 && Boolean(tokens[i - 1]!.isCapitalized) && surnamesBefore(tokens, i) && !tokens[end]?.isCapitalized;
}

const HONORIFICS_IN_RUNS = new Set(['ông', 'bà', 'ngài']);

/**
 * A family name opens the name that ends right before tokens[i] (up to three words back): at
 * the start of the run of capitalised words, or after what may stand before a name in it: an
 * honorific, degrees and ranks in capitals ("PGS TS Nguyễn Trường | Sơn"), a foreign state
 * ("Đại sứ Việt Nam tại Nhật Bản Phạm Trường | Giang"); but "Vạn Lý | Trường Thành" is no name.
 */
function surnamesBefore(tokens: readonly Token[], i: number): boolean {
  let runStart = i - 1;
  while (runStart > 0 && tokens[runStart - 1]!.isWord && tokens[runStart - 1]!.isCapitalized && i - runStart < 6) runStart--;
  const state = matchForeignPlaceOrState(tokens, runStart);
  for (let at = Math.max(runStart, i - 3); at < i; at++) {
    if (!opensFamilyName(tokens[at]!.key)) continue;
    let opens = true;
    for (let k = runStart; k < at && opens; k++) opens = isUpperCaseWord(tokens[k]!.text) || HONORIFICS_IN_RUNS.has(tokens[k]!.key);
    return opens || state === at;
  }
  return false;
}
