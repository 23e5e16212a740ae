// Word ids: every word that a lexicon phrase holds gets a small integer, once, and
// each token carries the id of its key (0 for a word no lexicon holds). Lexicon
// tries and word sets then match on integers: a token's key is hashed once when
// it is tokenized, not again by each of the dozen lexicons that look at it.

/** The id of a token whose key is in no lexicon: it starts and continues no phrase. */
export const NO_WORD = 0;

const ids = new Map<string, number>();
/** Each word by its id. */
const words: string[] = [''];

// Looking a fresh token string up in a Map makes V8 hash it in its runtime, which cost
// as much as the rest of tokenizing. Tokens are looked up instead in an open-addressing
// table by a hash computed over their characters, lower-cased through a table; the Map
// stays for the few tokens whose characters the table does not cover.
const LOWER_SIZE = 0x2000;
/** The lower case of each code unit below LOWER_SIZE; 0 where it is not one code unit or depends on context (Σ). */
const LOWER = new Uint16Array(LOWER_SIZE);
for (let code = 0; code < LOWER_SIZE; code++) {
  const lower = String.fromCharCode(code).toLowerCase();
  if (lower.length === 1 && code !== 0x3a3) LOWER[code] = lower.charCodeAt(0);
}
let slots = new Int32Array(1 << 12);

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
const SEED = 0x811c9dc5 | 0;

function place(id: number): void {
  const key = words[id]!;
  let hash = SEED;
  for (let i = 0; i < key.length; i++) hash = mix(hash, key.charCodeAt(i));
  const mask = slots.length - 1;
  let at = hash & mask;
  while (slots[at] !== 0) at = (at + 1) & mask;
  slots[at] = id;
}

/** The id of a lower-case token key, NO_WORD when no lexicon holds it. */
export function wordId(key: string): number {
  return ids.get(key) ?? NO_WORD;
}

/**
 * The id of the token text[start, end), whose lower case is `key`: what wordId(key) is,
 * found without hashing the key in V8's runtime.
 */
export function tokenWordId(text: string, start: number, end: number, key: string): number {
  let hash = SEED;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const lower = code < LOWER_SIZE ? LOWER[code]! : 0;
    if (lower === 0) return wordId(key);
    hash = mix(hash, lower);
  }
  const mask = slots.length - 1;
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const id = slots[at]!;
    if (id === NO_WORD) return NO_WORD;
    if (words[id] === key) return id;
  }
}

/** The id of a lexicon's word, given one the first time it is seen. */
export function internWord(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = words.length;
    ids.set(key, id);
    words.push(key);
    // At most a quarter full, so that probes stay short.
    if (words.length * 4 > slots.length) {
      slots = new Int32Array(slots.length * 2);
      for (let other = 1; other < words.length; other++) place(other);
    } else {
      place(id);
    }
  }
  return id;
}

// A lexicon compiled on first use (the gazetteer's place names) must hold its words
// before any token is given an id, or tokens made earlier would miss them.
const lateLexicons: Array<() => void> = [];

/** Registers a lexicon built on first use; it is built before the first token is made. */
export function compileBeforeTokens(build: () => void): void {
  lateLexicons.push(build);
}

/** Builds the lexicons still waiting (see compileBeforeTokens); cheap once done. */
export function compileLateLexicons(): void {
  while (lateLexicons.length > 0) lateLexicons.pop()!();
}

/** A set of lexicon words, tested by a token's id. Built when its module loads, before any token. */
export class WordSet {
  private readonly members = new Set<number>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) this.members.add(internWord(key));
  }

  has(token: { id: number } | undefined): boolean {
    return token !== undefined && token.id !== NO_WORD && this.members.has(token.id);
  }
}
