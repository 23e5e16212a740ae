// Captions on a real Neo4j: what the store writes is what Browser's style draws, and a
// caption keeps the fuller form whichever article is written first (the Cypher MERGE
// follows model.ts mergeCaption, as the memory store does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { buildGraph } from '../../../src/graph/build.js';
import { createNeo4jStore, type Neo4jStore } from '../../../src/store/neo4j/store.js';
import { article, conference, person, position } from '../../graph/records.js';
import { loadGold } from '../../graph/gold.js';
import { emptyDatabase, neo4jServer, testDriver } from '../../support/neo4j.js';

const server = neo4jServer();

describe.skipIf(server === null)('captions in Neo4j', () => {
  let driver: Driver;
  let store: Neo4jStore;

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    store = await createNeo4jStore(server ?? {});
  }, 120_000);
  afterAll(async () => {
    await emptyDatabase(driver);
    await store.close();
    await driver.close();
  });

  const eventCaptions = async (): Promise<string[]> =>
    (await driver.executeQuery('MATCH (e:Event) RETURN e.caption AS caption ORDER BY caption')).records.map((r) => String(r.get('caption')));

  it('every node of the gold articles has its caption, the conference its kind, number, body and date', async () => {
    await store.write(buildGraph(loadGold()));
    const { records } = await driver.executeQuery('MATCH (n) WHERE n.caption IS NULL OR n.caption = "" RETURN count(n) AS missing');
    expect(records[0]?.get('missing')).toBe(0);
    expect(await eventCaptions()).toContain('HN lần 5 · Huyện ủy Thanh Trì · 2021-04-02');
    await emptyDatabase(driver);
  });

  it('keeps the date an earlier or a later article gave when another leaves it out', async () => {
    const e = conference('Huyện ủy Thanh Trì', 6, '2021-07-01', 'XXIV');
    const dated = article('x', '2021-07-01', [person('Lê Tiến Nhật', [position('Bí thư', 'Huyện ủy Thanh Trì')], [['e1', 'chaired']])], [e]);
    const undated = article('y', '2021-07-09', [], [{ ...e, date: null }]);
    for (const order of [[dated, undated], [undated, dated]]) {
      for (const a of order) await store.write(buildGraph([a]));
      expect(await eventCaptions()).toEqual(['HN lần 6 · Huyện ủy Thanh Trì · 2021-07-01']);
      await store.write(buildGraph(order));
      expect(await eventCaptions()).toEqual(['HN lần 6 · Huyện ủy Thanh Trì · 2021-07-01']);
      await emptyDatabase(driver);
    }
  });
});
