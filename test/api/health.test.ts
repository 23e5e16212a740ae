// /health and the server's behaviour while its store cannot answer: 503 with
// the reason on /health, 503 at once for queries (not a wait for the timeout),
// one log line when the store goes down and one when it is back. The store is
// the real embedded one; only its outage is staged. On a real Neo4j going
// away: test/store/neo4j/health.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../src/api/server.js';
import type { GraphStore, StoreHealth } from '../../src/store/store.js';
import { goldStore, query, serverOn } from './helpers.js';

let store: GraphStore;

beforeAll(async () => {
  store = await goldStore();
});

async function health(yoga: ApiServer): Promise<{ status: number; body: unknown }> {
  const response = await yoga.fetch('http://127.0.0.1/health');
  return { status: response.status, body: await response.json() };
}

/** The store, with an outage that the test switches on and off. */
function flaky(): { store: GraphStore; down: (reason: string | null) => void; calls: () => number } {
  let outage: string | null = null;
  let calls = 0;
  const wrapped: GraphStore = Object.create(store) as GraphStore;
  wrapped.health = async (): Promise<StoreHealth> => (outage === null ? store.health() : { ok: false, detail: outage });
  wrapped.people = async (args) => {
    calls++;
    if (outage !== null) throw new Error(`connection refused (${outage})`);
    return store.people(args);
  };
  return { store: wrapped, down: (reason) => (outage = reason), calls: () => calls };
}

describe('/health', () => {
  it('is 200 with what the store is when it can answer', async () => {
    expect(await health(serverOn(store))).toEqual({ status: 200, body: { status: 'ok', store: 'an in-memory graph' } });
  });

  it('is 503 with the reason when it cannot', async () => {
    const outage = flaky();
    outage.down('Neo4j at bolt://127.0.0.1:7687: cannot connect');
    expect(await health(serverOn(outage.store))).toEqual({
      status: 503,
      body: { status: 'unavailable', store: 'Neo4j at bolt://127.0.0.1:7687: cannot connect' },
    });
  });
});

describe('a store that goes away and comes back', () => {
  it('answers 503 at once while it is down, logs once each way, and answers again when it is back', async () => {
    const outage = flaky();
    const lines: string[] = [];
    const yoga = serverOn(outage.store, { logging: (line) => lines.push(line) });
    const people = '{ people(first: 1) { totalCount } }';

    expect((await query(yoga, people)).status).toBe(200);
    outage.down('Neo4j at bolt://db:7687: cannot connect');

    // The first query meets the outage: masked, and it triggers a check, so
    // the next queries are refused before they reach the store.
    const failed = await query(yoga, people);
    expect(failed.errors?.[0]?.message).toBe('Unexpected error.');
    const before = outage.calls();
    for (let i = 0; i < 3; i++) {
      const refused = await query(yoga, people);
      expect(refused.status).toBe(503);
      expect(refused.errors).toEqual([
        { message: 'the graph store cannot answer now; see /health or the server log', extensions: { code: 'UNAVAILABLE' } },
      ]);
    }
    expect(outage.calls()).toBe(before);
    expect(await health(yoga)).toMatchObject({ status: 503 });

    outage.down(null);
    expect(await health(yoga)).toMatchObject({ status: 200 });
    expect(await query(yoga, people)).toMatchObject({ status: 200, data: { people: { totalCount: 21 } } });

    const storeLines = lines.filter((line) => line.includes('graph store'));
    expect(storeLines).toEqual([
      'cadregraph serve: the graph store cannot answer: Neo4j at bolt://db:7687: cannot connect',
      'cadregraph serve: the graph store answers again: an in-memory graph',
    ]);
    // The one query that met the outage is logged as unexpected (with its stack), the refused ones are not.
    expect(lines.filter((line) => line.startsWith('cadregraph serve: unexpected error: Error: connection refused'))).toHaveLength(1);
  });
});
