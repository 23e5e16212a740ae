// The end-to-end part of `npm run bench:ingest`: articles as files through
// `cadregraph ingest` (read → extract → build → write, in a child process whose
// wall time and peak RSS, its VmHWM, are measured), beside `UNWIND … MERGE` of the same rows
// (extracted and built beforehand by this process, the same batches of 500
// articles) into the same, emptied, database.
//
// The articles are the real corpus when ../shared/corpus/baomoi-2017.tgz is present
// (unpacked to a temporary folder; runs at 10,000 articles and at all of them, to
// show whether client memory grows with the corpus), else the generated corpus of
// bench/corpus.mjs. BENCH_E2E_SIZES="10000,35440" chooses the sizes.
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../scripts/neo4j/launch.mjs';
import { GraphBuilder } from '../dist/graph/build.js';
import { extractArticles } from '../dist/ingest/articles.js';
import { generateCorpus, writeCorpus } from './corpus.mjs';

const REAL_CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'baomoi-2017.tgz');
const BATCH = 500;
const JOBS = availableParallelism();
/**
 * The heap bound the README gives for ingesting a large corpus. V8 lets the young
 * generation grow to 64 MB a semi-space on each thread (the main one and every
 * extraction worker); and on a machine with gigabytes of memory it lets the main
 * thread's old generation grow to about four times what survives a full
 * collection before collecting again, so the client's RSS follows the largest
 * heap it ever reached (330 MB committed for 50 MB live at 30,000 real articles),
 * not what it holds. A maximum of 512 MB makes V8 grow the heap by a smaller
 * factor and collect sooner (`--trace-gc` at 30,000 to 35,440 articles: committed 1.3 to 1.8 times live).
 * `cadregraph ingest` now applies the same bound itself unless node's flags set one
 * (src/cli/heap.ts, `--heap`), so BENCH_E2E_NODE_FLAGS="" measures the CLI's own
 * default (its child process: the probe reports the child's peak first) and
 * "--max-old-space-size=4096" measures it nearly unbounded; BENCH_E2E_ALSO_FLAGS runs the
 * client a second time at each size with other flags (e.g. "--max-semi-space-size=8"),
 * on the same rows in the same run, for a comparison. BENCH_E2E_ALSO_DIST runs,
 * after this checkout's client, another build's (its dist/ folder, e.g. of a
 * worktree of main) with the same flags on the same rows, for a before/after in
 * one sitting.
 */
const flagList = (flags) => flags.split(' ').filter(Boolean);
const NODE_FLAGS = flagList(process.env.BENCH_E2E_NODE_FLAGS ?? '--max-semi-space-size=8 --max-old-space-size=512');
const ALSO_FLAGS = process.env.BENCH_E2E_ALSO_FLAGS === undefined ? null : flagList(process.env.BENCH_E2E_ALSO_FLAGS);
const OWN_DIST = join(PROJECT_ROOT, 'dist');
const ALSO_DIST = process.env.BENCH_E2E_ALSO_DIST || null;

/** A folder of .txt articles: the real corpus unpacked, or the generated one written out. */
async function articleFolder(work) {
  if (existsSync(REAL_CORPUS)) {
    const unpacked = join(work, 'real');
    mkdirSync(unpacked);
    const tar = spawnSync('tar', ['-xzf', REAL_CORPUS, '-C', unpacked], { stdio: 'inherit' });
    if (tar.status !== 0) throw new Error(`bench: cannot unpack ${REAL_CORPUS}`);
    const data = join(unpacked, 'data');
    return { dir: existsSync(data) ? data : unpacked, label: `the real corpus (${REAL_CORPUS})` };
  }
  const generated = join(work, 'generated');
  const { articles } = await generateCorpus({ count: Number(process.env.BENCH_E2E_ARTICLES || 10_000), seed: 7 });
  writeCorpus(generated, articles);
  return { dir: generated, label: 'the generated corpus (bench/corpus.mjs): ../shared/corpus/baomoi-2017.tgz is absent' };
}

/** The first `n` articles of `dir` (in path order) as hard links in a folder of their own. */
function firstArticles(dir, names, n, work) {
  const out = join(work, `first-${n}`);
  mkdirSync(out);
  for (const name of names.slice(0, n)) linkSync(join(dir, name), join(out, name));
  return out;
}

/** The batches ingest writes for these articles: extracted on every core, built 500 articles at a time. */
async function batchesOf(dir) {
  const builder = new GraphBuilder();
  const batches = [];
  let pending = 0;
  for await (const article of extractArticles([dir], { jobs: JOBS })) {
    if (!article.ok) continue;
    builder.add(article.record, { key: article.key, path: article.path });
    if (++pending === BATCH) {
      batches.push(builder.take());
      pending = 0;
    }
  }
  if (pending > 0) batches.push(builder.take());
  return batches;
}

