// `cadregraph serve` end to end, through the built CLI (dist/, made by
// `npm test` or `npx tsc -p tsconfig.build.json`): it extracts the fixtures
// into the in-memory graph (or opens a graph file `ingest --graph` built), prints its URL, answers GraphQL over HTTP and
// GraphiQL to a browser, and exits 0 on SIGTERM. What extraction finds is
// tested elsewhere; only facts that do not depend on it are checked here.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');

let child: ChildProcessWithoutNullStreams;
let url: string;
let stderr = '';

/** Starts the server on a free port (the NEO4J_URI of the environment is dropped) and waits for its URL. */
function start(args: string[] = []): Promise<string> {
  const env = { ...process.env };
  delete env['NEO4J_URI'];
  // The default PATH (fixtures/articles) is resolved from the package root, so any cwd works.
  child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', ...args], { cwd: '/', env });
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

/** The pids whose parent is `pid`, from /proc (Linux). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // The field after the parenthesised command name: state, then the parent's pid.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; stderr: ${stderr}`);
    await new Promise((done) => setTimeout(done, 100));
  }
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

  it('refuses --workers for an in-memory graph, which lives in one process', () => {
    const run = cli(['--workers', '2', 'fixtures/articles']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--workers serves a graph file or Neo4j');
  });

  it('refuses PATH when serving Neo4j', () => {
    const run = cli(['fixtures/articles'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PATH and --graph are for the embedded graph');
  });

  it('refuses, before reading it, input larger than an in-memory graph holds, and points to a graph file and Neo4j', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadregraph-large-'));
    try {
      // 200 MB that take no disk (a sparse file): more than a 64 MB heap can hold as a graph.
      writeFileSync(join(dir, 'large.txt'), '');
      truncateSync(join(dir, 'large.txt'), 200e6);
      const run = spawnSync(process.execPath, ['--max-old-space-size=64', MAIN, 'serve', '--port', '0', dir], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NEO4J_URI: '' } });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^cadregraph serve: 200\.0 MB of articles is more than an in-memory graph holds in this process \(about [\d.]+ MB at most\)/);
      expect(run.stderr).toContain("'cadregraph ingest --graph FILE PATH...'");
      expect(run.stderr).toContain('use Neo4j');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its help', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: cadregraph serve/);
  });
});

describe('cadregraph ingest --graph, then serve --graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadregraph-graph-'));
  const file = join(dir, 'graph.db');
  const env = { ...process.env };
  delete env['NEO4J_URI'];
  const cli = (args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 60_000, env });

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds a graph file once and serves it without extracting again', async () => {
    const built = cli(['ingest', '--graph', file, join(ROOT, 'fixtures/articles')]);
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/^cadregraph ingest: 5 articles ingested/);
    // Ingesting the same articles again adds nothing.
    const again = cli(['ingest', '--json', '--graph', file, join(ROOT, 'fixtures/articles')]);
    expect(again.status, again.stderr).toBe(0);
    const summary = JSON.parse(again.stdout) as { new: Record<string, number>; existing: Record<string, number> };
    expect(Object.values(summary.new).every((n) => n === 0)).toBe(true);
    expect(summary.existing['people']).toBeGreaterThan(10);
    url = await start(['--graph', file]);
    const { status, body } = await post('{ article(id: "9c559df75eb7bd84") { id published } people(first: 1) { totalCount } }');
    expect(status).toBe(200);
    expect(body).toMatchObject({ data: { article: { id: '9c559df75eb7bd84', published: '2021-04-02' }, people: { totalCount: summary.existing['people'] } } });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);

  it('exports a graph file as the same graph the articles give', () => {
    const fromFile = cli(['export', '--format', 'json', '--graph', file]);
    const fromArticles = cli(['export', '--format', 'json', join(ROOT, 'fixtures/articles')]);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    // Node for node and relationship for relationship, properties and evidence included.
    type Item = { label?: string; type?: string; key?: string; from?: { key: string }; to?: { key: string } };
    const id = (x: Item) => `${x.label ?? x.type}:${x.key ?? `${x.from?.key}>${x.to?.key}`}`;
    const graph = (out: string) => {
      const g = JSON.parse(out) as { nodes: Item[]; edges: Item[] };
      return { nodes: new Map(g.nodes.map((n) => [id(n), n])), edges: new Map(g.edges.map((e) => [id(e), e])) };
    };
    expect(graph(fromFile.stdout)).toEqual(graph(fromArticles.stdout));
  }, 120_000);

  it('serves a graph file from several processes (--workers 2), replaces a worker that dies, and stops them all on SIGTERM', async () => {
    url = await start(['--graph', file, '--workers', '2']);
    const workers = childrenOf(child.pid ?? 0);
    expect(workers).toHaveLength(2);
    const people = async () => ((await post('{ people(first: 1) { totalCount } }')).body as { data: { people: { totalCount: number } } }).data.people.totalCount;
    const total = await people();
    expect(total).toBeGreaterThan(10);
    const [killed] = workers;
    process.kill(killed ?? 0, 'SIGKILL');
    await until(() => stderr.includes('while serving; starting another') && childrenOf(child.pid ?? 0).length === 2);
    expect(childrenOf(child.pid ?? 0)).not.toContain(killed);
    expect(await people()).toBe(total);
    const replaced = childrenOf(child.pid ?? 0);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(replaced.filter(alive)).toEqual([]);
  }, 120_000);

  it('says plainly when the graph file is missing or is not one', () => {
    const missing = cli(['serve', '--graph', join(dir, 'nothing.db')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no such graph file; build it with 'cadregraph ingest --graph");
    const notGraph = cli(['serve', '--graph', join(ROOT, 'package.json')]);
    expect(notGraph.status).toBe(1);
    expect(notGraph.stderr).toContain('not a cadregraph graph file');
  });

  it('refuses --graph with PATH, and Neo4j options with --graph', () => {
    expect(cli(['serve', '--graph', file, 'fixtures/articles']).status).toBe(2);
    const mixed = cli(['ingest', '--graph', file, '--uri', 'bolt://127.0.0.1:1', 'fixtures/articles']);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain("option '--graph <file>' cannot be used with option '--uri <uri>'");
  });

  it('writes to --graph when NEO4J_URI is set in the environment (saying so), or set but empty (silently)', () => {
    const other = join(dir, 'env.db');
    const args = ['ingest', '--quiet', '--graph', other, join(ROOT, 'fixtures/articles')];
    const run = (uri: string) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...env, NEO4J_URI: uri } });
    const set = run('bolt://127.0.0.1:1');
    expect(set.status, set.stderr).toBe(0);
    expect(set.stderr).toContain(`writing to the graph file ${other} (--graph), not to Neo4j at bolt://127.0.0.1:1 (NEO4J_URI)`);
    expect(existsSync(other)).toBe(true);
    const empty = run('');
    expect(empty.status, empty.stderr).toBe(0);
    expect(empty.stderr).not.toContain('NEO4J_URI');
  }, 120_000);
});
