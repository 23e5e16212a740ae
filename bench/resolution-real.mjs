// What identity resolution costs while real articles are ingested into a graph
// file: `ingest --graph` as the CLI runs it, with the store wrapped so that each
// batch's resolution step is timed apart from the rest. Per batch of 500 it prints
// the mentions read back (the blocks the batch touched, whole), the largest block
// among them, and the milliseconds spent reading them (mentionsOf + storedPeople),
// resolving them (planPeople: pairwise rules, clusters, signatures, the people's
// relationships) and rewriting the people that changed (replacePeople); at the end,
// the totals beside the whole run's wall time and the main thread's share of them.
//
//   node bench/resolution-real.mjs --dir DIR --graph FILE [--dist DIST] [--jobs 2]
//
// --dist: the compiled code to run (default this checkout's dist/), so that two
// builds can be measured on the same articles in the same sitting.
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const dir = option('--dir');
const file = option('--graph');
if (dir === undefined || file === undefined) throw new Error('usage: node bench/resolution-real.mjs --dir DIR --graph FILE [--dist DIST] [--jobs N]');
const dist = resolve(option('--dist', join(ROOT, 'dist')));
const jobs = Number(option('--jobs', '2'));

const { ingest } = await import(join(dist, 'ingest/ingest.js'));
const { openEmbeddedStore } = await import(join(dist, 'store/embedded/store.js'));

const store = openEmbeddedStore({ file });
const batches = [];
let current = null;
const now = () => performance.now();
// Resolution calls mentionsOf, storedPeople, then (after planPeople) replacePeople, once per round of blocks.
const timed = new Proxy(store, {
  get(target, name) {
    const value = Reflect.get(target, name);
    if (typeof value !== 'function') return value;
    if (name === 'mentionsOf') {
      return async (blocks) => {
        const t0 = now();
        const out = await value.call(target, blocks);
        const sizes = new Map();
        for (const s of out) sizes.set(s.mention.block, (sizes.get(s.mention.block) ?? 0) + 1);
        current ??= { blocks: 0, mentions: 0, largest: 0, readMs: 0, planMs: 0, writeMs: 0 };
        current.blocks += blocks.length;
        current.mentions += out.length;
        current.largest = Math.max(current.largest, ...sizes.values(), 0);
        current.readMs += now() - t0;
        return out;
      };
    }
    if (name === 'storedPeople') {
      return async (blocks) => {
        const t0 = now();
        const out = await value.call(target, blocks);
        current.readMs += now() - t0;
        current.readEnd = now();
        return out;
      };
    }
    if (name === 'replacePeople') {
      return async (remove, people) => {
        const t0 = now();
        current.planMs += t0 - current.readEnd;
        const out = await value.call(target, remove, people);
        current.writeMs += now() - t0;
        return out;
      };
    }
    return value.bind(target);
  },
});

const started = now();
const cpu0 = process.cpuUsage();
const load0 = loadavg()[0];
let committedBefore = 0;
const summary = await ingest([dir], {
  store: timed,
  jobs,
  onProgress: (p) => {
    if (p.committed === committedBefore || current === null) return;
    const b = { articles: p.committed, ...current };
    delete b.readEnd;
    batches.push(b);
    current = null;
    committedBefore = p.committed;
    const f = (x) => x.toFixed(0).padStart(6);
    console.log(
      `${String(b.articles).padStart(6)} articles: ${String(b.blocks).padStart(5)} blocks, ${String(b.mentions).padStart(6)} mentions read (largest block ${String(b.largest).padStart(4)}); read ${f(b.readMs)} ms, resolve ${f(b.planMs)} ms, rewrite ${f(b.writeMs)} ms`,
    );
  },
});
await store.close();
const wall = now() - started;
const cpu = process.cpuUsage(cpu0);
const sum = (k) => batches.reduce((s, b) => s + b[k], 0);
const heap = process.memoryUsage();
console.log(
  JSON.stringify({
    articles: summary.articles,
    wallS: +(wall / 1000).toFixed(1),
    processCpuS: +((cpu.user + cpu.system) / 1e6).toFixed(1),
    mentionsRead: sum('mentions'),
    readS: +(sum('readMs') / 1000).toFixed(2),
    resolveS: +(sum('planMs') / 1000).toFixed(2),
    rewriteS: +(sum('writeMs') / 1000).toFixed(2),
    peakRssMB: Math.round(Number(/VmHWM:\s+(\d+)/.exec(await (await import('node:fs/promises')).readFile('/proc/self/status', 'utf8'))?.[1]) / 1024),
    heapUsedMB: Math.round(heap.heapUsed / 1048576),
    load: `${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
  }),
);
