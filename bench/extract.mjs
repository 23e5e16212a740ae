#!/usr/bin/env node
// `npm run bench:extract`: extraction speed and memory on a synthetic corpus of
// distinct articles (bench/corpus.mjs), beside floors measured in the same run:
//
//   in memory   decode + NFC of the bytes (the floor), then decode + extract +
//               JSON on one thread, and the same split into its parts (extract
//               alone, JSON alone), so their costs can be compared;
//   from files  the corpus written to a temporary folder: list + read + decode +
//               NFC on one thread (the read-and-normalise floor), then the
//               read-and-extract stream of `cadregraph extract` (JSON lines) on
//               one thread and on every core.
//
//   node bench/extract.mjs [--count 10000] [--seed 1] [--jobs N] [--cli] [--corpus DIR]
//
// --jobs sets "every core" (default: the number of cores). --corpus DIR also runs
// the from-files phases on the .txt files under DIR (the real corpus of
// ../shared/corpus, unpacked). --cli also times `cadregraph extract FOLDER >
// /dev/null` in a child process with its peak RSS.
//
// To add a measurement, add a phase to IN_MEMORY or FROM_FILES below: a name and a
// function of one article (in memory) or of the folder (from files). MB are 10^6
// bytes of input (UTF-8). The last line is a summary for tools.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateCorpus, writeCorpus } from './corpus.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: ${name} expects a positive integer`);
    process.exit(2);
  }
  return value;
}

function textOption(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function loadBuilt() {
  try {
    const { extractArticle } = await import('../dist/extract/index.js');
    const { decodeArticleBytes } = await import('../dist/ingest/decode.js');
    const { listSources, readArticleFile } = await import('../dist/ingest/read-input.js');
    const { extractArticlesAsJson } = await import('../dist/ingest/articles.js');
    return { extractArticle, decodeArticleBytes, listSources, readArticleFile, extractArticlesAsJson };
  } catch (error) {
    console.error(`bench: cannot load dist/ (${error.message}); run 'npm run build' first`);
    process.exit(2);
  }
}

// A real collection between phases, so each phase's heap figure is its own.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const mb = (bytes) => bytes / 1e6;
const fmt = (n, digits = 1) => n.toFixed(digits);

// Peak memory during a phase: sampled by an interval (while the loop yields)
// and explicitly every few articles (the loop is synchronous in between).
function memoryProbe() {
  const peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peak.rss) peak.rss = m.rss;
    if (m.heapUsed > peak.heapUsed) peak.heapUsed = m.heapUsed;
  };
  const timer = setInterval(sample, 10);
  return { peak, sample, stop: () => { clearInterval(timer); sample(); } };
}

const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));

/** Times `run`, which resolves to { articles, bytes, failures } and may call probe() now and then. */
async function measure(name, run) {
  gc();
  const before = process.memoryUsage();
  const probe = memoryProbe();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { articles, bytes, failures } = await run(probe.sample);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  probe.stop();
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    name,
    articles,
    seconds,
    articlesPerSecond: articles / seconds,
    mbPerSecond: mb(bytes) / seconds,
    // Per CPU second (every thread of the process): on a shared machine wall-clock rates follow
    // the CPU a phase happened to get, and their ratios swing with the load; these hold steadier.
    cpuMbPerSecond: mb(bytes) / cpuSeconds,
    cpuShare: cpuSeconds / seconds,
    heapBefore: before.heapUsed,
    peakHeap: probe.peak.heapUsed,
    peakRss: probe.peak.rss,
    failures,
  };
}

/** A phase over the in-memory articles: `work(article)` is true when the article went through. */
function overArticles(articles, work) {
  return async (sample) => {
    let bytes = 0;
    let failures = 0;
    for (let i = 0; i < articles.length; i++) {
      bytes += articles[i].bytes.length;
      if (!work(articles[i], i)) failures++;
      if ((i & 127) === 127) {
        sample();
        if ((i & 2047) === 2047) await yieldToLoop();
      }
    }
    return { articles: articles.length, bytes, failures };
  };
}

