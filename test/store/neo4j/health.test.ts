// The API on a real Neo4j that goes away and comes back: a relay between the
// two is cut and restored on the same port, as a stopped server or a network
// fault would look to the driver. /health says 503 with the reason, queries
// are answered 503 at once, the log says it once each way; `cadregraph serve`
// does the same end to end.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, type ApiServer } from '../../../src/api/server.js';
import { createNeo4jStore } from '../../../src/store/neo4j/store.js';
import { requireNeo4jServer, neo4jServer } from '../../support/neo4j.js';
import { relay } from '../../support/tcp.js';

const MAIN = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'dist/cli/main.js');
const PEOPLE = JSON.stringify({ query: '{ people(first: 1) { totalCount } }' });

async function health(base: string, yoga?: ApiServer): Promise<{ status: number; body: { status: string; store: string } }> {
  const response = yoga ? await yoga.fetch(`${base}/health`) : await fetch(`${base}/health`);
  return { status: response.status, body: (await response.json()) as { status: string; store: string } };
}

async function people(yoga: ApiServer): Promise<{ status: number; body: unknown }> {
  const response = await yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: PEOPLE });
  return { status: response.status, body: await response.json() };
}

describe.skipIf(neo4jServer() === null)('a Neo4j that goes away and comes back', () => {
  let link: Awaited<ReturnType<typeof relay>>;
  let uri = '';

  beforeAll(async () => {
    const target = new URL(requireNeo4jServer().uri);
    link = await relay({ host: target.hostname, port: Number(target.port) });
    uri = `bolt://127.0.0.1:${link.port}`;
  });

  afterAll(async () => {
    await link.close();
  });

  it('the API answers 503 while it is down, on /health with the reason, and 200 again once it is back', async () => {
    const { user, password } = requireNeo4jServer();
    const store = await createNeo4jStore({ uri, user, password });
    const lines: string[] = [];
    const yoga = createServer({ store, logging: (line) => lines.push(line) });
    try {
      expect(await health('http://127.0.0.1', yoga)).toEqual({ status: 200, body: { status: 'ok', store: `Neo4j at ${uri}` } });
      expect(await people(yoga)).toEqual({ status: 200, body: { data: { people: { totalCount: 0 } } } });

      await link.cut();
      const down = await health('http://127.0.0.1', yoga);
      expect(down.status).toBe(503);
      expect(down.body.store).toMatch(new RegExp(`^Neo4j at ${uri}: cannot connect: is the server running and the address right\\?`));
      const started = performance.now();
      expect(await people(yoga)).toEqual({
        status: 503,
        body: { errors: [{ message: 'the graph store cannot answer now; see /health or the server log', extensions: { code: 'UNAVAILABLE' } }] },
      });
      process.stdout.write(`  query refused in ${(performance.now() - started).toFixed(0)} ms while Neo4j is away\n`);

      await link.restore();
      expect(await health('http://127.0.0.1', yoga)).toMatchObject({ status: 200 });
      expect(await people(yoga)).toMatchObject({ status: 200 });
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^cadregraph serve: the graph store cannot answer: Neo4j at ${uri}: cannot connect`)),
        `cadregraph serve: the graph store answers again: Neo4j at ${uri}`,
      ]);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('cadregraph serve reports it in /health and in its log', async () => {
    if (!existsSync(MAIN)) throw new Error('dist/ is not built: run `npx tsc -p tsconfig.build.json` (npm test does it)');
    const { user, password } = requireNeo4jServer();
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0'], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const url = await new Promise<string>((found, fail) => {
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /GraphiQL at (http:\/\/\S+)\/graphql/.exec(stdout);
          if (match?.[1]) found(match[1]);
        });
        child.once('exit', (code) => fail(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      expect(await health(url)).toMatchObject({ status: 200, body: { status: 'ok' } });
      await link.cut();
      expect(await health(url)).toMatchObject({ status: 503, body: { status: 'unavailable' } });
      // The child's log line and its HTTP answer travel on different pipes: wait for the line.
      await vi.waitFor(() => expect(stderr).toContain(`cadregraph serve: the graph store cannot answer: Neo4j at ${uri}: cannot connect`), { timeout: 10_000 });
      await link.restore();
      expect(await health(url)).toMatchObject({ status: 200 });
      await vi.waitFor(() => expect(stderr).toContain(`cadregraph serve: the graph store answers again: Neo4j at ${uri}`), { timeout: 10_000 });
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  }, 90_000);
});
