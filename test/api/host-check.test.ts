// The DNS rebinding defence: a request is answered only when its Host header
// names localhost, an IP address or an allow-listed name. Checked in process
// and over a real socket, where the Host header is the client's own.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedHostEntry, hostAllowed, hostName } from '../../src/api/plugins/use-host-check.js';
import { listen, type Listening } from '../../src/api/server.js';
import type { GraphStore } from '../../src/store/store.js';
import { goldStore, serverOn } from './helpers.js';

const QUERY = JSON.stringify({ query: '{ people(first: 1) { totalCount } }' });

describe('host names', () => {
  it('compares names without port, brackets, final dot or case', () => {
    expect(hostName('LocalHost:4000')).toBe('localhost');
    expect(hostName('[::1]:4000')).toBe('::1');
    expect(hostName('graph.example.org.')).toBe('graph.example.org');
    expect(hostName('')).toBeUndefined();
    expect(hostName('evil.example/path')).toBeUndefined();
    expect(hostName('user@evil.example')).toBeUndefined();
  });

  it('always allows localhost, its subdomains and IP addresses; other names only when listed', () => {
    for (const host of ['localhost', 'localhost:4000', 'app.localhost:4000', '127.0.0.1:4000', '[::1]:4000', '192.168.1.20:4000']) {
      expect(hostAllowed(host, []), host).toBe(true);
    }
    for (const host of ['evil.example', 'evil.example:4000', 'localhost.evil.example', '127.0.0.1.nip.io', '']) {
      expect(hostAllowed(host, []), host).toBe(false);
    }
    expect(hostAllowed('graph.newsroom.example:4000', ['graph.newsroom.example'])).toBe(true);
    expect(hostAllowed('other.newsroom.example', ['graph.newsroom.example'])).toBe(false);
    expect(hostAllowed('a.b.newsroom.example', ['.newsroom.example'])).toBe(true);
    expect(hostAllowed('newsroom.example', ['.newsroom.example'])).toBe(true);
    expect(hostAllowed('notnewsroom.example', ['.newsroom.example'])).toBe(false);
    expect(hostAllowed('anything.example', ['*'])).toBe(true);
  });

  it('refuses an allow-list entry with a scheme, a port or a path, saying what is expected', () => {
    expect(checkedHostEntry('Graph.Example.org')).toBe('graph.example.org');
    expect(checkedHostEntry('.example.org')).toBe('.example.org');
    for (const entry of ['http://graph.example.org', 'graph.example.org:4000', 'graph.example.org/api', '']) {
      expect(() => checkedHostEntry(entry), entry).toThrow(/expected a host name such as "graph.example.org"/);
    }
  });
});

describe('the server', () => {
  let store: GraphStore;
  let listening: Listening;

  beforeAll(async () => {
    store = await goldStore();
    listening = await listen(serverOn(store, { allowedHosts: ['graph.newsroom.example'] }), 0, '127.0.0.1');
  });
  afterAll(async () => {
    await listening.close();
    await store.close();
  });

  /** POSTs the query over the socket with the given Host header. */
  function post(host: string, path = '/graphql'): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const sent = request(
        { host: '127.0.0.1', port: listening.port, path, method: path === '/graphql' ? 'POST' : 'GET', headers: { host, 'content-type': 'application/json' } },
        (answer) => {
          let body = '';
          answer.setEncoding('utf8');
          answer.on('data', (chunk: string) => (body += chunk));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body }));
        },
      );
      sent.on('error', reject);
      sent.end(path === '/graphql' ? QUERY : undefined);
    });
  }

  it('answers requests naming localhost, the address or an allowed name', async () => {
    for (const host of [`localhost:${listening.port}`, `127.0.0.1:${listening.port}`, `graph.newsroom.example:${listening.port}`]) {
      const answer = await post(host);
      expect(answer.status, host).toBe(200);
      expect(answer.body).toContain('totalCount');
    }
  });

  it('refuses a rebound name with 403 before running anything, GraphiQL and /health included, naming the host and the option', async () => {
    const refused = await post(`attacker.example:${listening.port}`);
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain('totalCount');
    const error = (JSON.parse(refused.body) as { errors: { message: string; extensions: { code: string } }[] }).errors[0];
    expect(error?.extensions.code).toBe('FORBIDDEN_HOST');
    expect(error?.message).toContain(`"attacker.example:${listening.port}"`);
    expect(error?.message).toContain('--allowed-host');
    expect((await post('attacker.example', '/graphql?graphiql')).status).toBe(403);
    expect((await post('attacker.example', '/health')).status).toBe(403);
  });

  it('refuses an allow-list entry that is not a host name, naming the option', () => {
    expect(() => serverOn(store, { allowedHosts: ['http://graph.example.org'] })).toThrow(/^allowedHosts: expected a host name/);
  });
});
