// The example queries of cypher/queries/ return the expected rows on the gold
// fixtures (and, for the reform and namesakes, on test/support/namesakes.ts), run against a real Neo4j exactly as Browser users would run them; and
// cypher/schema.cypher is what the store creates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { buildGraph } from '../../../src/graph/build.js';
import { schemaStatements } from '../../../src/store/neo4j/cypher.js';
import { createNeo4jStore, type Neo4jStore } from '../../../src/store/neo4j/store.js';
import type { ArticleRecord } from '../../../src/extract/contract.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { loadGold } from '../../graph/gold.js';
import { CASES, recordsOf } from '../../identity/cases.js';
import { NAMESAKE_RECORDS } from '../namesakes.js';
import { emptyDatabase, neo4jServer, testDriver } from '../../support/neo4j.js';
import { readQuery } from '../../../scripts/neo4j/browser-guide.mjs';
import { DATE_PROPERTIES } from '../../../src/graph/model.js';
import { fromNeo4jValues } from '../../../src/store/neo4j/values.js';

const CYPHER_DIR = join(import.meta.dirname, '../../../cypher');
const server = neo4jServer();

/** The statement of a query file, as Browser and the guide run it. */
const query = (name: string): string => readQuery(name.replace(/\.cypher$/, '')).statement;

