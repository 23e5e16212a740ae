// The exported Cypher script, run statement by statement on a real Neo4j, gives the
// same graph as the store's own write; running it twice changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { buildGraph } from '../../../src/graph/build.js';
import { exportGraph } from '../../../src/ingest/export/index.js';
import { createNeo4jStore } from '../../../src/store/neo4j/store.js';
import { loadGold } from '../../graph/gold.js';
import { countAll, emptyDatabase, neo4jServer, testDriver } from '../../support/neo4j.js';

const server = neo4jServer();

describe.skipIf(server === null)('exported Cypher script on Neo4j', () => {
  let driver: Driver;
  const batch = buildGraph(loadGold());

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  async function runScript(): Promise<void> {
    const statements = exportGraph(batch, 'cypher')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('//'))
      .map((l) => l.replace(/;$/, ''));
    const session = driver.session();
    try {
      for (const s of statements) await session.run(s);
    } finally {
      await session.close();
    }
  }

  it('matches the store write and is idempotent', async () => {
    const store = await createNeo4jStore(server ?? {});
    try {
      await store.write(batch);
      const viaStore = await store.counts();
      await emptyDatabase(driver);
      await runScript();
      expect(await store.counts()).toEqual(viaStore);
      const once = await countAll(driver);
      await runScript();
      expect(await countAll(driver)).toEqual(once);
    } finally {
      await store.close();
    }
  }, 120_000);
});
