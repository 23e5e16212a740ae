// The ingest summary's "new" and "existing" on any store (ingest-embedded.test.ts,
// ingest.test.ts on a real Neo4j): new items did not exist before the run, existing
// ones did, even when resolution deletes a person and a later batch writes them again
// under the same key. Three articles about one name: the central post (c) alone is
// a person; the Nghệ An secretary (a, earlier) joins it and becomes its founder, so
// c's person is deleted; the Bình Định namesake (b) leaves the central post doubtful
// between the two, so c's person comes back.
import { expect } from 'vitest';
import type { ArticleRecord } from '../../src/extract/contract.js';
import { buildGraph } from '../../src/graph/build.js';
import { edgeId } from '../../src/graph/model.js';
import type { IngestSummary } from '../../src/ingest/ingest.js';
import { PERSON_EDGE_TYPES } from '../../src/store/store.js';
import { article, person, position } from '../graph/records.js';

const NAME = 'Hoàng Văn Thắng';
const C = article('counts-c', '2021-04-01', [person(NAME, [position('Thứ trưởng', 'Bộ Công Thương')])]);
const A = article('counts-a', '2018-05-01', [person(NAME, [position('Bí thư', 'Tỉnh ủy Nghệ An')])]);
const B = article('counts-b', '2018-06-01', [person(NAME, [position('Phó Chủ tịch', 'UBND tỉnh Bình Định')])]);

export interface CountsHarness {
  /** Empties the store. */
  clear(): Promise<void>;
  ingest(records: ArticleRecord[], batchSize: number): Promise<IngestSummary>;
  /** The ids (model.ts edgeId) of every stored relationship. */
  relationshipIds(): Promise<Set<string>>;
}

const union = (...sets: ReadonlyArray<ReadonlySet<string>>): Set<string> => new Set(sets.flatMap((s) => [...s]));
const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> => new Set([...a].filter((x) => !b.has(x)));
const resolutionOwns = (id: string): boolean => [...PERSON_EDGE_TYPES, 'SAME_AS'].includes(id.slice(0, id.indexOf('|')));
/** The relationships a batch of these articles writes before resolution (resolution's own come from the store). */
const batchIds = (records: ArticleRecord[]): Set<string> => new Set(buildGraph(records).edges.map(edgeId).filter((id) => !resolutionOwns(id)));

export async function checkTrueCounts(h: CountsHarness): Promise<void> {
  // One article per run: each run's store before and after.
  await h.clear();
  const first = await h.ingest([C], 1);
  const afterC = await h.relationshipIds();
  const second = await h.ingest([A], 1);
  const afterA = await h.relationshipIds();
  const third = await h.ingest([B], 1);
  const afterB = await h.relationshipIds();
  expect([first, second, third].map((s) => s.nodes.Person)).toEqual([
    { new: 1, existing: 0 },
    { new: 1, existing: 0 },
    { new: 2, existing: 1 },
  ]);
  expect(first.relationships).toEqual({ new: afterC.size, existing: 0 });
  expect(second.relationships.new).toBe(minus(afterA, afterC).size);
  expect(third.relationships.new).toBe(minus(afterB, afterA).size);

  // The three in one run of three batches on an empty store: all new, each once.
  await h.clear();
  const once = await h.ingest([C, A, B], 1);
  expect(once.nodes.Person).toEqual({ new: 3, existing: 0 });
  expect(once.relationships).toEqual({ new: union(afterC, afterA, afterB).size, existing: 0 });

  // c stored by an earlier run: deleted by a's batch and written again by b's, it is existing.
  await h.clear();
  await h.ingest([C], 1);
  const later = await h.ingest([A, B], 1);
  expect(later.nodes.Person).toEqual({ new: 2, existing: 1 });
  const touched = union(batchIds([A]), batchIds([B]), new Set([...afterA, ...afterB].filter(resolutionOwns)));
  expect(later.relationships).toEqual({ new: minus(touched, afterC).size, existing: touched.size - minus(touched, afterC).size });
  expect(later.relationships.existing).toBeGreaterThan(0);
}
