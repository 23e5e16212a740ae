// Place names in running text: the gazetteer's names compiled into a phrase
// trie over tokens, so "huyện Thanh Trì" or "Thành ủy Hà Nội" finds its unit.
import { childrenOf, EDITIONS, formerNames, preferInForce, provincesOf, unitsNamed, type Edition, type Unit } from '../../vietnam/gazetteer/index.js';
import { PROVINCE_SPELLINGS } from '../../vietnam/gazetteer/spellings.js';
import { REFORM_DATE, REFORM_UNITS_NAMED, unitTypeRow, type UnitType } from '../../vietnam/units.js';
import { COUNTRIES_IN_LATIN_SCRIPT, FOREIGN_COUNTRIES, FOREIGN_PLACES, LANDMARKS } from '../lexicon/not-names.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Token } from '../tokenize.js';
import { compileBeforeTokens } from '../words.js';

let trie: PhraseTrie<Unit[]> | undefined;

/**
 * Syllables of the Central Highlands' names that the press writes several ways: the
 * registry's "Đắk Lắk" is also "Đăk Lăk", "Đắc Lắc" ("huyện Đăk Hà", "tỉnh Đắc Lắc").
 */
const SYLLABLE_SPELLINGS = [
  ['Đắk', 'Đăk', 'Đắc'],
  ['Lắk', 'Lăk', 'Lắc'],
].map((forms) => ({ forms, pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${forms.join('|')})(?![\\p{L}\\p{M}])`, 'u') }));

const I_FORMS = 'iíìỉĩị';
const Y_FORMS = 'yýỳỷỹỵ';
/** A syllable of an initial consonant and a final i or y ("Quí", "Kỳ", "Mỹ", not "Hải", "Thủy"). */
const I_OR_Y = new RegExp(`(?<![\\p{L}\\p{M}])(?:[BCDĐGHKLMNPRSTVX]|Ch|Gh|Kh|Ng|Ngh|Nh|Ph|Qu|Th|Tr)[${I_FORMS}${Y_FORMS}](?![\\p{L}\\p{M}])`, 'u');

/** The name with the final i or y of each such syllable written the other way. */
function swapIY(name: string): string {
  return name.replace(new RegExp(I_OR_Y.source, 'gu'), (syllable) => {
    const last = syllable.slice(-1);
    const i = I_FORMS.indexOf(last);
    return syllable.slice(0, -1) + (i >= 0 ? Y_FORMS[i] : I_FORMS[Y_FORMS.indexOf(last)]);
  });
}

/** A name as the registry writes it and as the press also does, every syllable's and apostrophe's spellings combined. */
function spellingsOf(name: string): string[] {
  let spellings = [name];
  for (const { forms, pattern } of SYLLABLE_SPELLINGS) {
    if (!pattern.test(name)) continue;
    const every = new RegExp(pattern.source, 'gu');
    spellings = spellings.flatMap((s) => forms.map((form) => s.replace(every, form)));
  }
  // "Ea H’Leo" in the 2025 registry, "Ea H'leo" in the press and the older one: both apostrophes.
  spellings = spellings.flatMap((s) => (/['’]/.test(s) ? [s.replace(/’/g, "'"), s.replace(/'/g, '’')] : [s]));
  // "Phú Quí" in the 2004 registry is the press's "Phú Quý": a syllable ending on i or y after
  // its initial consonant is written either way.
  if (I_OR_Y.test(spellings.join(' '))) spellings = spellings.flatMap((s) => [s, swapIY(s)]);
  return [...new Set(spellings)];
}

/** Units as named before a renaming, with the type they then had ("Thừa Thiên Huế", a tỉnh). */
const underFormerName = new WeakSet<Unit>();

function placeTrie(): PhraseTrie<Unit[]> {
  if (trie) return trie;
  const byName = new Map<string, Unit[]>();
  const add = (name: string, u: Unit): void => {
    const list = byName.get(name);
    if (list) list.push(u);
    else byName.set(name, [u]);
  };
  // Both editions: the units before the 2025 reform and those since; the article's date
  // picks among them (placesOn).
  const addTree = (u: Unit, edition: Edition): void => {
    if (u.edition === edition) for (const spelling of spellingsOf(u.name)) add(spelling, u);
    for (const child of childrenOf(u.id)) if (child.edition === edition) addTree(child, edition);
  };
  for (const edition of EDITIONS) for (const province of provincesOf(edition)) addTree(province, edition);
  // The press's other names for provinces, then former names with the type they had,
  // beside any unit of the same name ("Sài Gòn" is also a ward since 2025).
  for (const [spelling, name] of PROVINCE_SPELLINGS) {
    for (const u of new Set([...unitsNamed('province', name), ...unitsNamed('province', name, REFORM_DATE)])) add(spelling, u);
  }
  for (const { spelling, unit } of formerNames()) {
    add(spelling, unit);
    underFormerName.add(unit);
  }
  const built = new PhraseTrie<Unit[]>();
  for (const [name, units] of byName) built.add(name, units);
  trie = built;
  return built;
}
// Compiled when the first article is tokenized, not when the module loads (a quarter
// of a second that commands which extract nothing need not pay).
compileBeforeTokens(placeTrie);

export interface PlaceMatch {
  places: Unit[];
  start: number;
  end: number;
}

/**
 * The units a name can mean in an article of that date: before the new units were named (or
 * undated) none that the reform created, a unit under its former name first; since, those in
 * force first, then the others: the older ones a post held before may name ("nguyên Bí thư
 * Huyện ủy …"), the new ones the press named in the weeks before they took effect ("Bí thư
 * Đảng ủy phường Hạ Long" on 30 June).
 */
function placesOn(units: readonly Unit[], date: string | null): Unit[] {
  // A former name ("Sở Y tế Thừa Thiên Huế") is the unit as it then was, before the reform or undated.
  if (date === null || date < REFORM_UNITS_NAMED) {
    const before = units.filter((u) => u.validFrom === null || u.validFrom < REFORM_DATE);
    return [...before.filter((u) => underFormerName.has(u)), ...before.filter((u) => !underFormerName.has(u))];
  }
  return preferInForce(units, date);
}

/** The longest place name starting at tokens[start], if it starts with a capital or a digit, as named on the article's date. */
export function matchPlace(tokens: readonly Token[], start: number, types?: readonly UnitType[], date: string | null = null): PlaceMatch | undefined {
  const first = tokens[start];
  if (!first || !(first.isCapitalized || /^\d/.test(first.text))) return undefined;
  const hit = placeTrie().longest(tokens, start);
  if (!hit) return undefined;
  // Every word of a place name is capitalised in running text ("Thanh Trì", not "Thanh trì").
  for (let i = start; i < hit.end; i++) {
    const t = tokens[i]!;
    if (t.isWord && !t.isCapitalized && !/^\d/.test(t.text) && t.key !== '-') return undefined;
  }
  // The unit types first: "Huyện ủy Thanh Trì" in 2026 is the old district, not the new xã Thanh Trì.
  const places = placesOn(types ? ofTypes(hit.value, types) : hit.value, date);
  return places.length > 0 ? { places, start, end: hit.end } : undefined;
}

/**
 * Units of the types a unit word names; failing those, of the same level: the registry
 * holds a unit's last type, and a district upgraded since the article was written ("Huyện
 * ủy Thủy Nguyên" in 2018, a thành phố from 2025; "huyện Phong Điền", now a thị xã) is the
 * same unit.
 */
function ofTypes(units: readonly Unit[], types: readonly UnitType[]): Unit[] {
  const typed = units.filter((u) => types.includes(u.type));
  if (typed.length > 0) return typed;
  const levels = new Set(types.map((t) => unitTypeRow(t).level));
  return units.filter((u) => levels.has(u.level));
}

let tails: Map<string, number> | undefined;

/** How many of the gazetteer's names (both editions) have the syllable after their first word. */
function tailCounts(): Map<string, number> {
  if (tails) return tails;
  const counts = new Map<string, number>();
  const walk = (u: Unit): void => {
    for (const syllable of u.name.toLowerCase().split(' ').slice(1)) counts.set(syllable, (counts.get(syllable) ?? 0) + 1);
    for (const child of childrenOf(u.id)) walk(child);
  };
  for (const edition of EDITIONS) for (const province of provincesOf(edition)) walk(province);
  tails = counts;
  return counts;
}

/**
 * A syllable that ends a great many place names ("Hòa", "Bình", "Tây"), unlike words that open
 * a sentence ("Tiếp đó", "Theo", "Ngày"): a capitalised one right after a shorter place's name
 * more likely goes on with that name than opens a clause glued to it.
 */
export function endsManyPlaceNames(key: string): boolean {
  return (tailCounts().get(key) ?? 0) >= 25;
}

const foreignTrie = PhraseTrie.of(FOREIGN_PLACES);
const landmarkTrie = PhraseTrie.of([...FOREIGN_PLACES, ...LANDMARKS]);

/** A country or foreign place starting at tokens[start] ("Hà Lan", "Xiêng Khoảng"): the index after it. */
export function matchForeignPlace(tokens: readonly Token[], start: number): number | undefined {
  if (!tokens[start]?.isCapitalized) return undefined;
  return foreignTrie.longest(tokens, start)?.end;
}

const foreignStateTrie = PhraseTrie.of([...FOREIGN_COUNTRIES, ...COUNTRIES_IN_LATIN_SCRIPT]);

/**
 * A foreign state's name starting at tokens[start], in either spelling ("Lào", "Myanmar"): the
 * index after it. Not the start of a longer name ("Lào Cai", "Đức Phổ", "Mỹ Tho").
 */
export function matchForeignState(tokens: readonly Token[], start: number): number | undefined {
  if (!tokens[start]?.isCapitalized) return undefined;
  const end = foreignStateTrie.longest(tokens, start)?.end;
  return end !== undefined && !tokens[end]?.isCapitalized ? end : undefined;
}

const foreignPlaceOrStateTrie = PhraseTrie.of([...FOREIGN_PLACES, ...COUNTRIES_IN_LATIN_SCRIPT]);

/**
 * A foreign place or state in either spelling at tokens[start], whatever follows it ("Đại sứ
 * Việt Nam tại Brazil Đỗ Ánh Dương": the caller tells a name after it from a longer place name).
 */
export function matchForeignPlaceOrState(tokens: readonly Token[], start: number): number | undefined {
  if (!tokens[start]?.isCapitalized) return undefined;
  return foreignPlaceOrStateTrie.longest(tokens, start)?.end;
}

/** A foreign place, landmark or region outside the gazetteer ("Hồ Gươm", "Tây Bắc"): the index after it. */
export function matchOtherPlace(tokens: readonly Token[], start: number): number | undefined {
  if (!tokens[start]?.isCapitalized) return undefined;
  return landmarkTrie.longest(tokens, start)?.end;
}
