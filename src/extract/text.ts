// Text helpers shared by the extraction stages: Unicode and tone-placement
// normalisation, accent folding and capitalisation of Vietnamese words.

const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

// Composed "oà" → "òa" and the like, computed once from the combining marks: the
// fix then runs as one replace over NFC text, with no decomposition round trip.
const MOVED_TONE = new Map<string, string>();
for (const first of ['o', 'O', 'u', 'U']) {
  const seconds = first.toLowerCase() === 'o' ? ['a', 'A', 'e', 'E'] : ['y', 'Y'];
  for (const second of seconds) {
    for (const tone of TONE_MARKS) {
      MOVED_TONE.set(first + (second + tone).normalize('NFC'), (first + tone).normalize('NFC') + second);
    }
  }
}
const NEW_STYLE = new RegExp(`(?<![qQ])(?:${[...MOVED_TONE.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * NFC with the tone mark on the first vowel of a syllable-final oa, oe, uy
 * (hoà → hòa, uỷ → ủy), as most Vietnamese press writes it; `quý` keeps it on y.
 */
export function normalizeVietnamese(text: string): string {
  return text.normalize('NFC').replace(NEW_STYLE, (pair) => MOVED_TONE.get(pair) ?? pair);
}

/** Lower case without diacritics, đ → d: the key for accent-insensitive matching. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** "nguyễn văn a" → "Nguyễn Văn A"; "NGUYỄN" → "Nguyễn"; "K'Ré" keeps its second capital. */
export function capitalizeWords(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const rest = word.slice(1);
      const keep = rest !== rest.toUpperCase() || !/\p{L}/u.test(rest) ? rest.replace(/^[^'’]*/, (m) => m.toLowerCase()) : rest.toLowerCase();
      return word.charAt(0).toUpperCase() + keep;
    })
    .join(' ');
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function isUpperCaseWord(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}
