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
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ABBREVIATION = /^(tp|tx|tt|ths|ts|pgs|gs)\.$/i;

// Character classes for the code points Vietnamese text uses, computed once.
const TABLE_SIZE = 0x2000;
const WORD = 1;
const SPACE = 2;
const classes = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (LETTER_OR_DIGIT.test(ch)) classes[c] = WORD;
  else if (/\s/.test(ch)) classes[c] = SPACE;
}

function classOf(code: number): number {
  if (code < TABLE_SIZE) return classes[code]!;
  const ch = String.fromCharCode(code);
  return LETTER_OR_DIGIT.test(ch) ? WORD : /\s/.test(ch) ? SPACE : 0;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function push(tokens: Token[], sentence: string, start: number, end: number): void {
  const text = sentence.slice(start, end);
  const isWord = end - start > 1 || WORD_CHAR.test(text);
  const index = tokens.length;
  tokens.push({ type: 'word', text, key: text.toLowerCase(), start: index, end: index + 1, isWord, isCapitalized: isWord && isUpper(text.charAt(0)) });
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const cls = classOf(sentence.charCodeAt(i));
    if (cls === SPACE) { i++; continue; }
    if (cls !== WORD) { push(tokens, sentence, i, i + 1); i++; continue; }
    let j = i + 1;
    for (;;) {
      while (j < n && classOf(sentence.charCodeAt(j)) === WORD) j++;
      // "7.396", "Th.S", "l'": a dot or apostrophe between word characters stays inside.
      const c = sentence.charCodeAt(j);
      if ((c === 46 || c === 39 || c === 0x2019) && j + 1 < n && classOf(sentence.charCodeAt(j + 1)) === WORD) { j += 1; continue; }
      break;
    }
    // "TP." keeps its dot; any other trailing dot ends the sentence.
    if (sentence.charCodeAt(j) === 46 && ABBREVIATION.test(sentence.slice(i, j + 1))) j++;
    push(tokens, sentence, i, j);
    i = j;
  }
  return tokens;
}

/** Phrase → list of lower-case token keys, tokenised the same way as sentences. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
