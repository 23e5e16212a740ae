// The graph's organizations and places. A body's identity is its kind and its unit
// (src/vietnam/body-names.ts): the extraction record carries both, so the graph builds
// the node from them, and the same body gets the same node and relationships in every
// article, batch and store. Only a record without them (gold files, records written by
// hand or by another tool) is read from its names, by the one parseBodyName.
//
// Keys: a body of a unit is "<canonical name, key form>|<unit id>" ("huyện ủy thanh
// trì|2004:020"), so bodies of same-named units of different places never share a
// node and names keep their tone marks (Thanh Trì ≠ Thạnh Trị); a body without a unit
// is its name's key ("bộ chính trị"); a body whose unit is not known is its name's key
// as well, beside an unresolved place "?huyện châu thành" when its unit word is known.

import { formatBody, kindInfo, parentBody, parseBodyName, type BodyKind } from '../vietnam/body-names.js';
import { splitTypeWord, successorsOf as unitSuccessors, unitById, type Unit, type UnitHints } from '../vietnam/gazetteer/index.js';
import { nameKey, normalizeName } from '../vietnam/text.js';
import { levelOfWord, UNIT_TYPES, unitTitle, unitWordOf } from '../vietnam/units.js';
import type { Level, OrgKind, PlaceLevel } from './model.js';

export interface PlaceInfo {
  /** The unit's id ("2004:020"); for an unresolved unit "?" + the key of "type name". */
  key: string;
  /** The gazetteer's unit, null for an unresolved one. */
  unit: Unit | null;
  /** "huyện Thanh Trì", "thành phố Hà Nội". */
  name: string;
  level: PlaceLevel;
  type: string;
  /** The enclosing unit, up to the province; null for a province or an unresolved unit. */
  parent: PlaceInfo | null;
}

export interface OrgInfo {
  key: string;
  name: string;
  category: OrgKind;
  level: Level;
  place: PlaceInfo | null;
  /** A national body (no place by nature), as opposed to a body whose place is not known. */
  central: boolean;
  /** The body's kind, null for a name the lexicon does not make. */
  kind: BodyKind | null;
  /** The unit that is part of the body's identity; null when it has none or it is not known. */
  unit: Unit | null;
}

/** What a record says of a body: the contract's name, and the kind and unit when the extractor resolved them. */
export interface BodyMention {
  name: string;
  kind?: string | undefined;
  unit?: string | undefined;
}

const placeCache = new Map<string, PlaceInfo>();

export function placeInfo(unit: Unit): PlaceInfo {
  const cached = placeCache.get(unit.id);
  if (cached) return cached;
  const parentUnit = unit.parent === undefined ? undefined : unitById(unit.parent);
  const info: PlaceInfo = {
    key: unit.id,
    unit,
    name: unitTitle(unit),
    level: unit.level,
    type: unit.type,
    parent: parentUnit ? placeInfo(parentUnit) : null,
  };
  placeCache.set(unit.id, info);
  return info;
}

/** The organization of a kind and a unit: the canonical name, keyed with the unit. */
export function bodyOfUnit(kind: BodyKind, unit: Unit): OrgInfo {
  const name = formatBody(kind, unit);
  return {
    key: `${nameKey(name)}|${unit.id}`,
    name,
    category: kindInfo(kind)?.category ?? 'other',
    level: unit.level,
    place: placeInfo(unit),
    central: false,
    kind,
    unit,
  };
}

/** A body of a known kind without a unit: a national body, or one whose unit is not known. */
function bodyWithoutUnit(kind: BodyKind, name: string, candidates: readonly Unit[]): OrgInfo {
  const info = kindInfo(kind);
  const fixedUnit = info?.fixedUnit ? unitById(info.fixedUnit) : undefined;
  if (fixedUnit) return { ...bodyOfUnit(kind, fixedUnit), name: kind };
  const place = info?.slot ? unresolvedPlace(name, candidates) : null;
  // Units of one name and type in several places: the name they all give ("BCH Đảng bộ xã X" is Đảng ủy xã X).
  const first = candidates[0];
  const canonical = first !== undefined && place !== null && place.key === `?${nameKey(`${unitWordOf(first)} ${first.name}`)}` ? formatBody(kind, first) : name;
  return {
    key: nameKey(canonical),
    name: canonical,
    category: info?.category ?? 'other',
    level: place?.level ?? (info?.slot ? levelInName(name) ?? 'central' : 'central'),
    place,
    central: info !== null && info.slot === null,
    kind,
    unit: null,
  };
}

/** Every written unit word, longest first, for a name whose unit is not known. */
const UNIT_WORDS = [...new Set(UNIT_TYPES.map((r) => r.word))].sort((a, b) => b.length - a.length);

