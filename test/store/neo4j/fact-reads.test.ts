// The Neo4j store without the facts' evidence (store.ts FactReads, evidence: false):
// the same facts in the same order with the same dates, and every evidence list empty;
// with it (the default), the evidence the gold articles give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { buildGraph } from '../../../src/graph/build.js';
import { createNeo4jStore, type Neo4jStore } from '../../../src/store/neo4j/store.js';
import type { FactReads } from '../../../src/store/store.js';
import { goldRecords } from '../../api/helpers.js';
import { emptyDatabase, neo4jServer, testDriver } from '../../support/neo4j.js';

const server = neo4jServer();

/** The answer with every evidence list emptied. */
const withoutEvidence = (answer: unknown) => JSON.parse(JSON.stringify(answer, (key, value) => (key === 'evidence' ? [] : value)));
/** Every evidence item in the answer. */
const evidenceIn = (answer: unknown): unknown[] => {
  const found: unknown[] = [];
  JSON.stringify(answer, (key, value) => (key === 'evidence' && Array.isArray(value) ? (found.push(...value), value) : value));
  return found;
};

describe.skipIf(server === null)('Neo4j store: facts without their evidence', () => {
  let driver: Driver;
  let store: Neo4jStore;
  let person = '';

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    store = await createNeo4jStore(server ?? {});
    await store.write(buildGraph(goldRecords()));
    const found = await store.people({ search: 'le tien nhat' });
    person = found.edges[0]?.node.id ?? '';
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await store.close();
    await driver.close();
  });

  const calls: Record<string, (reads: FactReads) => Promise<unknown>> = {
    positionsOf: (reads) => store.positionsOf(person, reads),
    rolesOf: (reads) => store.rolesOf(person, { first: 50, ...reads }),
    officeHolders: (reads) => store.officeHolders({ title: 'Bí thư', organization: 'Huyện ủy Thanh Trì', ...reads }),
    whoChaired: (reads) => store.whoChaired({ organization: 'Huyện ủy Thanh Trì', ...reads }),
  };

  it.each(Object.keys(calls))('%s: the same facts, evidence only when asked for', async (name) => {
    const call = calls[name]!;
    const full = await call({});
    expect(await call({ evidence: true })).toEqual(full);
    expect(evidenceIn(full).length).toBeGreaterThan(0);
    const bare = await call({ evidence: false });
    expect(evidenceIn(bare)).toEqual([]);
    expect(bare).toEqual(withoutEvidence(full));
  });

  it('gives dates as ISO strings in facts, events and articles', async () => {
    const [holding] = await store.positionsOf(person);
    expect(holding?.firstSeen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(holding?.evidence[0]?.article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const chaired = await store.whoChaired({ organization: 'Huyện ủy Thanh Trì' });
    expect(chaired.edges[0]?.node.event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
