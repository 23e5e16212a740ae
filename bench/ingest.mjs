// `npm run bench:ingest`: ingestion speed into a throwaway local Neo4j.
// Generates N records (default 20,000; BENCH_ARTICLES overrides) by recombining the
// gold fixtures' people, titles and bodies with other names and districts, then:
//   1. ingest(): build the graph and MERGE it in batches (what `cadregraph ingest` does);
//   2. baseline: UNWIND … CREATE of the same rows into an empty database;
//   3. baseline: one write transaction per fact (MERGE of one row), on a sample;
//   4. end to end (bench/ingest-end-to-end.mjs): article files through `cadregraph
//      ingest` (read → extract → build → write), beside UNWIND … MERGE of the same
//      rows, with the client's peak RSS; on the real corpus when present.
//   5. the bulk path for a first load: CSV files (export --format neo4j-csv), then
//      Neo4j's own `neo4j-admin database import full` into a new database.
// A fact is one node or relationship row written. Prints facts/s and relationships/s.
import { mkdtemp, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startNeo4j, PROJECT_ROOT } from '../scripts/neo4j/launch.mjs';
import { importCsv } from '../scripts/neo4j/import.mjs';
import { writeFile } from 'node:fs/promises';
import { writeNeo4jCsv } from '../dist/ingest/export/neo4j-csv.js';
import { buildGraph } from '../dist/graph/build.js';
import { groupBatch } from '../dist/graph/rows.js';
import { createNodeRows, createRelationshipRows, deleteAll, mergeNodeRows, mergeRelationshipRows } from '../dist/store/neo4j/cypher.js';
import { ingest } from '../dist/ingest/ingest.js';
import { endToEnd } from './ingest-end-to-end.mjs';
import { createNeo4jStore } from '../dist/store/neo4j/store.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES || 20_000);
const NAIVE_ARTICLES = Number(process.env.BENCH_NAIVE_ARTICLES || 150);
const CHUNK = 5000;

// ---------------------------------------------------------------- corpus

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Thanh', 'Hữu', 'Ngọc', 'Xuân', 'Anh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tú', 'Việt', 'Yến'];
const DISTRICTS = [
  ['huyện', 'Thanh Trì'], ['quận', 'Ba Đình'], ['quận', 'Hoàn Kiếm'], ['quận', 'Tây Hồ'], ['quận', 'Long Biên'],
  ['quận', 'Cầu Giấy'], ['quận', 'Đống Đa'], ['quận', 'Hai Bà Trưng'], ['quận', 'Hoàng Mai'], ['quận', 'Thanh Xuân'],
  ['quận', 'Nam Từ Liêm'], ['quận', 'Bắc Từ Liêm'], ['quận', 'Hà Đông'], ['huyện', 'Sóc Sơn'], ['huyện', 'Đông Anh'],
  ['huyện', 'Gia Lâm'], ['huyện', 'Mê Linh'], ['huyện', 'Ba Vì'], ['huyện', 'Phúc Thọ'], ['huyện', 'Đan Phượng'],
  ['huyện', 'Hoài Đức'], ['huyện', 'Quốc Oai'], ['huyện', 'Thạch Thất'], ['huyện', 'Chương Mỹ'], ['huyện', 'Thanh Oai'],
  ['huyện', 'Thường Tín'], ['huyện', 'Phú Xuyên'], ['huyện', 'Ứng Hòa'], ['huyện', 'Mỹ Đức'],
];
const GOLD_DISTRICTS = ['Thanh Trì', 'Nam Từ Liêm', 'Thạch Thất', 'Thanh Xuân', 'Mỹ Đức'];

function loadGold() {
  const dir = join(PROJECT_ROOT, 'fixtures/gold');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    // Gold may list accepted alternatives for an organization: take the first.
    for (const p of g.people) for (const q of p.positions) if (Array.isArray(q.organization)) q.organization = q.organization[0];
    return g;
  });
}

