// Text helpers shared by the extraction stages: Unicode and tone-placement
// normalisation, accent folding and capitalisation of Vietnamese words.

const TONE_MARKS = '\u0300\u0301\u0309\u0303\u0323';
const TONE_PAIR = new RegExp(`([qQ]?)([oOuU])([aAeEyY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * NFC with the tone mark on the first vowel of a syllable-final oa, oe, uy
 * (hoà → hòa, uỷ → ủy), as most Vietnamese press writes it; `quý` keeps it on y.
 */
export function normalizeVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(TONE_PAIR, (match, q: string, v1: string, v2: string, tone: string) => {
      const pair = (v1 + v2).toLowerCase();
      if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return match;
      if (pair === 'uy' && q) return match;
      return q + v1 + tone + v2;
    })
    .normalize('NFC');
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

/** "nguyễn văn a" → "Nguyễn Văn A". */
export function capitalizeWords(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(' ');
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function isUpperCaseWord(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}
