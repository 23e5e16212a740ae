// What the graph knows about an organization from its canonical name alone (the
// extraction contract names every body with its jurisdiction): its kind, its level,
// the administrative unit it is in, and the body it is part of. Deterministic, so the
// same name gives the same node and relationships in every article and both stores.

import { parentChain, provinceNamed, resolveUnit, type Unit, type UnitHints } from '../vietnam/gazetteer/index.js';
import { COMMITTEE_WORDS, committeeWordOf, levelOfWord, UNIT_TYPES, unitWordOf } from '../vietnam/units.js';
import type { Level, OrgKind, PlaceLevel } from './model.js';
import { nameKey, normalizeName } from '../vietnam/text.js';

export interface PlaceInfo {
  /** GSO code when the gazetteer resolves the unit; otherwise "?" + the key text of "type name". */
  key: string;
  /** The gazetteer's unit id ("2004:020"), null for an unresolved unit. */
  unitId: string | null;
  /** "huyện Thanh Trì", "thành phố Hà Nội". */
  name: string;
  /** The name without its type word: "Thanh Trì". */
  properName: string;
  level: PlaceLevel;
  type: string;
  /** The enclosing unit, up to the province; null for a province or an unresolved unit. */
  parent: PlaceInfo | null;
}

export interface OrgInfo {
  key: string;
  name: string;
  kind: OrgKind;
  level: Level;
  place: PlaceInfo | null;
  /** A national body (no place by nature), as opposed to a body whose place the name does not give. */
  central: boolean;
  /** Canonical name of the body this one is PART_OF, or null. */
  parent: string | null;
}

// Ordered: the first rule that matches gives the kind.
const KIND_RULES: ReadonlyArray<readonly [RegExp, OrgKind]> = [
  [/^(Ban Thường vụ|Thường trực) (Huyện|Quận|Thị|Thành|Tỉnh|Đảng) ủy /u, 'standing-committee'],
  [/^(Bộ Chính trị|Ban Bí thư|Ủy ban Thường vụ Quốc hội)$/u, 'standing-committee'],
  [/^(Huyện|Quận|Thị|Thành|Tỉnh|Đảng) ủy /u, 'party-committee'],
  [/^Ban Chấp hành /u, 'party-committee'],
  [/^Đảng bộ /u, 'party-organization'],
  [/^(Ban|Ủy ban Kiểm tra|Văn phòng) .*( ủy |Trung ương)/u, 'board'],
  [/^Ban .+ HĐND /u, 'board'],
  [/^(Thường trực )?HĐND /u, 'people-council'],
  [/^UBND /u, 'people-committee'],
  [/^Quốc hội$/u, 'assembly'],
  [/^Đoàn ĐBQH /u, 'delegation'],
  [/MTTQ|^Hội |^Liên đoàn Lao động|^Đoàn Thanh niên|^(Tỉnh|Thành) đoàn /u, 'front'],
  [/^Bộ (Công an|Quốc phòng)$/u, 'department'],
  [/^(Bộ Tư lệnh|Bộ Chỉ huy|Ban Chỉ huy|Công an) /u, 'command'],
  [/^Chính phủ$/u, 'government'],
  [/^(Bộ|Sở|Phòng) /u, 'department'],
];

/** The unit word of a Party committee's name: Huyện ủy X is the committee of huyện X. */
const COMMITTEE_UNIT: Readonly<Record<string, string>> = Object.fromEntries(COMMITTEE_WORDS.map(([committee, word]) => [committee.split(' ')[0]!, word]));
const COMMITTEE_HEADS = Object.keys(COMMITTEE_UNIT).join('|');

