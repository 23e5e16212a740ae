// The example queries of cypher/queries/ (which the Browser guide runs) give the
// API's answers, in the API's order, on the same Neo4j graph: a reader who checks a
// Browser result against GraphQL sees the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { buildGraph } from '../../../src/graph/build.js';
import { createNeo4jStore, type Neo4jStore } from '../../../src/store/neo4j/store.js';
import { readQuery } from '../../../scripts/neo4j/browser-guide.mjs';
import { fromNeo4jValues } from '../../../src/store/neo4j/values.js';
import { goldRecords, query, serverOn } from '../../api/helpers.js';
import { emptyDatabase, neo4jServer, testDriver } from '../../support/neo4j.js';

const server = neo4jServer();

type Edges<T> = { edges: { node: T }[] };

describe.skipIf(server === null)('cypher/queries against the API on Neo4j', () => {
  let driver: Driver;
  let store: Neo4jStore;
  let api: ReturnType<typeof serverOn>;

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    store = await createNeo4jStore(server ?? {});
    await store.write(buildGraph(goldRecords()));
    // Answers are compared here, not speed: a first query on a cold Neo4j on a busy
    // machine can pass the API's 10 s limit.
    api = serverOn(store, { limits: { timeoutMs: 120_000 } });
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await store.close();
    await driver.close();
  });

  async function cypher(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const { records } = await driver.executeQuery(readQuery(name).statement, params);
    // The rows hold DATE values; the API gives their ISO strings.
    return records.map((r) => fromNeo4jValues(r.toObject()) as Record<string, unknown>);
  }

  async function graphql<T>(source: string, variables: Record<string, unknown>): Promise<T> {
    const response = await query<T>(api, source, variables);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  }

  const BODIES = ['Huyện ủy Thanh Trì', 'Huyện ủy Mỹ Đức', 'Thành ủy Hà Nội', 'UBND thành phố Hà Nội'];

  it.each(BODIES)('who-chaired = whoChaired for %s', async (organization) => {
    const data = await graphql<{
      whoChaired: Edges<{ event: { name: string; date: string | null; organizer: { id: string } | null }; chairs: { person: { name: string } }[] }>;
    }>(
      'query ($o: String!) { whoChaired(organization: $o, first: 100) { edges { node { event { name date organizer { id } } chairs { person { name } } } } } }',
      { o: organization },
    );
    const fromApi = data.whoChaired.edges.map(({ node }) => ({
      organization: node.event.organizer?.id,
      event: node.event.name,
      date: node.event.date,
      chairs: node.chairs.map((c) => c.person.name),
    }));
    expect(await cypher('who-chaired', { organization })).toEqual(fromApi);
  });

  it.each(BODIES.flatMap((o) => [[o, null], [o, '2020-07-31'], [o, '2024-04-04']] as const))(
    'office-holders = officeHolders for %s as of %s',
    async (organization, date) => {
      const titles = [...new Set((await cypher('office-holders', { organization, title: null, date: null })).map((r) => String(r['title'])))];
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) {
        const data = await graphql<{ officeHolders: Edges<{ title: string; person: { name: string }; former: boolean; firstSeen: string | null }> }>(
          'query ($t: String!, $o: String!, $d: Date) { officeHolders(title: $t, organization: $o, asOf: $d, first: 100) { edges { node { title person { name } former firstSeen } } } }',
          { t: title, o: organization, d: date },
        );
        const fromApi = data.officeHolders.edges.map(({ node }) => [node.title, node.person.name, node.former, node.firstSeen]);
        const rows = await cypher('office-holders', { organization, title, date });
        expect(rows.map((r) => [r['title'], r['person'], r['former'], r['firstSeen']])).toEqual(fromApi);
      }
    },
  );

  it('career lists the positions and roles the API gives the person', async () => {
    const people = await graphql<{ people: Edges<{ id: string; name: string }> }>('{ people(first: 100) { edges { node { id name } } } }', {});
    expect(people.people.edges.length).toBeGreaterThan(5);
    for (const { node: person } of people.people.edges) {
      const data = await graphql<{
        person: { positions: Edges<{ office: { name: string } }>; roles: Edges<{ role: string; event: { name: string } }> };
      }>(
        'query ($id: ID!) { person(id: $id) { positions(first: 100) { edges { node { office { name } } } } roles(first: 100) { edges { node { role event { name } } } } } }',
        { id: person.id },
      );
      const rows = await cypher('career', { person: person.id });
      const positions = rows.filter((r) => r['kind'] === 'position').map((r) => r['what']);
      const roles = rows.filter((r) => r['kind'] === 'event').map((r) => `${r['detail']} ${r['what']}`);
      expect(positions.sort()).toEqual(data.person.positions.edges.map((e) => e.node.office.name).sort());
      expect(roles.sort()).toEqual(data.person.roles.edges.map((e) => `${e.node.role} ${e.node.event.name}`).sort());
    }
  });

  it('shortest-connection has the length of the API connection, from and to the same people', async () => {
    const example = readQuery('shortest-connection').params ?? '';
    const { records } = await driver.executeQuery(`RETURN ${example.replace(/^:params\s+/, '')} AS p`);
    const { from, to } = records[0]?.get('p') as { from: string; to: string };
    const [rows, keys] = await Promise.all([
      cypher('shortest-connection', { from, to }),
      driver.executeQuery('MATCH (a:Person {name: $from}), (b:Person {name: $to}) RETURN a.key AS a, b.key AS b', { from, to }),
    ]);
    const data = await graphql<{ connection: { length: number; nodes: { name?: string }[] } | null }>(
      'query ($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 8) { length nodes { ... on Person { name } } } }',
      { a: keys.records[0]?.get('a'), b: keys.records[0]?.get('b') },
    );
    expect(rows).toHaveLength(1);
    expect(data.connection?.length).toBe(rows[0]?.['hops']);
    const names = rows[0]?.['names'] as string[];
    expect([names[0], names.at(-1)]).toEqual([from, to]);
    expect([data.connection?.nodes[0]?.name, data.connection?.nodes.at(-1)?.name]).toEqual([from, to]);
  });
});
