// Word ids: every word that a lexicon phrase holds gets a small integer, once, and
// each token carries the id of its key (0 for a word no lexicon holds). Lexicon
// tries and word sets then match on integers: a token's key is hashed once when
// it is tokenized, not again by each of the dozen lexicons that look at it.

/** The id of a token whose key is in no lexicon: it starts and continues no phrase. */
export const NO_WORD = 0;

const ids = new Map<string, number>();

/** The id of a lower-case token key, NO_WORD when no lexicon holds it. */
export function wordId(key: string): number {
  return ids.get(key) ?? NO_WORD;
}

/** The id of a lexicon's word, given one the first time it is seen. */
export function internWord(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size + 1;
    ids.set(key, id);
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
