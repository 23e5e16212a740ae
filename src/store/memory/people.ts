// Resolution's reads and writes on the embedded store (store.ts, "Resolution"):
// mentions and people by block, people rewritten with exactly the relationships
// resolution gives them, and how a person was resolved.

import { mentionOf, type StoredPerson } from '../../graph/identity/index.js';
import { nodeId, type GraphBatch, type GraphEdge, type MentionNode, type NodeRef } from '../../graph/model.js';
import { orderIdentity } from '../orders.js';
import { PERSON_EDGE_TYPES, type IdentityDTO, type MentionDTO, type PeopleWriteSummary, type StoredMention } from '../store.js';
import type { Dto } from './dto.js';
import type { MemoryGraph } from './graph.js';

const PERSON_TYPES = new Set(PERSON_EDGE_TYPES);

export class MemoryPeople {
  constructor(
    private readonly g: MemoryGraph,
    private readonly dto: Dto,
  ) {}

  mentionsOf(blocks: readonly string[]): StoredMention[] {
    const out: StoredMention[] = [];
    for (const block of blocks) {
      for (const id of this.g.inBlock(block)) {
        const n = this.g.attrs(id);
        if (n.label !== 'Mention') continue;
        const person = this.g.out(id, 'REFERS_TO')[0]?.other;
        out.push({ mention: mentionOf(n), person: person === undefined ? null : this.g.attrs(person).key });
      }
    }
    return out.sort((a, b) => (a.mention.key < b.mention.key ? -1 : 1));
  }

  storedPeople(blocks: readonly string[]): StoredPerson[] {
    const out: StoredPerson[] = [];
    for (const block of blocks) {
      for (const id of this.g.inBlock(block)) {
        const n = this.g.attrs(id);
        if (n.label === 'Person') out.push({ key: n.key, signature: n.props.signature });
      }
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  replacePeople(remove: readonly string[], people: GraphBatch): PeopleWriteSummary {
    const summary: PeopleWriteSummary = { removed: 0, written: 0, createdPeople: 0, createdRelationships: 0 };
    for (const key of remove) {
      const id = nodeId({ label: 'Person', key });
      if (!this.g.graph.hasNode(id)) continue;
      for (const { other } of this.g.in(id, 'REFERS_TO')) this.dropSameAs(other, new Set());
      this.g.dropNode(id);
      summary.removed += 1;
    }
    const owner = new Map<string, string>();
    for (const e of people.edges) if (e.type === 'REFERS_TO') owner.set(nodeId(e.from), nodeId(e.to));
    const edgesOf = new Map<string, GraphEdge[]>();
    const sameAsOf = new Map<string, GraphEdge[]>();
    for (const e of people.edges) {
      this.expectNodes(e.from, e.to, e.type);
      if (e.type === 'SAME_AS') push(sameAsOf, owner.get(nodeId(e.from)) ?? '', e);
      else push(edgesOf, nodeId(e.from.label === 'Person' ? e.from : e.to), e);
    }
    for (const node of people.nodes) {
      const id = nodeId(node);
      const edges = edgesOf.get(id) ?? [];
      const sameAs = sameAsOf.get(id) ?? [];
      const keep = new Set(sameAs.map((e) => `${nodeId(e.from)}\u0000${nodeId(e.to)}`));
      for (const e of edges) if (e.type === 'REFERS_TO') this.dropSameAs(nodeId(e.from), keep);
      const written = this.g.replace(node, PERSON_TYPES, edges);
      summary.written += 1;
      summary.createdPeople += written.created ? 1 : 0;
      summary.createdRelationships += written.createdEdges;
      for (const e of sameAs) summary.createdRelationships += this.g.put(e) ? 1 : 0;
    }
    return summary;
  }

  identityOf(personId: string): IdentityDTO | null {
    const id = nodeId({ label: 'Person', key: personId });
    if (!this.g.graph.hasNode(id)) return null;
    const mentions = new Map<string, MentionDTO>();
    for (const { other } of this.g.in(id, 'REFERS_TO')) mentions.set(other, this.mention(other));
    const links: IdentityDTO['links'] = [];
    for (const from of mentions.keys()) {
      for (const { edge, other } of this.g.out(from, 'SAME_AS')) {
        const to = mentions.get(other);
        if (to === undefined || edge.type !== 'SAME_AS') continue;
        links.push({ rule: edge.props.rule, reason: edge.props.reason, from: mentions.get(from)!, to });
      }
    }
    return orderIdentity({ mentions: [...mentions.values()], links });
  }

  private mention(id: string): MentionDTO {
    const n = this.g.attrs(id) as MentionNode;
    const article = this.g.node('Article', n.props.article);
    return {
      id: n.key,
      name: n.props.name,
      article: article === undefined ? { id: n.props.article, title: null, published: null, author: null, paths: [] } : this.dto.article(nodeId(article)),
      date: n.props.date ?? null,
      offices: [...n.props.offices],
    };
  }

  /** Drops a mention's SAME_AS relationships other than those kept ("from\0to" node ids). */
  private dropSameAs(mentionId: string, keep: ReadonlySet<string>): void {
    for (const key of this.g.graph.edges(mentionId)) {
      const e = this.g.graph.getEdgeAttributes(key);
      if (e.type === 'SAME_AS' && !keep.has(`${nodeId(e.from)}\u0000${nodeId(e.to)}`)) this.g.dropEdge(key);
    }
  }

  private expectNodes(from: NodeRef, to: NodeRef, type: string): void {
    for (const ref of [from, to]) {
      if (ref.label !== 'Person' && !this.g.graph.hasNode(nodeId(ref))) {
        throw new Error(`memory store replacePeople: expected ${type} to join nodes already written, got ${nodeId(ref)}`);
      }
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}
