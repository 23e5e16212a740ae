// Text forms used for keys and search, shared by the graph builder and both stores.
// Keys keep tone marks (Hồng and Hùng, Hà and Hạ are different names); search folds
// them away so "le tien nhat" finds "Lê Tiến Nhật".

import { nameKey, normaliseTone } from '../extract/lexicon/places.js';

// Names repeat across thousands of articles; remembering recent results makes
// building a large corpus several times faster. Bounded, so memory stays flat.
const CACHE_LIMIT = 50_000;

function memo(f: (s: string) => string): (s: string) => string {
  let cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      if (cache.size >= CACHE_LIMIT) cache = new Map();
      out = f(s);
      cache.set(s, out);
    }
    return out;
  };
}

/** NFC, single spaces, the contract's tone placement (Hòa, ủy): the display form of a name. */
export const normalizeText = memo((s) => normaliseTone(s).replace(/\s+/g, ' ').trim());

/** The key form of a name: normalizeText, lower case. Keeps tone marks. */
export const keyText = memo(nameKey);

/** foldSearch without the cache, for text seen once (sentences). */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Accent- and case-insensitive form for search: no marks, đ → d, lower case, single spaces. */
export const foldSearch = memo(foldText);
