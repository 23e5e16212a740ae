// Word ids: every word that a lexicon phrase holds gets a small integer, once, and
// each token carries the id of its key (0 for a word no lexicon holds). Lexicon
// tries and word sets then match on integers: a token's key is hashed once when
// it is tokenized, not again by each of the dozen lexicons that look at it.

/** The id of a token whose key is in no lexicon: it starts and continues no phrase. */
export const NO_WORD = 0;

// Every token's key is looked up, and each key is a new string: a Map would have the engine
// hash it in a runtime call. The table below hashes the key's code units in place instead
// (open addressing, linear probing, at most half full) and compares the word it finds.
/** Words by id: words[id] is the word given that id (words[0] is no word). */
const words: string[] = [''];
let slots = new Int32Array(1024);

function slotOf(key: string, mask: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & mask;
}

/** The id of a lower-case token key, NO_WORD when no lexicon holds it. */
export function wordId(key: string): number {
  const mask = slots.length - 1;
  for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
    const id = slots[slot]!;
    if (id === NO_WORD || words[id] === key) return id;
  }
}

function place(id: number): void {
  const mask = slots.length - 1;
  let slot = slotOf(words[id]!, mask);
  while (slots[slot] !== NO_WORD) slot = (slot + 1) & mask;
  slots[slot] = id;
}

/** The id of a lexicon's word, given one the first time it is seen. */
export function internWord(key: string): number {
  const found = wordId(key);
  if (found !== NO_WORD) return found;
  const id = words.length;
  words.push(key);
  if (words.length * 2 > slots.length) {
    slots = new Int32Array(slots.length * 2);
    for (let other = 1; other < words.length; other++) place(other);
  } else {
    place(id);
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

/**
 * A set of lexicon words, tested by a token's id. Built when its module loads, before any token.
 * A byte per word id, not a Set: it is tested for every token of every sentence, and an
 * indexed load costs a fraction of a hash lookup. Words interned later have larger ids and
 * are no members.
 */
export class WordSet {
  private readonly members: Uint8Array;

  constructor(keys: Iterable<string>) {
    const ids = [...keys].map(internWord);
    this.members = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) this.members[id] = 1;
  }

  has(token: { id: number } | undefined): boolean {
    return token !== undefined && token.id < this.members.length && this.members[token.id] === 1;
  }
}
