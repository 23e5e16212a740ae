// ingest() against a real Neo4j: idempotent re-runs, per-file errors, names that
// look like Cypher kept as data, and clear errors for an unreachable server or a
// wrong password before any article is read.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { edgeId, type EdgeType, type NodeLabel } from '../../src/graph/model.js';
import { Neo4jConnectionError } from '../../src/store/neo4j/connect.js';
import { ingest } from '../../src/ingest/ingest.js';
import { freePort } from '../../scripts/neo4j/launch.mjs';
import { loadGold } from '../graph/gold.js';
import { article, person, position } from '../graph/records.js';
import { countAll, emptyDatabase, neo4jServer, testDriver } from '../support/neo4j.js';
import { checkTrueCounts } from './true-counts.js';

const ARTICLES = join(import.meta.dirname, '../../fixtures/articles');
const server = neo4jServer();

/** Every node and relationship with its properties, in a stable order. */
async function snapshot(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n)[0] AS l, properties(n) AS p');
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS t, a.key AS a, b.key AS b, properties(r) AS p',
  );
  const sortLists = (p: Record<string, unknown>) =>
    JSON.stringify(Object.entries(p).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]));
  return [
    ...nodes.records.map((r) => `${r.get('l')} ${sortLists(r.get('p'))}`),
    ...rels.records.map((r) => `${r.get('t')} ${r.get('a')} ${r.get('b')} ${sortLists(r.get('p'))}`),
  ].sort();
}

describe.skipIf(server === null)('ingest into Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  it('leaves the graph exactly as it was when the same records are ingested again, and says all was there', async () => {
    const records = loadGold();
    const first = await ingest(records, { ...server, batchSize: 2 });
    expect(first.articles).toBe(records.length);
    const counts = await countAll(driver);
    const byLabel = await driver.executeQuery('MATCH (n) RETURN labels(n)[0] AS l, count(*) AS c');
    // Neo4j's counters: everything the first run wrote was new, exactly what the database now holds.
    for (const r of byLabel.records) expect(first.nodes[r.get('l') as NodeLabel]).toEqual({ new: r.get('c'), existing: 0 });
    expect(first.nodes.Person.new).toBeGreaterThan(15);
    expect(first.relationships).toEqual({ new: counts.relationships, existing: 0 });
    const before = await snapshot(driver);
    const second = await ingest(records, { ...server, batchSize: 3 });
    expect(second.relationships).toEqual({ new: 0, existing: counts.relationships });
    expect(second.nodes.Person).toEqual({ new: 0, existing: first.nodes.Person.new });
    expect(second.nodes.Article).toEqual({ new: 0, existing: records.length });
    expect(await countAll(driver)).toEqual(counts);
    expect(await snapshot(driver)).toEqual(before);
  }, 120_000);

  it('counts an item written in two batches of one run once, as new', async () => {
    await emptyDatabase(driver);
    const official = person('Hoàng Minh Tâm', [position('Bí thư', 'Huyện ủy Thanh Trì')]);
    const records = [article('twice_1', '2019-05-01', [official]), article('twice_2', '2019-06-01', [official])];
    const summary = await ingest(records, { ...server, batchSize: 1 });
    expect(summary.nodes.Person).toEqual({ new: 1, existing: 0 });
    expect(summary.nodes.Article).toEqual({ new: 2, existing: 0 });
    const later = await ingest([article('twice_3', '2019-07-01', [official])], { ...server, batchSize: 1 });
    expect(later.nodes.Person).toEqual({ new: 0, existing: 1 });
    expect(later.nodes.Article).toEqual({ new: 1, existing: 0 });
  }, 120_000);

  it('says new for what did not exist before the run and existing for what did, when resolution deletes a person and writes them again', async () => {
    await checkTrueCounts({
      clear: () => emptyDatabase(driver),
      ingest: (records, batchSize) => ingest(records, { ...server, batchSize }),
      relationshipIds: async () => {
        const { records } = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS t, labels(a)[0] AS al, a.key AS a, labels(b)[0] AS bl, b.key AS b');
        return new Set(records.map((r) => edgeId({ type: r.get('t') as EdgeType, from: { label: r.get('al') as NodeLabel, key: r.get('a') as string }, to: { label: r.get('bl') as NodeLabel, key: r.get('b') as string } })));
      },
    });
  }, 180_000);

  it('extracts files, lists the ones it cannot read and commits the rest', async () => {
    await emptyDatabase(driver);
    const missing = join(ARTICLES, 'no-such-article.txt');
    const summary = await ingest([ARTICLES, missing], server ?? {});
    expect(summary.articles).toBe(5);
    expect(summary.failures).toEqual([{ path: missing, reason: expect.any(String) }]);
    const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS c');
    expect(records[0]?.get('c')).toBe(5);
  }, 120_000);

  it('stores names with quotes, backslashes and Cypher words as data', async () => {
    await emptyDatabase(driver);
    const odd = ["Lê O'Brien", 'Trần \\" Văn', 'Nguyễn MATCH (n) DETACH DELETE n //', 'Phạm `x` }) RETURN 1'];
    const records = [
      article('odd_1', '2024-01-02', odd.map((name) => person(name, [position('Bí thư', "Huyện ủy O'Neil \\ Đông")]))),
    ];
    const summary = await ingest(records, server ?? {});
    expect(summary.nodes.Person).toEqual({ new: 4, existing: 0 });
    const { records: found } = await driver.executeQuery('MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    expect(found.map((r) => r.get('name')).sort()).toEqual([...odd].sort());
    const orgs = await driver.executeQuery('MATCH (:Position)-[:OF]->(o:Organization) RETURN o.name AS name');
    expect(orgs.records.map((r) => r.get('name'))).toEqual(["Huyện ủy O'Neil \\ Đông"]);
  });

  it('says the server is unreachable before reading any article', async () => {
    const port = await freePort();
    let read = 0;
    const attempt = ingest([ARTICLES], {
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: 'whatever-123',
      onProgress: () => (read += 1),
    });
    await expect(attempt).rejects.toBeInstanceOf(Neo4jConnectionError);
    await expect(attempt).rejects.toThrow(/cannot connect/);
    expect(read).toBe(0);
  });

  it('says the password is wrong before reading any article', async () => {
    let read = 0;
    const attempt = ingest([ARTICLES], { uri: server?.uri ?? '', user: 'neo4j', password: 'not-the-password', onProgress: () => (read += 1) });
    await expect(attempt).rejects.toThrow(/wrong user name or password/);
    expect(read).toBe(0);
  });
});
