#!/usr/bin/env node
// `npm run bench:api`: the GraphQL API under load. Loads generated article
// records (the gold records recombined with other people, districts,
// provinces and dates, so every article is distinct and officials recur
// across articles as they do in the press) into the embedded store, and into
// Neo4j too when NEO4J_URI is set. Each store is served by its own child
// process on loopback, so the load generator (autocannon, here) does not share
// the server's event loop. For three queries it prints requests/s and p50/p99
// latency over HTTP beside the time of the same store calls made directly
// (no GraphQL, no HTTP) in the server's process, in the same run.
// Reads the built code in dist/.
//
//   node bench/api.mjs [--count 10000] [--seconds 5] [--connections 1,10] [--seed 1]
//
// Each query is driven once per connection count: with 1 connection the
// latency is the service time; with 10 it includes queueing behind the others.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadPlaces, rng } from './corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_P99_MS = 50;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: ${name} expects a positive integer`);
    process.exit(2);
  }
  return value;
}

// ---------------------------------------------------------------- records

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Mai', 'Đào', 'Đoàn', 'Trịnh', 'Lâm', 'Phùng', 'Tô', 'Lưu', 'Kiều', 'Chu'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quang', 'Xuân', 'Thu', 'Hồng', 'Anh', 'Công',
  'Đình', 'Kim', 'Mạnh', 'Tiến', 'Việt', 'Bá', 'Trọng', 'Thế', 'Quốc'];
const GIVEN = ['Hùng', 'Lan', 'Hoa', 'Tuấn', 'Dũng', 'Hải', 'Hà', 'Nam', 'Long', 'Phương', 'Hương', 'Cường', 'Thắng',
  'Trung', 'Sơn', 'Bình', 'Hòa', 'Thủy', 'Tâm', 'Quý', 'Nhật', 'Khoa', 'Linh', 'Huy', 'Đạt', 'Thảo', 'Yến', 'Tú',
  'Hiếu', 'Nghĩa', 'Thành', 'Vinh', 'Toàn', 'Hạnh', 'Khánh', 'Loan'];

const CITIES = new Set(['Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh', 'Huế']);

const seedOf = (text) => createHash('sha1').update(text).digest().readUInt32LE(0);
const pick = (random, list) => list[Math.floor(random() * list.length)];

/** The same office in the same place and term gets the same name, so people recur across articles. */
function holderName(key) {
  const random = rng(seedOf(key));
  return `${pick(random, SURNAMES)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`;
}

function loadGold() {
  const dir = join(ROOT, 'fixtures/gold');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const record = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    // Gold files may list accepted alternatives for an organization; the first is the contract's.
    for (const person of record.people) {
      for (const position of person.positions) {
        if (Array.isArray(position.organization)) position.organization = position.organization[0];
      }
    }
    const orgs = [...record.events.map((e) => e.organizer ?? ''), ...record.people.flatMap((p) => p.positions.map((x) => x.organization))];
    const match = orgs.map((o) => /^(?:(Huyện|Quận) ủy|(?:UBND|HĐND|Đảng bộ) (huyện|quận)) (.+)$/.exec(o)).find(Boolean);
    return { record, type: (match[1] ?? match[2]).toLowerCase(), district: match[3] };
  });
}

/** Moves a gold organization name to another district and province. */
function relocate(name, from, to) {
  const cap = (word) => word[0].toUpperCase() + word.slice(1);
  let out = name
    .replaceAll(`${cap(from.type)} ủy ${from.district}`, `${cap(to.type)} ủy ${to.district}`)
    .replaceAll(`${from.type} ${from.district}`, `${to.type} ${to.district}`);
  if (to.province !== 'Hà Nội') {
    // Centrally run cities keep "Thành ủy" and "thành phố"; provinces take "Tỉnh ủy" and "tỉnh".
    const city = CITIES.has(to.province);
    out = out
      .replaceAll('Thành ủy Hà Nội', `${city ? 'Thành' : 'Tỉnh'} ủy ${to.province}`)
      .replaceAll('thành phố Hà Nội', `${city ? 'thành phố' : 'tỉnh'} ${to.province}`)
      .replaceAll('Thủ đô Hà Nội', `${city ? 'thành phố' : 'tỉnh'} ${to.province}`);
  }
  return out;
}

/**
 * `count` distinct article records. Article i recombines gold record i mod 5
 * with a district (of the same type), a date from 2015 to 2025 and an event
 * ordinal; an office's holder depends on the office, the place and the
 * five-year term, so the same official appears in every article about it.
 */
