// Place names in running text: the gazetteer's names compiled into a phrase
// trie over tokens, so "huyện Thanh Trì" or "Thành ủy Hà Nội" finds its unit.
import { allProvinces, communesOf, districtsOf, type Place, type PlaceType } from '../lexicon/places.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Token } from '../tokenize.js';

let trie: PhraseTrie<Place[]> | undefined;

function placeTrie(): PhraseTrie<Place[]> {
  if (trie) return trie;
  const byName = new Map<string, Place[]>();
  const add = (p: Place): void => {
    const list = byName.get(p.name);
    if (list) list.push(p);
    else byName.set(p.name, [p]);
  };
  for (const province of allProvinces()) {
    add(province);
    for (const district of districtsOf(province.code)) {
      add(district);
      for (const commune of communesOf(district.code)) add(commune);
    }
  }
  const built = new PhraseTrie<Place[]>();
  for (const [name, places] of byName) built.add(name, places);
  // Names the press uses for provinces besides the registry's own.
  const aliases: ReadonlyArray<readonly [string, string]> = [['Hồ Chí Minh', 'Hồ Chí Minh'], ['HCM', 'Hồ Chí Minh'], ['Thừa Thiên Huế', 'Huế'], ['Thừa Thiên - Huế', 'Huế'], ['Sài Gòn', 'Hồ Chí Minh']];
  for (const [alias, name] of aliases) {
    const places = byName.get(name)?.filter((p) => p.level === 'province');
    if (places?.length) built.add(alias, places);
  }
  // Thừa Thiên Huế was a province until 2025, when it became the centrally-run city of Huế:
  // articles before then name its Tỉnh ủy and UBND tỉnh, so the old name stays a province.
  const hue = byName.get('Huế')?.find((p) => p.level === 'province');
  if (hue) {
    const province: Place = { ...hue, name: 'Thừa Thiên Huế', type: 'tỉnh' };
    built.add('Thừa Thiên Huế', [province]);
    built.add('Thừa Thiên - Huế', [province]);
  }
  trie = built;
  return built;
}

export interface PlaceMatch {
  places: Place[];
  start: number;
  end: number;
}

/** The longest place name starting at tokens[start], if it starts with a capital or a digit. */
export function matchPlace(tokens: readonly Token[], start: number, types?: readonly PlaceType[]): PlaceMatch | undefined {
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

/** Place types a unit word can denote. */
export function typesForUnitWord(unitWord: string): readonly PlaceType[] {
  switch (unitWord) {
    case 'tỉnh': return ['tỉnh'];
    case 'thành phố': case 'TP': return ['thành phố trung ương', 'thành phố'];
    case 'huyện': return ['huyện'];
    case 'quận': return ['quận'];
    case 'thị xã': return ['thị xã'];
    case 'xã': return ['xã'];
    case 'phường': return ['phường'];
    case 'thị trấn': return ['thị trấn'];
    default: return [];
  }
}

/** The word written before a unit's name: "huyện", "thành phố", "tỉnh"… */
export function unitWordOf(place: Place): string {
  return place.type === 'thành phố trung ương' ? 'thành phố' : place.type;
}
