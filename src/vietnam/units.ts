// The types of administrative unit, one data row each: the word written before a
// unit's name, its level, the names of its Party committee and Party organization,
// its youth union, and the abbreviations the press uses. Every table and pattern
// about unit words (in the gazetteer, the extractor and the graph) is derived from
// these rows; a new type of unit is one more row.
//
// The order is part of the generated gazetteer's format (a row's type is stored as
// its index here): append, never reorder.
import { nameKey } from './text.js';

export type UnitLevel = 'province' | 'district' | 'commune';

export interface UnitTypeRow {
  /** The registry's type: "thành phố trung ương" is a centrally run city, "thành phố" a provincial one. */
  readonly type: string;
  readonly level: UnitLevel;
  /** The word written before the unit's name: "huyện Thanh Trì", "thành phố Hà Nội". */
  readonly word: string;
  /** The Party committee's name before the unit's proper name: "Huyện ủy Thanh Trì", "Đảng ủy xã Tân Lập". */
  readonly committee: string;
  /** The Party organization's name (all members; it holds the congress) before the proper name: "Đảng bộ huyện Thanh Trì". */
  readonly partyOrganization: string;
  /** The youth union's name before the unit's proper name ("Tỉnh đoàn Quảng Ngãi"), where the press uses one. */
  readonly youthUnion?: string;
  /** Short forms of the word, as written ("TP.Thủ Đức", "TX Sơn Tây"). */
  readonly abbreviations: readonly string[];
  /** The first day units of this type exist, where that is a reform (đặc khu: 2025-07-01). */
  readonly since?: string;
  /** The first day no unit of this type exists any more (districts: 2025-07-01). */
  readonly until?: string;
}

/** 1 July 2025: two-level local government; no more districts, 34 provinces (Resolution 202/2025/QH15). */
export const REFORM_DATE = '2025-07-01';
/**
 * 16 June 2025: the National Assembly Standing Committee's resolutions named every new commune
 * and ward; from then the press names them (new Party committees, chairmen appointed for 1 July)
 * before they take effect.
 */
export const REFORM_UNITS_NAMED = '2025-06-16';

const CITY_ABBREVIATIONS = ['TP', 'TP.', 'Tp'] as const;

export const UNIT_TYPES = [
  { type: 'tỉnh', level: 'province', word: 'tỉnh', committee: 'Tỉnh ủy', partyOrganization: 'Đảng bộ tỉnh', youthUnion: 'Tỉnh đoàn', abbreviations: [] },
  { type: 'thành phố trung ương', level: 'province', word: 'thành phố', committee: 'Thành ủy', partyOrganization: 'Đảng bộ thành phố', youthUnion: 'Thành đoàn', abbreviations: CITY_ABBREVIATIONS },
  { type: 'quận', level: 'district', word: 'quận', committee: 'Quận ủy', partyOrganization: 'Đảng bộ quận', youthUnion: 'Quận đoàn', abbreviations: ['Q.'], until: REFORM_DATE },
  { type: 'huyện', level: 'district', word: 'huyện', committee: 'Huyện ủy', partyOrganization: 'Đảng bộ huyện', youthUnion: 'Huyện đoàn', abbreviations: [], until: REFORM_DATE },
  { type: 'thị xã', level: 'district', word: 'thị xã', committee: 'Thị ủy', partyOrganization: 'Đảng bộ thị xã', youthUnion: 'Thị đoàn', abbreviations: ['TX', 'TX.'], until: REFORM_DATE },
  { type: 'thành phố', level: 'district', word: 'thành phố', committee: 'Thành ủy', partyOrganization: 'Đảng bộ thành phố', youthUnion: 'Thành đoàn', abbreviations: CITY_ABBREVIATIONS, until: REFORM_DATE },
  { type: 'xã', level: 'commune', word: 'xã', committee: 'Đảng ủy xã', partyOrganization: 'Đảng bộ xã', abbreviations: [] },
  { type: 'phường', level: 'commune', word: 'phường', committee: 'Đảng ủy phường', partyOrganization: 'Đảng bộ phường', abbreviations: ['P.'] },
  { type: 'thị trấn', level: 'commune', word: 'thị trấn', committee: 'Đảng ủy thị trấn', partyOrganization: 'Đảng bộ thị trấn', abbreviations: ['TT.'], until: REFORM_DATE },
  { type: 'đặc khu', level: 'commune', word: 'đặc khu', committee: 'Đảng ủy đặc khu', partyOrganization: 'Đảng bộ đặc khu', abbreviations: [], since: REFORM_DATE },
] as const satisfies readonly UnitTypeRow[];

