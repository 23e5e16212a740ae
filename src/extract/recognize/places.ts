// Place names in running text: the gazetteer's names compiled into a phrase
// trie over tokens, so "huyện Thanh Trì" or "Thành ủy Hà Nội" finds its unit.
import { childrenOf, formerNames, provincesOf, unitsNamed, type Unit } from '../../vietnam/gazetteer/index.js';
import { PROVINCE_SPELLINGS } from '../../vietnam/gazetteer/spellings.js';
import type { UnitType } from '../../vietnam/units.js';
import { FOREIGN_PLACES, LANDMARKS } from '../lexicon/not-names.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Token } from '../tokenize.js';

let trie: PhraseTrie<Unit[]> | undefined;

function placeTrie(): PhraseTrie<Unit[]> {
  if (trie) return trie;
  const byName = new Map<string, Unit[]>();
  const add = (u: Unit): void => {
    const list = byName.get(u.name);
    if (list) list.push(u);
    else byName.set(u.name, [u]);
  };
  const addTree = (u: Unit): void => {
    add(u);
    for (const child of childrenOf(u.id)) if (child.edition === '2004') addTree(child);
  };
  for (const province of provincesOf('2004')) addTree(province);
  const built = new PhraseTrie<Unit[]>();
  for (const [name, units] of byName) built.add(name, units);
  // The press's other names for provinces, then former names with the type they had.
  for (const [spelling, name] of PROVINCE_SPELLINGS) {
    const units = unitsNamed('province', name);
    if (units.length > 0) built.add(spelling, units);
  }
  for (const { spelling, unit } of formerNames()) built.add(spelling, [unit]);
  trie = built;
  return built;
}

export interface PlaceMatch {
  places: Unit[];
  start: number;
  end: number;
}

/** The longest place name starting at tokens[start], if it starts with a capital or a digit. */
export function matchPlace(tokens: readonly Token[], start: number, types?: readonly UnitType[]): PlaceMatch | undefined {
  const first = tokens[start];
  if (!first || !(first.isCapitalized || /^\d/.test(first.text))) return undefined;
  const hit = placeTrie().longest(tokens, start);
  if (!hit) return undefined;
  // Every word of a place name is capitalised in running text ("Thanh Trì", not "Thanh trì").
  for (let i = start; i < hit.end; i++) {
    const t = tokens[i]!;
    if (t.isWord && !t.isCapitalized && !/^\d/.test(t.text) && t.key !== '-') return undefined;
  }
  const places = types ? hit.value.filter((p) => types.includes(p.type)) : hit.value;
  return places.length > 0 ? { places, start, end: hit.end } : undefined;
}

const foreignTrie = new PhraseTrie<true>();
for (const place of FOREIGN_PLACES) foreignTrie.add(place, true);
const landmarkTrie = new PhraseTrie<true>();
for (const place of [...FOREIGN_PLACES, ...LANDMARKS]) landmarkTrie.add(place, true);

/** A country or foreign place starting at tokens[start] ("Hà Lan", "Xiêng Khoảng"): the index after it. */
export function matchForeignPlace(tokens: readonly Token[], start: number): number | undefined {
  if (!tokens[start]?.isCapitalized) return undefined;
  return foreignTrie.longest(tokens, start)?.end;
}

/** A foreign place, landmark or region outside the gazetteer ("Hồ Gươm", "Tây Bắc"): the index after it. */
export function matchOtherPlace(tokens: readonly Token[], start: number): number | undefined {
  if (!tokens[start]?.isCapitalized) return undefined;
  return landmarkTrie.longest(tokens, start)?.end;
}
