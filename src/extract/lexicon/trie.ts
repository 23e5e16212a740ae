// A phrase matcher over tokens: the longest lexicon phrase starting at a token
// position. Lexicons are compiled once into a trie keyed by word ids (words.ts).
import { phraseKeys, type Token } from '../tokenize.js';
import { internWord, NO_WORD } from '../words.js';
import { normalizeVietnamese } from '../../vietnam/text.js';

interface Node<T> {
  next: Map<number, Node<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  value: T;
  start: number;
  /** Index after the last token. */
  end: number;
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map() };
  /**
   * The root's children again, indexed by word id. Nearly every token is tried against a dozen
   * tries and starts a phrase of none: an indexed load answers that faster than a Map lookup.
   */
  private readonly firstNodes: Array<Node<T> | undefined> = [];
  private readonly firstWords: string[] = [];

  /** A trie of the phrases, each marked true: a set of phrases to look for. */
  static of(phrases: Iterable<string>): PhraseTrie<true> {
    const trie = new PhraseTrie<true>();
    for (const phrase of phrases) trie.add(phrase, true);
    return trie;
  }

  add(phrase: string, value: T): this {
    let node = this.root;
    for (const key of phraseKeys(normalizeVietnamese(phrase))) {
      const id = internWord(key);
      let child = node.next.get(id);
      if (!child) {
        child = { next: new Map() };
        node.next.set(id, child);
        if (node === this.root) {
          this.firstWords.push(key);
          while (this.firstNodes.length <= id) this.firstNodes.push(undefined);
          this.firstNodes[id] = child;
        }
      }
      node = child;
    }
    node.value = value;
    return this;
  }

  /** The keys a phrase can start with. */
  firstKeys(): string[] {
    return [...this.firstWords];
  }

  /** Longest phrase starting at tokens[start]. */
  longest(tokens: readonly Token[], start: number): PhraseMatch<T> | undefined {
    const first = tokens[start];
    // NO_WORD is no index of firstNodes: a word of no lexicon starts nothing.
    let node = first === undefined || first.id >= this.firstNodes.length ? undefined : this.firstNodes[first.id];
    if (node === undefined) return undefined;
    let value = node.value;
    let end = value === undefined ? start : start + 1;
    for (let i = start + 1; i < tokens.length; i++) {
      const id = tokens[i]!.id;
      if (id === NO_WORD) break;
      node = node.next.get(id);
      if (node === undefined) break;
      if (node.value !== undefined) {
        value = node.value;
        end = i + 1;
      }
    }
    return value === undefined ? undefined : { value, start, end };
  }
}
