// ingest() is typed against the store interface: the embedded store takes the
// same run, and its write reports what was new just as Neo4j's counters do.
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { edgeId } from '../../src/graph/model.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { article, person, position } from '../graph/records.js';
import { checkTrueCounts } from './true-counts.js';

const ARTICLES = join(import.meta.dirname, '../../fixtures/articles');

describe('ingest into the embedded store', () => {
  it('extracts the fixtures, writes them, and a second run finds everything already there', async () => {
    const store = openEmbeddedStore();
    const failures: string[] = [];
    const first = await ingest([ARTICLES], { store, batchSize: 2, onFailure: (f) => failures.push(f.path) });
    const counts = await store.counts();
    expect(first.articles).toBe(5);
    expect(failures).toEqual([]);
    expect(first.nodes.Article).toEqual({ new: 5, existing: 0 });
    expect(first.nodes.Person).toEqual({ new: counts.nodes.Person, existing: 0 });
    expect(first.relationships.new).toBe(Object.values(counts.relationships).reduce((a, b) => a + b, 0));
    expect(first.bytes).toBeGreaterThan(1000);
    const second = await ingest([ARTICLES], { store, batchSize: 3 });
    expect(second.nodes.Person).toEqual({ new: 0, existing: counts.nodes.Person });
    expect(second.relationships).toEqual({ new: 0, existing: first.relationships.new });
    expect(await store.counts()).toEqual(counts);
  });

  it('counts an official met in two batches once', async () => {
    const store = openEmbeddedStore();
    const official = person('Hoàng Minh Tâm', [position('Bí thư', 'Huyện ủy Thanh Trì')]);
    const summary = await ingest([article('t1', '2019-05-01', [official]), article('t2', '2019-06-01', [official])], { store, batchSize: 1 });
    expect(summary.nodes.Person).toEqual({ new: 1, existing: 0 });
    expect(summary.nodes.Article).toEqual({ new: 2, existing: 0 });
  });

  it('says new for what did not exist before the run and existing for what did, when resolution deletes a person and writes them again', async () => {
    const store = openEmbeddedStore();
    await checkTrueCounts({
      clear: () => store.clear(),
      ingest: (records, batchSize) => ingest(records, { store, batchSize }),
      relationshipIds: async () => new Set([...store.allEdges()].map(edgeId)),
    });
  });

  it('names a file read before in the run for a text read again, once its first file is committed too, and never a file of an earlier run', async () => {
    const store = openEmbeddedStore();
    const dir = await mkdtemp(join(tmpdir(), 'cadregraph-duplicates-'));
    try {
      const [earlier, first, later] = ['0-earlier', '1-first', '2-later'].map((d) => join(dir, d)) as [string, string, string];
      const text = await readFile(join(ARTICLES, readdirSync(ARTICLES).sort()[0]!), 'utf8');
      for (const d of [earlier, first, later]) {
        await mkdir(d);
        await writeFile(join(d, 'a.txt'), text);
      }
      await writeFile(join(first, 'b.txt'), 'Một bài khác, không nêu tên ai.');
      await ingest([earlier], { store });
      const duplicates: string[] = [];
      // Batches of one: a.txt of "first" is committed before "later" is read.
      await ingest([first, later], { store, batchSize: 1, onDuplicate: (d) => duplicates.push(`${d.path} = ${d.first}`) });
      expect(duplicates).toEqual([`${join(later, 'a.txt')} = ${join(first, 'a.txt')}`]);
      expect((await store.counts()).nodes.Article).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
