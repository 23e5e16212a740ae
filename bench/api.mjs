#!/usr/bin/env node
// `npm run bench:api`: the GraphQL API under load, on the embedded store and on
// Neo4j beside the standard peer (@neo4j/graphql, api-peer.mjs) serving the same
// Neo4j. Generated article records (api-records.mjs) are loaded into each store;
// each server runs in its own child process on loopback, so the load generator
// (autocannon) does not share a server's event loop. Before timing, every
// question's answers from the embedded store, from Neo4j and from the peer are
// brought to one form and must be equal. Then, for each question and connection
// count, it prints requests/s and p50/p99 latency over HTTP, the server processes'
// CPU milliseconds per request (from /proc: other work on the machine moves it far
// less than latency), beside the time of the same store calls made directly in the
// server's process, and the ratio of
// cadregraph to the peer. cadregraph and the peer are driven in alternation
// (--rounds times each) and their medians compared. Reads the built code in dist/.
//
// Neo4j: the server NEO4J_URI names (NEO4J_USER, NEO4J_PASSWORD), which must hold
// no data (the benchmark fills it, then empties it); without NEO4J_URI, a
// throwaway local Neo4j (scripts/neo4j) when java and mvn are there.
//
//   node bench/api.mjs [--count 10000] [--seconds 5] [--connections 1,10] [--rounds 2] [--seed 1]
//                      [--sizes 10000,100000] [--no-neo4j] [--workers N]
//
// --workers N (default: the cores, at most 4): the embedded questions again on
// `cadregraph serve --graph FILE --workers N` over the same graph file (rows
// `embedded×N`), after checking its answers equal the single process's; 1 skips it.
// The embedded store serves a graph file, as `serve --graph` does. --sizes: the
// storage section (api-storage.mjs): build time, start time and RSS of the
// embedded store on that many articles of generated text, beside `serve DIR`
// (extraction into memory at each start) in the same run; --sizes 0 skips it.
// --no-neo4j: the embedded store only.
//
// With 1 connection the latency is the service time; with 10 it includes queueing
// behind the others. The machine's other work moves absolute figures: compare
// within a run.
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generateRecords } from './api-records.mjs';
import { chooseVariables, QUESTIONS } from './api-questions.mjs';
import { storageSection } from './api-storage.mjs';

