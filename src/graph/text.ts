// Text forms used for keys and search, shared by the graph builder and both stores.
// Keys keep tone marks (Hồng and Hùng, Hà and Hạ are different names); search folds
// them away so "le tien nhat" finds "Lê Tiến Nhật".

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
const TONES_G = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Puts the tone mark of a syllable ending in oa, oe or uy on the first vowel
 * (hoà → hòa, uỷ → ủy, khoẻ → khỏe), as the extraction contract asks; qu + y keeps it
 * on y (quý). Other syllables are left as they are.
 */
function placeTone(syllable: string): string {
  const d = syllable.normalize('NFD');
  const tone = d.match(TONES)?.[0];
  if (tone === undefined) return syllable;
  const bare = d.replace(TONES_G, '');
  const m = /(o)(a|e)$|(u)(y)$/i.exec(bare);
  if (m === null) return syllable;
  const at = m.index;
  if (m[3] !== undefined && at > 0 && /q/i.test(bare[at - 1] ?? '')) return syllable;
  // The first vowel of the pair, plus any marks already on it (ơ's horn is not in TONES).
  let end = at + 1;
  while (end < bare.length && /[\u0300-\u036f]/.test(bare[end] ?? '')) end += 1;
  return (bare.slice(0, end) + tone + bare.slice(end)).normalize('NFC');
}

/** NFC, single spaces, tone placement: the display form of a name. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map(placeTone)
    .join(' ');
}

/** The key form of a name: normalizeText, lower case. Keeps tone marks. */
export function keyText(s: string): string {
  return normalizeText(s).toLowerCase();
}

/** Accent- and case-insensitive form for search: no marks, đ → d, lower case, single spaces. */
export function foldSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
