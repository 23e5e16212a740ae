// Resolution's reads and writes on the embedded store (store.ts, "Resolution"):
// mentions and people by block (the indexed `block` column), people rewritten with
// exactly the relationships resolution gives them, and how a person was resolved.

import { mentionWithProfile, type StoredPerson } from '../../graph/identity/index.js';
import { decodeEvidence, edgeId, type EdgeType, type GraphBatch, type MentionNode, type NodeLabel } from '../../graph/model.js';
import { orderIdentity } from '../orders.js';
import { PERSON_EDGE_TYPES, type IdentityDTO, type MentionDTO, type PeopleWriteSummary, type StoredMention } from '../store.js';
import type { Statements } from './database.js';
import { MentionCache, type KeptMention } from './mention-cache.js';
import type { Dto, Rows } from './rows.js';
import { transaction, Writer, type EdgeRow } from './write.js';

// Relationship types resolution owns, as SQL text: constants of the model, never input.
const PERSON_TYPES = PERSON_EDGE_TYPES.map((t) => `'${t}'`).join(', ');

/** A stored relationship with the labels and keys of its ends. */
interface StoredRelationship extends EdgeRow {
  src: number;
  type: EdgeType;
  dst: number;
  sl: NodeLabel;
  sk: string;
  dl: NodeLabel;
  dk: string;
}

const RELATIONSHIP =
  'SELECT e.src, e.type, e.dst, e.seen, e.ended, e.holder, e.props, e.articles, e.evidence, s.label AS sl, s.key AS sk, d.label AS dl, d.key AS dk ' +
  'FROM edge e JOIN node s ON s.id = e.src JOIN node d ON d.id = e.dst';

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
  private readonly mentions = new MentionCache();

  constructor(
    private readonly st: Statements,
    private readonly rows: Rows,
    private readonly dto: Dto,
  ) {}

  /** Every stored mention of these blocks and its person; a mention kept from an earlier read (mention-cache.ts) whose text is unchanged is not parsed again. */
  mentionsOf(blocks: readonly string[]): StoredMention[] {
    const sql =
      "SELECT n.key, n.props, (SELECT p.key FROM edge e JOIN node p ON p.id = e.dst WHERE e.src = n.id AND e.type = 'REFERS_TO') AS person " +
      "FROM node n WHERE n.block = ? AND n.label = 'Mention'";
    const out: StoredMention[] = [];
    for (const block of blocks) {
      const kept = this.mentions.get(block);
      const read = new Map<string, KeptMention>();
      for (const row of this.st.get(sql).all(block) as { key: string; props: string; person: string | null }[]) {
        let mention = kept?.get(row.key);
        if (mention === undefined || mention.text !== row.props) {
          const { props, profile } = this.rows.props.mention(row.props);
          mention = { text: row.props, mention: mentionWithProfile({ key: row.key, props }, profile) };
        }
        read.set(row.key, mention);
        out.push({ mention: mention.mention, person: row.person });
      }
      this.mentions.set(block, read);
    }
    return out.sort(byKey((m) => m.mention.key));
  }

  /** Forgets the mentions kept between reads: the file was emptied. */
  cleared(): void {
    this.mentions.clear();
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

  /**
   * Makes the people's nodes and relationships exactly `people`, writing only the
   * difference: the relationships resolution owns for them, and the SAME_AS of their
   * mentions, are read in one statement each; those no longer given are deleted, and
   * only the ones missing or stored otherwise are written. A person who gained one
   * mention costs that mention's relationships, not a rewrite of all they had.
   */
  replacePeople(remove: readonly string[], people: GraphBatch): PeopleWriteSummary {
    const summary: PeopleWriteSummary = { removed: 0, written: 0, deletedRelationships: [], createdRelationships: [] };
    const deleted = summary.deletedRelationships;
    const writer = new Writer(this.st);
    transaction(this.st, () => {
      for (const key of remove) {
        const id = this.rows.find('Person', key);
        if (id === undefined) continue;
        const mentions = this.rows.in(id, 'REFERS_TO').map((r) => r.other);
        this.drop(this.sameAsOf(mentions), deleted);
        this.drop(this.relationships('e.src = ?1 OR e.dst = ?1', id), deleted);
        this.st.get('DELETE FROM node WHERE id = ?').run(id);
        summary.removed += 1;
      }
      const personIds = people.nodes.map((node) => writer.node(node, false).id);
      summary.written = people.nodes.length;
      writer.preload(people.edges.flatMap((e) => [e.from, e.to]));
      // Each relationship's row key, from its ends' row ids (looked up once each; ends throws for one not written).
      const ends = people.edges.map((e) => writer.ends(e, 'replacePeople'));
      const rowKeys = people.edges.map((e, i) => `${ends[i]!.src}|${e.type}|${ends[i]!.dst}`);
      const wanted = new Set(rowKeys);
      const mentions = people.edges.flatMap((e, i) => (e.type === 'REFERS_TO' ? [ends[i]!.src] : []));
      // What is stored but no longer given goes; what is stored as given stays as it is.
      const stored = new Map<string, StoredRelationship>();
      for (const r of [...this.ownedBy(personIds), ...this.sameAsOf(mentions)]) {
        const key = `${r.src}|${r.type}|${r.dst}`;
        if (wanted.has(key)) stored.set(key, r);
        else this.drop([r], deleted);
      }
      writer.preloadSentences(people.edges.flatMap((e) => e.props.evidence.map((encoded) => decodeEvidence(encoded).quote)));
      people.edges.forEach((e, i) => {
        if (writer.edge(e, false, stored.get(rowKeys[i]!) ?? null)) summary.createdRelationships.push(edgeId(e));
      });
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

  /** The relationships of one node (?1) that meet `where` (SQL text of this file, never input), with their ends and columns. */
  private relationships(where: string, nodeRowId: number): StoredRelationship[] {
    return this.st.get(`${RELATIONSHIP} WHERE ${where}`).all(nodeRowId) as unknown as StoredRelationship[];
  }

  /** The relationships of resolution's types of these people (row ids), in one statement. */
  private ownedBy(people: readonly number[]): StoredRelationship[] {
    return this.ofNodes(people, `e.type IN (${PERSON_TYPES})`);
  }

  /** The SAME_AS relationships of these mentions (row ids), in one statement. */
  private sameAsOf(mentions: readonly number[]): StoredRelationship[] {
    return this.ofNodes(mentions, "e.type = 'SAME_AS'");
  }

  /** The relationships at either end of these nodes that meet `where` (SQL text of this file), each once. */
  private ofNodes(ids: readonly number[], where: string): StoredRelationship[] {
    if (ids.length === 0) return [];
    const end = (column: 'src' | 'dst'): string => RELATIONSHIP.replace('FROM edge e', `FROM json_each(?1) k JOIN edge e ON e.${column} = k.value`) + ` WHERE ${where}`;
    return this.st.get(`${end('src')} UNION ${end('dst')}`).all(JSON.stringify(ids)) as unknown as StoredRelationship[];
  }

  /** Deletes these relationships, adding their ids to `deleted`. */
  private drop(relationships: readonly StoredRelationship[], deleted: string[]): void {
    for (const r of relationships) {
      this.st.get('DELETE FROM edge WHERE src = ? AND type = ? AND dst = ?').run(r.src, r.type, r.dst);
      deleted.push(idOf(r));
    }
  }
}
