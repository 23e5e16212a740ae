// Names the press uses for provinces besides the registry's own, as data. A spelling
// names every unit of its target name at province level; the article's date then picks
// the edition (TP.HCM in 2020 is the old city, in 2026 the merged one).

/** [spelling, the registry's province name]. */
export const PROVINCE_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['TP.HCM', 'Hồ Chí Minh'],
  ['TP. HCM', 'Hồ Chí Minh'],
  ['TP HCM', 'Hồ Chí Minh'],
  ['TPHCM', 'Hồ Chí Minh'],
  ['HCM', 'Hồ Chí Minh'],
  ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
  ['TP.Hồ Chí Minh', 'Hồ Chí Minh'],
  ['TP Hồ Chí Minh', 'Hồ Chí Minh'],
  ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
  ['Sài Gòn', 'Hồ Chí Minh'],
  ['Thừa Thiên Huế', 'Huế'],
  ['Thừa Thiên - Huế', 'Huế'],
  ['Thành phố Huế', 'Huế'],
  ['Thủ đô Hà Nội', 'Hà Nội'],
  // "Bí thư Thành ủy HN", "UBND TP.HN": the press's short form, as HCM for the other city.
  ['HN', 'Hà Nội'],
  ['TP.HN', 'Hà Nội'],
  ['TP HN', 'Hà Nội'],
  ['TPHN', 'Hà Nội'],
  ['Thành phố Hà Nội', 'Hà Nội'],
];

/**
 * Former names of a unit that still stands, with the type it had under that name:
 * Thừa Thiên Huế was a province until it became the centrally run city of Huế on
 * 2025-01-01, so articles before then name its Tỉnh ủy and UBND tỉnh.
 * [former name, the registry's name, the type it had].
 */
export const FORMER_NAMES: ReadonlyArray<readonly [string, string, string]> = [
  ['Thừa Thiên Huế', 'Huế', 'tỉnh'],
  ['Thừa Thiên - Huế', 'Huế', 'tỉnh'],
];

/**
 * Units whose official name carries their type word, written so in the names of their
 * bodies: "Thành ủy Thành phố Hồ Chí Minh", "UBND Thành phố Hồ Chí Minh" (contract).
 * Numbered units are alike ("Quận ủy Quận 3", "UBND Phường 5"): see unitNameInBodies.
 * [the registry's name, the name in bodies' names].
 */
export const OFFICIAL_TITLES: ReadonlyArray<readonly [string, string]> = [['Hồ Chí Minh', 'Thành phố Hồ Chí Minh']];