export async function generateRecords({ count, seed }) {
  const gold = loadGold();
  const { places } = await loadPlaces();
  const random = rng(seed);
  const records = [];
  for (let i = 0; i < count; i++) {
    const base = gold[i % gold.length];
    const candidates = places.filter((p) => p[0] === base.type);
    const [type, district, province] = pick(random, candidates.length > 0 ? candidates : places);
    const to = { type, district, province };
    const year = 2015 + Math.floor(random() * 11);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const term = Math.floor((year - 2015) / 5);
    const id = `gen_${String(i).padStart(6, '0')}`;
    const people = base.record.people.map((person, slot) => {
      const positions = person.positions.map((p) => ({ ...p, organization: relocate(p.organization, base, to) }));
      const office = positions[positions.length - 1] ?? { title: `slot ${slot}`, organization: district };
      const name = holderName(`${office.title}|${office.organization}|${term}`);
      return {
        name,
        positions,
        roles: person.roles,
        evidence: [`Đồng chí ${name}, ${office.title} ${office.organization}, dự hội nghị ngày ${date}.`],
      };
    });
    records.push({
      article: { id, title: relocate(base.record.article.title ?? id, base, to), published: date, author: null },
      events: base.record.events.map((e) => ({
        ...e,
        name: relocate(e.name, base, to),
        organizer: e.organizer && relocate(e.organizer, base, to),
        ordinal: 1 + Math.floor(random() * 40),
        date,
      })),
      people,
    });
  }
  return records;
}

// ---------------------------------------------------------------- the queries

const QUERIES = {
  person: `query($id: ID!) { person(id: $id) { name positions { totalCount edges { node {
    title organization { name } former firstSeen lastSeen evidence { article { id published } quote } } } } } }`,
  whoChaired: `query($organization: String!) { whoChaired(organization: $organization, first: 20) { totalCount
    edges { node { event { name date } chairs { person { name } } } } } }`,
  connection: `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 8) { length
    nodes { __typename ... on Person { name } ... on Office { name } ... on Event { name } } edges { type } } }`,
};

/** The store calls each query's resolvers make, for the direct timing. */
const DIRECT = {
  person: async (store, v) => {
    await store.person(v.id);
    await store.positionsOf(v.id);
  },
  whoChaired: (store, v) => store.whoChaired({ organization: v.organization, first: 20 }),
  connection: (store, v) => store.connection({ from: v.from, to: v.to, maxHops: 8 }),
};

/** Query variables that exercise the store: a busy official, a busy body, two people some hops apart. */
async function chooseVariables(store, records) {
  const mentions = new Map();
  const chaired = new Map();
  for (const r of records) {
    for (const p of r.people) mentions.set(p.name, (mentions.get(p.name) ?? 0) + 1);
    for (const e of r.events) if (e.organizer) chaired.set(e.organizer, (chaired.get(e.organizer) ?? 0) + 1);
  }
  const top = (map) => [...map.entries()].sort((a, b) => b[1] - a[1])[0];
  const idOf = async (name) => (await store.people({ search: name, first: 100 })).edges.find((e) => e.node.name === name).node.id;
  const [busiest, articles] = top(mentions);
  const [body, meetings] = top(chaired);
  const person = await idOf(busiest);
  // The reporters of two articles about different bodies (so the path goes
  // through chairs, offices and bodies): the first such pair that is connected.
  const reporters = records.filter((r) => r.people.length > 3);
  const from = await idOf(reporters[0].people.at(-1).name);
  let to = null;
  for (const other of reporters.slice(1, 400)) {
    if (other.events[0]?.organizer === reporters[0].events[0]?.organizer) continue;
    const candidate = await idOf(other.people.at(-1).name);
    if (await store.connection({ from, to: candidate, maxHops: 8 })) {
      to = candidate;
      break;
    }
  }
  if (!to) throw new Error('bench: found no connected pair of people to time connection on');
  const variables = { person: { id: person }, whoChaired: { organization: body }, connection: { from, to } };
  return { variables, about: `the person named in the most articles (${busiest}, ${articles}); the body with the most events (${body}, ${meetings})` };
}

async function timeDirect(store, variables, iterations = 500) {
  const out = {};
  for (const [name, call] of Object.entries(DIRECT)) {
    for (let i = 0; i < 20; i++) await call(store, variables[name]);
    const times = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      await call(store, variables[name]);
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    out[name] = { p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] };
  }
  return out;
}

// ---------------------------------------------------------------- the server process

const total = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * The Neo4j store, if its database is empty: the benchmark fills it and
 * empties it again when done, so it must never be pointed at a user's data.
 */
async function emptyNeo4jStore() {
  const { createNeo4jStore } = await import('../dist/store/neo4j/store.js');
  const store = await createNeo4jStore();
  // Any node at all, not only the graph's own labels: a user's other data counts too.
  const { records } = await store.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
  const nodes = Number(records[0].get('nodes'));
  if (nodes > 0) {
    await store.close();
    throw new RefusedError(
      `bench:api: the database at ${process.env.NEO4J_URI} is not empty (${nodes} nodes) and the benchmark would mix ` +
        'its data with them, then delete them; point NEO4J_URI at an empty database, or unset it to time the embedded store only',
    );
  }
  return store;
}

/** The benchmark will not run as asked: its message says why, and the exit status is 2. */
class RefusedError extends Error {}