describe('cypher/schema.cypher', () => {
  it('lists the statements the store runs before writing', () => {
    const file = readFileSync(join(CYPHER_DIR, 'schema.cypher'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('//'));
    expect(file).toEqual(schemaStatements().map((s) => `${s.cypher};`));
  });
});

/** The statements of a file of cypher/upgrade/, one a line. */
function upgradeStatements(file: string): string[] {
  return readFileSync(join(CYPHER_DIR, 'upgrade', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('//'))
    .map((l) => l.trim().replace(/;$/, ''));
}

type Rows = (name: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;
type Run = (statement: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** "Label TYPE Label" for each relationship Neo4j's schema view draws. */
async function patternsInSchema(run: Run): Promise<string[]> {
  const [schema] = await run('CALL db.schema.visualization()');
  type Virtual = { elementId: string; labels?: string[]; type?: string; startNodeElementId?: string; endNodeElementId?: string };
  const nodes = (schema?.['nodes'] ?? []) as Virtual[];
  const labelOf = new Map(nodes.map((n) => [n.elementId, n.labels?.[0] ?? '?']));
  const relationships = (schema?.['relationships'] ?? []) as Virtual[];
  return relationships.map((r) => `${labelOf.get(r.startNodeElementId ?? '')} ${r.type} ${labelOf.get(r.endNodeElementId ?? '')}`).sort();
}

/** Tests of the query files on a Neo4j holding the graph of `records`. */
function describeOn(title: string, records: ArticleRecord[], tests: (rows: Rows, run: Run, storeOf: () => Neo4jStore) => void): void {
  describe.skipIf(server === null)(title, () => {
    let driver: Driver;
    let store: Neo4jStore;

    beforeAll(async () => {
      driver = testDriver();
      await emptyDatabase(driver);
      store = await createNeo4jStore(server ?? {});
      await store.write(buildGraph(records));
    }, 120_000);
    afterAll(async () => {
      await emptyDatabase(driver);
      await store.close();
      await driver.close();
    });

    const run = async (statement: string, params: Record<string, unknown> = {}) => {
      const { records: found } = await driver.executeQuery(statement, params);
      // DATE values as the API gives them, ISO strings, to compare with its answers.
      return found.map((r) => fromNeo4jValues(r.toObject()) as Record<string, unknown>);
    };
    tests((name, params) => run(query(name), params), run, () => store);
  });
}

describeOn('cypher/queries on the gold fixtures', loadGold(), (rows, run, storeOf) => {
  it('who-chaired: the chairs of Huyện ủy Thanh Trì’s conference', async () => {
    const found = await rows('who-chaired.cypher', { organization: 'Huyện ủy Thanh Trì' });
    expect(found).toEqual([
      {
        organization: 'huyện ủy thanh trì|2004:020',
        event: 'Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ huyện Thanh Trì khóa XXIV',
        date: '2021-04-02',
        chairs: ['Lê Tiến Nhật', 'Nguyễn Tiến Cường', 'Nguyễn Việt Phương'],
      },
    ]);
  });

  it('office-holders: every title of a body, and one title', async () => {
    const all = await rows('office-holders.cypher', { organization: 'Huyện ủy Thanh Trì', title: null, date: null });
    expect(all.map((r) => [r['title'], r['person'], r['former']])).toEqual(
      expect.arrayContaining([
        ['Bí thư', 'Lê Tiến Nhật', false],
        ['Phó Bí thư', 'Nguyễn Tiến Cường', false],
        ['Phó Bí thư Thường trực', 'Nguyễn Việt Phương', false],
      ]),
    );
    const secretaries = await rows('office-holders.cypher', { organization: 'Huyện ủy Thanh Trì', title: 'Bí thư', date: null });
    expect(secretaries).toEqual([
      { organization: 'huyện ủy thanh trì|2004:020', title: 'Bí thư', person: 'Lê Tiến Nhật', former: false, firstSeen: '2021-04-02', lastSeen: '2021-04-02', articles: ['000_db5d0afe82f26a39'] },
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

  it('an event ordinal is an integer, as a typed client reads it', async () => {
    const [found] = await run('MATCH (e:Event) WHERE e.ordinal IS NOT NULL RETURN collect(DISTINCT valueType(e.ordinal)) AS types, count(e) AS events');
    expect(found?.['events']).toBeGreaterThan(0);
    expect(found?.['types']).toEqual(['INTEGER NOT NULL']);
  });

  it('every date is a DATE, on nodes and relationships', async () => {
    const [events] = await run('MATCH (e:Event) WHERE e.date IS NOT NULL RETURN collect(DISTINCT valueType(e.date)) AS types, count(e) AS n');
    expect(events?.['n']).toBeGreaterThan(0);
    expect(events?.['types']).toEqual(['DATE NOT NULL']);
    const [all] = await run(
      'CALL { MATCH (n) UNWIND keys(n) AS k RETURN k, n[k] AS v UNION ALL MATCH ()-[r]->() UNWIND keys(r) AS k RETURN k, r[k] AS v } ' +
        'WITH k, v WHERE k IN $names RETURN collect(DISTINCT valueType(v)) AS types, collect(DISTINCT k) AS names',
      { names: [...DATE_PROPERTIES] },
    );
    expect(all?.['types']).toEqual(['DATE NOT NULL']);
    expect((all?.['names'] as string[]).sort()).toEqual(expect.arrayContaining(['date', 'firstSeen', 'lastSeen', 'published', 'validUntil']));
  });

  it('cypher/upgrade/iso-dates.cypher turns the ISO strings of a graph of the older shape into DATE values, and twice changes nothing', async () => {
    // Every property with its type: the values alone read the same as strings and as dates.
    // (A person's key is its founding mention's: the label is part of a node's key here.)
    const statement =
      'CALL { MATCH (n) RETURN labels(n)[0] + " " + n.key AS key, properties(n) AS props UNION ALL MATCH (a)-[r]->(b) RETURN labels(a)[0] + " " + a.key + " " + type(r) + " " + b.key AS key, properties(r) AS props } ' +
      'RETURN key, props, [k IN keys(props) | k + ": " + valueType(props[k])] AS types ORDER BY key';
    const all = async () => (await run(statement)).map((r) => ({ ...r, types: [...(r['types'] as string[])].sort() }));
    const now = await all();
    for (const name of DATE_PROPERTIES) {
      await run(`MATCH (n) WHERE n.${name} IS NOT NULL SET n.${name} = toString(n.${name})`);
      await run(`MATCH ()-[r]->() WHERE r.${name} IS NOT NULL SET r.${name} = toString(r.${name})`);
    }
    expect(await all()).not.toEqual(now);
    const upgrade = upgradeStatements('iso-dates.cypher');
    for (const name of DATE_PROPERTIES) expect(upgrade.some((s) => s.includes(`= date(n.${name})`) || s.includes(`= date(r.${name})`)), name).toBe(true);
    for (let i = 0; i < 2; i++) {
      for (const line of upgrade) await run(line);
      expect(await all()).toEqual(now);
    }
  });

  it('offices-in-time: every office of one official, earliest first, with its place', async () => {
    const found = await rows('offices-in-time.cypher', { person: 'Lê Tiến Nhật' });
    expect(found.map((r) => [r['title'], r['organization'], r['place'], r['firstSeen'], r['former']])).toEqual([
      ['Bí thư', 'Huyện ủy Thanh Trì', 'huyện Thanh Trì', '2021-04-02', false],
      ['Ủy viên', 'Thành ủy Hà Nội', 'thành phố Hà Nội', '2021-04-02', false],
    ]);
  });

  it('identity: the mentions a person was resolved from, and why they were joined', async () => {
    await ingest(recordsOf(CASES[0]!), { store: storeOf() });
    const found = await rows('identity.cypher', { person: 'Nguyễn Văn Hùng' });
    expect(new Set(found.map((r) => r['person'])).size).toBe(1);
    expect(found.map((r) => r['date'])).toEqual(['2016-04-10', '2019-08-20', '2022-01-05']);
    expect(found.filter((r) => r['rule'] !== null).map((r) => r['rule']).sort()).toEqual(['same-body', 'same-unit']);
    expect(found.every((r) => r['rule'] === null || String(r['reason']).length > 20)).toBe(true);
    // The picture holds the same mentions and links as the table.
    const drawn = await rows('identity-graph.cypher', { person: 'Nguyễn Văn Hùng' });
    const keyOf = (node: unknown) => (node as { properties: { key: string } }).properties.key;
    expect(new Set(drawn.map((r) => keyOf(r['m'])))).toEqual(new Set(found.map((r) => r['mention'])));
    expect(drawn.filter((r) => r['s'] !== null).map((r) => keyOf(r['joined'])).sort()).toEqual(
      found.flatMap((r) => (r['joinedTo'] === null ? [] : [r['joinedTo']])).sort(),
    );
  }, 120_000);

  it('shortest-connection: no row for unknown names', async () => {
    expect(await rows('shortest-connection.cypher', { from: 'Không Có Ai', to: 'Lê Tiến Nhật' })).toEqual([]);
  });
});

describeOn('cypher/queries on the namesake corpus', NAMESAKE_RECORDS, (rows, run) => {
  it('succession: Tỉnh ủy Vĩnh Phúc leads to the merged province’s Tỉnh ủy and its secretary', async () => {
    expect(await rows('succession.cypher', { organization: 'Tỉnh ủy Vĩnh Phúc' })).toEqual([
      {
        body: 'Tỉnh ủy Vĩnh Phúc',
        ended: '2025-07-01',
        date: '2025-07-01',
        partly: false,
        successor: 'Tỉnh ủy Phú Thọ',
        successorId: 'tỉnh ủy phú thọ|2025:25',
        holders: ['Bí thư: Đặng Xuân Phong'],
      },
    ]);
  });

  it('succession-graph: the body, its successor and the successor’s office holders as paths', async () => {
    const found = await rows('succession-graph.cypher', { organization: 'Tỉnh ủy Vĩnh Phúc' });
    type Path = { segments: { start: { properties: { name: string } }; relationship: { type: string }; end: { properties: { name: string } } }[] };
    const steps = (p: unknown) => (p as Path).segments.map((s) => `${s.start.properties.name} ${s.relationship.type} ${s.end.properties.name}`);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.flatMap((r) => steps(r['succession'])))).toEqual(new Set(['Tỉnh ủy Vĩnh Phúc SUCCEEDED_BY Tỉnh ủy Phú Thọ']));
    const held = found.flatMap((r) => (r['held'] === null ? [] : [steps(r['held'])]));
    expect(held.map((s) => [s[0]?.split(' HOLDS ')[0], s[1]?.split(' OF ')[1]])).toContainEqual(['Đặng Xuân Phong', 'Tỉnh ủy Phú Thọ']);
    expect(await rows('succession-graph.cypher', { organization: 'Huyện ủy Thanh Trì' })).toEqual([]);
  });

  it('succession: none for a district body, since districts were dissolved', async () => {
    expect(await rows('succession.cypher', { organization: 'Huyện ủy Thanh Trì' })).toEqual([]);
  });

  it('db.schema.visualization() shows only patterns the data has', async () => {
    const found = await patternsInSchema(run);
    expect(found).toEqual(expect.arrayContaining(['Organization PART_OF Organization', 'Place WITHIN Place', 'Place MERGED_INTO Place', 'Organization SUCCEEDED_BY Organization']));
    const absent: string[] = [];
    for (const pattern of found) {
      const [from, type, to] = pattern.split(' ').map((name) => `\`${name.replaceAll('`', '``')}\``);
      const [row] = await run(`RETURN EXISTS { MATCH (:${from})-[:${type}]->(:${to}) } AS found`);
      if (row?.['found'] !== true) absent.push(pattern);
    }
    expect(absent).toEqual([]);
  });

  it('cypher/upgrade/place-relationship-types.cypher turns a graph of the older shape into this one, and twice changes nothing', async () => {
    const shape = async () => [
      await run('MATCH (a)-[r]->(b) RETURN labels(a)[0] + " " + type(r) + " " + labels(b)[0] AS pattern, count(*) AS n ORDER BY pattern'),
      await run('MATCH (a:Place)-[r]->(b:Place) RETURN type(r) AS type, a.key AS a, b.key AS b, properties(r) AS props ORDER BY type, a, b'),
    ];
    const now = await shape();
    await run('MATCH (a:Place)-[r:WITHIN]->(b:Place) CREATE (a)-[old:PART_OF]->(b) SET old = properties(r) DELETE r');
    await run('MATCH (a:Place)-[r:MERGED_INTO]->(b:Place) CREATE (a)-[old:SUCCEEDED_BY]->(b) SET old = properties(r) DELETE r');
    expect(await shape()).not.toEqual(now);
    for (let i = 0; i < 2; i++) {
      for (const statement of upgradeStatements('place-relationship-types.cypher')) await run(statement);
      expect(await shape()).toEqual(now);
    }
  });

  it('who-chaired: each row names its body by id; an id keeps one body', async () => {
    const found = await rows('who-chaired.cypher', { organization: 'Huyện ủy Châu Thành' });
    expect(found.map((r) => r['organization'])).toEqual(['huyện ủy châu thành|2004:892']);
    const byId = await rows('who-chaired.cypher', { organization: 'huyện ủy thạnh trị|2004:949' });
    expect(byId.map((r) => [r['date'], r['chairs']])).toEqual([['2022-02-09', ['Lâm Văn Sang']], ['2021-04-14', ['Lâm Văn Sang']]]);
  });
});