export type UnitType = (typeof UNIT_TYPES)[number]['type'];

const BY_TYPE = new Map<string, UnitTypeRow>(UNIT_TYPES.map((row) => [row.type, row]));

/** The row of a unit type; throws on a type that is not in the table (a bug, not bad input). */
export function unitTypeRow(type: string): UnitTypeRow {
  const row = BY_TYPE.get(type);
  if (row === undefined) throw new Error(`units: expected a unit type of UNIT_TYPES, got "${type}"`);
  return row;
}

export function isUnitType(type: string): type is UnitType {
  return BY_TYPE.has(type);
}

/** The word written before the unit's name: a centrally run city is still a "thành phố". */
export function unitWordOf(unit: { type: string }): string {
  return unitTypeRow(unit.type).word;
}

/** "huyện Thanh Trì", "thành phố Hà Nội". */
export function unitTitle(unit: { type: string; name: string }): string {
  return `${unitWordOf(unit)} ${unit.name}`;
}

/** "Huyện ủy Thanh Trì", "Thành ủy Hà Nội", "Đảng ủy xã Tân Lập". */
export function committeeNameOf(unit: { type: string; name: string }): string {
  return `${unitTypeRow(unit.type).committee} ${unit.name}`;
}

/** "Đảng bộ huyện Thanh Trì": the Party organization, all members; it holds the congress. */
export function partyOrganizationNameOf(unit: { type: string; name: string }): string {
  return `${unitTypeRow(unit.type).partyOrganization} ${unit.name}`;
}

// ---------------------------------------------------------------- written words

/** Canonical written unit word ("TP" stays "TP": the press means the centrally run city by it) for each written form. */
function canonicalWritten(): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of UNIT_TYPES) {
    out.set(row.word, row.word);
    for (const abbreviation of row.abbreviations) {
      const sharing = UNIT_TYPES.filter((r) => (r.abbreviations as readonly string[]).includes(abbreviation));
      // An abbreviation of one type is that type's word; one shared by types keeps its own first form.
      const canonical = sharing.length === 1 ? row.word : (sharing[0]?.abbreviations[0] ?? abbreviation);
      out.set(abbreviation, canonical);
    }
  }
  return out;
}

/** Every way a unit word is written before a name, with the word it stands for: ["TX", "thị xã"], ["Tp", "TP"]. */
export const WRITTEN_UNIT_WORDS: ReadonlyArray<readonly [string, string]> = [...canonicalWritten()];

const TYPES_OF_WORD = new Map<string, UnitType[]>();
for (const [written] of WRITTEN_UNIT_WORDS) {
  const types = UNIT_TYPES.filter((r) => r.word === written || (r.abbreviations as readonly string[]).includes(written));
  TYPES_OF_WORD.set(nameKey(written), types.map((r) => r.type));
}

/**
 * The unit types a written word can denote, in any case ("TP" and "thành phố": both kinds
 * of city); [] when it is not a unit word.
 */
export function typesOfWord(word: string): readonly UnitType[] {
  return TYPES_OF_WORD.get(nameKey(word)) ?? [];
}

/** The level a written unit word denotes, or null when it is not a unit word. */
export function levelOfWord(word: string): UnitLevel | null {
  const types = typesOfWord(word);
  const first = types[0];
  if (first === undefined) return null;
  // "thành phố" is a province (centrally run) or a district: the lower level is the usual reading.
  return unitTypeRow(types[types.length - 1] ?? first).level;
}

/** Party committee words that name their unit type ("Huyện ủy", "Thành ủy"), lower-cased, with that type's word. */
export const COMMITTEE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ...new Map(UNIT_TYPES.filter((r) => !r.committee.includes(' ' + r.word)).map((r) => [r.committee, r.word] as const)),
];

/** The committee word of a written unit word: "huyện" → "Huyện ủy", "xã" → "Đảng ủy xã", "TP" → "Thành ủy". */
export function committeeWordOf(word: string): string | null {
  const type = typesOfWord(word)[0];
  return type === undefined ? null : unitTypeRow(type).committee;
}

/** The Party organization word of a written unit word: "huyện" → "Đảng bộ huyện". */
export function partyOrganizationWordOf(word: string): string | null {
  const type = typesOfWord(word)[0];
  return type === undefined ? null : unitTypeRow(type).partyOrganization;
}

/** Youth unions named after their unit ("Tỉnh đoàn"), with the word of the unit type they belong to. */
export const YOUTH_UNION_WORDS: ReadonlyArray<readonly [string, string]> = [
  ...new Map(UNIT_TYPES.flatMap((r) => ('youthUnion' in r ? [[r.youthUnion, r.word] as const] : []))),
];
