// Resolution's reads and writes on Neo4j (store.ts, "Resolution"). A rewrite of
// people runs in one transaction: the people whose clusters are gone are deleted,
// the relationships resolution no longer gives are deleted, and the people and
// their relationships are written with exactly the properties resolution gives.

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { mentionOf, type StoredPerson } from '../../graph/identity/index.js';
import { edgeId, nonNullProps, type EdgeType, type GraphBatch, type GraphEdge, type MentionProps, type NodeLabel } from '../../graph/model.js';
import { groupBatch } from '../../graph/rows.js';
import { orderIdentity } from '../orders.js';
import type { IdentityDTO, MentionDTO, PeopleWriteSummary, StoredMention } from '../store.js';
import type { Statement } from './cypher.js';
import * as D from './dto.js';
import { fromNeo4jValues, toNeo4jValues } from './values.js';
import * as Q from './people-cypher.js';

type Row = Record<string, unknown>;

/** Blocks per statement: enough to amortise a round trip, few enough for a modest heap. */
const BLOCKS_PER_READ = 2000;

export class Neo4jPeople {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  private async read(s: Statement): Promise<Row[]> {
    const { records } = await this.driver.executeQuery(s.cypher, s.params, {
      routing: neo4j.routing.READ,
      ...(this.database ? { database: this.database } : {}),
    });
    return records.map((r) => fromNeo4jValues(r.toObject()) as Row);
  }

  private async readBlocks(blocks: readonly string[], statement: (chunk: readonly string[]) => Statement): Promise<Row[]> {
    const rows: Row[] = [];
    for (let i = 0; i < blocks.length; i += BLOCKS_PER_READ) rows.push(...(await this.read(statement(blocks.slice(i, i + BLOCKS_PER_READ)))));
    return rows;
  }

  async mentionsOf(blocks: readonly string[]): Promise<StoredMention[]> {
    const rows = await this.readBlocks(blocks, Q.mentionsOfBlocks);
    return rows.map((r) => ({
      mention: mentionOf({ key: String(r['key']), props: r['props'] as Pick<MentionProps, 'name' | 'block' | 'article' | 'date' | 'profile'> }),
      person: typeof r['person'] === 'string' ? r['person'] : null,
    }));
  }

  async mentionBlocks(): Promise<string[]> {
    return (await this.read(Q.allMentionBlocks())).map((r) => String(r['block']));
  }

  async storedPeople(blocks: readonly string[]): Promise<StoredPerson[]> {
    return (await this.readBlocks(blocks, Q.peopleOfBlocks)).map((r) => ({ key: String(r['key']), signature: String(r['signature'] ?? '') }));
  }

  async replacePeople(remove: readonly string[], people: GraphBatch): Promise<PeopleWriteSummary> {
    const session = this.driver.session({ defaultAccessMode: 'WRITE', ...(this.database ? { database: this.database } : {}) });
    try {
      return await session.executeWrite(async (tx) => rewrite(tx, remove, people));
    } finally {
      await session.close();
    }
  }

  async identityOf(personId: string): Promise<IdentityDTO | null> {
    const row = (await this.read(Q.identityOfPerson(personId)))[0];
    if (row === undefined) return null;
    const mentions = new Map<string, MentionDTO>();
    for (const m of row['mentions'] as D.Props[]) {
      const article = m['article'] as D.Props | null;
      const key = String(m['key']);
      mentions.set(key, {
        id: key,
        name: String(m['name']),
        article: article === null ? { id: '', title: null, published: null, author: null, paths: [] } : D.article(article),
        date: typeof m['date'] === 'string' ? m['date'] : null,
        offices: Array.isArray(m['offices']) ? m['offices'].map(String) : [],
      });
    }
    const links = (row['links'] as D.Props[]).flatMap((l) => {
      const from = mentions.get(String(l['from']));
      const to = mentions.get(String(l['to']));
      return from === undefined || to === undefined ? [] : [{ rule: String(l['rule']), reason: String(l['reason']), from, to }];
    });
    return orderIdentity({ mentions: [...mentions.values()], links });
  }
}

