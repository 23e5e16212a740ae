// The two editions of Vietnam's administrative units as Unit records, parsed from the
// generated data modules on first use: the units before the July 2025 reform (the code
// list of 2004 as kept up to 2025-03-01) and the units since (the code list of 2025).
// A unit's id qualifies its code with the edition that issued it ("2004:020",
// "2025:00004"): the new list reuses old numbers for other units. A province that went
// through the reform unchanged (11 of them) is one unit, listed in both editions under
// its 2004 id.
import { REFORM_DATE, UNIT_TYPES, type UnitLevel, type UnitType } from '../units.js';
import * as OLD from './data-2004.js';
import * as NEW from './data-2025.js';

export type Edition = '2004' | '2025';
export const EDITIONS: readonly Edition[] = ['2004', '2025'];

export interface Unit {
  /** The code qualified by the edition of the code list that issued it: "2004:020". */
  readonly id: string;
  /** The code as published: 2 digits for a province, 3 for a district, 5 for a commune. */
  readonly code: string;
  readonly edition: Edition;
  /** Proper name without the type word, NFC, the press's tone placement: "Thanh Trì". */
  readonly name: string;
  readonly type: UnitType;
  readonly level: UnitLevel;
  /** Id of the enclosing unit; absent for a province. */
  readonly parent?: string;
  /** First day in force (inclusive), null when before the registry's record. */
  readonly validFrom: string | null;
  /** First day no longer in force, null while in force. */
  readonly validUntil: string | null;
}

/** One edition's units and the links the lookups need. */
export interface EditionIndex {
  readonly edition: Edition;
  readonly units: readonly Unit[];
  readonly provinces: readonly Unit[];
  /** Old commune id → its conversion (2025 edition only). */
  readonly conversion: ReadonlyMap<string, Conversion>;
  /** New province id → the old province ids it took in (2025 edition only). */
  readonly predecessors: ReadonlyMap<string, readonly string[]>;
}

export interface Conversion {
  readonly into: readonly string[];
  /** The old commune was split: each new commune took a part. */
  readonly partly: boolean;
}

export const idOf = (edition: Edition, code: string): string => `${edition}:${code}`;

/** Iterates "a|b|c" lines of a generated block without splitting the whole text. */
function* lines(block: string): Generator<string[]> {
  let at = block.indexOf('\n') + 1;
  while (at < block.length) {
    const eol = block.indexOf('\n', at);
    const end = eol === -1 ? block.length : eol;
    if (end > at) yield block.slice(at, end).split('|');
    at = end + 1;
  }
}

function typeAt(index: string, where: string): UnitType {
  const row = UNIT_TYPES[Number(index)];
  if (row === undefined) throw new Error(`gazetteer data: unknown type ${index} at ${where}`);
  return row.type;
}

/** "00001:Phúc Xá:7;00004:Trúc Bạch:7" → units under `parent`. */
function communes(list: string, edition: Edition, parent: string, valid: Pick<Unit, 'validFrom' | 'validUntil'>): Unit[] {
  if (list === '') return [];
  return list.split(';').map((entry) => {
    const [code = '', name = '', type = ''] = entry.split(':');
    return { id: idOf(edition, code), code, edition, name, type: typeAt(type, entry), level: 'commune', parent, ...valid };
  });
}

const BEFORE = { validFrom: null, validUntil: REFORM_DATE } as const;
const SINCE = { validFrom: REFORM_DATE, validUntil: null } as const;

function loadOld(): EditionIndex {
  const units: Unit[] = [];
  const provinces: Unit[] = [];
  const unchanged = new Set<string>();
  for (const [code = ''] of lines(NEW.PROVINCES)) unchanged.add(code);
  for (const [code = '', , , predecessors] of lines(NEW.PROVINCES)) if (predecessors !== '=') unchanged.delete(code);
  for (const [code = '', name = '', type = ''] of lines(OLD.PROVINCES)) {
    const valid = unchanged.has(code) ? { validFrom: null, validUntil: null } : BEFORE;
    const province: Unit = { id: idOf('2004', code), code, edition: '2004', name, type: typeAt(type, code), level: 'province', ...valid };
    provinces.push(province);
    units.push(province);
  }
  for (const [code = '', name = '', type = '', province = '', list = ''] of lines(OLD.DISTRICTS)) {
    const id = idOf('2004', code);
    units.push({ id, code, edition: '2004', name, type: typeAt(type, code), level: 'district', parent: idOf('2004', province), ...BEFORE });
    units.push(...communes(list, '2004', id, BEFORE));
  }
  return { edition: '2004', units, provinces, conversion: new Map(), predecessors: new Map() };
}

function loadNew(old: EditionIndex): EditionIndex {
  const units: Unit[] = [];
  const provinces: Unit[] = [];
  const predecessors = new Map<string, string[]>();
  const provinceId = new Map<string, string>();
  for (const [code = '', name = '', type = '', from = ''] of lines(NEW.PROVINCES)) {
    const continuing = from === '=' ? old.provinces.find((p) => p.code === code) : undefined;
    const province: Unit = continuing ?? { id: idOf('2025', code), code, edition: '2025', name, type: typeAt(type, code), level: 'province', ...SINCE };
    provinceId.set(code, province.id);
    provinces.push(province);
    if (!continuing) {
      units.push(province);
      predecessors.set(province.id, from.split(',').map((c) => idOf('2004', c)));
    }
  }
  for (const [province = '', list = ''] of lines(NEW.WARDS)) {
    const parent = provinceId.get(province);
    if (parent === undefined) throw new Error(`gazetteer data: wards of unknown province ${province}`);
    units.push(...communes(list, '2025', parent, SINCE));
  }
  const conversion = new Map<string, Conversion>();
  for (const [, list = ''] of lines(NEW.CONVERSION)) {
    for (const entry of list.split(';')) {
      const partly = entry.includes('~');
      const [oldCode = '', into = ''] = entry.split(partly ? '~' : '>');
      conversion.set(idOf('2004', oldCode), { into: into.split(',').map((c) => idOf('2025', c)), partly });
    }
  }
  return { edition: '2025', units, provinces, conversion, predecessors };
}

let oldEdition: EditionIndex | undefined;
let newEdition: EditionIndex | undefined;

/** An edition's units, parsed on first use. */
export function edition(which: Edition): EditionIndex {
  oldEdition ??= loadOld();
  if (which === '2004') return oldEdition;
  newEdition ??= loadNew(oldEdition);
  return newEdition;
}

/** The registry date of the 2004 edition's data ("01/03/2025") and the 2025 edition's effective date. */
export const SOURCE_DATES = { '2004': OLD.DATA_DATE, '2025': NEW.EFFECTIVE } as const;
