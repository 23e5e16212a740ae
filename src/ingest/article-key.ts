// The graph's key of an article, derived here and nowhere else: a digest of its
// text, so two different files never share an Article node however they are named,
// and the same text read from two folders (or as x.txt and x.html) is one article.
// The text is normalised first (NFC, one tone placement, whitespace collapsed), so
// a copy saved by another editor is still the same article.
import { hash } from 'node:crypto';
import { normalizeVietnamese } from '../vietnam/text.js';

/** Bytes of the SHA-256 kept (16 hex digits): 64 bits, no chance collision among billions of articles. */
const KEY_BYTES = 8;

/**
 * Each run of white space becomes one space. A single space is left alone rather than
 * replaced by itself: most of an article's matches would be that.
 */
const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** @example articleKey('Hội nghị …') // '3f1c0a…' (16 hex digits) */
export function articleKey(text: string): string {
  const normal = normalizeVietnamese(text).replace(SPACE_TO_COLLAPSE, ' ').trim();
  // Only the bytes kept are turned into hex: a slice of the whole digest's hex would keep all 64 digits alive as long as the key.
  return hash('sha256', normal, 'buffer').subarray(0, KEY_BYTES).toString('hex');
}
