// The server's safety: page size, depth and cost limits, the per-request
// timeout, error masking, and HTTP 400 for requests that are not GraphQL or
// are refused before they run. Hostile queries: abuse.test.ts.
import { getIntrospectionQuery } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../src/api/server.js';
import type { GraphStore } from '../../src/store/store.js';
import { at, goldStore, query, serverOn } from './helpers.js';

let store: GraphStore;
let yoga: ApiServer;

beforeAll(async () => {
  store = await goldStore();
  yoga = serverOn(store);
});

describe('page size', () => {
  it('refuses first above the maximum, naming the field', async () => {
    const res = await query(yoga, '{ people(first: 101) { totalCount } }');
    // Refused before it runs, so no data: 400, as for a query that does not validate.
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toBe('Query.people: first must be an integer from 0 to 100, got 101');
    expect(res.errors?.[0]?.extensions?.['code']).toBe('LIMIT_EXCEEDED');
  });

  it('checks a page size given in a variable and on nested lists', async () => {
    const res = await query(yoga, 'query($n: Int) { people(first: 1) { edges { node { positions(first: $n) { totalCount } } } } }', {
      n: 500,
    });
    expect(res.errors?.[0]?.message).toBe('Person.positions: first must be an integer from 0 to 100, got 500');
  });

  it('refuses a negative page size', async () => {
    const res = await query(yoga, '{ events(first: -1) { totalCount } }');
    expect(res.errors?.[0]?.message).toMatch(/^Query\.events: first must be .* got -1$/);
  });

  it('accepts the maximum', async () => {
    const res = await query(yoga, '{ people(first: 100) { totalCount } }');
    expect(res.errors).toBeUndefined();
    expect(at(res.data, 'people.totalCount')).toBe(21);
  });
});

describe('depth', () => {
  it('refuses operations nested deeper than the limit, through fragments too', async () => {
    const deep = `{ people(first: 1) { edges { node { ...P } } } }
      fragment P on Person { positions(first: 1) { edges { node { organization { officeHolders(first: 1) {
        edges { node { person { roles(first: 1) { edges { node { event { name } } } } } } } } } } } } }`;
    const res = await query(yoga, deep);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toBe('Query depth limit of 12 exceeded, found 16.');
    expect(res.errors?.[0]?.extensions?.['code']).toBe('LIMIT_EXCEEDED');
  });

  it('lets GraphiQL introspect the schema (introspection is not counted)', async () => {
    const res = await query(yoga, getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(at(res.data, '__schema.queryType.name')).toBe('Query');
  });
});

describe('cost', () => {
  it('refuses wide pages nested in wide pages', async () => {
    const res = await query(
      yoga,
      `{ people(first: 100) { edges { node { coParticipants(first: 100) { edges { node {
          positions(first: 100) { totalCount } } } } } } } }`,
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/^query cost \d+ exceeds the maximum of 20000;/);
  });

  it('counts a path search as dear', async () => {
    const cheap = serverOn(store, { limits: { maxCost: 50 } });
    const res = await query(cheap, '{ connection(from: "a", to: "b") { length } }');
    expect(res.errors?.[0]?.message).toBe('query cost 101 exceeds the maximum of 50; ask for smaller pages or fewer nested lists');
  });
});

describe('timeout', () => {
  it('answers a TIMEOUT error when the store takes too long', async () => {
    // The real store, slowed down: only the slowness is staged.
    const slow: GraphStore = Object.create(store) as GraphStore;
    slow.people = async (args) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return store.people(args);
    };
    const impatient = serverOn(slow, { limits: { timeoutMs: 50 } });
    const started = performance.now();
    const res = await query(impatient, '{ people { totalCount } }');
    expect(performance.now() - started).toBeLessThan(900);
    expect(res.errors?.[0]).toMatchObject({
      message: 'the operation took longer than 50 ms; ask for less (smaller pages, fewer nested lists, fewer maxHops)',
      extensions: { code: 'TIMEOUT' },
    });
  });
});

describe('errors', () => {
  it('masks an unexpected error: no message, no stack', async () => {
    const broken: GraphStore = Object.create(store) as GraphStore;
    broken.person = () => Promise.reject(new Error('connection refused to db.internal:7687 (password=hunter2)'));
    const res = await query(serverOn(broken), '{ person(id: "x") { name } }');
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', path: ['person'], extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) }),
    ]);
    expect(res.raw).not.toMatch(/hunter2|db\.internal|stack|at async/);
  });

  it('masks even when NODE_ENV is development', async () => {
    const broken: GraphStore = Object.create(store) as GraphStore;
    broken.article = () => {
      throw new TypeError('cannot read properties of undefined');
    };
    const previous = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'development';
    try {
      const res = await query(serverOn(broken), '{ article(id: "x") { id } }');
      expect(res.errors?.[0]?.message).toBe('Unexpected error.');
      expect(res.raw).not.toMatch(/undefined|originalError|stack/);
    } finally {
      process.env['NODE_ENV'] = previous;
    }
  });

  it('keeps the message of an expected error', async () => {
    const res = await query(yoga, '{ connection(from: "a", to: "b", maxHops: 99) { length } }');
    expect(res.errors?.[0]?.message).toBe('connection(maxHops): expected 1 to 10, got 99');
    const kind = await query(yoga, '{ organizations(kind: "club") { totalCount } }');
    expect(kind.errors?.[0]?.message).toMatch(/^organizations\(kind\): expected one of party-committee, /);
  });

  it('refuses a date that is not a calendar day', async () => {
    const res = await query(yoga, '{ events(from: "2021-02-30") { totalCount } }');
    expect(res.errors?.[0]?.message).toContain('Date: expected a calendar date YYYY-MM-DD, got "2021-02-30"');
  });
});

describe('malformed requests', () => {
  it('answers a syntax error with 400 and the message', async () => {
    const res = await query(yoga, '{ people(first: 1 { totalCount } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/^Syntax Error: Expected Name, found "{"\.?$/);
  });

  it('answers an unknown field with 400 and the message', async () => {
    const res = await query(yoga, '{ people { nickname } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toBe('Cannot query field "nickname" on type "PersonConnection".');
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/JSON/);
  });

  it('serves GraphiQL at /graphql to a browser', async () => {
    const response = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });
});
