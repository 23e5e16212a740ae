// Stage 1: text normalisation. NFC and one tone placement, one kind of dash,
// no stray control characters, single spaces. Offsets are not kept: evidence
// is quoted from the normalised text, which differs only in these respects.
import { normalizeVietnamese } from '../vietnam/text.js';
import { SURNAMES } from './lexicon/surnames.js';

const ODD_CHARACTERS = /\r\n?|[\u00A0\u2000-\u200B\u202F\u205F\u3000]|[\u2010-\u2015\u2212]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g;
// Spaces around a line break, and runs of spaces or tabs. A bare line break stays as it is,
// so it is not matched at all (most lines end with one).
const SPACING = /[ \t]+\n[ \t]*|\n[ \t]+|[ \t]{2,}|\t/g;

/** What an ODD_CHARACTERS match becomes: a line break, a space, a hyphen, or nothing. */
function replaceOdd(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 13) return '\n';
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000) return ' ';
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
  return '';
}

const SURNAME_KEYS: ReadonlySet<string> = new Set(SURNAMES.map((s) => s.toLowerCase()));
/**
 * A word glued to a family name by a lost space, a name going on after it: "UBND
 * tỉnhNguyễn Văn A", "Tỉnh ủyLê B". Brand names glued the same way ("VinFast", "VietJet")
 * have no family name after the join.
 */
const GLUED_SURNAME = /(?<=\p{Ll})(\p{Lu}\p{Ll}+)(?= \p{Lu})/gu;

function unglueSurname(glued: string): string {
  return SURNAME_KEYS.has(glued.toLowerCase()) ? ` ${glued}` : glued;
}

export function normalizeArticle(raw: string): string {
  return normalizeVietnamese(raw)
    .replace(ODD_CHARACTERS, replaceOdd)
    .replace(SPACING, (m) => (m.includes('\n') ? '\n' : ' '))
    .replace(GLUED_SURNAME, unglueSurname);
}