/** A small deterministic generator, so every run ingests the same corpus. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generate(n) {
  const gold = loadGold();
  const random = rng(20_26);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = gold[i % gold.length];
    const [unitType, district] = DISTRICTS[Math.floor(i / gold.length) % DISTRICTS.length];
    const swap = (s) => {
      if (s === null) return null;
      let r = s;
      for (const g of GOLD_DISTRICTS) r = r.split(g).join(district);
      return r.replace(/\b(huyện|quận) /g, `${unitType} `);
    };
    const round = Math.floor(i / (gold.length * DISTRICTS.length));
    const year = 2015 + (round % 10);
    const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    out.push({
      article: { id: `bench_${String(i).padStart(6, '0')}`, title: swap(t.article.title), published: date, author: null },
      events: t.events.map((e) => ({ ...e, name: `${swap(e.name)} (${round + 1})`, organizer: swap(e.organizer), ordinal: round + 1, date })),
      people: t.people.map((p) => ({
        // Officials recur: a district has a pool of names that articles draw from.
        name: `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVEN)}`,
        positions: p.positions.map((q) => ({ ...q, organization: swap(q.organization) })),
        roles: p.roles,
        evidence: [`${pick(['Đồng chí', 'Ông', 'Bà'])} ${p.name} phát biểu tại hội nghị số ${i}.`],
      })),
    });
  }
  return out;
}

// ---------------------------------------------------------------- runs

async function run(driver, statements) {
  const session = driver.session();
  try {
    for (const s of statements) await session.executeWrite((tx) => tx.run(s.cypher, s.params));
  } finally {
    await session.close();
  }
}

async function clear(driver) {
  const session = driver.session();
  try {
    const s = deleteAll();
    await session.run(s.cypher, s.params);
  } finally {
    await session.close();
  }
}

function chunked(groups, make) {
  const out = [];
  for (const g of groups) for (let i = 0; i < g.rows.length; i += CHUNK) out.push(make(g, g.rows.slice(i, i + CHUNK)));
  return out;
}

const rate = (n, ms) => Math.round(n / (ms / 1000));

async function main() {
  let t = Date.now();
  const records = generate(ARTICLES);
  const graph = buildGraph(records);
  const grouped = groupBatch(graph);
  const nodeRows = graph.nodes.length;
  const edgeRows = graph.edges.length;
  console.log(`corpus: ${ARTICLES} articles → ${nodeRows} nodes, ${edgeRows} relationships (generated and built in ${Date.now() - t} ms)`);

  const dataDir = await mkdtemp(join(tmpdir(), 'cadregraph-bench-'));
  // A loaded machine can take minutes to start Neo4j; a benchmark can wait.
  const neo = await startNeo4j({ port: 0, httpPort: 0, dataDir, password: randomBytes(12).toString('hex'), timeoutMs: 900_000 });
  console.log(`Neo4j 5.26 started in ${neo.startMs} ms at ${neo.uri}`);
  const store = await createNeo4jStore({ uri: neo.uri, user: neo.user, password: neo.password });
  const driver = store.driver;
  const results = [];
  let e2e = [];
  try {
    // 1. ingest(): building included, as `cadregraph ingest` does it (extraction aside).
    t = Date.now();
    const summary = await ingest(records, { store, batchSize: 2000 });
    const ingestMs = Date.now() - t;
    results.push(['ingest (UNWIND … MERGE, batches of 2000 articles)', nodeRows + edgeRows, edgeRows, ingestMs]);
    const nodes = Object.entries(summary.nodes).map(([label, n]) => `${n.new + n.existing} ${label}`).join(', ');
    console.log(`ingest: ${summary.articles} articles → ${nodes}, ${summary.relationships.new + summary.relationships.existing} relationships`);

    // 2. UNWIND … CREATE of the same rows into an empty database.
    await clear(driver);
    t = Date.now();
    await run(driver, chunked(grouped.nodes, createNodeRows));
    await run(driver, chunked(grouped.edges, createRelationshipRows));
    results.push(['baseline: UNWIND … CREATE, empty database', nodeRows + edgeRows, edgeRows, Date.now() - t]);

    // 3. One transaction per fact, on the graph of the first articles (it is slow).
    await clear(driver);
    const sample = groupBatch(buildGraph(records.slice(0, NAIVE_ARTICLES)));
    const one = [
      ...sample.nodes.flatMap((g) => g.rows.map((r) => mergeNodeRows(g, [r]))),
      ...sample.edges.flatMap((g) => g.rows.map((r) => mergeRelationshipRows(g, [r]))),
    ];
    const sampleEdges = sample.edges.reduce((n, g) => n + g.rows.length, 0);
    t = Date.now();
    await run(driver, one);
    results.push([`baseline: one transaction per fact (${NAIVE_ARTICLES} articles)`, one.length, sampleEdges, Date.now() - t]);

    if (process.env.BENCH_E2E !== '0') e2e = await endToEnd({ store, clear: () => clear(driver), neo });
  } finally {
    await store.close();
    await neo.stop();
    await rm(dataDir, { recursive: true, force: true });
  }

  // 4. Bulk: write the CSV files, then neo4j-admin into a new database (no server running).
  const csvDir = await mkdtemp(join(tmpdir(), 'cadregraph-bench-csv-'));
  const importDir = await mkdtemp(join(tmpdir(), 'cadregraph-bench-import-'));
  try {
    t = Date.now();
    const written = await writeNeo4jCsv({ nodes: () => graph.nodes, edges: () => graph.edges }, csvDir);
    await writeFile(join(csvDir, 'import.args'), written.args.join('\n') + '\n');
    const csvMs = Date.now() - t;
    const { ms, output } = await importCsv({ dataDir: importDir, argsFile: join(csvDir, 'import.args'), heap: '1g' });
    const done = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(output);
    console.log(`bulk: CSV written in ${csvMs} ms, neo4j-admin import in ${ms} ms (it reports ${done ? `${done[1]} nodes, ${done[2]} relationships` : 'no counts'})`);
    results.push(['bulk: CSV files + neo4j-admin import, new database', nodeRows + edgeRows, edgeRows, csvMs + ms]);
  } finally {
    await rm(csvDir, { recursive: true, force: true });
    await rm(importDir, { recursive: true, force: true });
  }

  console.log('');
  console.log('run'.padEnd(56) + 'facts'.padStart(9) + 'seconds'.padStart(9) + 'facts/s'.padStart(10) + 'rels/s'.padStart(10));
  for (const [name, facts, rels, ms] of results) {
    console.log(name.padEnd(56) + String(facts).padStart(9) + (ms / 1000).toFixed(1).padStart(9) + String(rate(facts, ms)).padStart(10) + String(rate(rels, ms)).padStart(10));
  }
  const [ingestRun, createRun, naiveRun, bulkRun] = results;
  const speed = (r) => r[1] / r[3];
  console.log('');
  console.log(`ingest vs one transaction per fact: ${(speed(ingestRun) / speed(naiveRun)).toFixed(1)}× (target ≥ 50×)`);
  console.log(`ingest vs UNWIND … CREATE: ${((100 * speed(ingestRun)) / speed(createRun)).toFixed(0)}% (target ≥ 40%)`);
  for (const r of e2e) {
    console.log(
      `end to end, ${r.size} articles, node ${r.nodeFlags}: cadregraph ingest at ${(100 * r.share).toFixed(0)}% of UNWIND … MERGE of the same ${r.rowCount} rows ` +
        `(${Math.round(r.size / r.seconds)} articles/s, ${Math.round(r.e2eRate)} vs ${Math.round(r.mergeRate)} rows/s; target ≥ 50%), client peak RSS ${r.rssMb.toFixed(0)} MB`,
    );
  }
  console.log(`bulk import vs ingest: ${(speed(bulkRun) / speed(ingestRun)).toFixed(1)}× (first load into an empty database only; JVM start included)`);
}

await main();
