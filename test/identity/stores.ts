// Resolution through a store, the way ingestion runs it: article by article or in
// batches, each batch's blocks resolved again from every stored mention. One suite
// for both stores (test/identity/memory.test.ts, test/store/neo4j/identity.test.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/extract/contract.js';
import { blocksOf } from '../../src/graph/identity/index.js';
import { GraphBuilder } from '../../src/graph/build.js';
import { ingest } from '../../src/ingest/ingest.js';
import { resolvePeople } from '../../src/ingest/people.js';
import { judge, listDoubts } from '../../src/ingest/identity.js';
import { readJudgements } from '../../src/ingest/judgements.js';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore } from '../../src/store/store.js';
import { loadGold } from '../graph/gold.js';
import { CASES, recordsOf, truthOf, type IdentityCase } from './cases.js';
import { ARTICLES } from './texts.js';
import { score } from './score.js';

function blocksIn(records: readonly ArticleRecord[]): string[] {
  const builder = new GraphBuilder();
  for (const r of records) builder.add(r);
  return blocksOf(builder.batch().nodes);
}

async function refersTo(store: GraphStore, records: readonly ArticleRecord[]): Promise<Map<string, string>> {
  const stored = await store.mentionsOf(blocksIn(records));
  return new Map(stored.flatMap((s) => (s.person === null ? [] : [[s.mention.key, s.person] as const])));
}

