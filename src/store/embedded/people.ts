// Resolution's reads and writes on the embedded store (store.ts, "Resolution"):
// mentions and people by block (the indexed `block` column), people rewritten with
// exactly the relationships resolution gives them, and how a person was resolved.

import { mentionOf, type StoredPerson } from '../../graph/identity/index.js';
import { edgeId, nodeId, type EdgeType, type GraphBatch, type GraphEdge, type MentionNode, type NodeLabel } from '../../graph/model.js';
import { orderIdentity } from '../orders.js';
import { PERSON_EDGE_TYPES, type IdentityDTO, type MentionDTO, type PeopleWriteSummary, type StoredMention } from '../store.js';
import type { Statements } from './database.js';
import type { Dto, Rows } from './rows.js';
import { transaction, Writer } from './write.js';

// Relationship types resolution owns, as SQL text: constants of the model, never input.
const PERSON_TYPES = PERSON_EDGE_TYPES.map((t) => `'${t}'`).join(', ');

/** A stored relationship with the labels and keys of its ends. */
interface StoredRelationship {
  src: number;
  type: EdgeType;
  dst: number;
  sl: NodeLabel;
  sk: string;
  dl: NodeLabel;
  dk: string;
}

const idOf = (r: StoredRelationship): string => edgeId({ type: r.type, from: { label: r.sl, key: r.sk }, to: { label: r.dl, key: r.dk } });