const COMMITTEE = new RegExp(`^(${COMMITTEE_HEADS}) ủy (.+)$`, 'u');
const COMMITTEE_PART = new RegExp(`^(Ban Thường vụ|Thường trực|Ban .+?|Ủy ban Kiểm tra|Văn phòng) ((?:${COMMITTEE_HEADS}|Đảng) ủy .+)$`, 'u');
const UNIT_WORDS = [...new Set(UNIT_TYPES.map((row) => row.word))].sort((a, b) => b.length - a.length).join('|');
const COMMUNE_WORDS = [...new Set(UNIT_TYPES.filter((row) => row.level === 'commune').map((row) => row.word))].join('|');
/** "… huyện Thanh Trì" at the end of a name; leftmost, so "thị xã" wins over "xã". */
const UNIT_AT_END = new RegExp(`(?:^|\\s)(${UNIT_WORDS}) ([\\p{Lu}\\d][\\p{L}\\p{M}\\d .'-]*)$`, 'u');
/** Numbered units are written capitalised: "UBND Quận 3", "Đảng ủy Phường 5". */
const NUMBERED_AT_END = /(?:^|\s)(Quận|Phường|quận|phường) (\d+)$/u;
/** A unit name that repeats its type word: "Thành ủy Thành phố Hồ Chí Minh", "Quận ủy Quận 3". */
const LEADING_TYPE_WORD = new RegExp(`^(${UNIT_WORDS}) (?=\\S)`, 'iu');
const CENTRAL_PARTS = /^(Bộ Chính trị|Ban Bí thư|Ban .+ Trung ương|Ủy ban Kiểm tra Trung ương|Văn phòng Trung ương Đảng)$/u;

/** National bodies: the Party centre, the Assembly, the Government, ministries, the supreme courts. */
const CENTRAL_BODY =
  /Trung ương|^(Bộ Chính trị|Ban Bí thư|Quốc hội|Ủy ban Thường vụ Quốc hội|Chính phủ|Nhà nước|Chủ tịch nước|Văn phòng Chủ tịch nước|Kiểm toán Nhà nước)$|^Bộ (?!Chỉ huy)|^(Ủy ban|Hội đồng|Văn phòng) .*Quốc hội$|tối cao$/u;

/** A unit type word anywhere in a name whose unit did not resolve ("UBND huyện" with no name). */
const ANY_UNIT_WORD = new RegExp(`(?:^|\\s)(${UNIT_WORDS})(?:\\s|$)`, 'u');

function placeInfo(place: Unit): PlaceInfo {
  const [self, ...ancestors] = parentChain(place.id);
  let parent: PlaceInfo | null = null;
  for (const p of ancestors.reverse()) {
    parent = gazetteerPlace(p, parent);
  }
  return gazetteerPlace(self ?? place, parent);
}

function gazetteerPlace(p: Unit, parent: PlaceInfo | null): PlaceInfo {
  return { key: p.code, unitId: p.id, name: `${unitWordOf(p)} ${p.name}`, properName: p.name, level: p.level, type: p.type, parent };
}

interface UnitMention {
  typeWord: string | null;
  name: string;
  /** Set when the unit was recognised as a province by its name alone. */
  province?: Unit;
}

/** The committee's unit without a repeated type word: "Thành phố Hồ Chí Minh" → "Hồ Chí Minh". */
function properUnitName(unit: string): string {
  return unit.replace(LEADING_TYPE_WORD, '');
}

/** The unit named in an organization name, as (type word, name), if any. */
export function unitMention(name: string): UnitMention | null {
  const committee = COMMITTEE.exec(name) ?? COMMITTEE.exec(COMMITTEE_PART.exec(name)?.[2] ?? '');
  if (committee?.[1] !== undefined && committee[2] !== undefined) {
    return { typeWord: COMMITTEE_UNIT[committee[1]] ?? null, name: properUnitName(committee[2]) };
  }
  const unit = NUMBERED_AT_END.exec(name) ?? UNIT_AT_END.exec(name);
  if (unit?.[1] !== undefined && unit[2] !== undefined) return { typeWord: unit[1].toLowerCase(), name: unit[2].trim() };
  // "Bộ Tư lệnh Thủ đô Hà Nội", "Tỉnh đoàn Quảng Ngãi": a province without its type word, at the end.
  const words = name.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n -= 1) {
    const tail = words.slice(-n).join(' ');
    const province = provinceNamed(tail);
    if (province !== undefined && nameKey(province.name) === nameKey(tail)) return { typeWord: null, name: tail, province };
  }
  return null;
}

