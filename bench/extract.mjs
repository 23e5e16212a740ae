#!/usr/bin/env node
// `npm run bench:extract`: extraction speed and memory on a synthetic corpus of
// distinct articles (bench/corpus.mjs), beside the floor of only decoding and
// normalising the same bytes, in the same run and on one core (the main thread;
// nothing here uses worker threads). Reads the built code in dist/.
//
//   node bench/extract.mjs [--count 10000] [--seed 1] [--cli]
//
// --cli also writes the corpus to a temporary folder and times
// `cadregraph extract FOLDER > /dev/null` in a child process (file reading,
// decoding, extraction and output together), with the child's peak RSS.
//
// MB are 10^6 bytes of input (UTF-8). The last line is a summary for tools.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateCorpus, writeCorpus } from './corpus.mjs';

const TARGET_MB_PER_S = 5;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: ${name} expects a positive integer`);
    process.exit(2);
  }
  return value;
}

async function loadBuilt() {
  try {
    const { extractArticle } = await import('../dist/extract/index.js');
    const { decodeArticleBytes } = await import('../dist/ingest/read-input.js');
    return { extractArticle, decodeArticleBytes };
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

async function phase(name, articles, work) {
  gc();
  const before = process.memoryUsage();
  const probe = memoryProbe();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let bytes = 0;
  let failures = 0;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    bytes += article.bytes.length;
    if (!work(article)) failures++;
    if ((i & 127) === 127) {
      probe.sample();
      if ((i & 2047) === 2047) await yieldToLoop();
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  probe.stop();
  return {
    name,
    articles: articles.length,
    seconds,
    articlesPerSecond: articles.length / seconds,
    mbPerSecond: mb(bytes) / seconds,
    cpuShare: (used.user + used.system) / 1e6 / seconds,
    heapBefore: before.heapUsed,
    peakHeap: probe.peak.heapUsed,
    peakRss: probe.peak.rss,
    failures,
  };
}

function report(result) {
  console.log(
    `${result.name.padEnd(34)} ${fmt(result.articlesPerSecond, 0).padStart(8)} articles/s  ${fmt(result.mbPerSecond, 2).padStart(8)} MB/s  ` +
      `${fmt(result.seconds, 2)} s  cpu/wall ${fmt(result.cpuShare, 2)}  heap ${fmt(mb(result.heapBefore))} → peak ${fmt(mb(result.peakHeap))} MB  ` +
      `peak rss ${fmt(mb(result.peakRss))} MB${result.failures ? `  FAILURES ${result.failures}` : ''}`,
  );
}

const count = option('--count', 10000);
const seed = option('--seed', 1);
const { extractArticle, decodeArticleBytes } = await loadBuilt();

const generated = performance.now();
const corpus = await generateCorpus({ count, seed });
const totalBytes = corpus.bytes;
console.log(`node ${process.version} on ${cpus()[0]?.model ?? 'unknown cpu'}, one core (main thread)`);
console.log(
  `corpus: ${corpus.articles.length} distinct articles, ${fmt(mb(totalBytes))} MB, ${fmt(totalBytes / corpus.articles.length / 1024)} KB average, ` +
    `places from the ${corpus.placeSource}, generated in ${fmt((performance.now() - generated) / 1000, 2)} s`,
);

let sink = 0; // keeps results alive so no work is optimised away
const floorWork = ({ id, bytes }) => {
  const decoded = decodeArticleBytes(bytes, `${id}.txt`);
  if (!decoded.ok) return false;
  sink += decoded.text.normalize('NFC').length;
  return true;
};
const extractWork = ({ id, bytes }) => {
  const decoded = decodeArticleBytes(bytes, `${id}.txt`);
  if (!decoded.ok) return false;
  try {
    sink += JSON.stringify(extractArticle(decoded.text, { id })).length;
    return true;
  } catch {
    return false;
  }
};

// Warm-up so both phases run optimised code, not the interpreter.
const warm = corpus.articles.slice(0, Math.min(300, corpus.articles.length));
warm.forEach(floorWork);
warm.forEach(extractWork);

const floor = await phase('floor: decode + NFC', corpus.articles, floorWork);
report(floor);
const full = await phase('extract: decode + extract + JSON', corpus.articles, extractWork);
report(full);

// The child reports its own peak RSS on exit, through a preloaded one-liner.
function timeCli(articles) {
  const dir = mkdtempSync(join(tmpdir(), 'cadregraph-bench-'));
  try {
    writeCorpus(dir, articles);
    const probe = `data:text/javascript,${encodeURIComponent('process.on("exit",()=>process.stderr.write(`MAXRSS ${process.resourceUsage().maxRSS}\\n`))')}`;
    const main = new URL('../dist/cli/main.js', import.meta.url).pathname;
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', probe, main, 'extract', dir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    const rssKb = Number(/MAXRSS (\d+)/.exec(run.stderr ?? '')?.[1] ?? NaN);
    return { seconds, status: run.status, rssMb: rssKb / 1024, errors: (run.stderr ?? '').split('\n').filter((l) => l.startsWith('cadregraph:')).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--cli')) {
  const cli = timeCli(corpus.articles);
  console.log(
    `${'cli: extract FOLDER > /dev/null'.padEnd(34)} ${fmt(corpus.articles.length / cli.seconds, 0).padStart(8)} articles/s  ` +
      `${fmt(mb(totalBytes) / cli.seconds, 2).padStart(8)} MB/s  ${fmt(cli.seconds, 2)} s  status ${cli.status}  ` +
      `peak rss ${fmt(cli.rssMb)} MB (child, whole run)${cli.errors ? `  ERRORS ${cli.errors}` : ''}`,
  );
}

const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `extraction runs at ${fmt((full.mbPerSecond / floor.mbPerSecond) * 100)}% of the floor; ` +
    `peak RSS of the whole run ${fmt(peakRssMb)} MB (the corpus itself holds ${fmt(mb(totalBytes))} MB); ` +
    `target ≥ ${TARGET_MB_PER_S} MB/s: ${full.mbPerSecond >= TARGET_MB_PER_S ? 'met' : 'NOT met'}`,
);
console.log(
  `BENCH extract articles=${corpus.articles.length} mb=${fmt(mb(totalBytes), 2)} articles_per_s=${fmt(full.articlesPerSecond, 0)} ` +
    `mb_per_s=${fmt(full.mbPerSecond, 2)} floor_mb_per_s=${fmt(floor.mbPerSecond, 2)} peak_heap_mb=${fmt(mb(full.peakHeap))} ` +
    `peak_rss_mb=${fmt(peakRssMb)} failures=${full.failures + floor.failures} checksum=${sink % 1000}`,
);
process.exitCode = full.failures + floor.failures > 0 ? 1 : 0;
