// Scoring resolution against the truth: a true person whose mentions refer to more
// than one Person node is split; a Person node whose mentions are more than one
// true person is a false merge.
import type { ArticleRecord } from '../../src/extract/contract.js';
import { mentionKey } from '../../src/graph/identity/index.js';
import type { GraphEdge } from '../../src/graph/model.js';
import { nameKey } from '../../src/vietnam/text.js';

export interface Score {
  /** True people (distinct labels). */
  people: number;
  /** True people spread over more than one Person node. */
  split: number;
  /** Person nodes holding more than one true person. */
  falseMerges: number;
  /** Each Person node's true labels, sorted: the partition resolution made. */
  partition: string[][];
}

/** The mention key of each person entry of each record, in order. */
export function mentionKeys(records: readonly ArticleRecord[], articleKey: (r: ArticleRecord) => string = (r) => r.article.id): string[][] {
  return records.map((r) => {
    const seen = new Map<string, number>();
    return r.people.map((p) => {
      const n = (seen.get(nameKey(p.name)) ?? 0) + 1;
      seen.set(nameKey(p.name), n);
      return mentionKey(p.name, articleKey(r), n);
    });
  });
}

/** Scores the people that REFERS_TO relationships give the mentions of `records`. */
export function score(records: readonly ArticleRecord[], truth: readonly string[][], refersTo: ReadonlyMap<string, string>, articleKey?: (r: ArticleRecord) => string): Score {
  const keys = mentionKeys(records, articleKey);
  const nodesOf = new Map<string, Set<string>>();
  const labelsOf = new Map<string, Set<string>>();
  keys.forEach((row, i) =>
    row.forEach((key, j) => {
      const label = truth[i]?.[j] ?? '?';
      const person = refersTo.get(key) ?? `(unresolved ${key})`;
      if (!nodesOf.has(label)) nodesOf.set(label, new Set());
      nodesOf.get(label)!.add(person);
      if (!labelsOf.has(person)) labelsOf.set(person, new Set());
      labelsOf.get(person)!.add(label);
    }),
  );
  return {
    people: nodesOf.size,
    split: [...nodesOf.values()].filter((s) => s.size > 1).length,
    falseMerges: [...labelsOf.values()].filter((s) => s.size > 1).length,
    partition: [...labelsOf.values()].map((s) => [...s].sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1)),
  };
}

export function refersToOf(edges: readonly GraphEdge[]): Map<string, string> {
  return new Map(edges.filter((e) => e.type === 'REFERS_TO').map((e) => [e.from.key, e.to.key]));
}
