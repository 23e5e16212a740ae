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

// GLUED_SURNAME as a scan over character codes: a regex that starts with a lookbehind on
// Unicode classes is tried at every position of the article, and costs more than all the
// rest of normalisation. A code unit is classed the first time it is met, by the regex's classes.
const LOWER = 1;
const UPPER = 2;
const UNCLASSED = 3;
const letterCases = new Uint8Array(0x10000).fill(UNCLASSED);

function letterCase(text: string, i: number): number {
  const code = text.charCodeAt(i);
  let found = letterCases[code]!;
  if (found === UNCLASSED) {
    const ch = String.fromCharCode(code);
    found = letterCases[code] = /\p{Ll}/u.test(ch) ? LOWER : /\p{Lu}/u.test(ch) ? UPPER : 0;
  }
  return found;
}
/** A surrogate: a letter outside the table's plane may be one, so such a text takes the regex. */
const SURROGATE = /[\uD800-\uDFFF]/;

function unglueSurnames(text: string): string {
  if (SURROGATE.test(text)) return text.replace(GLUED_SURNAME, unglueSurname);
  let out = '';
  let copied = 0;
  const n = text.length;
  for (let i = 1; i < n; i++) {
    if (letterCase(text, i) !== UPPER || letterCase(text, i - 1) !== LOWER) continue;
    let end = i + 1;
    while (end < n && letterCase(text, end) === LOWER) end++;
    if (end === i + 1 || end + 1 >= n || text.charCodeAt(end) !== 32 || letterCase(text, end + 1) !== UPPER) continue;
    const glued = text.slice(i, end);
    const unglued = unglueSurname(glued);
    if (unglued !== glued) {
      out += text.slice(copied, i) + unglued;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function normalizeArticle(raw: string): string {
  return unglueSurnames(
    normalizeVietnamese(raw)
      .replace(ODD_CHARACTERS, replaceOdd)
      .replace(SPACING, (m) => (m.includes('\n') ? '\n' : ' ')),
  );
}
