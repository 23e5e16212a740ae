// Splits a sentence into word and punctuation tokens with their offsets, the
// unit every recogniser matches on. Keys are lower-cased, tone-normalised text.
// A hand-written scanner: it runs over every byte of every article.
import { compileLateLexicons, wordId } from './words.js';

export interface Token {
  /** Tokens double as the scanner's plain-word items (see recognize/scan.ts). */
  type: 'word';
  text: string;
  /** Lower case: what lexicon phrases are matched against. */
  key: string;
  /** The key's word id (words.ts): what lexicons match on; 0 when none holds it. */
  id: number;
  /** This token's index, and the index after it. */
  start: number;
  end: number;
  isWord: boolean;
  isCapitalized: boolean;
}

/** The dashes a token can be: hyphen, en dash, em dash ("Phó Chủ tịch - Tổng Thư ký", "2015–2020"). */
export const DASH_TOKENS: ReadonlySet<string> = new Set(['-', '–', '—']);

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const ABBREVIATION = /^(tp|tx|tt|ths|ts|pgs|gs|p|q)\.$/i;
/** "P.5", "Q.3": a ward's or district's number after its abbreviation. */
const NUMBERED_UNIT = /^[PQ]\.$/;

// Character flags for the code points Vietnamese text uses, computed once.
const TABLE_SIZE = 0x2000;
const WORD = 1;
const SPACE = 2;
const UPPER = 4;

function computeFlags(code: number): number {
  const ch = String.fromCharCode(code);
  let flags = 0;
  if (LETTER_OR_DIGIT.test(ch)) flags |= WORD;
  else if (/\s/.test(ch)) flags |= SPACE;
  if (ch !== ch.toLowerCase()) flags |= UPPER;
  return flags;
}

const table = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) table[c] = computeFlags(c);

// Sentences reach the tokenizer as strings of many internal kinds (flat or sliced, one or two
// bytes a character): a method call on so many kinds goes through a generic property lookup
// for every character, where a call through the prototype's own function is compiled inline.
const charCodeAt = String.prototype.charCodeAt;

function flagsAt(text: string, i: number): number {
  const code = charCodeAt.call(text, i);
  return code < TABLE_SIZE ? table[code]! : computeFlags(code);
}

function push(tokens: Token[], sentence: string, start: number, end: number, hasUpper: boolean, isWord: boolean): void {
  const text = sentence.slice(start, end);
  // toLowerCase on Vietnamese (two-byte) text is slow: only words with a capital need it.
  const key = hasUpper ? text.toLowerCase() : text;
  const index = tokens.length;
  tokens.push({ type: 'word', text, key, id: wordId(key), start: index, end: index + 1, isWord, isCapitalized: hasUpper && isWord && charCodeAt.call(text, 0) !== charCodeAt.call(key, 0) });
}

export function tokenize(sentence: string): Token[] {
  compileLateLexicons();
  return split(sentence);
}

function split(sentence: string): Token[] {
  const tokens: Token[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const first = flagsAt(sentence, i);
    if (first & SPACE) { i++; continue; }
    if (!(first & WORD)) { push(tokens, sentence, i, i + 1, false, false); i++; continue; }
    let j = i + 1;
    let hasUpper = (first & UPPER) !== 0;
    for (;;) {
      let f = 0;
      while (j < n && ((f = flagsAt(sentence, j)) & WORD)) {
        if (f & UPPER) hasUpper = true;
        j++;
      }
      // "7.396", "Th.S", "l'": a dot or apostrophe between word characters stays inside.
      const c = charCodeAt.call(sentence, j);
      // "TP.Hà Nội", "TS.Nguyễn": an abbreviation's dot before a capitalised word ends the
      // token ("TP.HCM", an acronym, stays whole).
      if (c === 46 && j - i <= 3 && j + 2 < n && flagsAt(sentence, j + 1) & UPPER && (flagsAt(sentence, j + 2) & (WORD | UPPER)) === WORD && ABBREVIATION.test(sentence.slice(i, j + 1))) { j += 1; break; }
      if (c === 46 && j - i === 1 && j + 1 < n && /\d/.test(sentence[j + 1]!) && NUMBERED_UNIT.test(sentence.slice(i, j + 1))) { j += 1; break; }
      if ((c === 46 || c === 39 || c === 0x2019) && j + 1 < n && flagsAt(sentence, j + 1) & WORD) { j += 1; continue; }
      break;
    }
    // "TP." keeps its dot; any other trailing dot ends the sentence.
    if (j - i <= 3 && charCodeAt.call(sentence, j) === 46 && ABBREVIATION.test(sentence.slice(i, j + 1))) j++;
    push(tokens, sentence, i, j, hasUpper, true);
    i = j;
  }
  return tokens;
}

/**
 * Phrase → list of lower-case token keys, tokenised the same way as sentences. Lexicons
 * call it while they are compiled, so it leaves the late ones waiting.
 */
export function phraseKeys(phrase: string): string[] {
  return split(phrase).map((t) => t.key);
}
