// Stage 1: text normalisation. NFC and one tone placement, one kind of dash,
// no stray control characters, single spaces. Offsets are not kept: evidence
// is quoted from the normalised text, which differs only in these respects.
import { normalizeVietnamese } from '../vietnam/text.js';

const ODD_CHARACTERS = /\r\n?|[\u00A0\u2000-\u200B\u202F\u205F\u3000]|[\u2010-\u2015\u2212]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g;
const SPACING = /[ \t]*\n[ \t]*|[ \t]{2,}|\t/g;

function replaceOdd(ch: string): string {
  if (ch.charCodeAt(0) === 13) return '\n';
  if (/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/.test(ch)) return ' ';
  if (/[\u2010-\u2015\u2212]/.test(ch)) return '-';
  return '';
}

export function normalizeArticle(raw: string): string {
  return normalizeVietnamese(raw)
    .replace(ODD_CHARACTERS, replaceOdd)
    .replace(SPACING, (m) => (m.includes('\n') ? '\n' : ' '));
}
