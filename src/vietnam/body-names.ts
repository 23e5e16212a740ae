// A body is its kind and its unit. The kind is written as the body's name with a slot
// for the unit: "{committee}" (the unit's Party committee: "Huyện ủy Thanh Trì"),
// "UBND {unit}" (the unit with its type word: "UBND huyện Thanh Trì"), "Tỉnh đoàn {name}"
// (the unit's name alone), "Ban Tổ chức {committee}" (a part of another body), or no
// slot at all ("Bộ Chính trị"). formatBody and parseBodyName are the one pair that
// turns a body into its canonical name and back; both follow the lexicon (bodies.ts)
// and the unit types (units.ts), so a new body or unit type needs no code here.
import { BODY_ENTRIES, BODY_PHRASES, type BodyCategory, type BodyEntry } from './bodies.js';
import { splitTypeWord, unitById, unitCandidates, type Unit, type UnitHints } from './gazetteer/index.js';
import { OFFICIAL_TITLES } from './gazetteer/spellings.js';
import { nameKey, normalizeName } from './text.js';
import { committeeWordOf, typesOfWord, UNIT_TYPES, unitTypeRow, unitWordOf, type UnitType } from './units.js';

/** A body's kind: its canonical name with a slot for its unit, or its name when it has none. */
export type BodyKind = string;

const SLOTS = ['{committee}', '{unit}', '{name}'] as const;
export type Slot = (typeof SLOTS)[number];

export const PARTY_COMMITTEE: BodyKind = '{committee}';
export const PARTY_ORGANIZATION: BodyKind = 'Đảng bộ {unit}';

/** The kind of a lexicon entry; a part of a body needs the kind of the body it belongs to. */
export function kindOfEntry(entry: BodyEntry, partOf?: BodyKind | null): BodyKind | null {
  switch (entry.kind) {
    case 'committee': return PARTY_COMMITTEE;
    case 'party-organization': return PARTY_ORGANIZATION;
    case 'jurisdictional': return `${entry.name} {unit}`;
    case 'unit-named': return `${entry.name} {name}`;
    case 'committee-part': case 'body-part': return partOf ? partKind(entry.name, partOf) : null;
    case 'fixed': return entry.name;
    // An institution named as written is no kind the lexicon makes.
    case 'named': return null;
  }
}

/** The kind of a part ("Ban Tổ chức", "Đảng đoàn") of a body of kind `of` ("{committee}", "Bộ Y tế"). */
export function partKind(partName: string, of: BodyKind): BodyKind {
  return `${partName} ${of}`;
}

/** A body's own Party committee, named before it: "Đảng ủy Công an tỉnh X", "Đảng ủy Bộ Y tế". */
export const OWN_PARTY_COMMITTEE = 'Đảng ủy';
/** A body's own Party organization, which holds its congress: "Đảng bộ HĐND tỉnh X", "Đảng bộ Công an tỉnh Y". */
export const OWN_PARTY_ORGANIZATION = 'Đảng bộ';

export function slotOf(kind: BodyKind): Slot | null {
  return SLOTS.find((slot) => kind.endsWith(slot)) ?? null;
}

// ---------------------------------------------------------------- what a kind is

export interface KindInfo {
  kind: BodyKind;
  category: BodyCategory;
  slot: Slot | null;
  /** The unit types a unit-named body takes ("Tỉnh đoàn": tỉnh). */
  unitTypes: readonly string[] | null;
  /** The body it is part of: a kind of the same unit, a body with no unit, or the enclosing unit's Party organization. */
  parent: { kind: BodyKind; unit: 'same' | 'none' | 'enclosing' } | null;
  /** The one unit a body without a slot belongs to by its name ("Bộ Tư lệnh Thủ đô Hà Nội"). */
  fixedUnit: string | null;
}