async function serve(kind, count, seed) {
  const { buildGraph } = await import('../dist/graph/index.js');
  const { createServer, listen } = await import('../dist/api/server.js');
  let store;
  if (kind === 'neo4j') {
    store = await emptyNeo4jStore();
  } else {
    const { createMemoryStore } = await import('../dist/store/memory/index.js');
    store = createMemoryStore();
  }
  const records = await generateRecords({ count, seed });
  let start = performance.now();
  const batch = buildGraph(records);
  const buildMs = performance.now() - start;
  start = performance.now();
  await store.write(batch);
  const writeMs = performance.now() - start;
  const counts = await store.counts();
  const { variables, about } = await chooseVariables(store, records);
  const path = await store.connection({ ...variables.connection, maxHops: 8 });
  const direct = await timeDirect(store, variables);
  const listening = await listen(createServer({ store, logging: false }), 0, '127.0.0.1');
  process.send({ url: listening.url, variables, about, direct, buildMs, writeMs, counts, pathLength: path?.length ?? null });
  process.on('disconnect', async () => {
    await listening.close();
    // The database was empty before (emptyNeo4jStore): what it holds now is the benchmark's.
    if (kind === 'neo4j') await store.clear();
    await store.close();
    process.exit(0);
  });
}

// ---------------------------------------------------------------- the driver

function startServer(kind, count, seed) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind, '--count', String(count), '--seed', String(seed)]);
  return new Promise((done, fail) => {
    child.once('message', (info) => done({ child, info }));
    child.once('exit', (code) => fail(new Error(`bench:api: the ${kind} server exited with status ${code}`)));
  });
}

async function check(url, query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(`bench: the query failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
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
  '10,000 __typename aliases': { query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`, status: 400 },
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

async function load(url, query, variables, seconds, connections) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    duration: seconds,
    connections,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx + result.errors };
}

async function main() {
  const count = option('--count', 10000);
  const seconds = option('--seconds', 5);
  const connectionsArg = process.argv.includes('--connections') ? process.argv[process.argv.indexOf('--connections') + 1] : '1,10';
  const connectionCounts = connectionsArg.split(',').map(Number);
  if (connectionCounts.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('bench: --connections expects positive integers separated by commas');
    process.exit(2);
  }
  const seed = option('--seed', 1);
  const kinds = process.env.NEO4J_URI ? ['memory', 'neo4j'] : ['memory'];
  // Checked before the embedded run, so a refusal comes at once (the server process checks again before writing).
  if (process.env.NEO4J_URI) await (await emptyNeo4jStore()).close();
  console.log(`bench:api: ${count} generated articles, ${seconds} s per query and connection count (${connectionCounts.join(', ')}), loopback, Node ${process.version}`);
  if (!process.env.NEO4J_URI) console.log('bench:api: NEO4J_URI is not set: the embedded store only');
  const rows = [];
  let refusals = [];
  for (const kind of kinds) {
    const { child, info } = await startServer(kind, count, seed);
    try {
      if (kind === 'memory') refusals = await timeRefusals(info.url);
      const nodes = total(info.counts.nodes);
      const rels = total(info.counts.relationships);
      console.log(`\n${kind}: built the graph in ${info.buildMs.toFixed(0)} ms, wrote ${nodes} nodes and ${rels} relationships in ${info.writeMs.toFixed(0)} ms`);
      console.log(`${kind}: queries on ${info.about}; a path of length ${info.pathLength}`);
      for (const [name, query] of Object.entries(QUERIES)) {
        await check(info.url, query, info.variables[name]);
        for (const connections of connectionCounts) {
          const http = await load(info.url, query, info.variables[name], seconds, connections);
          const direct = info.direct[name];
          rows.push({ store: kind, query: name, connections, ...http, directP50: direct.p50, directP99: direct.p99 });
        }
      }
    } finally {
      child.disconnect();
    }
  }
  console.log('\nstore   query       conns    req/s  p50 ms  p99 ms   direct p50 ms  direct p99 ms  failed');
  for (const r of rows) {
    console.log(`${r.store.padEnd(7)} ${r.query.padEnd(11)} ${String(r.connections).padStart(5)} ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}   ${r.directP50.toFixed(3).padStart(13)}  ${r.directP99.toFixed(3).padStart(13)}  ${r.failed}`);
  }
  const embedded = rows.filter((r) => r.store === 'memory');
  for (const connections of connectionCounts) {
    const worst = Math.max(...embedded.filter((r) => r.connections === connections).map((r) => r.p99));
    console.log(`embedded, ${connections} connection(s): worst p99 ${worst} ms (target < ${TARGET_P99_MS} ms): ${worst < TARGET_P99_MS ? 'met' : 'NOT met'}`);
  }
  console.log('\nhostile queries, embedded store, one at a time over HTTP (refused before any store call)');
  for (const r of refusals) {
    console.log(`${r.name.padEnd(28)} ${String(r.bytes).padStart(9)} bytes  p50 ${r.p50.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms`);
  }
  console.log(JSON.stringify({ bench: 'api', count, seconds, rows, refusals }));
}

// Run as a script (not imported for its generator): the driver, or the server process it forks.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--serve')) {
      await serve(process.argv[process.argv.indexOf('--serve') + 1], option('--count', 10000), option('--seed', 1));
    } else {
      await main();
    }
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
