// The example queries of cypher/queries/ return the expected rows on the gold
// fixtures, run against a real Neo4j exactly as Browser users would run them; and
// cypher/schema.cypher is what the store creates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { buildGraph } from '../../../src/graph/build.js';
import { schemaStatements } from '../../../src/store/neo4j/cypher.js';
import { createNeo4jStore, type Neo4jStore } from '../../../src/store/neo4j/store.js';
import { loadGold } from '../../graph/gold.js';
import { emptyDatabase, neo4jServer, testDriver } from '../../support/neo4j.js';

const CYPHER_DIR = join(import.meta.dirname, '../../../cypher');
const server = neo4jServer();

/** The statement of a query file: comment lines dropped, the final semicolon too. */
function query(name: string): string {
  const text = readFileSync(join(CYPHER_DIR, 'queries', name), 'utf8');
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .trim()
    .replace(/;$/, '');
}

describe('cypher/schema.cypher', () => {
  it('lists the statements the store runs before writing', () => {
    const file = readFileSync(join(CYPHER_DIR, 'schema.cypher'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('//'));
    expect(file).toEqual(schemaStatements().map((s) => `${s.cypher};`));
  });
});

describe.skipIf(server === null)('cypher/queries on the gold fixtures', () => {
  let driver: Driver;
  let store: Neo4jStore;

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    store = await createNeo4jStore(server ?? {});
    await store.write(buildGraph(loadGold()));
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await store.close();
    await driver.close();
  });

  async function rows(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const { records } = await driver.executeQuery(query(name), params);
    return records.map((r) => r.toObject());
  }

  it('who-chaired: the chairs of Huyện ủy Thanh Trì’s conference', async () => {
    const found = await rows('who-chaired.cypher', { organization: 'Huyện ủy Thanh Trì' });
    expect(found).toEqual([
      {
        event: 'Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ huyện Thanh Trì khóa XXIV',
        date: '2021-04-02',
        chairs: ['Lê Tiến Nhật', 'Nguyễn Tiến Cường', 'Nguyễn Việt Phương'],
      },
    ]);
  });

  it('office-holders: every title of a body, and one title', async () => {
    const all = await rows('office-holders.cypher', { organization: 'Huyện ủy Thanh Trì', title: null });
    expect(all.map((r) => [r['title'], r['person'], r['former']])).toEqual(
      expect.arrayContaining([
        ['Bí thư', 'Lê Tiến Nhật', false],
        ['Phó Bí thư', 'Nguyễn Tiến Cường', false],
        ['Phó Bí thư Thường trực', 'Nguyễn Việt Phương', false],
      ]),
    );
    const secretaries = await rows('office-holders.cypher', { organization: 'Huyện ủy Thanh Trì', title: 'Bí thư' });
    expect(secretaries).toEqual([
      { title: 'Bí thư', person: 'Lê Tiến Nhật', former: false, firstSeen: '2021-04-02', lastSeen: '2021-04-02', articles: ['000_db5d0afe82f26a39'] },
    ]);
  });

  it('career: positions and meetings of one official', async () => {
    const found = await rows('career.cypher', { person: 'Lê Tiến Nhật' });
    const kinds = found.map((r) => [r['kind'], r['detail']]);
    expect(kinds).toEqual(expect.arrayContaining([['position', 'current'], ['event', 'chaired'], ['event', 'directed']]));
    expect(found.filter((r) => r['kind'] === 'position')).toHaveLength(2);
    expect(new Set(found.map((r) => r['person']))).toEqual(new Set(['Lê Tiến Nhật']));
  });

  it('shortest-connection: two chairs of one conference are two hops apart', async () => {
    const found = await rows('shortest-connection.cypher', { from: 'Lê Tiến Nhật', to: 'Nguyễn Việt Phương' });
    expect(found).toHaveLength(1);
    expect(found[0]?.['hops']).toBe(2);
    const names = found[0]?.['names'] as string[];
    expect([names[0], names[2]]).toEqual(['Lê Tiến Nhật', 'Nguyễn Việt Phương']);
  });

  it('shortest-connection: no row for unknown names', async () => {
    expect(await rows('shortest-connection.cypher', { from: 'Không Có Ai', to: 'Lê Tiến Nhật' })).toEqual([]);
  });
});
