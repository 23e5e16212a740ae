// The server's HTTP manners: no cross-origin reads unless allow-listed, CSRF
// prevention, queries as POST JSON only (GET is for GraphiQL), and status
// codes per the GraphQL-over-HTTP spec whatever the client accepts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../src/api/server.js';
import type { GraphStore } from '../../src/store/store.js';
import { goldStore, serverOn } from './helpers.js';

const ENDPOINT = 'http://127.0.0.1:4000/graphql';
const FOREIGN = 'https://news.example';
const QUERY = '{ people(first: 1) { totalCount } }';

let store: GraphStore;
let yoga: ApiServer;

beforeAll(async () => {
  store = await goldStore();
  yoga = serverOn(store);
});

async function post(server: ApiServer, headers: Record<string, string>, body: string): Promise<Response> {
  return await server.fetch(ENDPOINT, { method: 'POST', headers, body });
}

const json = JSON.stringify({ query: QUERY });

describe('cross-origin reads', () => {
  it('a page on another site gets no Access-Control-Allow-Origin, on the preflight or the answer', async () => {
    const preflight = await yoga.fetch(ENDPOINT, {
      method: 'OPTIONS',
      headers: { origin: FOREIGN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
    const answer = await post(yoga, { origin: FOREIGN, 'content-type': 'application/json' }, json);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('an allow-listed origin may read, without cookies; others still may not', async () => {
    const open = serverOn(store, { corsOrigins: ['http://localhost:3000'] });
    const preflight = await open.fetch(ENDPOINT, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
    const answer = await post(open, { origin: 'http://localhost:3000', 'content-type': 'application/json' }, json);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await post(open, { origin: 'http://localhost:3001', 'content-type': 'application/json' }, json);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses an allow-list entry that is not an origin, saying what is expected', () => {
    expect(() => serverOn(store, { corsOrigins: ['localhost:3000'] })).toThrow(
      'corsOrigins: expected an origin such as "http://localhost:3000" (scheme, host, optional port, no path), got "localhost:3000"',
    );
    expect(() => serverOn(store, { corsOrigins: ['http://localhost:3000/app'] })).toThrow(/got "http:\/\/localhost:3000\/app"/);
  });
});

describe('queries only as POST JSON', () => {
  it('answers POST application/json', async () => {
    const response = await post(yoga, { 'content-type': 'application/json; charset=utf-8' }, json);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { people: { totalCount: 21 } } });
  });

  it('refuses a query in a GET URL with 405, Allow: POST', async () => {
    const response = await yoga.fetch(`${ENDPOINT}?query=${encodeURIComponent(QUERY)}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const body = (await response.json()) as { data?: unknown; errors: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.message).toBe('send queries as POST with Content-Type: application/json (GET serves GraphiQL to a browser)');
  });

  it.each([
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(QUERY)}`],
    ['text/plain', json],
    ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--x--\r\n`],
  ])('refuses a form a foreign page could post (%s): 403 without the CSRF header', async (type, body) => {
    const response = await post(yoga, { 'content-type': type, origin: FOREIGN }, body);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Required CSRF header(s) not present');
  });

  it.each([
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(QUERY)}`],
    ['application/graphql', QUERY],
  ])('refuses %s even with the CSRF header: 415, naming the type to use', async (type, body) => {
    const response = await post(yoga, { 'content-type': type, 'x-graphql-yoga-csrf': '1' }, body);
    expect(response.status).toBe(415);
    const answer = (await response.json()) as { errors: { message: string }[] };
    expect(answer.errors[0]?.message).toBe(`send queries with Content-Type: application/json, not ${type}`);
  });

  it('serves GraphiQL to a browser GET, and runs nothing from its URL', async () => {
    const response = await yoga.fetch(`${ENDPOINT}?query=${encodeURIComponent(QUERY)}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).not.toContain('"totalCount":21');
  });
});

describe('status codes', () => {
  const ACCEPTS = ['application/json', 'application/graphql-response+json'];

  async function answer(source: string, accept: string, server = yoga): Promise<{ status: number; type: string | null; body: Record<string, unknown> }> {
    const response = await post(server, { 'content-type': 'application/json', accept }, JSON.stringify({ query: source }));
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
  }

  it.each(ACCEPTS)('400 for a query that cannot run, accepting %s', async (accept) => {
    for (const source of ['{ people(first: 1 { totalCount } }', '{ people { nickname } }', '{ people(first: 500) { totalCount } }']) {
      const res = await answer(source, accept);
      expect(res.status, source).toBe(400);
      expect(res.type).toContain(accept);
      expect(res.body['data'], source).toBeUndefined();
    }
  });

  // The operation ran: `data` is there, null here since `people` is non-null and its error reaches the root.
  it.each(ACCEPTS)('200 for an operation that ran, even with a field error (a bad cursor), accepting %s', async (accept) => {
    const res = await answer('{ people(after: "not-a-cursor") { totalCount } }', accept);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: null,
      errors: [expect.objectContaining({ message: 'paging: expected a cursor from a previous page, got "not-a-cursor"', extensions: { code: 'BAD_USER_INPUT' } })],
    });
  });

  it.each(ACCEPTS)('504 for an operation that runs out of time, accepting %s', async (accept) => {
    const slow: GraphStore = Object.create(store) as GraphStore;
    slow.people = () => new Promise(() => undefined);
    const res = await answer('{ people { totalCount } }', accept, serverOn(slow, { limits: { timeoutMs: 20 } }));
    expect(res.status).toBe(504);
    expect(res.body).toEqual({
      errors: [expect.objectContaining({ extensions: { code: 'TIMEOUT' } })],
    });
  });

  it('406 Not Acceptable to a POST that accepts only HTML, naming the types it could have', async () => {
    const response = await post(yoga, { 'content-type': 'application/json', accept: 'text/html' }, json);
    expect(response.status).toBe(406);
    expect(response.headers.get('accept')).toContain('application/graphql-response+json');
    expect(response.headers.get('accept')).toContain('application/json');
  });
});

describe('the log', () => {
  function capture(): { lines: string[]; sink: (text: string) => void } {
    const lines: string[] = [];
    return { lines, sink: (text) => lines.push(text) };
  }

  it("writes a client's mistake as one line, without a stack", async () => {
    const log = capture();
    const logged = serverOn(store, { logging: log.sink });
    await post(logged, { 'content-type': 'application/json' }, JSON.stringify({ query: '{ people(after: "bad\\ncursor\\u001b[31m") { totalCount } }' }));
    expect(log.lines).toEqual([
      'cadregraph serve: refused: paging: expected a cursor from a previous page, got "bad\\ncursor\\u001b[31m" (at people)',
    ]);
  });

  it('writes an unexpected error whole, with its stack, while the client sees "Unexpected error."', async () => {
    const log = capture();
    const broken: GraphStore = Object.create(store) as GraphStore;
    broken.person = () => Promise.reject(new Error('lost the database'));
    const response = await post(serverOn(broken, { logging: log.sink }), { 'content-type': 'application/json' }, JSON.stringify({ query: '{ person(id: "x") { name } }' }));
    expect(await response.text()).not.toContain('lost the database');
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^cadregraph serve: unexpected error: Error: lost the database\n\s+at /);
  });
});
