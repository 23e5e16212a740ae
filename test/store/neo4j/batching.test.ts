// The same articles give the same graph however they are written to Neo4j: ingested
// with `cadregraph ingest --batch 1`, `--batch 500` and `--batch 2000`, and through the
// Cypher script of `cadregraph export`. The articles (test/support/namesakes.ts) name
// districts that several provinces share and names that differ only by tone marks, the
// case where a body's identity once depended on which articles shared its batch.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { countAll, emptyDatabase, neo4jServer, testDriver } from '../../support/neo4j.js';
import { NAMESAKE_ARTICLES, namesakeCorpus } from '../../support/namesakes.js';

const CLI = join(import.meta.dirname, '../../../dist/cli/main.js');
const server = neo4jServer();
// More than one batch of 500, fewer than 2000.
const ARTICLES = [...NAMESAKE_ARTICLES, ...namesakeCorpus(510)];

async function cadregraph(args: string[]): Promise<string> {
  const env = { ...process.env, NEO4J_URI: server?.uri ?? '', NEO4J_USER: server?.user ?? '', NEO4J_PASSWORD: server?.password ?? '' };
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...args], { env, maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Every node and relationship with its properties (lists sorted), hashed: the graph's content. */
async function contentHash(driver: Driver): Promise<string> {
  const sorted = (p: Record<string, unknown>) =>
    JSON.stringify(Object.entries(p).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]));
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n)[0] AS l, properties(n) AS p');
  const rels = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS t, a.key AS a, b.key AS b, properties(r) AS p');
  const lines = [
    ...nodes.records.map((r) => `${r.get('l')} ${sorted(r.get('p'))}`),
    ...rels.records.map((r) => `${r.get('t')} ${r.get('a')} ${r.get('b')} ${sorted(r.get('p'))}`),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

describe.skipIf(server === null)('one graph whatever the batches', () => {
  let driver: Driver;
  let dir = '';

  beforeAll(async () => {
    driver = testDriver();
    dir = await mkdtemp(join(tmpdir(), 'cadregraph-namesakes-'));
    await Promise.all(ARTICLES.map((a) => writeFile(join(dir, `${a.id}.txt`), a.text)));
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives the same counts and content with --batch 1, 500, 2000 and the exported script', async () => {
    const graphs: Record<string, { nodes: number; relationships: number; hash: string }> = {};
    for (const batch of ['1', '500', '2000']) {
      await emptyDatabase(driver);
      await cadregraph(['ingest', dir, '--batch', batch]);
      graphs[`--batch ${batch}`] = { ...(await countAll(driver)), hash: await contentHash(driver) };
    }
    await emptyDatabase(driver);
    const script = await cadregraph(['export', '--format', 'cypher', dir]);
    const session = driver.session();
    try {
      for (const line of script.split('\n')) {
        if (line.trim() === '' || line.startsWith('//')) continue;
        await session.run(line.replace(/;$/, ''));
      }
    } finally {
      await session.close();
    }
    graphs['export'] = { ...(await countAll(driver)), hash: await contentHash(driver) };

    const first = graphs['--batch 1']!;
    expect(first.nodes).toBeGreaterThan(1000);
    expect(graphs).toEqual({ '--batch 1': first, '--batch 500': first, '--batch 2000': first, export: first });
    // Every body of a shared name is its own node: ten units named Châu Thành, six of them here.
    const { records } = await driver.executeQuery("MATCH (o:Organization {name: 'Huyện ủy Châu Thành'})-[:IN]->(p:Place) RETURN count(DISTINCT o) AS bodies, count(DISTINCT p) AS places");
    expect([records[0]?.get('bodies'), records[0]?.get('places')]).toEqual([6, 6]);
  }, 1_200_000);
});
