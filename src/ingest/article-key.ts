// The graph's key of an article, derived here and nowhere else: a digest of its
// text, so two different files never share an Article node however they are named,
// and the same text read from two folders (or as x.txt and x.html) is one article.
// The text is normalised first (NFC, one tone placement, whitespace collapsed), so
// a copy saved by another editor is still the same article.
import { createHash } from 'node:crypto';
import { normalizeVietnamese } from '../vietnam/text.js';

/** Hex digits of the SHA-256 kept: 64 bits, no chance collision among billions of articles. */
const KEY_DIGITS = 16;

/** @example articleKey('Hội nghị …') // '3f1c0a…' (16 hex digits) */
export function articleKey(text: string): string {
  const normal = normalizeVietnamese(text).replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(normal, 'utf8').digest('hex').slice(0, KEY_DIGITS);
}
