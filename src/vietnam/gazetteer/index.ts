// Lookups over the gazetteer of both editions: a unit by id, by name (with the press's
// spellings), by type word and name narrowed by the article's province or district and
// by its date, the enclosing units, and what a unit became in the reform. Indexes are
// built on first use, once per process.
import { REFORM_DATE, typesOfWord, unitTypeRow, type UnitLevel, type UnitType } from '../units.js';
import { foldAccents, nameKey, searchKey } from '../text.js';
import { edition, EDITIONS, type Unit } from './editions.js';
import { FORMER_NAMES, PROVINCE_SPELLINGS } from './spellings.js';

export { EDITIONS, idOf, SOURCE_DATES, type Edition, type Unit } from './editions.js';

export interface UnitHints {
  /** Province id ("2004:01") or name ("Hà Nội", "TP.HCM"): keep candidates inside it. */
  province?: string;
  /** District id or name: keep candidates inside it (or the district itself). */
  district?: string;
  /** ISO date the name was written: prefer the units in force then. */
  date?: string | null;
}

const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];

// Most names are unique within a level, so an entry is the unit itself until a second
// unit shares the name: one array fewer per name makes a cold build markedly faster.
type Entry = Unit | Unit[];

interface Index {
  byId: Map<string, Unit>;
  children: Map<string, Unit[]>;
  exact: Map<UnitLevel, Map<string, Entry>>;
  /** Accent-folded keys, built from `exact` on the first lookup that misses. */
  folded?: Map<UnitLevel, Map<string, Unit[]>>;
  buildMs: number;
  foldedBuildMs?: number;
}

let index: Index | undefined;

function addEntry(map: Map<string, Entry>, key: string, unit: Unit): void {
  const entry = map.get(key);
  if (entry === undefined) map.set(key, unit);
  else if (Array.isArray(entry)) entry.push(unit);
  else map.set(key, [entry, unit]);
}

function entryUnits(entry: Entry | undefined): Unit[] {
  if (entry === undefined) return [];
  return Array.isArray(entry) ? [...entry] : [entry];
}

// The generated names are NFC, tone-normalised, single-spaced and without leading zeros
// (the tests check that every name finds itself), so most keys are the lower-cased name;
// nameKey, with its tone rule, would triple the build time. Dashes need its spacing, and
// apostrophes its one form (the 2025 registry writes "Ea H’Leo", the press "Ea H'leo").
function dataKey(name: string): string {
  return name.includes('-') || name.includes('’') ? nameKey(name) : name.toLowerCase();
}

function buildIndex(): Index {
  const start = performance.now();
  const byId = new Map<string, Unit>();
  const children = new Map<string, Unit[]>();
  const exact = new Map<UnitLevel, Map<string, Entry>>(LEVELS.map((l) => [l, new Map()]));
  for (const which of EDITIONS) {
    for (const unit of edition(which).units) {
      byId.set(unit.id, unit);
      if (unit.parent !== undefined) {
        const list = children.get(unit.parent);
        if (list) list.push(unit);
        else children.set(unit.parent, [unit]);
      }
      addEntry(exact.get(unit.level)!, dataKey(unit.name), unit);
    }
  }
  const provinces = exact.get('province')!;
  for (const [spelling, target] of PROVINCE_SPELLINGS) {
    const units = entryUnits(provinces.get(nameKey(target)));
    if (units.length === 0) throw new Error(`gazetteer: spelling ${spelling} names unknown province ${target}`);
    for (const unit of units) addEntry(provinces, nameKey(spelling), unit);
  }
  return { byId, children, exact, buildMs: performance.now() - start };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

function getFolded(idx: Index): Map<UnitLevel, Map<string, Unit[]>> {
  if (idx.folded) return idx.folded;
  const start = performance.now();
  const folded = new Map<UnitLevel, Map<string, Unit[]>>();
  for (const [level, exact] of idx.exact) {
    const byFold = new Map<string, Unit[]>();
    for (const [key, entry] of exact) {
      const fold = foldAccents(key);
      const list = byFold.get(fold);
      const units = entryUnits(entry);
      if (list) list.push(...units.filter((u) => !list.includes(u)));
      else byFold.set(fold, units);
    }
    folded.set(level, byFold);
  }
  idx.folded = folded;
  idx.foldedBuildMs = performance.now() - start;
  return folded;
}

/**
 * How long building the indexes took, in ms (builds them if not yet built): `index`
 * for ids and exact names, `folded` for the accent-insensitive fallback.
 */
export function gazetteerBuildMs(): { index: number; folded: number } {
  const idx = getIndex();
  getFolded(idx);
  return { index: idx.buildMs, folded: idx.foldedBuildMs ?? 0 };
}

// ---------------------------------------------------------------- time

/** Is the unit in force on this ISO date? */
export function inForce(unit: Pick<Unit, 'validFrom' | 'validUntil'>, date: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validUntil === null || date < unit.validUntil);
}