function levelInName(name: string): PlaceLevel | null {
  const words = ` ${name.toLowerCase()} `;
  const word = UNIT_WORDS.find((w) => words.includes(` ${w} `));
  return word === undefined ? null : levelOfWord(word);
}

/** "?huyện châu thành": the unit of a name found in several places, or of a name the gazetteer lacks. */
function unresolvedPlace(name: string, candidates: readonly Unit[]): PlaceInfo | null {
  const first = candidates[0];
  if (first !== undefined && candidates.every((u) => u.name === first.name && unitWordOf(u) === unitWordOf(first))) {
    const text = `${unitWordOf(first)} ${first.name}`;
    return { key: `?${nameKey(text)}`, unit: null, name: text, level: first.level, type: unitWordOf(first), parent: null };
  }
  // "UBND huyện Atlantis": the words after the last unit word.
  const lower = name.toLowerCase();
  for (const word of UNIT_WORDS) {
    const at = lower.lastIndexOf(` ${word} `);
    if (at < 0) continue;
    const properName = name.slice(at + word.length + 2).trim();
    const split = splitTypeWord(`${word} ${properName}`);
    if (!split) continue;
    const text = `${word} ${properName}`;
    return { key: `?${nameKey(text)}`, unit: null, name: text, level: levelOfWord(word) ?? 'district', type: word, parent: null };
  }
  return null;
}

/** A name the lexicon does not make: kept as written, of no known kind. */
function unknownBody(name: string): OrgInfo {
  return { key: nameKey(name), name, category: 'other', level: levelInName(name) ?? 'central', place: null, central: false, kind: null, unit: null };
}

/**
 * The organization a record names. With the record's kind and unit it is built from
 * them; without, the name is read by parseBodyName, the hints (the article's province,
 * district and date) settling names found in several places.
 */
export function organizationOf(mention: BodyMention, hints: UnitHints = {}): OrgInfo {
  const name = normalizeName(mention.name);
  if (mention.kind !== undefined && kindInfo(mention.kind) !== null) {
    const unit = mention.unit === undefined ? undefined : unitById(mention.unit);
    if (unit !== undefined && kindInfo(mention.kind)?.slot) return bodyOfUnit(mention.kind, unit);
    if (kindInfo(mention.kind)?.slot === null) return bodyWithoutUnit(mention.kind, formatBody(mention.kind, null), []);
    const parsed = parseBodyName(name, hints);
    return parsed?.kind === mention.kind && parsed.units.length === 1 ? bodyOfUnit(mention.kind, parsed.units[0]!) : bodyWithoutUnit(mention.kind, name, parsed?.units ?? []);
  }
  const parsed = parseBodyName(name, hints);
  if (parsed === null) return unknownBody(name);
  const [only, ...others] = parsed.units;
  if (only !== undefined && others.length === 0 && kindInfo(parsed.kind)?.slot) return bodyOfUnit(parsed.kind, only);
  return bodyWithoutUnit(parsed.kind, kindInfo(parsed.kind)?.slot ? name : parsed.kind, parsed.units);
}

/** The body an organization is part of (PART_OF), if any. */
export function parentOrganization(org: OrgInfo): OrgInfo | null {
  if (org.kind === null) return null;
  const parent = parentBody(org.kind, org.unit);
  if (parent === null) return null;
  return parent.unit === null ? bodyWithoutUnit(parent.kind, formatBody(parent.kind, null), []) : bodyOfUnit(parent.kind, parent.unit);
}

export interface OrgSuccession {
  organization: OrgInfo;
  date: string;
  partly: boolean;
}

/**
 * What a body became in the 2025 reform: the same kind of body of its unit's successor
 * (Tỉnh ủy Vĩnh Phúc → Tỉnh ủy Phú Thọ, Đảng ủy xã A → Đảng ủy xã B). A kind that does
 * not fit the new unit's type (Tỉnh đoàn of a province merged into a city) has none.
 */
export function successorOrganizations(org: OrgInfo): OrgSuccession[] {
  if (org.kind === null || org.unit === null) return [];
  const kind = org.kind;
  const info = kindInfo(kind);
  return unitSuccessors(org.unit.id)
    .filter((s) => info?.unitTypes === null || info?.unitTypes?.includes(s.unit.type))
    .map((s) => ({ organization: bodyOfUnit(kind, s.unit), date: s.date, partly: s.partly }));
}

/** What a place became in the reform: an old commune its new one(s), an old province the merged one. */
export function successorPlaces(place: PlaceInfo): Array<{ place: PlaceInfo; date: string; partly: boolean }> {
  if (place.unit === null) return [];
  return unitSuccessors(place.unit.id).map((s) => ({ place: placeInfo(s.unit), date: s.date, partly: s.partly }));
}
