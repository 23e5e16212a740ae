// Lookups over the gazetteer of Vietnam's administrative units (places-data.ts,
// generated from the GSO registry as of 2025-03-01). Used by the extractor to
// recognise "huyện Thanh Trì" and by the graph to give places stable codes.
// Indexes are built lazily on first use, once per process.
import { COMMUNE_ROWS, DISTRICT_ROWS, PLACE_TYPES, PROVINCE_ROWS } from './places-data.js';
import { foldAccents, nameKey } from '../../vietnam/text.js';

export type PlaceType = (typeof PLACE_TYPES)[number];
export type PlaceLevel = 'province' | 'district' | 'commune';

export interface Place {
  /** GSO code: 2 digits for a province, 3 for a district, 5 for a commune. */
  readonly code: string;
  /** Proper name without the type word, NFC, old-style tone placement: "Thanh Trì". */
  readonly name: string;
  readonly type: PlaceType;
  readonly level: PlaceLevel;
  /** Code of the enclosing unit; absent for provinces. */
  readonly parent?: string;
}

export interface PlaceHints {
  /** Province code ("01") or name ("Hà Nội", "TP.HCM"): keep candidates inside it. */
  provinceHint?: string;
  /** District code or name: keep candidates inside it (or the district itself). */
  districtHint?: string;
}

// Other names for a province used in the press, written as keys (see nameKey).
// "Huế" is the registry's own name since the city became centrally run in 2025.
const PROVINCE_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['tp.hcm', 'Hồ Chí Minh'],
  ['tp. hcm', 'Hồ Chí Minh'],
  ['tp hcm', 'Hồ Chí Minh'],
  ['tphcm', 'Hồ Chí Minh'],
  ['tp. hồ chí minh', 'Hồ Chí Minh'],
  ['tp.hồ chí minh', 'Hồ Chí Minh'],
  ['tp hồ chí minh', 'Hồ Chí Minh'],
  ['thành phố hồ chí minh', 'Hồ Chí Minh'],
  ['sài gòn', 'Hồ Chí Minh'],
  ['thừa thiên huế', 'Huế'],
  ['thừa thiên - huế', 'Huế'],
  ['thành phố huế', 'Huế'],
  ['thủ đô hà nội', 'Hà Nội'],
  ['thành phố hà nội', 'Hà Nội'],
];

// Type words as written before a name, to the unit types they can denote.
// "thành phố" is both a centrally run city and a provincial city.
const TYPE_WORDS: ReadonlyMap<string, readonly PlaceType[]> = new Map<string, readonly PlaceType[]>([
  ['tỉnh', ['tỉnh']],
  ['thành phố', ['thành phố trung ương', 'thành phố']],
  ['tp', ['thành phố trung ương', 'thành phố']],
  ['tp.', ['thành phố trung ương', 'thành phố']],
  ['quận', ['quận']],
  ['huyện', ['huyện']],
  ['thị xã', ['thị xã']],
  ['tx', ['thị xã']],
  ['tx.', ['thị xã']],
  ['xã', ['xã']],
  ['phường', ['phường']],
  ['thị trấn', ['thị trấn']],
  ['tt', ['thị trấn']],
  ['tt.', ['thị trấn']],
]);

// The generated names are already NFC, tone-normalised, single-spaced and without
// leading zeros (the tests check that every name finds itself), so the index only
// lower-cases them, and does that on each level's whole text at once; nameKey, with
// its tone rule, would triple the build time. Dashes still need nameKey's spacing.
function dataKey(lowerName: string): string {
  return lowerName.includes('-') ? nameKey(lowerName) : lowerName;
}

interface Index {
  byCode: Map<string, Place>;
  provinces: Place[];
  children: Map<string, Place[]>;
  exact: Map<PlaceLevel, Map<string, Entry>>;
  /** Accent-folded keys, built from `exact` on the first lookup that misses. */
  folded?: Map<PlaceLevel, Map<string, Place[]>>;
  /** Milliseconds each build took, for the benchmark test. */
  buildMs: number;
  foldedBuildMs?: number;
}

let index: Index | undefined;

// Most names are unique within a level, so an entry is the place itself until a second
// place shares the name: one array fewer per name makes a cold build markedly faster.
type Entry = Place | Place[];

