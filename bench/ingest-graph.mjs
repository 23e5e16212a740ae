// `npm run bench:ingest-graph`: the embedded store at scale. Builds a graph file
// from generated articles (bench/corpus.mjs) in a child process and prints, every
// --every articles, the wall and CPU seconds of that step (all threads), the
// child's RSS and its peak (VmHWM from /proc), so that whether the cost of an
// article grows with the graph shows beside its own baseline: the first step.
// Then it serves the file (`serve --graph`, as bench:api's storage section does)
// and prints its start time, RSS and query times.
//
//   node bench/ingest-graph.mjs [--count 100000] [--every 1000] [--dir DIR] [--keep FILE]
//   node bench/ingest-graph.mjs --graph FILE      (serve an existing graph file only)
//
// --dir: articles already written (else generated, seed 1, into a temporary folder);
// --keep: where to write the graph file, kept after the run (else a temporary one).
import { fork } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './corpus.mjs';
import { QUESTIONS, serve } from './api-storage.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

async function status() {
  const text = await readFile('/proc/self/status', 'utf8');
  const mb = (key) => Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)?.[1] ?? NaN) / 1024);
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

/** The child: ingests DIR into FILE, reporting each step to the parent. */
async function child(dir, file, every) {
  const { ingest } = await import(join(ROOT, 'dist/ingest/ingest.js'));
  const { openEmbeddedStore } = await import(join(ROOT, 'dist/store/embedded/store.js'));
  const store = openEmbeddedStore({ file });
  let last = { at: performance.now(), cpu: process.cpuUsage(), committed: 0 };
  const report = async (committed) => {
    const cpu = process.cpuUsage(last.cpu);
    const now = performance.now();
    process.send({ committed, articles: committed - last.committed, wallS: (now - last.at) / 1000, cpuS: (cpu.user + cpu.system) / 1e6, ...(await status()), load: load() });
    last = { at: now, cpu: process.cpuUsage(), committed };
  };
  let pending = Promise.resolve();
  // onProgress comes after every article read too: a step is reported once, when its batch is committed.
  let next = every;
  const summary = await ingest([dir], {
    store,
    onProgress: (p) => {
      if (p.committed < next) return;
      next = p.committed + every;
      pending = pending.then(() => report(p.committed));
    },
  });
  await pending;
  await store.close();
  process.send({ done: true, articles: summary.articles, seconds: summary.seconds, ...(await status()) });
}

/** Builds FILE from DIR in a child process, printing each step; returns the child's last word. */
async function build(dir, file, every) {
  // The heap bound `cadregraph ingest` runs its work under (src/cli/heap.ts), unless node's flags set one.
  const { DEFAULT_HEAP_MB, heapFlags } = await import(join(ROOT, 'dist/cli/heap.js'));
  const bounded = /--max[-_]old[-_]space[-_]size/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);
  const execArgv = bounded ? process.execArgv : [...process.execArgv, ...heapFlags(DEFAULT_HEAP_MB)];
  console.log(`child heap: ${bounded ? 'as node was told' : heapFlags(DEFAULT_HEAP_MB).join(' ')}`);
  const worker = fork(fileURLToPath(import.meta.url), ['--child', dir, file, String(every)], { stdio: 'inherit', execArgv });
  let first = null;
  let done = null;
  worker.on('message', (m) => {
    if (m.done) {
      done = m;
      return;
    }
    first ??= m;
    const perK = (x) => ((1000 * x) / m.articles).toFixed(1);
    const ratio = (m.cpuS / m.articles / (first.cpuS / first.articles)).toFixed(2);
    console.log(
      `${String(m.committed).padStart(7)} articles: this step ${perK(m.wallS)} s wall, ${perK(m.cpuS)} s CPU per 1,000 (${ratio}× the first step's CPU); RSS ${m.rss} MB, peak ${m.peak} MB; load ${m.load}`,
    );
  });
  const code = await new Promise((ok) => worker.once('exit', ok));
  if (code !== 0 || done === null) throw new Error(`bench: the build exited with ${code}`);
  return done;
}

async function served(file) {
  const s = await serve(['--graph', file], QUESTIONS, 20);
  if (s.refused !== undefined) throw new Error(`bench: serve --graph ${file} refused to start: ${s.refused}`);
  const mb = (await stat(file)).size / 1e6;
  console.log(`serve --graph (${mb.toFixed(0)} MB file): listening after ${s.startS.toFixed(2)} s, RSS ${s.rssMb.toFixed(0)} MB (peak ${s.peakMb.toFixed(0)}), query p50 ${s.p50.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; load ${load()}`);
  const ok = s.rssMb <= 1024 && s.startS < 10;
  console.log(`targets: RSS ≤ 1024 MB, start in seconds: ${ok ? 'met' : 'NOT met'}`);
}

async function main() {
  const existing = option('--graph');
  if (existing !== undefined) return served(existing);
  const count = Number(option('--count', 100000));
  const every = Number(option('--every', 1000));
  const work = await mkdtemp(join(tmpdir(), 'cadregraph-bench-graph-'));
  try {
    let dir = option('--dir');
    if (dir === undefined) {
      dir = join(work, 'articles');
      const { articles, bytes } = await generateCorpus({ count, seed: 1 });
      writeCorpus(dir, articles);
      console.log(`generated ${count} articles, ${(bytes / 1e6).toFixed(0)} MB of text`);
    }
    const file = option('--keep') ?? join(work, 'corpus.graph');
    console.log(`building ${file} from ${(await readdir(dir)).length} articles in ${dir}; load ${load()}`);
    const done = await build(dir, file, every);
    console.log(`built: ${done.articles} articles in ${done.seconds.toFixed(0)} s, peak RSS ${done.peak} MB, file ${((await stat(file)).size / 1e6).toFixed(0)} MB`);
    await served(file);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], Number(process.argv[5]));
else await main();