const WHOLE = new Map<BodyKind, BodyEntry>();
const PARTS = new Map<string, BodyEntry>([
  [OWN_PARTY_COMMITTEE, { kind: 'body-part', name: OWN_PARTY_COMMITTEE, category: 'party-committee' }],
  [OWN_PARTY_ORGANIZATION, { kind: 'body-part', name: OWN_PARTY_ORGANIZATION, category: 'party-organization' }],
]);
for (const entry of BODY_ENTRIES) {
  if (entry.kind === 'committee-part' || entry.kind === 'body-part') PARTS.set(entry.name, entry);
  else {
    const kind = kindOfEntry(entry);
    if (kind !== null && !WHOLE.has(kind)) WHOLE.set(kind, entry);
  }
}

function entryParent(entry: BodyEntry, kind: BodyKind): KindInfo['parent'] {
  if (kind === PARTY_COMMITTEE) return { kind: PARTY_ORGANIZATION, unit: 'same' };
  if (kind === PARTY_ORGANIZATION) return { kind: PARTY_ORGANIZATION, unit: 'enclosing' };
  if ((entry.kind === 'jurisdictional' || entry.kind === 'fixed') && entry.parent !== undefined) {
    return { kind: entry.parent, unit: slotOf(entry.parent) === null ? 'none' : 'same' };
  }
  return null;
}

const infoCache = new Map<BodyKind, KindInfo | null>();

/** What a kind is (category, slot, parent); null for a kind the lexicon does not make. */
export function kindInfo(kind: BodyKind): KindInfo | null {
  const cached = infoCache.get(kind);
  if (cached !== undefined) return cached;
  let info: KindInfo | null = null;
  const whole = WHOLE.get(kind);
  if (whole) {
    info = {
      kind,
      category: whole.category,
      slot: slotOf(kind),
      unitTypes: whole.kind === 'unit-named' ? typesOfWord(whole.unitWord) : null,
      parent: entryParent(whole, kind),
      fixedUnit: whole.kind === 'fixed' ? (whole.unit ?? null) : null,
    };
  } else {
    for (const [name, part] of PARTS) {
      if (!kind.startsWith(name + ' ')) continue;
      const of = kind.slice(name.length + 1);
      const parent = kindInfo(of);
      if (parent === null) continue;
      const unit = parent.slot === null ? 'none' : 'same';
      info = { kind, category: part.category, slot: parent.slot, unitTypes: parent.unitTypes, parent: { kind: of, unit }, fixedUnit: parent.fixedUnit };
      break;
    }
  }
  infoCache.set(kind, info);
  return info;
}

/** The body a body is part of: "Ban Tổ chức Huyện ủy X" → Huyện ủy X → Đảng bộ huyện X → Đảng bộ thành phố Hà Nội. */
export function parentBody(kind: BodyKind, unit: Unit | null): { kind: BodyKind; unit: Unit | null } | null {
  const parent = kindInfo(kind)?.parent ?? null;
  if (parent === null) return null;
  if (parent.unit === 'none') return { kind: parent.kind, unit: null };
  if (unit === null) return null;
  if (parent.unit === 'same') return { kind: parent.kind, unit };
  const enclosing = unit.parent === undefined ? undefined : unitById(unit.parent);
  return enclosing ? { kind: parent.kind, unit: enclosing } : null;
}

/** Does the kind fit a unit of this type (a Tỉnh đoàn only a tỉnh)? */
export function kindFits(kind: BodyKind, type: string): boolean {
  const info = kindInfo(kind);
  return info !== null && info.slot !== null && (info.unitTypes === null || info.unitTypes.includes(type));
}

// ---------------------------------------------------------------- format

/**
 * The unit's name as the names of its bodies write it, when that is not its plain name:
 * an official title with its type word ("Thành phố Hồ Chí Minh"), or a numbered unit
 * with its capitalised type word ("Quận 3", "Phường 5").
 */
