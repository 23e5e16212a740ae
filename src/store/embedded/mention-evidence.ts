// A Mention's profile (graph/identity/mention.ts) names the sentences behind each of
// its posts and roles, often the same sentence for several of them. Stored as
// written, those quotes were the largest part of a graph file (a third of it at
// 33,500 generated articles) and of what resolution reads back for every name a
// batch touches. In the file each quote is instead an [article key, sentence id]
// reference into `sentence`, where every evidence sentence is stored once; reading
// a Mention turns the references back into the exact strings written. A quote kept
// as a string (a file written before references) reads as it is.
import { decodeEvidence, encodeEvidence, type GraphNode, type MentionNode } from '../../graph/model.js';
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

/** The profile JSON parsed, with every evidence item mapped in place; anything else in it is kept as it is. */
function mapEvidenceParsed<A, B>(profile: string, map: (item: A) => B): unknown {
  const parsed = JSON.parse(profile) as ProfileShape<A>;
  for (const list of [parsed.posts, parsed.roles]) {
    if (!Array.isArray(list)) continue;
    for (const fact of list) if (Array.isArray(fact.evidence)) (fact as unknown as WithEvidence<B>).evidence = fact.evidence.map(map);
  }
  return parsed;
}

/** The profile JSON with every evidence item mapped. */
function mapEvidence<A, B>(profile: string, map: (item: A) => B): string {
  return JSON.stringify(mapEvidenceParsed(profile, map));
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
    return { ...props, profile: JSON.stringify(this.quoted(props.profile)) };
  }

  /**
   * A stored Mention's props (their JSON) as the model has them, and beside them its
   * profile parsed, equal to JSON.parse(props.profile): resolution reads every mention
   * of a name each time a batch names it, so the profile is parsed once, not again.
   */
  mention(json: string): { props: MentionNode['props']; profile: unknown } {
    const props = JSON.parse(json) as MentionNode['props'];
    if (typeof props.profile !== 'string') throw new Error(`embedded store: expected a mention's profile as JSON text, got ${typeof props.profile}`);
    const profile = this.quoted(props.profile);
    return { props: { ...props, profile: JSON.stringify(profile) }, profile };
  }

  /** A stored profile parsed, its sentence references turned back into the quotes written. */
  private quoted(profile: string): unknown {
    const quotes = new Map<number, string>();
    return mapEvidenceParsed<StoredEvidence, string>(profile, (item) => {
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
  }
}
