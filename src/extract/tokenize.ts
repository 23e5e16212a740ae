// Splits a sentence into word and punctuation tokens with their offsets, the
// unit every recogniser matches on. Keys are lower-cased, tone-normalised text.
// A hand-written scanner: it runs over every byte of every article.

export interface Token {
  /** Tokens double as the scanner's plain-word items (see recognize/scan.ts). */
  type: 'word';
  text: string;
  /** Lower case: what lexicon phrases are matched against. */
  key: string;
  /** This token's index, and the index after it. */
  start: number;
  end: number;
  isWord: boolean;
  isCapitalized: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const ABBREVIATION = /^(tp|tx|tt|ths|ts|pgs|gs)\.$/i;

// Character classes for the code points Vietnamese text uses, computed once.
const TABLE_SIZE = 0x2000;
const WORD = 1;
const SPACE = 2;
const classes = new Uint8Array(TABLE_SIZE);
const upper = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (LETTER_OR_DIGIT.test(ch)) classes[c] = WORD;
  else if (/\s/.test(ch)) classes[c] = SPACE;
}

for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (ch !== ch.toLowerCase()) upper[c] = 1;
}

function isUpperCode(code: number): boolean {
  if (code < TABLE_SIZE) return upper[code] === 1;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

function classOf(code: number): number {
  if (code < TABLE_SIZE) return classes[code]!;
  const ch = String.fromCharCode(code);
  return LETTER_OR_DIGIT.test(ch) ? WORD : /\s/.test(ch) ? SPACE : 0;
}

function push(tokens: Token[], sentence: string, start: number, end: number, hasUpper: boolean, isWord: boolean): void {
  const text = sentence.slice(start, end);
  // toLowerCase on Vietnamese (two-byte) text is slow: only words with a capital need it.
  const key = hasUpper ? text.toLowerCase() : text;
  const index = tokens.length;
  tokens.push({ type: 'word', text, key, start: index, end: index + 1, isWord, isCapitalized: hasUpper && isWord && text.charCodeAt(0) !== key.charCodeAt(0) });
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const cls = classOf(sentence.charCodeAt(i));
    if (cls === SPACE) { i++; continue; }
    if (cls !== WORD) { push(tokens, sentence, i, i + 1, false, false); i++; continue; }
    let j = i + 1;
    let hasUpper = isUpperCode(sentence.charCodeAt(i));
    for (;;) {
      while (j < n && classOf(sentence.charCodeAt(j)) === WORD) {
        if (!hasUpper && isUpperCode(sentence.charCodeAt(j))) hasUpper = true;
        j++;
      }
      // "7.396", "Th.S", "l'": a dot or apostrophe between word characters stays inside.
      const c = sentence.charCodeAt(j);
      if ((c === 46 || c === 39 || c === 0x2019) && j + 1 < n && classOf(sentence.charCodeAt(j + 1)) === WORD) { j += 1; continue; }
      break;
    }
    // "TP." keeps its dot; any other trailing dot ends the sentence.
    if (sentence.charCodeAt(j) === 46 && ABBREVIATION.test(sentence.slice(i, j + 1))) j++;
    push(tokens, sentence, i, j, hasUpper, true);
    i = j;
  }
  return tokens;
}

/** Phrase → list of lower-case token keys, tokenised the same way as sentences. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