export function unitNameInBodies(unit: Pick<Unit, 'name' | 'type'>, word: string = unitWordOf(unit)): string | null {
  const official = OFFICIAL_TITLES.find(([name]) => name === unit.name)?.[1];
  if (official !== undefined) return official;
  if (/^\d+$/.test(unit.name)) return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${unit.name}`;
  return null;
}

/** The unit word to write: as the article wrote it when that names one type of the unit's level, else the registry's. */
function wordFor(unit: Pick<Unit, 'type' | 'level'>, written: string | null | undefined): string {
  const types = written ? typesOfWord(written) : [];
  const row = types.length === 1 ? unitTypeRow(types[0]!) : null;
  return row !== null && row.level === unit.level ? row.word : unitWordOf(unit);
}

export interface FormatOptions {
  /** The unit word the article wrote ("huyện" for a town that was one then), kept when it fits the unit's level. */
  word?: string | null;
}

/**
 * The canonical name of a body of this kind and unit. Without a unit, the slot is left
 * out ("UBND"), or for a Party committee the written word's committee ("Huyện ủy").
 * @example formatBody('Ban Tổ chức {committee}', unitById('2004:020')) // 'Ban Tổ chức Huyện ủy Thanh Trì'
 */
export function formatBody(kind: BodyKind, unit: Pick<Unit, 'name' | 'type' | 'level'> | null, options: FormatOptions = {}): string {
  const slot = slotOf(kind);
  if (slot === null) return kind;
  const head = kind.slice(0, kind.length - slot.length);
  if (unit === null) {
    const committee = slot === '{committee}' && options.word ? committeeWordOf(options.word) : null;
    return (head + (committee ?? (slot === '{committee}' ? 'Đảng ủy' : ''))).trim();
  }
  const word = wordFor(unit, options.word);
  const titled = unitNameInBodies(unit, word);
  switch (slot) {
    case '{committee}': return `${head}${committeeWordOf(word) ?? unitTypeRow(unit.type).committee} ${titled ?? unit.name}`;
    case '{unit}': return `${head}${titled ?? `${word} ${unit.name}`}`;
    case '{name}': return `${head}${titled ?? unit.name}`;
  }
}

// ---------------------------------------------------------------- parse

export interface ParsedBody {
  kind: BodyKind;
  /** The units the name can denote, those in force on the hint's date first; [] for a body without one. */
  units: Unit[];
}

const COMMITTEE_HEADS: ReadonlyArray<readonly [string, readonly UnitType[]]> = [
  ...new Map(UNIT_TYPES.map((row) => [row.committee, UNIT_TYPES.filter((r) => r.committee === row.committee).map((r) => r.type)] as const)),
];

type Head = readonly [head: string, parse: (rest: string, hints: UnitHints) => ParsedBody | null];
/** Heads by their first word, lower-cased, longest first. */
type Heads = Map<string, Array<readonly [lowerHead: string, head: Head]>>;

const fromUnits = (kind: BodyKind, units: Unit[]): ParsedBody | null => (units.length > 0 ? { kind, units } : null);

/** "huyện Thanh Trì", "Quận 3", "Thành phố Hồ Chí Minh", or a province's bare name. */
function unitsOfTitle(rest: string, hints: UnitHints): Unit[] {
  const split = splitTypeWord(rest);
  if (split) {
    const typed = unitCandidates(split.typeWord, split.name, hints);
    if (typed.length > 0) return typed;
  }
  return unitCandidates(null, rest, hints).filter((u) => u.level === 'province');
}

/** A unit's name after a word that gives its type ("Huyện ủy Thanh Trì", "Quận ủy Quận 3"). */
function unitsOfName(rest: string, types: readonly UnitType[], hints: UnitHints): Unit[] {
  const direct = unitCandidates(types, rest, hints);
  if (direct.length > 0) return direct;
  const split = splitTypeWord(rest);
  return split ? unitCandidates(split.typeWord, split.name, hints).filter((u) => types.includes(u.type)) : [];
}

let heads: Heads | undefined;

/** The kind a head stands for, when the head alone says it (not a part's). */
const KIND_OF_HEAD = new Map<string, BodyKind>();

function headsByFirstWord(): Heads {
  if (heads) return heads;
  const out: Head[] = COMMITTEE_HEADS.map(([committee, types]): Head => [committee, (rest, hints) => fromUnits(PARTY_COMMITTEE, unitsOfName(rest, types, hints))]);
  // "Ban Chấp hành Đảng bộ huyện X" is the contract's other name of Huyện ủy X.
  for (const head of ['Ban Chấp hành Đảng bộ', 'BCH Đảng bộ']) out.push([head, (rest, hints) => fromUnits(PARTY_COMMITTEE, unitsOfTitle(rest, hints))]);
  for (const [head] of out) KIND_OF_HEAD.set(head, PARTY_COMMITTEE);
  for (const [kind, entry] of WHOLE) {
    const slot = slotOf(kind);
    if (slot === null) continue;
    const head = kind.slice(0, kind.length - slot.length).trim();
    KIND_OF_HEAD.set(head, kind);
    if (slot === '{unit}') out.push([head, (rest, hints) => fromUnits(kind, unitsOfTitle(rest, hints))]);
    else if (slot === '{name}' && entry.kind === 'unit-named') {
      out.push([head, (rest, hints) => fromUnits(kind, unitsOfName(rest, typesOfWord(entry.unitWord), hints))]);
    }
  }
  for (const name of PARTS.keys()) {
    out.push([name, (rest, hints) => {
      const inner = parseBodyName(rest, hints);
      return inner !== null ? { kind: partKind(name, inner.kind), units: inner.units } : null;
    }]);
  }
  heads = new Map();
  for (const head of out.sort((a, b) => b[0].length - a[0].length)) {
    const lower = head[0].toLowerCase();
    const first = lower.split(' ')[0]!;
    const list = heads.get(first) ?? [];
    list.push([lower, head]);
    heads.set(first, list);
  }
  return heads;
}

/** Bodies without a unit by any of their names ("BCH Trung ương" is Ban Chấp hành Trung ương Đảng). */
const FIXED = new Map<string, BodyKind>(BODY_PHRASES.flatMap(([phrase, entry]) => (entry.kind === 'fixed' ? [[nameKey(phrase), entry.name] as const] : [])));

/**
 * The kind and unit(s) of a canonical body name: the inverse of formatBody. A name shared
 * by units of several places ("Huyện ủy Châu Thành") gives them all unless the hints
 * settle it; the hint's date prefers the units then in force. A name of a known kind
 * whose unit the gazetteer does not find ("UBND huyện", "UBND huyện Atlantis") gives the
 * kind and no unit. Null for a name the lexicon does not make.
 * @example parseBodyName('Huyện ủy Thanh Trì') // { kind: '{committee}', units: [huyện Thanh Trì] }
 */
export function parseBodyName(name: string, hints: UnitHints = {}): ParsedBody | null {
  const text = normalizeName(name);
  const fixed = FIXED.get(nameKey(text));
  if (fixed !== undefined) {
    const unit = kindInfo(fixed)?.fixedUnit;
    const found = unit ? unitById(unit) : undefined;
    return { kind: fixed, units: found ? [found] : [] };
  }
  return parseHeads(text, hints) ?? unitless(text);
}

function parseHeads(text: string, hints: UnitHints): ParsedBody | null {
  const lower = text.toLowerCase();
  for (const [lowerHead, [head, parse]] of headsByFirstWord().get(lower.split(' ')[0]!) ?? []) {
    if (!lower.startsWith(lowerHead + ' ')) continue;
    const parsed = parse(text.slice(head.length + 1), hints);
    if (parsed) return parsed;
  }
  return null;
}

/** The longest head a name starts with, for a name whose unit is not found: its kind alone. */
function unitless(text: string): ParsedBody | null {
  const lower = text.toLowerCase();
  for (const [lowerHead, [head]] of headsByFirstWord().get(lower.split(' ')[0]!) ?? []) {
    if (lower !== lowerHead && !lower.startsWith(lowerHead + ' ')) continue;
    const kind = KIND_OF_HEAD.get(head);
    if (kind !== undefined) return { kind, units: [] };
    // A part: "Ban Tổ chức Huyện ủy" is of the kind its body's name gives.
    const inner = lower === lowerHead ? null : unitless(text.slice(head.length + 1));
    const part = inner && PARTS.has(head) ? partKind(head, inner.kind) : null;
    if (part) return { kind: part, units: [] };
  }
  return null;
}