function report(result, floor) {
  const share = floor ? `  ${fmt((result.mbPerSecond / floor.mbPerSecond) * 100).padStart(5)}% of floor` : '  (floor)';
  const cpuShare = floor ? ` ${fmt((result.cpuMbPerSecond / floor.cpuMbPerSecond) * 100).padStart(5)}% of floor` : ' (floor)';
  console.log(
    `${result.name.padEnd(44)} ${fmt(result.articlesPerSecond, 0).padStart(7)} articles/s ${fmt(result.mbPerSecond, 2).padStart(7)} MB/s${share}  ` +
      `per cpu-s ${fmt(result.cpuMbPerSecond, 2).padStart(7)} MB/s${cpuShare}  ` +
      `${fmt(result.seconds, 2)} s  cpu/wall ${fmt(result.cpuShare, 2)}  heap ${fmt(mb(result.heapBefore))} → ${fmt(mb(result.peakHeap))} MB  ` +
      `rss ${fmt(mb(result.peakRss))} MB${result.failures ? `  FAILURES ${result.failures}` : ''}`,
  );
}

const count = option('--count', 10000);
const seed = option('--seed', 1);
const jobs = option('--jobs', availableParallelism());
const realCorpus = textOption('--corpus');
const built = await loadBuilt();
const { extractArticle, decodeArticleBytes, listSources, readArticleFile, extractArticlesAsJson } = built;

const generated = performance.now();
const corpus = await generateCorpus({ count, seed });
const totalBytes = corpus.bytes;
console.log(`node ${process.version} on ${cpus()[0]?.model ?? 'unknown cpu'}, ${availableParallelism()} cores; "every core" = ${jobs} threads`);
console.log(
  `corpus: ${corpus.articles.length} distinct articles, ${fmt(mb(totalBytes))} MB, ${fmt(totalBytes / corpus.articles.length / 1024)} KB average, ` +
    `places from the ${corpus.placeSource}, generated in ${fmt((performance.now() - generated) / 1000, 2)} s`,
);

let sink = 0; // keeps results alive so no work is optimised away
const decoded = (article) => {
  const d = decodeArticleBytes(article.bytes, `${article.id}.txt`);
  return d.ok ? d.text : null;
};
const texts = corpus.articles.map(decoded);
const records = texts.map((text, i) => (text === null ? null : extractArticle(text, { id: corpus.articles[i].id })));

// Each phase: a name, and a function of the in-memory corpus.
const IN_MEMORY = [
  ['floor: decode + NFC', (a) => { const t = decoded(a); if (t === null) return false; sink += t.normalize('NFC').length; return true; }],
  ['extract, 1 thread: decode + extract + JSON', (a) => {
    const t = decoded(a);
    if (t === null) return false;
    sink += JSON.stringify(extractArticle(t, { id: a.id })).length;
    return true;
  }],
  ['  part: extract only (decoded text)', (a, i) => { if (texts[i] === null) return false; sink += extractArticle(texts[i], { id: a.id }).people.length; return true; }],
  ['  part: JSON only (extracted records)', (_a, i) => { if (records[i] === null) return false; sink += JSON.stringify(records[i]).length; return true; }],
];

// Each phase: a name, and a function of a folder of .txt files resolving to { articles, bytes, failures }.
const FROM_FILES = [
  ['floor: list + read + decode + NFC', async (dir, sample) => {
    let articles = 0; let bytes = 0; let failures = 0;
    for await (const source of listSources([dir])) {
      const read = source.kind === 'file' ? readArticleFile(source.path, 20 * 1024 * 1024) : { ok: false, bytes: 0 };
      articles++;
      bytes += read.bytes;
      if (read.ok) sink += read.text.normalize('NFC').length;
      else failures++;
      if ((articles & 127) === 0) sample();
    }
    return { articles, bytes, failures };
  }],
  ['extract stream, 1 thread (JSON lines)', (dir, sample) => stream(dir, 1, sample)],
  [`extract stream, every core (${jobs} threads)`, (dir, sample) => stream(dir, jobs, sample)],
];

async function stream(dir, threads, sample) {
  let articles = 0; let bytes = 0; let failures = 0;
  for await (const a of extractArticlesAsJson([dir], { jobs: threads })) {
    articles++;
    bytes += a.bytes;
    if (a.ok) sink += a.json.length;
    else failures++;
    if ((articles & 127) === 0) sample();
  }
  return { articles, bytes, failures };
}

// Warm-up so every phase runs optimised code, not the interpreter.
const warm = corpus.articles.slice(0, Math.min(300, corpus.articles.length));
for (const [, work] of IN_MEMORY) warm.forEach((a, i) => work(a, i));

console.log('\nin memory (one thread):');
const inMemory = [];
for (const [name, work] of IN_MEMORY) {
  const result = await measure(name, overArticles(corpus.articles, work));
  inMemory.push(result);
  report(result, inMemory[0] === result ? null : inMemory[0]);
}

