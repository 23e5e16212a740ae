// bench:api's storage section: what the embedded store costs on generated text
// (bench/corpus.mjs, about 7.5 KB an article) at each size, beside its baseline
// measured in the same run, each step in a fresh process so RSS is its own:
//
// - the user's path: `cadregraph ingest --graph FILE DIR` once (build time, peak
//   RSS, file size), then `cadregraph serve --graph FILE` (time from launch until
//   it listens, RSS after answering questions, their time over HTTP);
// - the baseline: `cadregraph serve DIR`, which extracts every article into an
//   in-memory graph at each start (time until it listens, RSS), or refuses input
//   larger than its heap can hold (the refusal is printed).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(ROOT, 'dist/cli/main.js');
/** The embedded store only: no Neo4j settings reach the children. */
const ENV = { ...process.env };
for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) delete ENV[name];

/**
 * `cadregraph ingest --graph FILE DIR`: wall seconds, peak RSS in MB and its
 * summary. The peak is the child's own VmHWM, read while it runs (getrusage's
 * maxRSS would count the memory of this process at the fork). The CLI runs ingest
 * in a process of its own under its heap bound (src/cli/heap.ts); the child is
 * started with those flags itself, so that the process measured is the one working.
 */
async function ingestGraph(file, dir) {
  const { DEFAULT_HEAP_MB, heapFlags } = await import(join(ROOT, 'dist/cli/heap.js'));
  const started = performance.now();
  const child = spawn(process.execPath, [...heapFlags(DEFAULT_HEAP_MB), MAIN, 'ingest', '--quiet', '--json', '--graph', file, dir], { stdio: ['ignore', 'pipe', 'pipe'], env: ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  let peakMb = 0;
  const timer = setInterval(() => {
    memoryMb(child.pid).then((m) => (peakMb = Math.max(peakMb, m.peak)), () => {});
  }, 200);
  const code = await new Promise((done) => child.once('exit', done));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`bench:api: ingest --graph exited with ${code}: ${stderr.slice(-2000)}`);
  return { seconds, peakMb, summary: JSON.parse(stdout.trim().split('\n').at(-1)) };
}

async function memoryMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const mb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

/**
 * Starts `cadregraph serve ARGS`, waits until it listens, asks each question
 * `times` times (graph-file runs) and reports start time, RSS and query times;
 * a server that refuses to start gives its message instead.
 */
export async function serve(args, questions, times) {
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: ENV });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));
  const url = await Promise.race([
    new Promise((done) => {
      let text = '';
      child.stdout.on('data', (c) => {
        text += c;
        const m = /GraphiQL at (\S+)/.exec(text);
        if (m) done(m[1]);
      });
    }),
    exited.then(() => null),
  ]);
  if (url === null) return { refused: stderr.trim() };
  const startS = (performance.now() - started) / 1000;
  const ask = async (query) => {
    const t = performance.now();
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = await r.json();
    if (body.errors) throw new Error(`bench:api: ${JSON.stringify(body.errors)}`);
    return { ms: performance.now() - t, data: body.data };
  };
  const ms = [];
  if (times > 0) {
    const { data } = await ask('{ organizations(first: 1, search: "huyen uy") { edges { node { id } } } people(first: 1) { edges { node { id } } } }');
    const ids = { org: data.organizations.edges[0]?.node.id ?? '', person: data.people.edges[0]?.node.id ?? '' };
    for (let i = 0; i < times; i++) for (const q of questions(ids)) ms.push((await ask(q)).ms);
  }
  const memory = await memoryMb(child.pid);
  child.kill('SIGTERM');
  await exited;
  ms.sort((a, b) => a - b);
  return { startS, rssMb: memory.rss, peakMb: memory.peak, p50: ms[Math.floor(ms.length / 2)] ?? null, max: ms.at(-1) ?? null };
}

export const QUESTIONS = ({ org, person }) => [
  `{ whoChaired(organization: ${JSON.stringify(org)}, first: 20) { totalCount edges { node { event { name } chairs { person { name } } } } } }`,
  `{ person(id: ${JSON.stringify(person)}) { name positions { edges { node { title evidence { quote } } } } roles(first: 50) { totalCount } } }`,
];

async function atSize(count) {
  const dir = await mkdtemp(join(tmpdir(), 'cadregraph-bench-storage-'));
  try {
    const { articles, bytes } = await generateCorpus({ count, seed: 1 });
    writeCorpus(join(dir, 'articles'), articles);
    articles.length = 0;
    const baseline = await serve([join(dir, 'articles')], QUESTIONS, 0);
    const file = join(dir, 'corpus.graph');
    const ingest = await ingestGraph(file, join(dir, 'articles'));
    const fileMb = (await stat(file)).size / 1e6;
    const served = await serve(['--graph', file], QUESTIONS, 20);
    return { count, textMb: bytes / 1e6, baseline, ingest: { seconds: ingest.seconds, peakMb: ingest.peakMb, nodes: ingest.summary.new }, fileMb, served };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const f = (x, w, d = 0) => (x === null || x === undefined || Number.isNaN(x) ? '-' : Number(x).toFixed(d)).padStart(w);

/** Measures and prints the section for each size; returns its rows. */
export async function storageSection(sizes) {
  const rows = [];
  for (const count of sizes) rows.push(await atSize(count));
  console.log('\nembedded store on generated text (bench/corpus.mjs): build a graph file once (ingest --graph), then serve it (serve --graph),');
  console.log('beside the baseline from the same run: serve DIR, which extracts every article into memory at each start');
  console.log('articles  text MB | build s  build peak RSS MB  file MB | serve --graph start s  RSS MB  query p50/max ms | baseline serve DIR start s  RSS MB');
  for (const r of rows) {
    const s = r.served;
    const b = r.baseline;
    const base = b.refused !== undefined ? `refused: ${b.refused.split('\n')[0].slice(0, 160)}` : `${f(b.startS, 26, 1)}  ${f(b.rssMb, 6)}`;
    console.log(
      `${f(r.count, 8)}  ${f(r.textMb, 7)} | ${f(r.ingest.seconds, 7)}  ${f(r.ingest.peakMb, 17)}  ${f(r.fileMb, 7)} | ${f(s.startS, 21, 2)}  ${f(s.rssMb, 6)}  ${f(s.p50, 7, 1)} /${f(s.max, 6, 1)} | ${base}`,
    );
  }
  for (const r of rows) {
    const ok = r.served.rssMb <= 1024 && r.served.startS < 10;
    console.log(`embedded at ${r.count} articles: serve --graph RSS ${f(r.served.rssMb, 0)} MB (target ≤ 1024 MB), start ${f(r.served.startS, 0, 2)} s (target: seconds): ${ok ? 'met' : 'NOT met'}`);
  }
  return rows;
}
