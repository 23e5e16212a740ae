// Splits a sentence into word and punctuation tokens with their offsets, the
// unit every recogniser matches on. Keys are lower-cased, tone-normalised text.
import { isCapitalized } from './text.js';

export interface Token {
  text: string;
  /** Lower case: what lexicon phrases are matched against. */
  key: string;
  start: number;
  end: number;
  isWord: boolean;
  isCapitalized: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    let text = match[0];
    // A trailing dot belongs to the word only in abbreviations like "TP." or "Tp.".
    if (text.length > 1 && text.endsWith('.') && !/^(tp|tx|tt|đ\/c|ths|ts|pgs|gs)\.$/i.test(text)) {
      text = text.slice(0, -1);
    }
    const start = match.index;
    const isWord = /[\p{L}\p{N}]/u.test(text);
    tokens.push({ text, key: text.toLowerCase(), start, end: start + text.length, isWord, isCapitalized: isWord && isCapitalized(text) });
    if (text.length < match[0].length) {
      tokens.push({ text: '.', key: '.', start: start + text.length, end: start + text.length + 1, isWord: false, isCapitalized: false });
    }
  }
  return tokens;
}

/** Phrase → list of lower-case token keys, tokenised the same way as sentences. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