/** The model's id (edgeId) of a relationship read or deleted with its type and the labels and keys of its ends. */
function idOfRow(r: Row): string {
  const ref = (label: unknown, key: unknown) => ({ label: String(label) as NodeLabel, key: String(key) });
  return edgeId({ type: String(r['type']) as EdgeType, from: ref(r['fromLabel'], r['from']), to: ref(r['toLabel'], r['to']) });
}

/** A relationship as a rewrite compares it: type and end keys (the type fixes the labels). */
const relationshipKey = (type: string, from: string, to: string): string => `${type}|${from}|${to}`;
const mentionPair = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Properties as one string, keys sorted, so a stored relationship and a wanted one compare equal when they are. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Makes the people's nodes and relationships exactly `people`: the relationships
 * resolution owns for them (and the SAME_AS of their mentions) are read first, those
 * no longer given are deleted, and only the ones missing or with other properties
 * are written. A person who gained one mention costs the new relationships, not a
 * rewrite of every relationship they had.
 */
async function rewrite(tx: ManagedTransaction, remove: readonly string[], people: GraphBatch): Promise<PeopleWriteSummary> {
  const summary: PeopleWriteSummary = { removed: remove.length, written: people.nodes.length, deletedRelationships: [], createdRelationships: [] };
  const run = async (s: Statement): Promise<Row[]> => {
    const result = await tx.run(s.cypher, toNeo4jValues(s.params) as Record<string, unknown>);
    return result.records.map((r) => fromNeo4jValues(r.toObject()) as Row);
  };
  if (remove.length > 0) for (const s of Q.removePeople(remove)) summary.deletedRelationships.push(...(await run(s)).map(idOfRow));

  const wanted = new Map<string, GraphEdge>();
  const pairs = new Set<string>();
  const mentions = new Set<string>();
  for (const e of people.edges) {
    wanted.set(relationshipKey(e.type, e.from.key, e.to.key), e);
    if (e.type === 'SAME_AS') {
      pairs.add(mentionPair(e.from.key, e.to.key));
      mentions.add(e.from.key).add(e.to.key);
    } else if (e.type === 'REFERS_TO') mentions.add(e.from.key);
  }
  const unchanged = new Set<string>();
  /** Every relationship stored now (after the deletions) among those a rewrite may write. */
  const present = new Set<string>();
  // What is stored but no longer given is deleted, found again from the node it was read from.
  const sweep = async (stored: readonly Row[], anchorLabel: 'Person' | 'Mention'): Promise<void> => {
    const stale: Array<{ anchor: string; id: string }> = [];
    for (const r of stored) {
      const [type, from, to] = [String(r['type']), String(r['from']), String(r['to'])];
      const key = relationshipKey(type, from, to);
      const edge = wanted.get(key);
      const kept = type === 'SAME_AS' ? pairs.has(mentionPair(from, to)) : edge !== undefined;
      if (!kept) {
        stale.push({ anchor: String(r['anchor']), id: String(r['id']) });
        summary.deletedRelationships.push(idOfRow(r));
        continue;
      }
      present.add(key);
      if (edge !== undefined && canonical(r['props']) === canonical(edge.props)) unchanged.add(key);
    }
    if (stale.length > 0) await run(Q.deleteRelationships(stale, anchorLabel));
  };
  await sweep(await run(Q.relationshipsOfPeople(people.nodes.map((n) => n.key))), 'Person');
  await sweep(await run(Q.sameAsOfMentions([...mentions])), 'Mention');
  const changed = people.edges.filter((e) => !unchanged.has(relationshipKey(e.type, e.from.key, e.to.key)));
  // MERGE creates what is not stored (in the direction given: a SAME_AS kept the other way round gets this one too).
  for (const e of changed) if (!present.has(relationshipKey(e.type, e.from.key, e.to.key))) summary.createdRelationships.push(edgeId(e));
  const { nodes, edges } = groupBatch({ nodes: people.nodes, edges: changed });
  for (const g of nodes) await run(Q.putPeople(g.rows));
  for (const g of edges) await run(Q.putRelationships(g, g.rows.map((r) => ({ ...r, props: nonNullProps(r.props) }))));
  return summary;
}