async function fromFiles(label, dir) {
  console.log(`\nfrom files (${label}):`);
  const results = [];
  for (const [name, run] of FROM_FILES) {
    const result = await measure(name, (sample) => run(dir, sample));
    results.push(result);
    report(result, results[0] === result ? null : results[0]);
  }
  return results;
}

const dir = mkdtempSync(join(tmpdir(), 'cadregraph-bench-'));
let files;
try {
  writeCorpus(dir, corpus.articles);
  files = await fromFiles('the same corpus, written to a temporary folder', dir);
  if (process.argv.includes('--cli')) timeCli(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const real = realCorpus ? await fromFiles(realCorpus, realCorpus) : null;

// The child reports its own peak RSS on exit, through a preloaded one-liner.
function timeCli(folder) {
  const probe = `data:text/javascript,${encodeURIComponent('process.on("exit",()=>process.stderr.write(`MAXRSS ${process.resourceUsage().maxRSS}\\n`))')}`;
  const main = new URL('../dist/cli/main.js', import.meta.url).pathname;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', probe, main, 'extract', '--quiet', '--jobs', String(jobs), folder], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const rssKb = Number(/MAXRSS (\d+)/.exec(run.stderr ?? '')?.[1] ?? NaN);
  const errors = (run.stderr ?? '').split('\n').filter((l) => l.startsWith('cadregraph:')).length;
  console.log(
    `${`cli: extract --jobs ${jobs} FOLDER > /dev/null`.padEnd(44)} ${fmt(corpus.articles.length / seconds, 0).padStart(7)} articles/s ` +
      `${fmt(mb(totalBytes) / seconds, 2).padStart(7)} MB/s  ${fmt(seconds, 2)} s  status ${run.status}  ` +
      `peak rss ${fmt(rssKb / 1024)} MB (child, whole run, start-up included)${errors ? `  ERRORS ${errors}` : ''}`,
  );
}

const [memFloor, memFull, memExtract, memJson] = inMemory;
const [fileFloor, oneThread, everyCore] = files;
const readSeconds = fileFloor.seconds;
console.log(
  `\nsingle thread ${fmt(oneThread.mbPerSecond, 2)} MB/s, every core ${fmt(everyCore.mbPerSecond, 2)} MB/s ` +
    `(${fmt(everyCore.mbPerSecond / oneThread.mbPerSecond, 2)}×), read-and-normalise floor ${fmt(fileFloor.mbPerSecond, 2)} MB/s; ` +
    `per CPU second: single thread ${fmt(oneThread.cpuMbPerSecond, 2)} MB/s, ${fmt((oneThread.cpuMbPerSecond / fileFloor.cpuMbPerSecond) * 100)}% of the floor's ` +
    `${fmt(fileFloor.cpuMbPerSecond, 2)} MB/s; ` +
    `of one thread's work: reading files ${fmt(readSeconds, 2)} s, extraction ${fmt(memExtract.seconds, 2)} s, JSON ${fmt(memJson.seconds, 2)} s` +
    (real ? `; real corpus: ${fmt(real[1].mbPerSecond, 2)} MB/s on one thread, ${fmt(real[2].mbPerSecond, 2)} MB/s on every core` : ''),
);
const failures = [...inMemory, ...files, ...(real ?? [])].reduce((n, r) => n + (r.name.startsWith('  part') ? 0 : r.failures), 0);
console.log(
  `BENCH extract articles=${corpus.articles.length} mb=${fmt(mb(totalBytes), 2)} mb_per_s=${fmt(oneThread.mbPerSecond, 2)} ` +
    `all_cores_mb_per_s=${fmt(everyCore.mbPerSecond, 2)} threads=${jobs} floor_mb_per_s=${fmt(fileFloor.mbPerSecond, 2)} ` +
    `cpu_mb_per_s=${fmt(oneThread.cpuMbPerSecond, 2)} cpu_floor_mb_per_s=${fmt(fileFloor.cpuMbPerSecond, 2)} ` +
    `memory_mb_per_s=${fmt(memFull.mbPerSecond, 2)} memory_floor_mb_per_s=${fmt(memFloor.mbPerSecond, 2)} ` +
    `peak_rss_mb=${fmt(process.resourceUsage().maxRSS / 1024)} failures=${failures} checksum=${sink % 1000}`,
);
process.exitCode = failures > 0 ? 1 : 0;
