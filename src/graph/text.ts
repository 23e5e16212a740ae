// Text forms used for keys and search, shared by the graph builder and both stores.
// Keys keep tone marks (Hồng and Hùng, Hà and Hạ are different names); search folds
// them away so "le tien nhat" finds "Lê Tiến Nhật".

import { nameKey, normaliseTone } from '../extract/lexicon/places.js';

/** NFC, single spaces, the contract's tone placement (Hòa, ủy): the display form of a name. */
export function normalizeText(s: string): string {
  return normaliseTone(s).replace(/\s+/g, ' ').trim();
}

/** The key form of a name: normalizeText, lower case. Keeps tone marks. */
export function keyText(s: string): string {
  return nameKey(s);
}

/** Accent- and case-insensitive form for search: no marks, đ → d, lower case, single spaces. */
export function foldSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
