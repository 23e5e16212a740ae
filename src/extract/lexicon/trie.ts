// A phrase matcher over token keys: the longest lexicon phrase starting at a
// token position. Lexicons are compiled once into a trie.
import { phraseKeys, type Token } from '../tokenize.js';
import { normalizeVietnamese } from '../../vietnam/text.js';

interface Node<T> {
  next: Map<string, Node<T>>;
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

  add(phrase: string, value: T): this {
    let node = this.root;
    for (const key of phraseKeys(normalizeVietnamese(phrase))) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.value = value;
    return this;
  }

  /** The keys a phrase can start with. */
  firstKeys(): string[] {
    return [...this.root.next.keys()];
  }

  /** Longest phrase starting at tokens[start]. */
  longest(tokens: readonly Token[], start: number): PhraseMatch<T> | undefined {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = start; i < tokens.length && node; i++) {
      node = node.next.get(tokens[i]!.key);
      if (node?.value !== undefined) best = { value: node.value, start, end: i + 1 };
    }
    return best;
  }
}
