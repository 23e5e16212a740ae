// A Mention's profile (graph/identity/mention.ts) names the sentences behind each of
// its posts and roles, often the same sentence for several of them. Stored as
// written, those quotes were the largest part of a graph file (a third of it at
// 33,500 generated articles) and of what resolution reads back for every name a
// batch touches. In the file each quote is instead an [article key, sentence id]
// reference into `sentence`, where every evidence sentence is stored once; reading
// a Mention turns the references back into the exact strings written. A quote kept
// as a string (a file written before references) reads as it is.
import { decodeEvidence, encodeEvidence, type GraphNode } from '../../graph/model.js';
import type { Statements } from './database.js';
import type { EvidenceRef } from './write.js';

type StoredEvidence = string | EvidenceRef;

interface WithEvidence<E> {
  evidence: E[];
}

interface ProfileShape<E> {
  posts?: WithEvidence<E>[];
  roles?: WithEvidence<E>[];
}

/** The profile JSON with every evidence item mapped; anything else in it is kept as it is. */
function mapEvidence<A, B>(profile: string, map: (item: A) => B): string {
  const parsed = JSON.parse(profile) as ProfileShape<A>;
  for (const list of [parsed.posts, parsed.roles]) {
    if (!Array.isArray(list)) continue;
    for (const fact of list) if (Array.isArray(fact.evidence)) (fact as unknown as WithEvidence<B>).evidence = fact.evidence.map(map);
  }
  return JSON.stringify(parsed);
}

/** A Mention's props as the file keeps them: quotes as sentence references. Other nodes as they are. */
export function toStoredProps(node: GraphNode, sentenceId: (quote: string) => number): GraphNode['props'] {
  if (node.label !== 'Mention') return node.props;
  const profile = mapEvidence<string, StoredEvidence>(node.props.profile, (encoded) => {
    const { articleId, quote } = decodeEvidence(encoded);
    // Only what decodes back to the same string becomes a reference.
    return encodeEvidence({ articleId, quote }) === encoded ? [articleId, sentenceId(quote)] : encoded;
  });
  return { ...node.props, profile };
}

/** Reads stored node props back into the model's form, quoting sentences by id from the file. */
export class StoredProps {
  constructor(private readonly st: Statements) {}

  parse(label: string, json: string): GraphNode['props'] {
    const props = JSON.parse(json) as GraphNode['props'];
    if (label !== 'Mention' || !('profile' in props) || typeof props.profile !== 'string') return props;
    const quotes = new Map<number, string>();
    const profile = mapEvidence<StoredEvidence, string>(props.profile, (item) => {
      if (typeof item === 'string') return item;
      const [articleId, id] = item;
      let quote = quotes.get(id);
      if (quote === undefined) {
        const row = this.st.get('SELECT text FROM sentence WHERE id = ?').get(id) as { text: string } | undefined;
        if (row === undefined) throw new Error(`embedded store: a mention refers to sentence ${id}, which the graph file does not hold`);
        quote = row.text;
        quotes.set(id, quote);
      }
      return encodeEvidence({ articleId, quote });
    });
    return { ...props, profile };
  }
}