/**
 * The child's own peak RSS, written by the child as it exits: VmHWM of
 * /proc/self/status. getrusage's maxRSS in a spawned child starts from the
 * parent's high-water mark at the fork, and this parent holds every batch.
 */
const PEAK_PROBE = `data:text/javascript,${encodeURIComponent(
  'import { readFileSync } from "node:fs"; process.on("exit", () => { const m = /VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8")); process.stderr.write(`VMHWM_KB ${m ? m[1] : "NaN"}\\n`); });',
)}`;

/** `cadregraph ingest` in a child process: wall time, its own peak RSS (VmHWM), its JSON summary. */
function ingestInChild(dir, neo, flags, dist) {
  const main = join(dist, 'cli/main.js');
  const started = performance.now();
  const run = spawnSync(process.execPath, [...flags, '--import', PEAK_PROBE, main, 'ingest', '--quiet', '--json', '--batch', String(BATCH), '--jobs', String(JOBS), dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0 && run.status !== 1) throw new Error(`bench: cadregraph ingest exited with ${run.status}: ${run.stderr}`);
  const rssMb = Number(/VMHWM_KB (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  return { seconds, rssMb, summary: JSON.parse(run.stdout.trim().split('\n').at(-1)) };
}

const facts = (batches) => batches.reduce((n, b) => n + b.nodes.length + b.edges.length, 0);

/**
 * Runs the comparison at each size and returns printable rows; `store` is the
 * Neo4j store of the bench, `clear` empties its database.
 */
export async function endToEnd({ store, clear, neo }) {
  const work = mkdtempSync(join(tmpdir(), 'cadregraph-bench-e2e-'));
  try {
    const { dir, label } = await articleFolder(work);
    const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
    const sizes = (process.env.BENCH_E2E_SIZES ? process.env.BENCH_E2E_SIZES.split(',').map(Number) : [10_000, names.length])
      .map((n) => Math.min(n, names.length))
      .filter((n, i, all) => n > 0 && all.indexOf(n) === i);
    console.log(
      `\nend to end: ${label}, ${names.length} articles; sizes ${sizes.join(', ')}; batches of ${BATCH} articles, ${JOBS} extraction threads; ` +
        `node ${NODE_FLAGS.join(' ') || '(no flags)'}${ALSO_FLAGS === null ? '' : `, then ${ALSO_FLAGS.join(' ') || '(no flags)'}`}` +
        `${ALSO_DIST === null ? '' : `; each also with the build in ${ALSO_DIST}`}`,
    );
    const rows = [];
    for (const size of sizes) {
      const folder = size === names.length ? dir : firstArticles(dir, names, size, work);
      const batches = await batchesOf(folder);
      const rowCount = facts(batches);

      await clear();
      const t = performance.now();
      for (const batch of batches) await store.write(batch);
      const mergeSeconds = (performance.now() - t) / 1000;

      const mergeRate = rowCount / mergeSeconds;
      console.log(`  ${size} articles → ${rowCount} rows: UNWIND … MERGE of the rows ${mergeSeconds.toFixed(1)} s (${Math.round(mergeRate)} rows/s)`);
      const runs = (ALSO_FLAGS === null ? [NODE_FLAGS] : [NODE_FLAGS, ALSO_FLAGS]).flatMap((flags) => [OWN_DIST, ...(ALSO_DIST === null ? [] : [ALSO_DIST])].map((dist) => ({ flags, dist })));
      for (const { flags, dist } of runs) {
        await clear();
        const child = ingestInChild(folder, neo, flags, dist);
        const e2eRate = rowCount / child.seconds;
        const nodeFlags = flags.join(' ') || '(no flags)';
        const build = dist === OWN_DIST ? '' : ` [build ${dist}]`;
        rows.push({ size, rowCount, mergeSeconds, mergeRate, ...child, e2eRate, share: e2eRate / mergeRate, nodeFlags: `${nodeFlags}${build}` });
        console.log(
          `    cadregraph ingest${build}, node ${nodeFlags}: ${child.summary.articles} articles ingested, ${child.summary.failed} failed, ` +
            `${child.seconds.toFixed(1)} s (${Math.round(size / child.seconds)} articles/s, ${Math.round(e2eRate)} rows/s, ${(100 * e2eRate / mergeRate).toFixed(0)}% of MERGE), peak RSS ${child.rssMb.toFixed(0)} MB`,
        );
      }
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