function expected(c: IdentityCase): string[][] {
  return c.people.map((group) => group.map((who) => `${c.name}/${who}`).sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

/** What the API shows of every person: a digest that two stores or two runs can be compared by. */
async function people(store: GraphStore): Promise<unknown[]> {
  const out: unknown[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.people({ first: 100, after });
    for (const { node } of page.edges) {
      out.push({
        node,
        positions: (await store.positionsOf(node.id)).map((h) => [h.positionId, h.former, h.firstSeen, h.lastSeen, h.evidence.length]),
        roles: (await store.rolesOf(node.id, { first: 100 })).edges.map(({ node: r }) => [r.event.id, r.role]),
        identity: await store.identityOf(node.id),
      });
    }
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

export function describeIdentity(name: string, makeStore: () => Promise<GraphStore>, options: { timeout?: number } = {}): void {
  const { timeout } = options;
  describe(`identity through the ${name} store`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
    }, timeout);
    afterAll(async () => {
      await store.clear();
      await store.close();
    }, timeout);
    beforeEach(async () => {
      await store.clear();
    }, timeout);

    it('resolves every case right, ingested one article at a time', async () => {
      for (const c of CASES) {
        const records = recordsOf(c);
        await ingest(records, { store, batchSize: 1 });
        const result = score(records, truthOf(c), await refersTo(store, records));
        expect(result.partition, c.name).toEqual(expected(c));
      }
    }, timeout);

    it('gives the same people, positions, roles and explanations for any order and batching', async () => {
      const records = [...loadGold(), ...CASES.flatMap(recordsOf)];
      await ingest(records, { store, batchSize: 7 });
      const forward = await people(store);
      const counts = await store.counts();
      await store.clear();
      await ingest([...records].reverse(), { store, batchSize: 1 });
      expect(await people(store)).toEqual(forward);
      expect(await store.counts()).toEqual(counts);
    }, timeout);

    it('parts what a later article shows to be doubtful, and leaves nothing of the old person behind', async () => {
      const c = CASES.find((x) => x.name.startsWith('namesakes in different provinces'))!;
      const [nghean, binhdinh, central] = recordsOf(c) as [ArticleRecord, ArticleRecord, ArticleRecord];
      await ingest([nghean, central], { store });
      const joined = await store.people({ search: 'Hoàng Văn Thắng' });
      expect(joined.totalCount).toBe(1);
      const id = joined.edges[0]!.node.id;
      expect((await store.positionsOf(id)).map((h) => h.title).sort()).toEqual(['Bí thư', 'Thứ trưởng']);
      expect((await store.identityOf(id))?.links.map((l) => l.rule)).toEqual(['central']);

      await ingest([binhdinh], { store });
      expect((await store.people({ search: 'Hoàng Văn Thắng' })).totalCount).toBe(3);
      expect((await store.positionsOf(id)).map((h) => h.title)).toEqual(['Bí thư']);
      expect((await store.identityOf(id))?.links).toEqual([]);
      expect((await store.counts()).relationships.SAME_AS).toBe(0);
    }, timeout);

    it('keeps the same text read from two folders one article, and two files of one name two', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cadregraph-articles-'));
      try {
        const [one, two, three] = ['one', 'two', 'three'].map((d) => join(dir, d)) as [string, string, string];
        for (const d of [one, two, three]) await mkdir(d);
        // The copy was saved by another editor: decomposed accents, other line breaks.
        await writeFile(join(one, 'hoi-nghi.txt'), ARTICLES['a']!);
        await writeFile(join(two, 'hoi-nghi.txt'), ARTICLES['a']!.normalize('NFD').replaceAll('\n', '\r\n  '));
        await writeFile(join(three, 'hoi-nghi.txt'), ARTICLES['c']!);
        const duplicates: string[] = [];
        await ingest([one, two], { store, onDuplicate: (d) => duplicates.push(`${d.path} = ${d.first}`) });
        expect(duplicates).toEqual([`${join(two, 'hoi-nghi.txt')} = ${join(one, 'hoi-nghi.txt')}`]);
        const counts = await store.counts();
        expect(counts.nodes.Article).toBe(1);
        const khai = async (): Promise<string> => (await store.people({ search: 'Đinh Văn Khải' })).edges.map((e) => e.node.id)[0]!;
        const first = await store.articlesOf(await khai());
        expect(first.edges.map((e) => e.node.paths)).toEqual([[join(one, 'hoi-nghi.txt'), join(two, 'hoi-nghi.txt')]]);

        await ingest([three], { store });
        expect((await store.counts()).nodes.Article).toBe(2);
        const both = (await store.articlesOf(await khai())).edges.map((e) => e.node);
        expect(both.map((a) => a.paths)).toEqual(expect.arrayContaining([[join(three, 'hoi-nghi.txt')]]));
        expect(new Set(both.map((a) => a.id)).size).toBe(2);
        // Evidence names its article by key: each sentence is of one of the two articles.
        const sources = (await store.positionsOf(await khai())).flatMap((h) => h.evidence.map((e) => e.article.id));
        expect(sources.every((id) => both.some((a) => a.id === id))).toBe(true);

        await store.clear();
        await ingest([two], { store });
        await ingest([one], { store });
        expect(await store.counts()).toEqual(counts);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }, timeout);

    it('explains a join: the mentions, and each link with its rule and reason', async () => {
      const records = recordsOf(CASES[0]!);
      await ingest(records, { store });
      const [person] = (await store.people({ search: 'Nguyễn Văn Hùng' })).edges;
      const identity = await store.identityOf(person!.node.id);
      expect(identity?.mentions.map((m) => [m.article.id, m.date, m.offices])).toEqual([
        [records[0]!.article.id, '2016-04-10', ['Bí thư, Huyện ủy Thanh Trì', 'Ủy viên, Thành ủy Hà Nội']],
        [records[1]!.article.id, '2019-08-20', ['Phó Chủ tịch, UBND thành phố Hà Nội']],
        [records[2]!.article.id, '2022-01-05', ['Phó Bí thư, Thành ủy Hà Nội']],
      ]);
      expect(identity?.links.map((l) => [l.rule, l.from.article.id, l.to.article.id])).toEqual(
        expect.arrayContaining([['same-body', records[0]!.article.id, records[2]!.article.id]]),
      );
      expect(identity?.links.every((l) => l.reason.length > 20)).toBe(true);
    }, timeout);

    it('applies judgements, and resolving unchanged blocks again writes nothing', async () => {
      const c = CASES.find((x) => x.name.startsWith('namesakes in different provinces'))!;
      const records = recordsOf(c);
      await ingest(records, { store });
      const stored = await store.mentionsOf(blocksIn(records));
      const [nghean, , central] = stored.map((s) => s.mention).sort((a, b) => (a.date! < b.date! ? -1 : 1));
      const judgements = [{ a: nghean!.key, b: central!.key, same: true }];
      const judged = await resolvePeople(store, blocksIn(records), judgements);
      expect(judged.people).toBe(2);
      expect((await store.identityOf(nghean!.key))?.links.map((l) => l.rule)).toEqual(['judgement']);
      const again = await resolvePeople(store, blocksIn(records), judgements);
      expect([again.written, again.removed, again.unchanged]).toEqual([0, 0, 2]);
    }, timeout);

    it('lists the doubtful cases, and records judgements in a file that later ingests apply', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cadregraph-judgements-'));
      const file = join(dir, 'judgements.jsonl');
      try {
        const c = CASES.find((x) => x.name.startsWith('namesakes in different provinces'))!;
        const records = recordsOf(c);
        await ingest(records, { store });
        const doubts = await listDoubts(store, { name: 'Hoàng Văn Thắng' });
        const central = (await store.people({ search: 'Hoàng Văn Thắng' })).edges.map((e) => e.node.id).find((id) => id.endsWith(records[2]!.article.id))!;
        expect(doubts.map((d) => [d.a.id, d.b.id].includes(central))).toEqual([true, true]);
        expect(doubts[0]?.a.mentions[0]?.offices.length).toBe(1);
        const nghean = doubts.flatMap((d) => [d.a, d.b]).find((p) => p.mentions.some((m) => m.offices.includes('Bí thư, Tỉnh ủy Nghệ An')))!.id;

        const joined = await judge(store, file, { a: central, b: nghean, same: true, note: 'checked the ministry site' }, await readJudgements(file));
        expect(joined.people).toBe(2);
        expect(await listDoubts(store, { name: 'Hoàng Văn Thắng', judgements: await readJudgements(file) })).toHaveLength(0);

        // A later article about another namesake, ingested with the file, keeps the judgement.
        const later = { ...records[1]!, article: { ...records[1]!.article, id: 'later', published: '2022-02-02' } };
        await ingest([later], { store, judgements: await readJudgements(file) });
        const withCentral = await store.identityOf(nghean);
        expect(withCentral?.mentions.map((m) => m.id)).toContain(central);

        // Told apart from Nghệ An's, the ministry's Hoàng Văn Thắng has one candidate left: Bình Định's.
        const parted = await judge(store, file, { a: central, b: nghean, same: false }, await readJudgements(file));
        expect(parted.people).toBe(2);
        expect((await store.identityOf(nghean))?.mentions.map((m) => m.id)).toEqual([nghean]);
        expect((await readJudgements(file)).map((j) => j.same)).toEqual([false]);
        await expect(judge(store, file, { a: central, b: 'hoàng văn thắng|nope', same: true }, [])).rejects.toThrow(/no person or mention with id hoàng văn thắng\|nope/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }, timeout);
  });
}