/**
 * The place of an organization. Unambiguous names resolve without hints; a name
 * found in several provinces (huyện Châu Thành) needs the article's province hint,
 * and without one stays an unresolved place keyed by its text.
 */
export function placeOf(name: string, hints: UnitHints = {}): PlaceInfo | null {
  const mention = unitMention(name);
  if (mention === null) return null;
  const place = mention.province ?? resolveUnit(mention.typeWord, mention.name, hints);
  if (place !== undefined) return placeInfo(place);
  const typeWord = mention.typeWord ?? 'tỉnh';
  const properName = normalizeName(mention.name);
  const text = `${typeWord} ${properName}`;
  return { key: `?${nameKey(text)}`, unitId: null, name: text, properName, level: levelOfWord(typeWord) ?? 'district', type: typeWord, parent: null };
}

function kindOf(name: string): OrgKind {
  return KIND_RULES.find(([re]) => re.test(name))?.[1] ?? 'other';
}

function parentOf(name: string, place: PlaceInfo | null): string | null {
  const part = COMMITTEE_PART.exec(name);
  if (part?.[2] !== undefined) return part[2];
  const council = /^(?:Thường trực|Ban .+?) (HĐND .+)$/u.exec(name);
  if (council?.[1] !== undefined) return council[1];
  if (CENTRAL_PARTS.test(name)) return 'Ban Chấp hành Trung ương Đảng';
  if (/^Đoàn ĐBQH /u.test(name)) return 'Quốc hội';
  // The committee is the executive of the Party organization of its unit.
  const committee = COMMITTEE.exec(name);
  if (committee?.[1] !== undefined && committee[2] !== undefined) {
    return `Đảng bộ ${COMMITTEE_UNIT[committee[1]] ?? ''} ${properUnitName(committee[2])}`;
  }
  const unitCommittee = new RegExp(`^Đảng ủy (${COMMUNE_WORDS}) (.+)$`, 'u').exec(name);
  if (unitCommittee?.[1] !== undefined) return `Đảng bộ ${unitCommittee[1]} ${unitCommittee[2] ?? ''}`;
  // A Party organization belongs to the one of the enclosing unit.
  if (/^Đảng bộ /u.test(name) && place?.parent) return `Đảng bộ ${place.parent.name}`;
  return null;
}

const EXECUTIVE_COMMITTEE = new RegExp(`^(?:Ban Chấp hành|BCH) Đảng bộ (${UNIT_WORDS}) (.+)$`, 'iu');

/**
 * The contract's one name for a body that has two: "Ban Chấp hành Đảng bộ huyện X"
 * is "Huyện ủy X". Extraction already writes it so; this keeps a stray long form
 * from becoming a second node.
 */
export function canonicalOrganizationName(rawName: string): string {
  const name = normalizeName(rawName);
  const m = EXECUTIVE_COMMITTEE.exec(name);
  const committee = m?.[1] === undefined ? null : committeeWordOf(m[1].toLowerCase());
  return committee === null || m?.[2] === undefined ? name : `${committee} ${m[2]}`;
}

/** Everything the graph derives from a canonical organization name. */
export function describeOrganization(rawName: string, hints: UnitHints = {}): OrgInfo {
  const name = canonicalOrganizationName(rawName);
  const place = placeOf(name, hints);
  return {
    key: nameKey(name),
    name,
    kind: kindOf(name),
    // Without a place, a type word still tells the level; a body with neither counts as central.
    level: place?.level ?? levelOfWord(ANY_UNIT_WORD.exec(name)?.[1] ?? '') ?? 'central',
    place,
    central: place === null && CENTRAL_BODY.test(name),
    parent: parentOf(name, place),
  };
}
