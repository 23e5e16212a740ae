// `cadregraph ingest` runs under a heap bound (src/cli/heap.ts): by default in a
// child process started with --max-old-space-size=512 and --max-semi-space-size=8;
// --heap changes it, --heap 0 leaves V8's default, and a bound set through node's
// flags or NODE_OPTIONS is kept. The built CLI is run into a graph file, and the
// heap limit its --json summary reports is compared with what node itself reports
// when started with the same flags.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_MB, heapFlags, heapPlan } from '../../src/cli/heap.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli/main.js');
const ARTICLES = join(ROOT, 'fixtures/articles');
const dir = mkdtempSync(join(tmpdir(), 'cadregraph-ingest-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { NODE_OPTIONS: _ignored, NEO4J_URI: _uri, ...baseEnv } = process.env;

/** The heap limit (MB) node reports when started with these flags and environment. */
function nodeHeapLimit(flags: string[], env: Record<string, string> = {}): number {
  const script = "console.log(Math.round(require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20))";
  return Number(execFileSync(process.execPath, [...flags, '-e', script], { env: { ...baseEnv, ...env }, encoding: 'utf8' }).trim());
}

function ingest(args: string[], env: Record<string, string> = {}) {
  const graph = join(dir, `${Math.random().toString(36).slice(2)}.graph`);
  const run = spawnSync(process.execPath, [CLI, 'ingest', '--quiet', '--json', '--graph', graph, ...args], {
    env: { ...baseEnv, CADREGRAPH_PROGRESS_SECONDS: '600', ...env },
    encoding: 'utf8',
  });
  const summary = run.stdout === '' ? null : (JSON.parse(run.stdout) as { articles: number; heapLimitMb: number });
  return { status: run.status, stderr: run.stderr, summary };
}

describe('heapPlan', () => {
  const none = { execArgv: [], env: {} };
  it('bounds the heap unless told not to, or already bound', () => {
    expect(heapPlan(DEFAULT_HEAP_MB, false, none)).toEqual(heapFlags(DEFAULT_HEAP_MB));
    expect(heapFlags(700)).toEqual(['--max-old-space-size=700', '--max-semi-space-size=8']);
    expect(heapPlan(0, true, none)).toBeNull();
    expect(heapPlan(512, false, { execArgv: [], env: { CADREGRAPH_HEAP_MB: '512' } })).toBeNull();
    expect(heapPlan(700, true, { execArgv: [], env: { CADREGRAPH_HEAP_MB: '512' } })).toEqual(heapFlags(700));
  });

  it("keeps the user's own bound unless --heap is given", () => {
    for (const context of [
      { execArgv: ['--max-old-space-size=300'], env: {} },
      { execArgv: ['--max_old_space_size=300'], env: {} },
      { execArgv: [], env: { NODE_OPTIONS: '--enable-source-maps --max-old-space-size=300' } },
    ]) {
      expect(heapPlan(DEFAULT_HEAP_MB, false, context)).toBeNull();
      expect(heapPlan(400, true, context)).toEqual(heapFlags(400));
    }
    expect(heapPlan(DEFAULT_HEAP_MB, false, { execArgv: ['--max-semi-space-size=8'], env: { NODE_OPTIONS: '--max-old-space-sizes' } })).toEqual(
      heapFlags(DEFAULT_HEAP_MB),
    );
  });
});

describe('cadregraph ingest --graph under a heap bound (built CLI)', () => {
  it('runs under 512 MB and an 8 MB semi-space by default, and says so in its summary', () => {
    const run = ingest([ARTICLES]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.summary?.articles).toBe(5);
    expect(run.summary?.heapLimitMb).toBe(nodeHeapLimit(heapFlags(DEFAULT_HEAP_MB)));
    expect(nodeHeapLimit(heapFlags(DEFAULT_HEAP_MB))).not.toBe(nodeHeapLimit([]));
  });

  it('--heap N changes the bound, and --heap 0 leaves V8 its default', () => {
    expect(ingest(['--heap', '300', ARTICLES]).summary?.heapLimitMb).toBe(nodeHeapLimit(heapFlags(300)));
    expect(ingest(['--heap', '0', ARTICLES]).summary?.heapLimitMb).toBe(nodeHeapLimit([]));
  });

  it('keeps a bound set through NODE_OPTIONS', () => {
    const env = { NODE_OPTIONS: '--max-old-space-size=300' };
    expect(ingest([ARTICLES], env).summary?.heapLimitMb).toBe(nodeHeapLimit([], env));
  });

  it("passes the child's exit status on, and says each failure and notice once", () => {
    const missing = join(dir, 'missing');
    const run = ingest([missing, ARTICLES], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.status).toBe(1);
    expect(run.summary?.articles).toBe(5);
    expect(run.stderr.split('\n').filter((l) => l.includes('not to Neo4j at bolt://127.0.0.1:1'))).toHaveLength(1);
    expect(run.stderr.split('\n').filter((l) => l === `cadregraph: ${missing}: no such file or directory`)).toHaveLength(1);
  });

  it('refuses a bound that is no whole number before starting anything', () => {
    const run = ingest(['--heap', '-5', ARTICLES]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--heap/);
  });
});
