// End-to-end runs of `cadregraph ingest` (the built CLI) against a real Neo4j.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { ingest } from '../../src/ingest/ingest.js';
import { createNeo4jStore } from '../../src/store/neo4j/store.js';
import { CASES, recordsOf } from '../identity/cases.js';
import { countAll, emptyDatabase, neo4jServer, testDriver } from '../support/neo4j.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli/main.js');
const ARTICLES = join(ROOT, 'fixtures/articles');
const server = neo4jServer();

async function cadregraph(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe.skipIf(server === null)('cadregraph ingest', () => {
  let driver: Driver;
  // Progress lines only every 10 minutes: stderr holds failures alone, however slow the machine.
  const env = { NEO4J_URI: server?.uri ?? '', NEO4J_USER: server?.user ?? '', NEO4J_PASSWORD: server?.password ?? '', CADREGRAPH_PROGRESS_SECONDS: '600' };

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  it('ingests the fixtures, says what was new, and a second run finds it all already there', async () => {
    const first = await cadregraph(['ingest', ARTICLES], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^cadregraph ingest: 5 articles ingested in (?:[\d.]+ s|\d+ min \d+ s|\d+ h \d+ min) \([\d.]+ MB\/s, 1 extraction thread\)\n  new: {18}5 articles, \d+ people, \d+ mentions, 5 events, \d+ bodies, \d+ offices, \d+ places, \d+ facts\n  already in the graph: 0 articles, 0 people, 0 mentions, 0 events, 0 bodies, 0 offices, 0 places, 0 facts\n$/,
    );
    const counts = await countAll(driver);
    expect(counts.nodes).toBeGreaterThan(20);
    const second = await cadregraph(['ingest', '--json', ARTICLES], env);
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout) as { articles: number; new: Record<string, number>; existing: Record<string, number> };
    expect(summary.articles).toBe(5);
    expect(Object.values(summary.new).every((n) => n === 0)).toBe(true);
    expect(summary.existing['articles']).toBe(5);
    const existingNodes = ['articles', 'people', 'mentions', 'events', 'bodies', 'offices', 'places'].reduce((sum, k) => sum + (summary.existing[k] ?? 0), 0);
    expect(existingNodes).toBe(counts.nodes);
    expect(summary.existing['facts']).toBe(counts.relationships);
    expect(await countAll(driver)).toEqual(counts);
  }, 120_000);

  it('identity: lists the doubtful cases, records a judgement in the file, and ingest applies it', async () => {
    await emptyDatabase(driver);
    const dir = await mkdtemp(join(tmpdir(), 'cadregraph-identity-'));
    const file = join(dir, 'judgements.jsonl');
    const store = await createNeo4jStore(server ?? {});
    try {
      const records = recordsOf(CASES.find((c) => c.name.startsWith('namesakes in different provinces'))!);
      await ingest(records, { store });
      const listed = await cadregraph(['identity', 'doubts', '--json', '--name', 'Hoàng Văn Thắng', '--judgements', file], env);
      expect(listed.stderr).toBe('');
      const cases = (JSON.parse(listed.stdout) as { cases: Array<{ a: { id: string }; b: { id: string } }> }).cases;
      expect(cases).toHaveLength(2);
      const text = await cadregraph(['identity', 'doubts', '--judgements', file], env);
      expect(text.stdout).toMatch(/^cadregraph identity: 2 doubtful cases\n/);
      expect(text.stdout).toContain('Bí thư, Tỉnh ủy Nghệ An');

      const [{ a, b }] = cases as [{ a: { id: string }; b: { id: string } }];
      const judged = await cadregraph(['identity', 'same', a.id, b.id, '--note', 'checked', '--judgements', file], env);
      expect(judged.code).toBe(0);
      expect(judged.stdout).toMatch(/are one person in .*judgements\.jsonl; 2 people of that name now/);
      expect(JSON.parse((await readFile(file, 'utf8')).trim())).toMatchObject({ a: a.id, b: b.id, same: true, note: 'checked' });
      const after = await cadregraph(['identity', 'doubts', '--json', '--judgements', file], env);
      expect((JSON.parse(after.stdout) as { cases: unknown[] }).cases).toEqual([]);
      expect((await store.people({ search: 'Hoàng Văn Thắng' })).totalCount).toBe(2);

      const unknown = await cadregraph(['identity', 'different', a.id, 'hoàng văn thắng|nope', '--judgements', file], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/^cadregraph identity different: identity: no person or mention with id hoàng văn thắng\|nope/);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
      await emptyDatabase(driver);
    }
  }, 180_000);

  it('lists a file it cannot read, commits the others, and exits 1', async () => {
    const missing = join(ARTICLES, 'missing.txt');
    const run = await cadregraph(['ingest', missing, ARTICLES], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cadregraph: ${missing}: no such file or directory\n`);
    expect(run.stdout).toMatch(/^cadregraph ingest: 5 articles ingested in .*; 1 file failed\n/);
  }, 120_000);

  it('names a wrong password plainly; flags override the environment', async () => {
    const run = await cadregraph(['ingest', '--password', 'wrong-password', ARTICLES], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/refused user "neo4j": wrong user name or password/);
  });

  it('names an unreachable server', async () => {
    const run = await cadregraph(['ingest', '--uri', 'bolt://127.0.0.1:1', ARTICLES], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:1: cannot connect/);
  });

  it('is a usage error without PATH', async () => {
    const run = await cadregraph(['ingest'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cadregraph ingest: missing required argument 'PATH'");
  });
});