const TARGET_P99_MS = 50;
const MAIN = join(dirname(fileURLToPath(import.meta.url)), '../dist/cli/main.js');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: ${name} expects a positive integer`);
    process.exit(2);
  }
  return value;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timeDirect(store, variables, iterations = 300) {
  const out = {};
  for (const q of QUESTIONS) {
    for (let i = 0; i < 20; i++) await q.direct(store, variables);
    const times = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      await q.direct(store, variables);
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    out[q.name] = { p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] };
  }
  return out;
}

// ---------------------------------------------------------------- the server processes

const total = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The benchmark will not run as asked: its message says why, and the exit status is 2. */
class RefusedError extends Error {}

/**
 * The Neo4j store, if its database is empty: the benchmark fills it and
 * empties it again when done, so it must never be pointed at a user's data.
 */
async function emptyNeo4jStore() {
  const { createNeo4jStore } = await import('../dist/store/neo4j/store.js');
  const store = await createNeo4jStore();
  // Every node, of any label: a user's own nodes count as much as the graph's.
  const { records } = await store.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
  const nodes = Number(records[0]?.get('nodes') ?? 0);
  if (nodes > 0) {
    await store.close();
    throw new RefusedError(
      `bench:api: the database at ${process.env.NEO4J_URI} is not empty (${nodes} nodes) and the benchmark would mix ` +
        'its data with them, then delete them; point NEO4J_URI at an empty database, or unset it to use a throwaway local Neo4j',
    );
  }
  return store;
}

/** `levels` fragments, each spreading the previous one twice: 2^(levels-1) copies once expanded. */
function fragmentBomb(levels) {
  const fragments = ['fragment F0 on Person { name }'];
  for (let i = 1; i < levels; i++) fragments.push(`fragment F${i} on Person { ...F${i - 1} ...F${i - 1} }`);
  return `{ people(first: 1) { edges { node { ...F${levels - 1} } } } }\n${fragments.join('\n')}`;
}

const HOSTILE = {
  'a simple query (baseline)': { query: '{ people(first: 5) { totalCount edges { node { name } } } }', status: 200 },
  '39-level fragment bomb': { query: fragmentBomb(39), status: 400 },
  '100,000 __typename aliases': { query: `{ ${Array.from({ length: 100_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`, status: 413 },
  '2,000-level nesting': { query: `{ ${'people { '.repeat(2000)}totalCount${' }'.repeat(2000)} }`, status: 400 },
};

/** How long the server takes to refuse each hostile query over HTTP, one request at a time, beside a simple query. */
async function timeRefusals(url, iterations = 20) {
  const out = [];
  for (const [name, { query, status }] of Object.entries(HOSTILE)) {
    const body = JSON.stringify({ query });
    const times = [];
    for (let i = 0; i < iterations + 2; i++) {
      const start = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await response.text();
      if (response.status !== status) throw new Error(`bench: ${name} answered ${response.status}, expected ${status}`);
      if (i >= 2) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    out.push({ name, bytes: body.length, p50: times[Math.floor(times.length / 2)], max: times.at(-1) });
  }
  return out;
}

async function serveStore(kind, count, seed) {
  const { buildGraph } = await import('../dist/graph/index.js');
  const { createServer, listen } = await import('../dist/api/server.js');
  let store;
  let graphDir = null;
  if (kind === 'neo4j') {
    store = await emptyNeo4jStore();
  } else {
    const { openEmbeddedStore } = await import('../dist/store/embedded/store.js');
    graphDir = await mkdtemp(join(tmpdir(), 'cadregraph-bench-api-'));
    store = openEmbeddedStore({ file: join(graphDir, 'graph.db') });
  }
  const records = await generateRecords({ count, seed });
  const published = Object.fromEntries(records.map((r) => [r.article.id, r.article.published]));
  let start = performance.now();
  const batch = buildGraph(records);
  const buildMs = performance.now() - start;
  start = performance.now();
  await store.write(batch);
  const writeMs = performance.now() - start;
  const counts = await store.counts();
  const { variables, about } = await chooseVariables(store, batch);
  const path = await store.connection({ from: variables.from, to: variables.to, maxHops: 8 });
  const direct = await timeDirect(store, variables);
  const listening = await listen(createServer({ store, logging: false }), 0, '127.0.0.1');
  process.send({ url: listening.url, graphFile: graphDir === null ? null : join(graphDir, 'graph.db'), variables, about, direct, buildMs, writeMs, counts, published, pathLength: path?.length ?? null });
  process.on('disconnect', async () => {
    await listening.close();
    // The database was empty before (emptyNeo4jStore): what it holds now is the benchmark's.
    if (kind === 'neo4j') await store.clear();
    await store.close();
    if (graphDir !== null) await rm(graphDir, { recursive: true, force: true });
    process.exit(0);
  });
}

async function servePeerProcess() {
  const { servePeer } = await import('./api-peer.mjs');
  const peer = await servePeer({ uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD });
  process.send({ url: peer.url });
  process.on('disconnect', async () => {
    await peer.close();
    process.exit(0);
  });
}

// ---------------------------------------------------------------- the driver

function startChild(kind, args, env = process.env) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind, ...args], { env });
  return new Promise((done, fail) => {
    child.once('message', (info) => done({ child, info }));
    child.once('exit', (code) => fail(new Error(`bench:api: the ${kind} server exited with status ${code}`)));
  });
}

/** `cadregraph serve --graph FILE --workers N` (the built CLI) on the graph file the embedded server process wrote. */
async function startWorkers(file, workers) {
  const child = spawn(process.execPath, [MAIN, 'serve', '--graph', file, '--workers', String(workers), '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const url = await new Promise((done, fail) => {
    let text = '';
    child.stdout.on('data', (c) => {
      text += c;
      const m = /GraphiQL at (\S+)/.exec(text);
      if (m) done(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`bench:api: serve --workers ${workers} exited with status ${code}: ${stderr.slice(-2000)}`)));
  });
  return { url, pid: child.pid, stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once('exit', done), child.kill('SIGTERM')))) };
}

async function ask(url, query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(`bench:api: a query failed at ${url}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/**
 * One second of the same load, not counted: every process has answered the
 * question before timing starts (a worker builds its path index on its first
 * connection query, as the single process did on the answer check).
 */
async function warmUp(url, query, variables, connections) {
  await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }), duration: 1, connections });
}

