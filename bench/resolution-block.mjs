// One large block resolved on its own: the mentions of one name read from a graph
// file, resolved (planPeople: rules, clusters, signatures, people) a few times, with
// the median time; and how many of its pairs conflict or speak against one career,
// with what a Set of partners per mention (an earlier structure) takes to hold them.
// Resolution now keeps one byte per pair (src/graph/identity/verdicts.ts).
//
//   node --expose-gc bench/resolution-block.mjs --graph FILE [--name "nguyễn xuân phúc"] [--dist DIST] [--runs 7]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const file = option('--graph');
if (file === undefined) throw new Error('usage: node --expose-gc bench/resolution-block.mjs --graph FILE [--name NAME] [--dist DIST] [--runs N]');
const dist = resolve(option('--dist', join(ROOT, 'dist')));
const name = option('--name', 'nguyễn xuân phúc');
const runs = Number(option('--runs', '7'));
const identity = await import(join(dist, 'graph/identity/index.js'));
const { openEmbeddedStore } = await import(join(dist, 'store/embedded/store.js'));

const store = openEmbeddedStore({ file });
const mentions = (await store.mentionsOf([name])).map((s) => s.mention);
const stored = await store.storedPeople([name]);
await store.close();

const times = [];
let plan;
for (let r = 0; r < runs; r += 1) {
  const t0 = performance.now();
  plan = identity.planPeople(mentions, stored);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);

// The pairs the old structure held: conflicts and "against", both ways.
const ms = [...mentions].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
let conflicts = 0;
let against = 0;
const pairs = [];
for (let i = 0; i < ms.length; i += 1) {
  for (let j = i + 1; j < ms.length; j += 1) {
    if (identity.conflictBetween(ms[i], ms[j]) !== null) {
      conflicts += 1;
      pairs.push([i, j]);
    } else if (identity.verdictBetween(ms[i], ms[j]).against !== null) {
      against += 1;
      pairs.push([i, j]);
    }
  }
}
let setBytes = null;
if (globalThis.gc) {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const sets = [ms.map(() => new Set()), ms.map(() => new Set())];
  for (const [i, j] of pairs) {
    sets[0][i].add(j);
    sets[0][j].add(i);
  }
  globalThis.gc();
  setBytes = process.memoryUsage().heapUsed - before;
  if (sets[0].length < 0) console.log('');
}
console.log(
  JSON.stringify({
    name,
    mentions: ms.length,
    people: plan.clusters.length,
    medianMs: +times[Math.floor(times.length / 2)].toFixed(1),
    minMs: +times[0].toFixed(1),
    conflictPairs: conflicts,
    againstPairs: against,
    setsPerMentionBytes: setBytes,
  }),
);