function addEntry(map: Map<string, Entry>, key: string, place: Place): void {
  const entry = map.get(key);
  if (entry === undefined) map.set(key, place);
  else if (Array.isArray(entry)) entry.push(place);
  else map.set(key, [entry, place]);
}

function entryPlaces(entry: Entry | undefined): Place[] {
  if (entry === undefined) return [];
  return Array.isArray(entry) ? [...entry] : [entry];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const LEVEL_ROWS: ReadonlyArray<readonly [PlaceLevel, string]> = [
  ['province', PROVINCE_ROWS],
  ['district', DISTRICT_ROWS],
  ['commune', COMMUNE_ROWS],
];

function buildIndex(): Index {
  const start = performance.now();
  const byCode = new Map<string, Place>();
  const children = new Map<string, Place[]>();
  const exact = new Map<PlaceLevel, Map<string, Entry>>();
  const provinces: Place[] = [];
  for (const [level, rows] of LEVEL_ROWS) {
    const ex = new Map<string, Entry>();
    exact.set(level, ex);
    // indexOf rather than split('|'): the per-row arrays were a good part of the build.
    const lower = rows.toLowerCase();
    const sameOffsets = lower.length === rows.length;
    let at = rows.indexOf('\n') + 1;
    while (at < rows.length) {
      const eol = rows.indexOf('\n', at);
      const end = eol === -1 ? rows.length : eol;
      const bar1 = rows.indexOf('|', at);
      const bar2 = rows.indexOf('|', bar1 + 1);
      const bar3 = rows.indexOf('|', bar2 + 1);
      const hasParent = bar3 !== -1 && bar3 < end;
      const code = rows.slice(at, bar1);
      const name = rows.slice(bar1 + 1, bar2);
      const type = PLACE_TYPES[Number(rows.slice(bar2 + 1, hasParent ? bar3 : end))];
      if (bar1 === -1 || bar2 === -1 || bar2 > end || type === undefined) {
        throw new Error(`places-data: bad row ${rows.slice(at, end)}`);
      }
      const place: Place = hasParent
        ? { code, name, type, level, parent: rows.slice(bar3 + 1, end) }
        : { code, name, type, level };
      byCode.set(code, place);
      if (place.parent === undefined) provinces.push(place);
      else push(children, place.parent, place);
      addEntry(ex, dataKey(sameOffsets ? lower.slice(bar1 + 1, bar2) : name.toLowerCase()), place);
      at = end + 1;
    }
  }
  const provinceExact = exact.get('province');
  for (const [alias, target] of PROVINCE_ALIASES) {
    const place = entryPlaces(provinceExact?.get(nameKey(target)))[0];
    if (!place) throw new Error(`places: alias ${alias} names unknown province ${target}`);
    provinceExact?.set(nameKey(alias), place);
  }
  return { byCode, provinces, children, exact, buildMs: performance.now() - start };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

function getFolded(idx: Index): Map<PlaceLevel, Map<string, Place[]>> {
  if (idx.folded) return idx.folded;
  const start = performance.now();
  const folded = new Map<PlaceLevel, Map<string, Place[]>>();
  for (const [level, ex] of idx.exact) {
    const fo = new Map<string, Place[]>();
    for (const [key, entry] of ex) {
      const fk = foldAccents(key);
      const list = fo.get(fk);
      const places = entryPlaces(entry);
      if (list) list.push(...places.filter((p) => !list.includes(p)));
      else fo.set(fk, places);
    }
    folded.set(level, fo);
  }
  idx.folded = folded;
  idx.foldedBuildMs = performance.now() - start;
  return folded;
}

/**
 * How long building the indexes took, in ms (builds them if not yet built): `index`
 * for codes and exact names, `folded` for the accent-insensitive fallback.
 */
export function placesBuildMs(): { index: number; folded: number } {
  const idx = getIndex();
  getFolded(idx);
  return { index: idx.buildMs, folded: idx.foldedBuildMs ?? 0 };
}

function lookup(level: PlaceLevel, name: string): Place[] {
  const idx = getIndex();
  const key = nameKey(name);
  const hit = idx.exact.get(level)?.get(key);
  if (hit) return entryPlaces(hit);
  // Accent-insensitive only when nothing matches exactly: "Hòa" must not also find "Hóa".
  return [...(getFolded(idx).get(level)?.get(foldAccents(key)) ?? [])];
}

/** The province or centrally run city of that name or alias ("Hà Nội", "TP.HCM", "Tỉnh Nghệ An"). */
export function provinceByName(name: string): Place | undefined {
  const direct = lookup('province', name);
  if (direct.length > 0) return direct[0];
  const split = splitTypeWord(name);
  return split ? lookup('province', split.name)[0] : undefined;
}

/** All districts with that name, across provinces ("Châu Thành" is in ten). */
export function districtsByName(name: string): Place[] {
  return lookup('district', name);
}

/** All communes, wards and townships with that name. */
export function communesByName(name: string): Place[] {
  return lookup('commune', name);
}

export function placeByCode(code: string): Place | undefined {
  return getIndex().byCode.get(code);
}

/** The place and its ancestors, innermost first: [commune, district, province]; [] if unknown. */
export function parentChain(code: string): Place[] {
  const chain: Place[] = [];
  let place = placeByCode(code);
  while (place) {
    chain.push(place);
    place = place.parent === undefined ? undefined : placeByCode(place.parent);
  }
  return chain;
}

export function allProvinces(): Place[] {
  return [...getIndex().provinces];
}

export function districtsOf(provinceCode: string): Place[] {
  return [...(getIndex().children.get(provinceCode) ?? [])];
}

export function communesOf(districtCode: string): Place[] {
  return [...(getIndex().children.get(districtCode) ?? [])];
}

/** Unit types a type word can denote ("TP" -> both kinds of city), or undefined if not a type word. */
export function typesOfWord(word: string): readonly PlaceType[] | undefined {
  return TYPE_WORDS.get(nameKey(word));
}

// Longest first so that "thị xã" wins over "xã"; "TP.Thủ Đức" needs no space after the dot.
const TYPE_WORD_PREFIX = new RegExp(
  `^(${[...TYPE_WORDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace('.', '\\.'))
    .join('|')})(?:\\s+|(?<=\\.))(\\S.*)$`,
  'iu',
);

/** Splits a leading type word off: "huyện Thanh Trì" -> { typeWord: "huyện", name: "Thanh Trì" }. */
export function splitTypeWord(text: string): { typeWord: string; name: string } | undefined {
  const m = TYPE_WORD_PREFIX.exec(text.normalize('NFC').trim().replace(/\s+/g, ' '));
  return m?.[1] && m[2] ? { typeWord: m[1], name: m[2] } : undefined;
}

function resolveHint(hint: string | undefined, level: PlaceLevel, province?: string): Place | undefined {
  if (hint === undefined) return undefined;
  const byCode = placeByCode(hint);
  if (byCode) return byCode;
  if (level === 'province') return provinceByName(hint);
  const named = lookup(level, hint).filter((p) => province === undefined || p.parent === province);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Every unit that a type word plus name can denote, narrowed by the hints when given.
 * A null type word accepts any type. Hints that match nothing are ignored rather than
 * emptying the answer, since a wrong hint is likelier than a wrong name.
 * @example placeCandidates('huyện', 'Châu Thành', { provinceHint: 'Bến Tre' }) // [Châu Thành, Bến Tre]
 */
export function placeCandidates(typeWord: string | null, name: string, hints: PlaceHints = {}): Place[] {
  const types = typeWord === null ? undefined : typesOfWord(typeWord);
  if (typeWord !== null && types === undefined) return [];
  let found: Place[] = [];
  for (const level of ['province', 'district', 'commune'] as const) {
    const hits = level === 'province' ? [provinceByName(name)].filter((p) => p !== undefined) : lookup(level, name);
    found.push(...hits.filter((p) => types === undefined || types.includes(p.type)));
  }
  const province = resolveHint(hints.provinceHint, 'province');
  const district = resolveHint(hints.districtHint, 'district', province?.code);
  for (const scope of [province, district]) {
    if (!scope) continue;
    const inside = found.filter((p) => parentChain(p.code).some((a) => a.code === scope.code));
    if (inside.length > 0) found = inside;
  }
  return found;
}

/**
 * The one unit a type word plus name denotes, or undefined when none or still ambiguous.
 * @example resolvePlace('huyện', 'Thanh Trì', { provinceHint: 'Hà Nội' })?.code // '020'
 */
export function resolvePlace(typeWord: string | null, name: string, hints: PlaceHints = {}): Place | undefined {
  const found = placeCandidates(typeWord, name, hints);
  return found.length === 1 ? found[0] : undefined;
}