/** The day before the reform: what an undated name is read as, since most articles come from then. */
const UNDATED = '2025-06-30';

/**
 * The units in force on the date (undated: before the reform) when there are any,
 * else all of them: a post written after the reform may still name a body that ended
 * with it ("nguyên Bí thư Huyện ủy …").
 */
export function preferInForce(units: readonly Unit[], date?: string | null): Unit[] {
  const at = date ?? UNDATED;
  const current = units.filter((u) => inForce(u, at));
  return current.length > 0 ? current : [...units];
}

// ---------------------------------------------------------------- by id and name

export function unitById(id: string): Unit | undefined {
  return getIndex().byId.get(id);
}

/**
 * Units of one level with that name or spelling, both editions, narrowed to the types
 * given. In order of preference: exact keys in force on the date, accent-folded keys in
 * force ("Dak Lak"), then exact and folded keys of any time: "Hòa" must not also find
 * "Hóa", and a name written after the reform may still be a unit that ended with it.
 */
function named(level: UnitLevel, name: string, date: string | null | undefined, types?: readonly string[]): Unit[] {
  const idx = getIndex();
  const key = nameKey(name);
  const keep = (units: Unit[]): Unit[] => (types === undefined ? units : units.filter((u) => types.includes(u.type)));
  const exact = keep(entryUnits(idx.exact.get(level)?.get(key)));
  const at = date ?? UNDATED;
  const exactNow = exact.filter((u) => inForce(u, at));
  if (exactNow.length > 0) return exactNow;
  const folded = keep([...(getFolded(idx).get(level)?.get(searchKey(key)) ?? [])]);
  const foldedNow = folded.filter((u) => inForce(u, at));
  if (foldedNow.length > 0) return foldedNow;
  return exact.length > 0 ? exact : folded;
}

/** Units of a level with that name (see named for the order of preference). */
export function unitsNamed(level: UnitLevel, name: string, date?: string | null): Unit[] {
  return named(level, name, date);
}

/** The province or centrally run city of that name or spelling ("Hà Nội", "TP.HCM", "Tỉnh Nghệ An") on the date. */
export function provinceNamed(name: string, date?: string | null): Unit | undefined {
  return provincesNamed(name, date)[0];
}

function provincesNamed(name: string, date: string | null | undefined, types?: readonly string[]): Unit[] {
  const direct = named('province', name, date, types);
  if (direct.length > 0) return direct;
  const split = splitTypeWord(name);
  return split ? named('province', split.name, date, types) : [];
}

/** The unit and its ancestors, innermost first: [commune, district, province]; [] if unknown. */
export function parentChain(id: string): Unit[] {
  const chain: Unit[] = [];
  let unit = unitById(id);
  while (unit) {
    chain.push(unit);
    unit = unit.parent === undefined ? undefined : unitById(unit.parent);
  }
  return chain;
}

/** Is `unit` the unit `scope` or inside it? */
export function isWithin(unit: Unit, scope: Unit): boolean {
  return parentChain(unit.id).some((u) => u.id === scope.id);
}

/** The provinces and centrally run cities of an edition. */
export function provincesOf(which: '2004' | '2025'): Unit[] {
  return [...edition(which).provinces];
}

/** The units directly inside a unit, of both editions (a continuing province has both). */
export function childrenOf(id: string): Unit[] {
  return [...(getIndex().children.get(id) ?? [])];
}

/** The unit under a former name with the type it then had: "Thừa Thiên Huế", a tỉnh. */
export function formerNames(): Array<{ spelling: string; unit: Unit }> {
  return FORMER_NAMES.flatMap(([spelling, name, type]) =>
    // "Thừa Thiên - Huế" is written with the press's dash; the unit's name is "Thừa Thiên Huế".
    named('province', name, null).map((unit) => ({ spelling, unit: { ...unit, name: spelling.replace(/\s+-\s+/g, ' '), type: type as UnitType } })),
  );
}

// Longest first so that "thị xã" wins over "xã"; "TP.Thủ Đức" needs no space after the dot.
const TYPE_WORD_WORDS = ['tỉnh', 'thành phố', 'tp', 'tp.', 'quận', 'huyện', 'thị xã', 'tx', 'tx.', 'xã', 'phường', 'thị trấn', 'tt.', 'đặc khu'].filter(
  (w) => typesOfWord(w).length > 0,
);
const TYPE_WORD_PREFIX = new RegExp(
  `^(${[...TYPE_WORD_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace('.', '\\.'))
    .join('|')})(?:\\s+|(?<=\\.))(\\S.*)$`,
  'iu',
);

