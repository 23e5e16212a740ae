// The store contract on the embedded SQLite store, in memory and on a graph file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { loadGold } from '../graph/gold.js';
import { describeStore } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'cadregraph-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStore('embedded, in memory', async () => openEmbeddedStore());
describeStore('embedded, graph file', async () => openEmbeddedStore({ file: join(dir, 'graph.db') }));

describe('embedded articleCount', () => {
  it('is the Article count of counts(), on an empty graph and after writes', async () => {
    const store = openEmbeddedStore();
    expect(store.articleCount()).toBe(0);
    const gold = loadGold();
    await store.write(buildGraph(gold.slice(0, 2)));
    expect(store.articleCount()).toBe(2);
    await store.write(buildGraph(gold));
    expect(store.articleCount()).toBe((await store.counts()).nodes.Article);
    expect(store.articleCount()).toBe(gold.length);
    await store.close();
  });
});

describe('embedded remembered reads', () => {
  it('forgets a list of events and its total at the next write', async () => {
    const store = openEmbeddedStore();
    const gold = loadGold();
    await store.write(buildGraph(gold.slice(0, 1)));
    const before = await store.events({ first: 100 });
    expect(before.totalCount).toBe((await store.counts()).nodes.Event);
    await store.write(buildGraph(gold));
    const after = await store.events({ first: 100 });
    expect(after.totalCount).toBe((await store.counts()).nodes.Event);
    expect(after.totalCount).toBeGreaterThan(before.totalCount);
    expect(after.edges).toHaveLength(after.totalCount);
    await store.close();
  });
});
