// The bulk path for a first load: the CSV files of `export --format neo4j-csv`,
// loaded by Neo4j's own `neo4j-admin database import` (from the Maven jars) into a
// new database, give the same graph as the transactional ingest: the same nodes
// with the same properties, the same relationships with the same properties. An
// empty list property (provenance of a structural relationship) is one a CSV cannot
// hold; both sides read it as absent. The imported database is served by a second,
// throwaway local Neo4j.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { buildGraph } from '../../../src/graph/build.js';
import { writeNeo4jCsv } from '../../../src/ingest/export/neo4j-csv.js';
import { createNeo4jStore } from '../../../src/store/neo4j/store.js';
import { importCsv } from '../../../scripts/neo4j/import.mjs';
import { startNeo4j } from '../../../scripts/neo4j/launch.mjs';
import { loadGold } from '../../graph/gold.js';
import { article, person, position } from '../../graph/records.js';
import { emptyDatabase, neo4jServer, testDriver } from '../../support/neo4j.js';

const server = neo4jServer();

/** Every node and relationship with its properties, in a canonical order; empty lists dropped. */
async function snapshot(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const canonical = (props: Record<string, unknown>) =>
    JSON.stringify(
      Object.entries(props)
        .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.key AS a, labels(a)[0] AS la, b.key AS b, labels(b)[0] AS lb, properties(r) AS props');
  return {
    nodes: nodes.records.map((r) => `${(r.get('labels') as string[]).join(':')} ${canonical(r.get('props'))}`).sort(),
    relationships: rels.records.map((r) => `${r.get('la')}:${r.get('a')} -${r.get('type')}-> ${r.get('lb')}:${r.get('b')} ${canonical(r.get('props'))}`).sort(),
  };
}

describe.skipIf(server === null)('bulk import with neo4j-admin', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('gives the same graph as the transactional ingest', async () => {
    // The gold articles, plus a quote holding the CSV's special characters.
    const odd = 'Đồng chí Nguyễn Văn "Bình", Bí thư; phát biểu\ttại hội nghị.';
    const batch = buildGraph([...loadGold(), article('csv1', '2023-03-03', [person('Nguyễn Văn Bình', [position('Bí thư', 'Huyện ủy Thanh Trì')], [], [odd])])]);

    const store = await createNeo4jStore(server ?? {});
    const driver = testDriver();
    let transactional;
    try {
      await emptyDatabase(driver);
      await store.write(batch);
      transactional = await snapshot(driver);
      await emptyDatabase(driver);
    } finally {
      await store.close();
      await driver.close();
    }

    const csvDir = await mkdtemp(join(tmpdir(), 'cadregraph-csv-'));
    const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    const dataDir = await mkdtemp(join(base, 'cadregraph-import-'));
    dirs.push(csvDir, dataDir);
    const written = await writeNeo4jCsv({ nodes: () => batch.nodes, edges: () => batch.edges }, csvDir);
    expect(written.rows).toEqual({ nodes: batch.nodes.length, relationships: batch.edges.length });
    await writeFile(join(csvDir, 'import.args'), written.args.join('\n') + '\n');
    const reportsBefore = existsSync('import.report');
    const { reportFile } = await importCsv({ dataDir, argsFile: join(csvDir, 'import.args'), heap: '512m' });
    // The loader's report lands beside the database, not in the working folder.
    expect(reportFile).toBe(join(dataDir, 'import.report'));
    expect(existsSync(reportFile)).toBe(true);
    expect(existsSync('import.report')).toBe(reportsBefore);
    await expect(importCsv({ dataDir, argsFile: join(csvDir, 'import.args') })).rejects.toThrow(/already holds a database/);

    const imported = await startNeo4j({ port: 0, httpPort: 0, dataDir, password: randomBytes(12).toString('hex'), timeoutMs: 600_000 });
    const importedDriver = neo4j.driver(imported.uri, neo4j.auth.basic(imported.user, imported.password), { disableLosslessIntegers: true });
    try {
      const bulk = await snapshot(importedDriver);
      expect(bulk.nodes).toHaveLength(batch.nodes.length);
      expect(bulk.relationships).toHaveLength(batch.edges.length);
      expect(bulk).toEqual(transactional);
      expect(bulk.relationships.some((r) => r.includes('Bí thư; phát biểu'))).toBe(true);
    } finally {
      await importedDriver.close();
      await imported.stop();
    }
  }, 900_000);
});
