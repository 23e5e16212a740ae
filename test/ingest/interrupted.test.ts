// Neo4j stopping in the middle of an ingest: the error says what was committed, and
// running the same ingest again, once Neo4j is back, completes the graph exactly.
// Uses a Neo4j of its own (it is stopped on purpose), so it needs java and mvn.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, hasJavaAndMaven, startNeo4j, type RunningNeo4j } from '../../scripts/neo4j/launch.mjs';
import { buildGraph } from '../../src/graph/build.js';
import { IngestError, ingest } from '../../src/ingest/ingest.js';
import { createNeo4jStore } from '../../src/store/neo4j/store.js';
import type { Counts } from '../../src/store/store.js';
import type { WriteRetry } from '../../src/store/neo4j/write.js';
import { loadGold } from '../graph/gold.js';

const PASSWORD = 'interrupted-test-pw';

describe.skipIf(!hasJavaAndMaven())('an ingest interrupted by Neo4j stopping', () => {
  let dataDir = '';
  let neo: RunningNeo4j | null = null;

  afterAll(async () => {
    await neo?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('names what was committed, and a second run completes it', async () => {
    dataDir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'cadregraph-interrupted-'));
    const port = await freePort();
    neo = await startNeo4j({ port, httpPort: 0, dataDir, password: PASSWORD });
    const settings = { uri: neo.uri, user: 'neo4j', password: PASSWORD };
    const records = loadGold();

    let stopping: Promise<void> | null = null;
    const retries: WriteRetry[] = [];
    const first = ingest(records, {
      ...settings,
      batchSize: 1,
      // Short, so the test does not wait the default 30 s before giving up.
      maxRetryMs: 4000,
      onRetry: (retry) => retries.push(retry),
      onProgress: (p) => {
        if (p.committed >= 2 && stopping === null) stopping = neo?.stop() ?? null;
      },
    });
    const error: unknown = await first.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(/2 article\(s\) committed, up to .*; run again to complete/);
    expect((error as IngestError).summary.articles).toBe(2);
    // Each retry was told, in order, before the write gave up.
    expect(retries.length).toBeGreaterThan(0);
    expect(retries.map((r) => r.attempt)).toEqual(retries.map((_r, i) => i + 2));
    expect(retries.every((r) => r.giveUpAfterMs === 4000 && r.reason.length > 0 && r.elapsedMs + r.waitMs <= 4000)).toBe(true);
    await stopping;

    neo = await startNeo4j({ port, httpPort: 0, dataDir, password: PASSWORD });
    const second = await ingest(records, settings);
    expect(second.articles).toBe(records.length);

    const store = await createNeo4jStore(settings);
    let counts: Counts;
    try {
      counts = await store.counts();
      await store.clear();
      await store.write(buildGraph(records));
      expect(counts).toEqual(await store.counts());
    } finally {
      await store.close();
    }
  }, 480_000);
});
