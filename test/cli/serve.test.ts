// `cadregraph serve` end to end, through the built CLI (dist/, made by
// `npm test` or `npx tsc -p tsconfig.build.json`): it extracts the fixtures
// into the in-memory graph, prints its URL, answers GraphQL over HTTP and
// GraphiQL to a browser, and exits 0 on SIGTERM. What extraction finds is
// tested elsewhere; only facts that do not depend on it are checked here.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');

let child: ChildProcessWithoutNullStreams;
let url: string;
let stderr = '';

/** Starts the server on a free port (the NEO4J_URI of the environment is dropped) and waits for its URL. */
function start(): Promise<string> {
  const env = { ...process.env };
  delete env['NEO4J_URI'];
  // The default PATH (fixtures/articles) is resolved from the package root, so any cwd works.
  child = spawn(process.execPath, [MAIN, 'serve', '--port', '0'], { cwd: '/', env });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolveUrl, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`no URL within 20 s; stderr: ${stderr}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /GraphiQL at (http:\/\/\S+)/.exec(stdout);
      if (found?.[1]) {
        clearTimeout(timer);
        resolveUrl(found[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening; stderr: ${stderr}`)));
  });
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli/commands/serve.js'))) {
    throw new Error('dist/ is not built: run `npx tsc -p tsconfig.build.json` (npm test does it)');
  }
  url = await start();
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

async function post(query: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

describe('cadregraph serve', () => {
  it('listens on loopback and says where', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  });

  it('serves the fixture articles over HTTP', async () => {
    const { status, body } = await post('{ article(id: "9c559df75eb7bd84") { id published } people(first: 1) { totalCount } }');
    expect(status).toBe(200);
    expect(body).toMatchObject({ data: { article: { id: '9c559df75eb7bd84', published: '2021-04-02' } } });
  });

  it('answers a malformed query with 400', async () => {
    const { status } = await post('{ article(id: ) }');
    expect(status).toBe(400);
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });

  it('exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('cadregraph serve usage', () => {
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [MAIN, 'serve', ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, ...env } });

  it('refuses a port that is not a number, with status 2', () => {
    const run = cli(['--port', 'http']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("expects a port number from 0 to 65535, got 'http'");
  });

  it('refuses PATH when serving Neo4j', () => {
    const run = cli(['fixtures/articles'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PATH is for the in-memory graph');
  });

  it('prints its help', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: cadregraph serve/);
  });
});
