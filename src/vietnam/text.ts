// Vietnamese text forms, the one home for them: NFC with one tone placement (the
// display form), the exact key (keeps tone marks: Thanh Trì ≠ Thạnh Trị, Hà ≠ Hạ),
// the search key (no marks, đ → d: "le tien nhat" finds "Lê Tiến Nhật"), and the
// capitalisation of names. Extraction, the gazetteer, the graph and both stores
// all use these, so a name is keyed the same way everywhere.

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
const TONE_MARK = new RegExp(`[${TONE_MARKS.join('')}]`, 'g');
const NEW_STYLE = new RegExp(`(?<![qQ])(?:${[...MOVED_TONE.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * NFC with the tone mark on the first vowel of a syllable-final oa, oe, uy
 * (hoà → hòa, uỷ → ủy), as most Vietnamese press writes it; `quý` keeps it on y.
 * @example normalizeVietnamese('Hoà Bình') // 'Hòa Bình'
 */
export function normalizeVietnamese(text: string): string {
  return text.normalize('NFC').replace(NEW_STYLE, (pair) => MOVED_TONE.get(pair) ?? pair);
}

/** Lower case without diacritics, đ → d, single spaces: the key of accent-insensitive matching. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Lower case without the five tone marks, every other letter kept (â, ơ, ư, đ): two spellings
 * with one key differ only in their tones, the commonest slip in typing a name.
 * @example withoutToneMarks('Bùi Xuân Cường') === withoutToneMarks('Bùi Xuân Cương') // true
 */
export function withoutToneMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(TONE_MARK, '')
    .normalize('NFC')
    .toLowerCase();
}

// Names repeat across thousands of articles; remembering recent results makes
// building a large graph several times faster. Bounded, so memory stays flat.
const CACHE_LIMIT = 50_000;

/**
 * A copy of `s` that holds no reference to a longer string. A name cut from an
 * article is a V8 "sliced string" that keeps the whole article alive: kept as a
 * cache key, 50,000 of them held 9,000 article texts (217 MB of heap after 35,440
 * real articles; 45 MB with copies).
 */
function detached(s: string): string {
  return (' ' + s).slice(1);
}

function memo(f: (s: string) => string): (s: string) => string {
  let cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      if (cache.size >= CACHE_LIMIT) cache = new Map();
      out = detached(f(s));
      cache.set(detached(s), out);
    }
    return out;
  };
}

/** The display form of a name: NFC, the press's tone placement (Hòa, ủy), single spaces. */
export const normalizeName = memo((s) => normalizeVietnamese(s).replace(/\s+/g, ' ').trim());

/**
 * The exact key of a name: display form, lower case, "A-B" spaced as "A - B", numbers
 * without leading zeros, one apostrophe ("Ea H’Leo" and "Ea H'leo" are one commune). Keeps
 * tone marks.
 * @example nameKey('Huyện uỷ  Thanh Trì') // 'huyện ủy thanh trì'
 */
export const nameKey = memo((s) =>
  normalizeVietnamese(s)
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/\s*[-–]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .trim(),
);

/** foldAccents for names, remembered: what search properties and search arguments are compared by. */
export const searchKey = memo(foldAccents);

/**
 * "nguyễn văn a" → "Nguyễn Văn A"; "NGUYỄN" → "Nguyễn"; "K'Ré" keeps its second capital.
 * Remembered: extraction asks it of every name it meets, and names repeat.
 */
export const capitalizeWords = memo((text) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const rest = word.slice(1);
      const keep = rest !== rest.toUpperCase() || !/\p{L}/u.test(rest) ? rest.replace(/^[^'’]*/, (m) => m.toLowerCase()) : rest.toLowerCase();
      return word.charAt(0).toUpperCase() + keep;
    })
    .join(' '),
);

export function isUpperCaseWord(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}
