// Resolution's reads and writes on Neo4j (store.ts, "Resolution"). A rewrite of
// people runs in one transaction: the people whose clusters are gone are deleted,
// the relationships resolution no longer gives are deleted, and the people and
// their relationships are written with exactly the properties resolution gives.

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { mentionOf, type StoredPerson } from '../../graph/identity/index.js';
import { nonNullProps, type GraphBatch, type MentionProps } from '../../graph/model.js';
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
    const keep = new Map<string, string[]>();
    const sameAs = new Map<string, string[]>();
    for (const n of people.nodes) keep.set(n.key, []);
    for (const e of people.edges) {
      if (e.type === 'SAME_AS') {
        push(sameAs, e.from.key, e.to.key);
        push(sameAs, e.to.key, e.from.key);
      } else if (e.type === 'REFERS_TO') {
        push(keep, e.to.key, `${e.type}|${e.from.key}`);
        if (!sameAs.has(e.from.key)) sameAs.set(e.from.key, []);
      } else {
        const [person, other] = e.from.label === 'Person' ? [e.from, e.to] : [e.to, e.from];
        push(keep, person.key, `${e.type}|${other.key}`);
      }
    }
    const { nodes, edges } = groupBatch(people);
    const statements: Statement[] = [
      ...(remove.length > 0 ? Q.removePeople(remove) : []),
      Q.staleRelationships([...keep].map(([key, k]) => ({ key, keep: k }))),
      Q.staleSameAs([...sameAs].map(([key, k]) => ({ key, keep: k }))),
      ...nodes.map((g) => Q.putPeople(g.rows)),
      ...edges.map((g) => Q.putRelationships(g, g.rows.map((r) => ({ ...r, props: nonNullProps(r.props) })))),
    ];
    const session = this.driver.session({ defaultAccessMode: 'WRITE', ...(this.database ? { database: this.database } : {}) });
    try {
      return await session.executeWrite(async (tx) => run(tx, statements, remove.length, people.nodes.length));
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

async function run(tx: ManagedTransaction, statements: readonly Statement[], removed: number, written: number): Promise<PeopleWriteSummary> {
  const summary: PeopleWriteSummary = { removed, written, createdPeople: 0, createdRelationships: 0 };
  for (const s of statements) {
    const result = await tx.run(s.cypher, toNeo4jValues(s.params) as Record<string, unknown>);
    const counters = result.summary.counters.updates();
    summary.createdPeople += counters.nodesCreated;
    summary.createdRelationships += counters.relationshipsCreated;
  }
  return summary;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
