// `npm run bench:identity`: what person resolution costs on a large graph, on the
// embedded store and on a throwaway local Neo4j. BENCH_ARTICLES generated articles
// (default 10,000; bench/corpus.mjs), extracted once, are ingested in batches of
// 500 as `cadregraph ingest` does, timing apart, per batch:
//   - writing the batch's facts and mentions (the baseline: ingestion without resolution);
//   - resolving the blocks the batch touched and rewriting the people that changed.
// Then, on the full graph: re-resolution after 100 more articles whose officials
// are already in the graph (an incremental ingest), and of every block (what a
// change of the rules costs). The corpus's names are drawn at random for each
// article, so every join across articles joins two namesakes: the count of joins
// is a false-merge count in this synthetic world (real names repeat far more).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateCorpus } from './corpus.mjs';
import { startNeo4j } from '../scripts/neo4j/launch.mjs';
import { extractArticle } from '../dist/extract/index.js';
import { GraphBuilder } from '../dist/graph/build.js';
import { resolvePeople, resolveWritten } from '../dist/ingest/people.js';
import { openEmbeddedStore } from '../dist/store/embedded/store.js';
import { createNeo4jStore } from '../dist/store/neo4j/store.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES || 10_000);
const BATCH = 500;
const MORE = 100;

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function extractAll(articles) {
  return articles.map(({ id, bytes }) => extractArticle(bytes.toString('utf8'), { id }));
}

/** The same records again under new ids, with the officials of earlier articles: an incremental ingest. */
function moreOf(records) {
  return records.slice(0, MORE).map((r, i) => ({ ...r, article: { ...r.article, id: `more_${i}`, published: '2026-01-15' } }));
}

async function ingestTimed(store, records) {
  const builder = new GraphBuilder();
  let write = 0;
  let resolve = 0;
  let blocks = 0;
  let mentions = 0;
  for (let i = 0; i < records.length; i += BATCH) {
    for (const r of records.slice(i, i + BATCH)) builder.add(r);
    const batch = builder.take();
    let t = performance.now();
    await store.write(batch);
    write += performance.now() - t;
    t = performance.now();
    const outcome = await resolveWritten(store, batch.nodes);
    resolve += performance.now() - t;
    blocks += new Set(batch.nodes.filter((n) => n.label === 'Mention').map((n) => n.props.block)).size;
    mentions += batch.nodes.filter((n) => n.label === 'Mention').length;
    if (outcome.written === 0 && outcome.people === 0) throw new Error('bench: a batch resolved no one');
  }
  return { write, resolve, blocks, mentions };
}

async function run(name, store) {
  const records = globalThis.records;
  const first = await ingestTimed(store, records);
  const counts = await store.counts();
  console.log(`\n${name}: ${records.length} articles, ${first.mentions} mentions in ${BATCH}-article batches`);
  console.log(`  baseline, writing facts and mentions: ${seconds(first.write)}`);
  console.log(`  resolution of the touched blocks:     ${seconds(first.resolve)} (${(first.resolve / first.write * 100).toFixed(0)}% of the baseline; ${first.blocks} blocks resolved over the batches)`);
  console.log(`  graph: ${counts.nodes.Person} people from ${counts.nodes.Mention} mentions; ${counts.relationships.SAME_AS} joins across articles (all of namesakes here)`);
  const more = await ingestTimed(store, moreOf(records));
  console.log(`  ${MORE} more articles of officials already in the graph: write ${seconds(more.write)}, resolution ${seconds(more.resolve)}`);
  const blocks = await store.mentionBlocks();
  let t = performance.now();
  const all = await resolvePeople(store, blocks);
  const unchanged = performance.now() - t;
  console.log(`  every block again (${blocks.length} blocks), nothing changed: ${seconds(unchanged)}, ${all.written} people rewritten, ${all.doubts.length} doubtful pairs listed`);
}

const started = performance.now();
const { articles } = await generateCorpus({ count: ARTICLES, seed: 7 });
globalThis.records = extractAll(articles);
console.log(`${ARTICLES} articles generated and extracted in ${seconds(performance.now() - started)}`);

await run('embedded store', openEmbeddedStore());

const dataDir = await mkdtemp(join(process.env.BENCH_DATA_DIR ?? tmpdir(), 'cadregraph-bench-identity-'));
const neo = await startNeo4j({ port: 0, httpPort: 0, dataDir, password: randomBytes(12).toString('hex'), timeoutMs: 600_000 });
try {
  const store = await createNeo4jStore({ uri: neo.uri, user: neo.user, password: neo.password });
  try {
    await run('Neo4j 5.26', store);
  } finally {
    await store.close();
  }
} finally {
  await neo.stop();
  await rm(dataDir, { recursive: true, force: true });
}
