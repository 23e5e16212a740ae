// End-to-end runs of `cadregraph ingest` (the built CLI) against a real Neo4j.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
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
  const env = { NEO4J_URI: server?.uri ?? '', NEO4J_USER: server?.user ?? '', NEO4J_PASSWORD: server?.password ?? '' };

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  it('ingests the fixtures, prints a summary, and a second run changes nothing', async () => {
    const first = await cadregraph(['ingest', ARTICLES], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ingested 5 articles in [\d.]+ s: \d+ people, \d+ positions, \d+ organizations, \d+ events, \d+ relationships written\n$/);
    const counts = await countAll(driver);
    expect(counts.nodes).toBeGreaterThan(20);
    const second = await cadregraph(['ingest', ARTICLES], env);
    expect(second.code).toBe(0);
    expect(await countAll(driver)).toEqual(counts);
  });

  it('lists a file it cannot read, commits the others, and exits 1', async () => {
    const missing = join(ARTICLES, 'missing.txt');
    const run = await cadregraph(['ingest', missing, ARTICLES], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cadregraph: ${missing}:`);
    expect(run.stdout).toMatch(/^ingested 5 articles .*; 1 file\(s\) failed\n$/);
  });

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
    expect(run.stderr).toContain('give at least one PATH');
  });
});