/** CPU seconds (user + system) the processes have used so far, from /proc (Linux; NaN elsewhere). */
async function cpuSeconds(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return NaN;
    }
  }
  return ticks / 100;
}

/** The pids whose parent is `pid` (a serve --workers primary's workers), from /proc. */
async function childrenOf(pid) {
  const out = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(name));
    } catch {
      // The process ended while the list was read.
    }
  }
  return out;
}

/**
 * autocannon against the server, and the server processes' CPU per request
 * (`pids`): unlike latency, barely moved by other work on the machine, so the
 * figure to compare across runs.
 */
async function load(url, query, variables, seconds, connections, pids = []) {
  const before = await cpuSeconds(pids);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    duration: seconds,
    connections,
  });
  const cpuMs = pids.length === 0 ? null : ((await cpuSeconds(pids)) - before) * 1000 / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuMs, failed: result.non2xx + result.errors };
}

/** A Neo4j to use: NEO4J_URI's, or a throwaway local one; null when neither can be had. */
async function neo4jServer() {
  if (process.env.NEO4J_URI) {
    return { env: process.env, stop: async () => {} };
  }
  const { hasJavaAndMaven, startNeo4j } = await import('../scripts/neo4j/launch.mjs');
  if (!hasJavaAndMaven()) return null;
  const dataDir = await mkdtemp(join(tmpdir(), 'cadregraph-bench-api-'));
  const neo = await startNeo4j({ port: 0, httpPort: 0, dataDir, password: randomBytes(12).toString('hex'), heap: '2g' });
  console.log(`bench:api: a throwaway local Neo4j at ${neo.uri} (started in ${(neo.startMs / 1000).toFixed(1)} s)`);
  return {
    env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password },
    stop: async () => {
      await neo.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function describeLoad(kind, info) {
  console.log(`\n${kind}: built the graph in ${info.buildMs.toFixed(0)} ms, wrote ${total(info.counts.nodes)} nodes and ${total(info.counts.relationships)} relationships in ${info.writeMs.toFixed(0)} ms`);
  for (const line of info.about) console.log(`${kind}:   ${line}`);
  console.log(`${kind}:   connection: a path of length ${info.pathLength}`);
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

async function main() {
  const count = option('--count', 10000);
  const seconds = option('--seconds', 5);
  const rounds = option('--rounds', 2);
  const seed = option('--seed', 1);
  const workers = option('--workers', Math.min(availableParallelism(), 4));
  const connectionsArg = process.argv.includes('--connections') ? process.argv[process.argv.indexOf('--connections') + 1] : '1,10';
  const connectionCounts = connectionsArg.split(',').map(Number);
  if (connectionCounts.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('bench: --connections expects positive integers separated by commas');
    process.exit(2);
  }
  // Checked before the embedded run, so a refusal comes at once (the server process checks again before writing).
  if (process.env.NEO4J_URI) await (await emptyNeo4jStore()).close();
  const started = new Date();
  console.log(`bench:api ${started.toISOString()}: ${count} generated articles, ${seconds} s per run, connections ${connectionCounts.join(', ')}, ${rounds} alternating round(s), Node ${process.version}`);
  const args = ['--count', String(count), '--seed', String(seed)];
  const rows = [];
  const answers = {};
  let refusals = [];

  // The embedded store.
  const embedded = await startChild('embedded', args);
  try {
    describeLoad('embedded', embedded.info);
    refusals = await timeRefusals(embedded.info.url);
    for (const q of QUESTIONS) answers[q.name] = { embedded: q.ours(await ask(embedded.info.url, q.query, q.variables(embedded.info.variables))) };
    const timeEmbedded = async (store, url, pids) => {
      for (const q of QUESTIONS) {
        for (const connections of connectionCounts) {
          await warmUp(url, q.query, q.variables(embedded.info.variables), connections);
          const run = await load(url, q.query, q.variables(embedded.info.variables), seconds, connections, pids);
          rows.push({ store, question: q.name, connections, ...run, direct: embedded.info.direct[q.name] });
        }
      }
    };
    await timeEmbedded('embedded', embedded.info.url, [embedded.child.pid]);
    if (workers > 1) {
      const pool = await startWorkers(embedded.info.graphFile, workers);
      try {
        for (const q of QUESTIONS) {
          if (!same(q.ours(await ask(pool.url, q.query, q.variables(embedded.info.variables))), answers[q.name].embedded)) {
            throw new Error(`bench:api: serve --workers ${workers} answered ${q.name} differently from the single process`);
          }
        }
        await timeEmbedded(`embedded×${workers}`, pool.url, await childrenOf(pool.pid));
      } finally {
        await pool.stop();
      }
    }
  } finally {
    embedded.child.disconnect();
  }

  // Neo4j: cadregraph and the peer on the same database.
  const neo = process.argv.includes('--no-neo4j') ? null : await neo4jServer();
  if (neo === null) {
    console.log('\nbench:api: no Neo4j (set NEO4J_URI, or install java and mvn for a local one): the embedded store only');
  } else {
    try {
      const ours = await startChild('neo4j', args, neo.env);
      try {
        const peer = await startChild('peer', [], neo.env);
        try {
          describeLoad('neo4j', ours.info);
          const published = new Map(Object.entries(ours.info.published));
          const v = ours.info.variables;
          let equal = true;
          for (const q of QUESTIONS) {
            answers[q.name].neo4j = q.ours(await ask(ours.info.url, q.query, q.variables(v)));
            if (q.peer) answers[q.name].peer = q.peer.answer(await ask(peer.info.url, q.peer.query, q.peer.variables(v)), published);
            const { embedded, neo4j, peer: theirs } = answers[q.name];
            const ok = same(embedded, neo4j) && (theirs === undefined || same(neo4j, theirs));
            equal &&= ok;
            console.log(`answers for ${q.name}: ${ok ? 'equal' : 'DIFFERENT'} (embedded, neo4j${theirs === undefined ? '' : ', peer'})`);
            if (!ok) console.log(JSON.stringify(answers[q.name]).slice(0, 2000));
          }
          if (!equal) throw new Error('bench:api: the answers differ; no timing is worth printing');
          for (const q of QUESTIONS) {
            for (const connections of connectionCounts) {
              const mine = [];
              const theirs = [];
              for (let round = 0; round < rounds; round++) {
                mine.push(await load(ours.info.url, q.query, q.variables(v), seconds, connections, [ours.child.pid]));
                if (q.peer) theirs.push(await load(peer.info.url, q.peer.query, q.peer.variables(v), seconds, connections, [peer.child.pid]));
              }
              const med = (runs) => ({
                rps: median(runs.map((r) => r.rps)),
                p50: median(runs.map((r) => r.p50)),
                p99: median(runs.map((r) => r.p99)),
                cpuMs: runs[0]?.cpuMs === undefined || runs[0].cpuMs === null ? null : median(runs.map((r) => r.cpuMs)),
                failed: runs.reduce((n, r) => n + r.failed, 0),
              });
              rows.push({ store: 'neo4j', question: q.name, connections, ...med(mine), direct: ours.info.direct[q.name], peer: q.peer ? med(theirs) : null });
            }
          }
        } finally {
          peer.child.disconnect();
        }
      } finally {
        ours.child.disconnect();
        await new Promise((done) => ours.child.once('exit', done));
      }
    } finally {
      await neo.stop();
    }
  }
  report(rows, connectionCounts, started);
  console.log('\nhostile queries, embedded store, one at a time over HTTP (refused before any store call)');
  for (const r of refusals) {
    console.log(`${r.name.padEnd(28)} ${String(r.bytes).padStart(9)} bytes  p50 ${r.p50.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms`);
  }
  console.log(JSON.stringify({ bench: 'api-refusals', refusals }));
  const sizesArg = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1] : '10000,100000';
  const sizes = sizesArg.split(',').map(Number).filter((n) => n > 0);
  if (sizes.length > 0) console.log(JSON.stringify({ bench: 'api-storage', rows: await storageSection(sizes) }));
}

function report(rows, connectionCounts, started) {
  const f = (x, w, d = 0) => (x === null || x === undefined ? '-' : Number(x).toFixed(d)).padStart(w);
  console.log(`\nbench:api results, ${started.toISOString().slice(0, 10)}, one run on a shared 2-core machine: compare figures within the run`);
  console.log('store       question       conns   req/s  p50 ms  p99 ms  CPU ms/req  direct p50/p99 ms   peer req/s  peer p99  req/s ratio  p99 ratio  failed');
  for (const r of rows) {
    const ratio = r.peer ? `${f(r.rps / r.peer.rps, 10, 2)}×  ${f(r.p99 / r.peer.p99, 8, 2)}×` : `${'-'.padStart(11)}  ${'-'.padStart(9)}`;
    console.log(
      `${r.store.padEnd(11)} ${r.question.padEnd(13)} ${f(r.connections, 5)} ${f(r.rps, 7)} ${f(r.p50, 7)} ${f(r.p99, 7)}  ${f(r.cpuMs, 10, 2)}  ${f(r.direct.p50, 8, 2)} /${f(r.direct.p99, 7, 2)}  ${f(r.peer?.rps, 11)} ${f(r.peer?.p99, 9)}  ${ratio}  ${r.failed + (r.peer?.failed ?? 0)}`,
    );
  }
  for (const store of new Set(rows.filter((r) => r.store.startsWith('embedded')).map((r) => r.store))) {
    for (const connections of connectionCounts) {
      const worst = Math.max(...rows.filter((r) => r.store === store && r.connections === connections).map((r) => r.p99));
      console.log(`${store}, ${connections} connection(s): worst p99 ${worst} ms (target < ${TARGET_P99_MS} ms): ${worst < TARGET_P99_MS ? 'met' : 'NOT met'}`);
    }
  }
  const compared = rows.filter((r) => r.peer);
  if (compared.length > 0) {
    const ahead = compared.filter((r) => r.rps > r.peer.rps && r.p99 <= r.peer.p99).length;
    console.log(`neo4j: ahead of the peer (more req/s and no worse p99) on ${ahead} of ${compared.length} question × connection runs`);
  }
  console.log(JSON.stringify({ bench: 'api', date: started.toISOString(), rows }));
}

// Run as a script: the driver, or one of the server processes it forks.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--serve')) {
      const kind = process.argv[process.argv.indexOf('--serve') + 1];
      if (kind === 'peer') await servePeerProcess();
      else await serveStore(kind, option('--count', 10000), option('--seed', 1));
    } else {
      await main();
    }
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