function byKey<T>(key: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

export class EmbeddedPeople {
  constructor(
    private readonly st: Statements,
    private readonly rows: Rows,
    private readonly dto: Dto,
  ) {}

  mentionsOf(blocks: readonly string[]): StoredMention[] {
    const sql =
      "SELECT n.key, n.props, (SELECT p.key FROM edge e JOIN node p ON p.id = e.dst WHERE e.src = n.id AND e.type = 'REFERS_TO') AS person " +
      "FROM node n WHERE n.block = ? AND n.label = 'Mention'";
    const out: StoredMention[] = [];
    for (const block of blocks) {
      for (const row of this.st.get(sql).all(block) as { key: string; props: string; person: string | null }[]) {
        const props = this.rows.props.parse('Mention', row.props) as MentionNode['props'];
        out.push({ mention: mentionOf({ key: row.key, props }), person: row.person });
      }
    }
    return out.sort(byKey((m) => m.mention.key));
  }

  mentionBlocks(): string[] {
    const rows = this.st.get("SELECT DISTINCT block FROM node WHERE block IS NOT NULL AND label = 'Mention'").all() as { block: string }[];
    return rows.map((r) => r.block).sort();
  }

  storedPeople(blocks: readonly string[]): StoredPerson[] {
    const sql = "SELECT key, json_extract(props, '$.signature') AS signature FROM node WHERE block = ? AND label = 'Person'";
    const out: StoredPerson[] = [];
    for (const block of blocks) out.push(...(this.st.get(sql).all(block) as unknown as StoredPerson[]));
    return out.sort(byKey((p) => p.key));
  }

  replacePeople(remove: readonly string[], people: GraphBatch): PeopleWriteSummary {
    const summary: PeopleWriteSummary = { removed: 0, written: 0, deletedRelationships: [], createdRelationships: [] };
    const deleted = summary.deletedRelationships;
    const writer = new Writer(this.st);
    transaction(this.st, () => {
      for (const key of remove) {
        const id = this.rows.find('Person', key);
        if (id === undefined) continue;
        for (const { other } of this.rows.in(id, 'REFERS_TO')) this.dropSameAs(other, new Set(), deleted);
        for (const r of this.relationships('e.src = ?1 OR e.dst = ?1', id)) deleted.push(idOf(r));
        this.st.get('DELETE FROM edge WHERE src = ?1 OR dst = ?1').run(id);
        this.st.get('DELETE FROM node WHERE id = ?').run(id);
        summary.removed += 1;
      }
      const owner = new Map<string, string>();
      for (const e of people.edges) if (e.type === 'REFERS_TO') owner.set(nodeId(e.from), nodeId(e.to));
      const edgesOf = new Map<string, GraphEdge[]>();
      const sameAsOf = new Map<string, GraphEdge[]>();
      for (const e of people.edges) {
        for (const ref of [e.from, e.to]) {
          if (ref.label !== 'Person' && writer.idOf(ref) === undefined) {
            throw new Error(`embedded store replacePeople: expected ${e.type} to join nodes already written, got ${nodeId(ref)}`);
          }
        }
        if (e.type === 'SAME_AS') push(sameAsOf, owner.get(nodeId(e.from)) ?? '', e);
        else push(edgesOf, nodeId(e.from.label === 'Person' ? e.from : e.to), e);
      }
      for (const node of people.nodes) {
        const edges = edgesOf.get(nodeId(node)) ?? [];
        const sameAs = sameAsOf.get(nodeId(node)) ?? [];
        const keep = new Set(sameAs.map((e) => `${writer.idOf(e.from)}|${writer.idOf(e.to)}`));
        for (const e of edges) if (e.type === 'REFERS_TO') this.dropSameAs(writer.idOf(e.from) ?? -1, keep, deleted);
        const { id } = writer.node(node, false);
        // The person's relationships of resolution's types become exactly `edges`.
        const wanted = new Set(edges.map(edgeId));
        const stored = this.relationships(`(e.src = ?1 OR e.dst = ?1) AND e.type IN (${PERSON_TYPES})`, id);
        for (const r of stored) {
          if (wanted.has(idOf(r))) continue;
          this.st.get('DELETE FROM edge WHERE src = ? AND type = ? AND dst = ?').run(r.src, r.type, r.dst);
          deleted.push(idOf(r));
        }
        summary.written += 1;
        for (const e of [...edges, ...sameAs]) if (writer.edge(e, false)) summary.createdRelationships.push(edgeId(e));
      }
    });
    return summary;
  }

  identityOf(personId: string): IdentityDTO | null {
    const id = this.rows.find('Person', personId);
    if (id === undefined) return null;
    const mentions = new Map<number, MentionDTO>();
    for (const { other } of this.rows.in(id, 'REFERS_TO')) mentions.set(other, this.mention(other));
    const links: IdentityDTO['links'] = [];
    for (const [from, mention] of mentions) {
      for (const edge of this.rows.out(from, 'SAME_AS')) {
        const to = mentions.get(edge.other);
        if (to === undefined) continue;
        const { rule, reason } = JSON.parse(edge.props) as { rule: string; reason: string };
        links.push({ rule, reason, from: mention, to });
      }
    }
    return orderIdentity({ mentions: [...mentions.values()], links });
  }

  private mention(id: number): MentionDTO {
    const n = this.rows.node(id) as MentionNode;
    const article = this.rows.find('Article', n.props.article);
    return {
      id: n.key,
      name: n.props.name,
      article: article === undefined ? { id: n.props.article, title: null, published: null, author: null, paths: [] } : this.dto.article(article),
      date: n.props.date ?? null,
      offices: [...n.props.offices],
    };
  }

  /** The relationships of one node (?1) that meet `where` (SQL text of this file, never input), with their ends. */
  private relationships(where: string, nodeRowId: number): StoredRelationship[] {
    const sql = `SELECT e.src, e.type, e.dst, s.label AS sl, s.key AS sk, d.label AS dl, d.key AS dk FROM edge e JOIN node s ON s.id = e.src JOIN node d ON d.id = e.dst WHERE ${where}`;
    return this.st.get(sql).all(nodeRowId) as unknown as StoredRelationship[];
  }

  /** Drops a mention's SAME_AS relationships other than those kept ("src|dst" row ids), adding their ids to `deleted`. */
  private dropSameAs(mentionId: number, keep: ReadonlySet<string>, deleted: string[]): void {
    const found = this.relationships("(e.src = ?1 OR e.dst = ?1) AND e.type = 'SAME_AS'", mentionId);
    for (const r of found) {
      if (keep.has(`${r.src}|${r.dst}`)) continue;
      this.st.get("DELETE FROM edge WHERE src = ? AND type = 'SAME_AS' AND dst = ?").run(r.src, r.dst);
      deleted.push(idOf(r));
    }
  }
}