/** Splits a leading type word off: "huyện Thanh Trì" → { typeWord: "huyện", name: "Thanh Trì" }. */
export function splitTypeWord(text: string): { typeWord: string; name: string } | undefined {
  const m = TYPE_WORD_PREFIX.exec(text.normalize('NFC').trim().replace(/\s+/g, ' '));
  return m?.[1] && m[2] ? { typeWord: m[1], name: m[2] } : undefined;
}

// ---------------------------------------------------------------- candidates

function resolveHint(hint: string | undefined, level: UnitLevel, date: string | null | undefined, province?: Unit): Unit | undefined {
  if (hint === undefined) return undefined;
  const byId = unitById(hint);
  if (byId) return byId;
  if (level === 'province') return provinceNamed(hint, date);
  const inside = named(level, hint, date).filter((u) => province === undefined || isWithin(u, province));
  return inside.length === 1 ? inside[0] : undefined;
}

/**
 * Every unit that a type word plus name can denote, narrowed by the hints when given:
 * units in force on the hint's date first, then inside the province, then the district.
 * A null type word accepts any type; a list of types stands for a type word. Hints that match nothing are ignored rather than
 * emptying the answer, since a wrong hint is likelier than a wrong name.
 * @example unitCandidates('huyện', 'Châu Thành', { province: 'Bến Tre' }) // [huyện Châu Thành of Bến Tre]
 */
export function unitCandidates(typeWord: string | readonly UnitType[] | null, name: string, hints: UnitHints = {}): Unit[] {
  const types = typeWord === null ? undefined : typeof typeWord === 'string' ? typesOfWord(typeWord) : typeWord;
  if (types !== undefined && types.length === 0) return [];
  const levels = types === undefined ? LEVELS : LEVELS.filter((l) => types.some((t) => unitTypeRow(t).level === l));
  const all = levels.flatMap((level) => (level === 'province' ? provincesNamed(name, hints.date, types) : named(level, name, hints.date, types)));
  let found = preferInForce(all, hints.date);
  const province = resolveHint(hints.province, 'province', hints.date);
  const district = resolveHint(hints.district, 'district', hints.date, province);
  for (const scope of [province, district]) {
    if (!scope) continue;
    const inside = found.filter((u) => isWithin(u, scope));
    if (inside.length > 0) found = inside;
  }
  return found;
}

/**
 * The one unit a type word plus name denotes, or undefined when none or still ambiguous.
 * @example resolveUnit('huyện', 'Thanh Trì', { province: 'Hà Nội' })?.id // '2004:020'
 */
export function resolveUnit(typeWord: string | readonly UnitType[] | null, name: string, hints: UnitHints = {}): Unit | undefined {
  const found = unitCandidates(typeWord, name, hints);
  return found.length === 1 ? found[0] : undefined;
}

// ---------------------------------------------------------------- the reform

export interface Succession {
  /** The unit it became (or one of them, when it was split). */
  readonly unit: Unit;
  /** The day the successor took over. */
  readonly date: string;
  /** Only part of the old unit went into this successor. */
  readonly partly: boolean;
}

/**
 * What a unit became in the 2025 reform: an old commune its new commune(s), an old
 * province the merged one. Districts were dissolved and have none; nor have units
 * that went on unchanged.
 */
export function successorsOf(id: string): Succession[] {
  const unit = unitById(id);
  if (unit === undefined || unit.validUntil !== REFORM_DATE) return [];
  const reform = edition('2025');
  if (unit.level === 'commune') {
    const c = reform.conversion.get(id);
    return (c?.into ?? []).flatMap((to) => {
      const next = unitById(to);
      return next ? [{ unit: next, date: REFORM_DATE, partly: c?.partly ?? false }] : [];
    });
  }
  if (unit.level === 'province') {
    return reform.provinces.filter((p) => reform.predecessors.get(p.id)?.includes(id)).map((p) => ({ unit: p, date: REFORM_DATE, partly: false }));
  }
  return [];
}

/** The units a 2025 unit took in: the old provinces of a merged province, the old communes of a new commune. */
export function predecessorsOf(id: string): Unit[] {
  const reform = edition('2025');
  const provinces = reform.predecessors.get(id);
  if (provinces) return provinces.flatMap((p) => unitById(p) ?? []);
  const out: Unit[] = [];
  for (const [old, c] of reform.conversion) {
    const unit = c.into.includes(id) ? unitById(old) : undefined;
    if (unit) out.push(unit);
  }
  return out;
}
