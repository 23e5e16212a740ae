// The store contract: one suite that every GraphStore implementation runs with the
// same fixtures and must answer identically (test/store/embedded.test.ts runs it on
// the embedded store; the Neo4j tests run it on a real Neo4j). Every test starts
// from a cleared store holding the gold fixtures, and asserts only what the
// interface promises (store.ts), never how an implementation keeps its data.
import { beforeAll, afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/extract/contract.js';
import { buildGraph } from '../../src/graph/build.js';
import { ingest } from '../../src/ingest/ingest.js';
import { StoreInputError, type GraphStore, type PathDTO } from '../../src/store/store.js';
import { loadGold } from '../graph/gold.js';
import { article, conference, person, position } from '../graph/records.js';

const gold = loadGold();
const goldBatch = buildGraph(gold);

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

/** A path is well formed: it joins from and to, and edge i joins nodes i and i+1. */
function expectWellFormed(path: PathDTO, from: string, to: string): void {
  expect(path.nodes[0]?.id).toBe(from);
  expect(path.nodes[path.nodes.length - 1]?.id).toBe(to);
  expect(path.edges).toHaveLength(path.length);
  path.edges.forEach((e, i) => {
    expect([e.from.id, e.to.id].sort()).toEqual([path.nodes[i]?.id, path.nodes[i + 1]?.id].sort());
  });
}

export interface ContractOptions {
  /** Milliseconds for each test and hook (a database over the network may need more than vitest's default). */
  timeout?: number;
}

export function describeStore(name: string, makeStore: () => Promise<GraphStore>, options: ContractOptions = {}): void {
  const { timeout } = options;
  describe(`store contract: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await makeStore();
    }, timeout);
    afterAll(async () => {
      await store.close();
    }, timeout);
    beforeEach(async () => {
      await store.clear();
      await store.write(goldBatch);
    }, timeout);

    /** Ingests records on top of what the store holds: their facts, then the people of their names resolved again. */
    async function write(records: ArticleRecord[], batchSize = records.length): Promise<void> {
      await ingest(records, { store, batchSize });
    }

    /** The id of the one person with exactly this name. */
    async function idOf(fullName: string): Promise<string> {
      const found = (await store.people({ search: fullName, first: 100 })).edges.filter((e) => e.node.name === fullName);
      expect(found, `one person named ${fullName}`).toHaveLength(1);
      return found[0]?.node.id ?? '';
    }

    describe('writing', () => {
      it('stores every node and relationship of the batch, by label and type', async () => {
        const counts = await store.counts();
        const labels = countBy(goldBatch.nodes, (n) => n.label);
        const types = countBy(goldBatch.edges, (e) => e.type);
        for (const [label, n] of Object.entries(labels)) expect(counts.nodes[label as keyof typeof counts.nodes]).toBe(n);
        for (const [type, n] of Object.entries(types)) expect(counts.relationships[type as keyof typeof counts.relationships]).toBe(n);
        expect(counts.nodes.Person).toBe(21);
        expect(counts.nodes.Article).toBe(5);
        expect(counts.nodes.Event).toBe(5);
      }, timeout);

      it('is idempotent: writing the same batch again changes no count and no property', async () => {
        const before = await store.counts();
        const positions = await store.positionsOf(await idOf('Lê Tiến Nhật'));
        await store.write(goldBatch);
        expect(await store.counts()).toEqual(before);
        expect(await store.positionsOf(await idOf('Lê Tiến Nhật'))).toEqual(positions);
      }, timeout);

      it('gives the same graph written article by article as in one batch', async () => {
        const whole = await store.counts();
        const holdings = await store.officeHolders({ organization: 'Thành ủy Hà Nội' });
        await store.clear();
        for (const record of [...gold].reverse()) await write([record]);
        expect(await store.counts()).toEqual(whole);
        expect(await store.officeHolders({ organization: 'Thành ủy Hà Nội' })).toEqual(holdings);
      }, timeout);

      it('gives the same answers for any split of the articles into batches, in any order', async () => {
        const answers = async () => ({
          counts: await store.counts(),
          holders: await store.officeHolders({ organization: 'Thành ủy Hà Nội', first: 100 }),
          roles: await store.rolesOf(await idOf('Trần Đình Cảnh'), { first: 100 }),
          events: await store.events({ first: 100 }),
        });
        const whole = await answers();
        const extra = [
          article('s1', '2019-05-01', [person('Hoàng Minh Tâm', [position('Bí thư', 'Huyện ủy Thanh Trì')])]),
          article('s2', '2021-06-01', [person('Hoàng Minh Tâm', [position('Bí thư', 'Huyện ủy Thanh Trì', true)])]),
        ];
        await write(extra);
        const withExtra = await answers();
        // A fixed shuffle in batches of two, then of three.
        const order = [6, 2, 0, 5, 3, 1, 4].map((i) => [...gold, ...extra][i]).filter((r) => r !== undefined);
        for (const size of [2, 3]) {
          await store.clear();
          await write(order, size);
          expect(await answers()).toEqual(withExtra);
        }
        expect(withExtra.counts).not.toEqual(whole.counts);
      }, timeout);

      it('clears everything', async () => {
        await store.clear();
        const counts = await store.counts();
        expect(Object.values(counts.nodes).every((n) => n === 0)).toBe(true);
        expect(Object.values(counts.relationships).every((n) => n === 0)).toBe(true);
      }, timeout);

      it('keeps names with quotes, backslashes and query words as data', async () => {
        const odd = `Nguyễn Văn "O'Hara" \\ MATCH (n) DETACH DELETE n`;
        await write([article('odd', '2023-01-01', [person(odd, [position('Chủ tịch', `UBND huyện Thanh Trì`)])])]);
        const found = await store.people({ search: "o'hara" });
        expect(found.edges.map((e) => e.node.name)).toEqual([odd]);
        expect((await store.counts()).nodes.Person).toBe(22);
      }, timeout);
    });

    describe('people', () => {
      it('finds a person ignoring accents and case', async () => {
        for (const q of ['le tien nhat', 'Lê Tiến Nhật', 'LÊ TIẾN', 'tien nhat']) {
          expect((await store.people({ search: q })).edges.map((e) => e.node.name)).toEqual(['Lê Tiến Nhật']);
        }
        expect((await store.people({ search: 'dang van' })).edges.map((e) => e.node.name)).toEqual(['Đặng Văn Cảnh', 'Đặng Văn Triều']);
        expect((await store.people({ search: 'nobody at all' })).totalCount).toBe(0);
      }, timeout);

      it('pages with cursors through everyone in name order', async () => {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page = await store.people({ first: 5, after });
          expect(page.totalCount).toBe(21);
          seen.push(...page.edges.map((e) => e.node.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toHaveLength(21);
        expect(new Set(seen).size).toBe(21);
        const all = (await store.people({ first: 100 })).edges.map((e) => e.node.id);
        expect(seen).toEqual(all);
        expect(all.indexOf(await idOf('Đặng Văn Cảnh'))).toBeLessThan(all.indexOf(await idOf('Vũ Anh Tú')));
      }, timeout);

      it('rejects a cursor it did not make', async () => {
        await expect(store.people({ after: 'not-a-cursor' })).rejects.toBeInstanceOf(StoreInputError);
      }, timeout);

      it('filters by title and organization, exactly (Bí thư is not Phó Bí thư)', async () => {
        const secretaries = await store.people({ title: 'bi thu', first: 100 });
        expect(secretaries.edges.map((e) => e.node.name)).toEqual([
          'Lê Tiến Nhật',
          'Nguyễn Anh Dũng',
          'Nguyễn Xuân Lưu',
          'Phạm Quang Nghị',
          'Trần Đình Cảnh',
          'Trần Đức Hoạt',
        ]);
        expect(secretaries.totalCount).toBe(6);
        const inThanhTri = await store.people({ title: 'Bí thư', organization: 'Huyện ủy Thanh Trì' });
        expect(inThanhTri.edges.map((e) => e.node.name)).toEqual(['Lê Tiến Nhật']);
        const byOrgOnly = await store.people({ organization: 'huyen uy thanh tri' });
        expect(byOrgOnly.edges.map((e) => e.node.name)).toEqual(['Lê Tiến Nhật', 'Nguyễn Tiến Cường', 'Nguyễn Việt Phương']);
      }, timeout);

      it('answers null for an unknown person', async () => {
        expect(await store.person('nobody|000')).toBeNull();
        expect(await store.positionsOf('nobody|000')).toEqual([]);
      }, timeout);

      it('gives a person positions with status, dates and evidence', async () => {
        const id = await idOf('Lê Tiến Nhật');
        expect((await store.person(id))?.name).toBe('Lê Tiến Nhật');
        const positions = await store.positionsOf(id);
        expect(positions.map((p) => [p.title, p.organization.name, p.former, p.firstSeen, p.lastSeen])).toEqual([
          ['Bí thư', 'Huyện ủy Thanh Trì', false, '2021-04-02', '2021-04-02'],
          ['Ủy viên', 'Thành ủy Hà Nội', false, '2021-04-02', '2021-04-02'],
        ]);
        expect(positions[0]?.evidence.map((e) => [e.article.id, e.article.published, e.quote])).toEqual([
          ['000_db5d0afe82f26a39', '2021-04-02', null],
        ]);
        const nghi = await store.positionsOf(await idOf('Phạm Quang Nghị'));
        expect(nghi.every((p) => p.former)).toBe(true);
      }, timeout);

      it('gives a person with their positions in one call, as person and positionsOf give them apart', async () => {
        await write([article('w1', '2023-04-04', [person('Tạ Văn Không', [])], [])]);
        const ids = [await idOf('Lê Tiến Nhật'), await idOf('Tạ Văn Không')];
        for (const id of ids) {
          for (const reads of [undefined, { evidence: false }, { evidence: true, evidenceFirst: 1 }]) {
            const together = await store.personWithPositions(id, reads);
            expect(together).toEqual({ person: await store.person(id), positions: await store.positionsOf(id, reads) });
          }
        }
        expect((await store.personWithPositions(ids[0] ?? ''))?.positions.length).toBeGreaterThan(0);
        expect((await store.personWithPositions(ids[1] ?? ''))?.positions).toEqual([]);
        expect(await store.personWithPositions('no such person')).toBeNull();
      }, timeout);

      it('gives roles at events and co-participants', async () => {
        const id = await idOf('Lê Tiến Nhật');
        const roles = (await store.rolesOf(id)).edges.map((e) => e.node);
        expect(roles.map((r) => r.role)).toEqual(['chaired', 'directed']);
        expect(roles[0]?.event.organizer?.name).toBe('Huyện ủy Thanh Trì');
        const co = await store.coParticipants(id);
        expect(co.edges.map((e) => e.node.name)).toEqual(['Nguyễn Tiến Cường', 'Nguyễn Việt Phương', 'Vũ Anh Tú']);
        expect((await store.articlesOf(id)).edges.map((e) => e.node.id)).toEqual(['000_db5d0afe82f26a39']);
      }, timeout);

      it('pages a busy official\'s roles, most recent first', async () => {
        const records = Array.from({ length: 7 }, (_, i) =>
          article(`r${i}`, `2023-0${i + 1}-10`, [person('Lê Tiến Nhật', [position('Bí thư', 'Huyện ủy Thanh Trì')], [['e1', 'attended']])], [
            conference('Huyện ủy Thanh Trì', 20 + i, `2023-0${i + 1}-09`),
          ]),
        );
        await write(records);
        const id = await idOf('Lê Tiến Nhật');
        const all = await store.rolesOf(id, { first: 100 });
        expect(all.totalCount).toBe(9);
        expect(all.edges.slice(0, 3).map((e) => e.node.event.date)).toEqual(['2023-07-09', '2023-06-09', '2023-05-09']);
        const second = await store.rolesOf(id, { first: 3, after: all.edges[2]?.cursor ?? null });
        expect(second.totalCount).toBe(9);
        expect(second.edges.map((e) => [e.node.event.id, e.node.role])).toEqual(all.edges.slice(3, 6).map((e) => [e.node.event.id, e.node.role]));
        expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      }, timeout);

      it('puts a role where its event\'s date, given by a later article, places it (undated last)', async () => {
        const meeting = (ordinal: number, id: string, date: string | null) => ({ ...conference('Huyện ủy Mê Linh', ordinal, date ?? '2000-01-01'), id, date });
        const official = person('Hà Văn Quyết', [position('Bí thư', 'Huyện ủy Mê Linh')], [['e1', 'attended'], ['e2', 'chaired'], ['e3', 'spoke']]);
        await write([article('u1', null, [official], [meeting(30, 'e1', null), meeting(31, 'e2', '2023-02-02'), meeting(29, 'e3', '2022-05-05')])]);
        const id = await idOf('Hà Văn Quyết');
        const order = async () => (await store.rolesOf(id, { first: 10 })).edges.map((e) => [e.node.event.ordinal, e.node.event.date, e.node.role]);
        expect(await order()).toEqual([[31, '2023-02-02', 'chaired'], [29, '2022-05-05', 'spoke'], [30, null, 'attended']]);
        await write([article('u2', null, [], [meeting(30, 'e1', '2023-09-09')])]); // the same meeting: its key holds the year the first article implied
        expect(await order()).toEqual([[30, '2023-09-09', 'attended'], [31, '2023-02-02', 'chaired'], [29, '2022-05-05', 'spoke']]);
        const second = await store.rolesOf(id, { first: 2, after: (await store.rolesOf(id, { first: 1 })).edges[0]?.cursor ?? null });
        expect(second.edges.map((e) => e.node.event.ordinal)).toEqual([31, 29]);
      }, timeout);

      it('answers calls made together like the same calls one at a time', async () => {
        const ids = (await store.people({ first: 100 })).edges.map((e) => e.node.id);
        const one = [];
        for (const id of ids) one.push([await store.positionsOf(id), await store.rolesOf(id, { first: 2 }), await store.person(id)]);
        const together = await Promise.all(ids.map((id) => Promise.all([store.positionsOf(id), store.rolesOf(id, { first: 2 }), store.person(id)])));
        expect(together).toEqual(one);
        const [a, b] = await Promise.all([store.rolesOf(ids[0] ?? '', { first: 1 }), store.rolesOf(ids[0] ?? '', { first: 5 })]);
        expect(a.edges.length).toBeLessThanOrEqual(1);
        expect(b.edges.slice(0, a.edges.length)).toEqual(a.edges);
      }, timeout);

      it('keeps two namesakes in different districts apart, and one official across articles together', async () => {
        await write([
          article('h1', '2022-01-10', [person('Nguyễn Văn Hùng', [position('Chủ tịch', 'UBND huyện Thanh Trì')])]),
          article('h2', '2022-02-10', [person('Nguyễn Văn Hùng', [position('Chủ tịch', 'UBND huyện Mỹ Đức')])]),
          article('h3', '2022-03-10', [person('Nguyễn Văn Hùng', [position('Bí thư', 'Huyện ủy Nam Đàn')])]),
          article('h4', '2023-03-10', [person('Nguyễn Văn Hùng', [position('Bí thư', 'Huyện ủy Thanh Trì')])]),
        ]);
        const hung = await store.people({ search: 'nguyen van hung' });
        expect(hung.totalCount).toBe(3);
        const thanhTri = hung.edges.find((e) => e.node.jurisdiction === 'huyện Thanh Trì')?.node.id ?? '';
        expect((await store.positionsOf(thanhTri)).map((p) => p.organization.name)).toEqual(['UBND huyện Thanh Trì', 'Huyện ủy Thanh Trì']);
      }, timeout);
    });

    describe('organizations', () => {
      it('searches and pages organizations', async () => {
        const found = await store.organizations({ search: 'huyen uy thanh tri' });
        expect(found.edges.map((e) => e.node.name)).toEqual([
          'Ban Thường vụ Huyện ủy Thanh Trì',
          'Ban Tổ chức Huyện ủy Thanh Trì',
          'Huyện ủy Thanh Trì',
        ]);
        const org = found.edges[2]?.node;
        expect(org?.kind).toBe('party-committee');
        expect(org?.level).toBe('district');
        expect(org?.place?.name).toBe('huyện Thanh Trì');
      }, timeout);

      it('filters organizations by kind and level', async () => {
        const councils = await store.organizations({ kind: 'people-council', first: 100 });
        expect(councils.edges.map((e) => e.node.name)).toEqual([
          'HĐND huyện Mỹ Đức',
          'HĐND huyện Thạch Thất',
          'HĐND quận Nam Từ Liêm',
          'HĐND thành phố Hà Nội',
        ]);
        const central = await store.organizations({ level: 'central', first: 100 });
        expect(central.edges.map((e) => e.node.name)).toEqual(['Ban Chấp hành Trung ương Đảng', 'Bộ Chính trị']);
      }, timeout);

      it('gives an office and a place by id', async () => {
        const [holding] = await store.positionsOf(await idOf('Vũ Anh Tú'));
        const office = await store.office(holding?.positionId ?? '');
        expect(office).toMatchObject({ title: holding?.title, organization: { id: holding?.organization.id } });
        const place = await store.place(holding?.organization.place?.id ?? '');
        expect(place).toEqual({ id: '2004:020', name: 'huyện Thanh Trì', level: 'district', type: 'huyện', code: '020', validFrom: null, validUntil: '2025-07-01' });
        expect(await store.office('no such office')).toBeNull();
        expect(await store.place('no such place')).toBeNull();
      }, timeout);

      it('links bodies: standing committee → committee → Party organization', async () => {
        const btv = (await store.organizations({ search: 'Ban Thường vụ Huyện ủy Thanh Trì' })).edges[0]?.node.id ?? '';
        const committee = await store.parentOf(btv);
        expect(committee?.name).toBe('Huyện ủy Thanh Trì');
        expect((await store.parentOf(committee?.id ?? ''))?.name).toBe('Đảng bộ huyện Thanh Trì');
        const subs = await store.subBodiesOf(committee?.id ?? '');
        expect(subs.map((o) => o.name)).toEqual(['Ban Thường vụ Huyện ủy Thanh Trì', 'Ban Tổ chức Huyện ủy Thanh Trì']);
        expect(await store.organization('no such body')).toBeNull();
      }, timeout);

      it('lists office holders, current and former, and as of a date', async () => {
        const mayors = await store.officeHolders({ title: 'Chủ tịch', organization: 'UBND thành phố Hà Nội' });
        expect(mayors.edges.map((e) => [e.node.person.name, e.node.former])).toEqual([
          ['Nguyễn Đức Chung', false],
          ['Nguyễn Thế Thảo', true],
        ]);
        const asOf = await store.officeHolders({ title: 'Chủ tịch', organization: 'UBND thành phố Hà Nội', asOf: '2020-08-01' });
        expect(asOf.edges.map((e) => e.node.person.name)).toEqual(['Nguyễn Đức Chung']);
        const before = await store.officeHolders({ title: 'Chủ tịch', organization: 'UBND thành phố Hà Nội', asOf: '2019-01-01' });
        expect(before.totalCount).toBe(0);
      }, timeout);

      it('pages office holders of every title in a body, with their total', async () => {
        const whole = await store.officeHolders({ organization: 'Thành ủy Hà Nội', first: 100 });
        expect(whole.totalCount).toBeGreaterThan(3);
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page = await store.officeHolders({ organization: 'Thành ủy Hà Nội', first: 2, after });
          expect(page.totalCount).toBe(whole.totalCount);
          seen.push(...page.edges.map((e) => `${e.node.person.id}|${e.node.positionId}`));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(whole.edges.map((e) => `${e.node.person.id}|${e.node.positionId}`));
        const last = whole.edges.at(-1)?.cursor ?? null;
        const past = await store.officeHolders({ organization: 'Thành ủy Hà Nội', first: 2, after: last });
        expect(past.totalCount).toBe(whole.totalCount);
        expect(past.edges).toEqual([]);
        expect((await store.officeHolders({ title: 'Ủy viên', organization: 'no such body' })).totalCount).toBe(0);
      }, timeout);

      it('pages an office\'s holders exactly where first-seen dates tie across a page\'s edge, undated last, as of a date too', async () => {
        const office = position('Phó Chánh Văn phòng', 'Huyện ủy Thanh Trì');
        const named = (names: string[]) => names.map((name) => person(name, [office]));
        await write([
          article('h1', '2023-01-01', named(['Đỗ Văn Cường', 'Lê Thị Hoa'])),
          article('h2', '2023-02-01', named(['Vũ Minh Khoa', 'Bùi Thị Lan', 'Hồ Văn Nam'])),
          article('h3', '2023-02-01', named(['Đinh Quang Huy'])),
          article('h4', null, named(['Ngô Thị Yến', 'Mai Văn Toàn'])),
        ]);
        const key = (c: { edges: { node: { person: { id: string } } }[] }) => c.edges.map((e) => e.node.person.id);
        for (const asOf of [null, '2023-03-01', '2023-01-15']) {
          const args = { title: 'Phó Chánh Văn phòng', organization: 'Huyện ủy Thanh Trì', asOf };
          const whole = await store.officeHolders({ ...args, first: 100 });
          expect(whole.totalCount).toBe(asOf === null ? 8 : asOf === '2023-03-01' ? 6 : 2);
          const seen = whole.edges.map((e) => e.node.firstSeen);
          // Earliest first, undated last.
          expect(seen).toEqual([...seen].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1)));
          for (let first = 1; first <= whole.totalCount + 1; first++) {
            let after: string | null = null;
            const paged: string[] = [];
            for (;;) {
              const page = await store.officeHolders({ ...args, first, after });
              expect(page.totalCount).toBe(whole.totalCount);
              paged.push(...key(page));
              if (!page.pageInfo.hasNextPage) break;
              after = page.pageInfo.endCursor;
            }
            expect(paged, `pages of ${first}, asOf ${asOf}`).toEqual(key(whole));
          }
        }
      }, timeout);

      it('follows a holding over time: first and last seen, later article sets the status', async () => {
        await write([
          article('t1', '2019-05-01', [person('Hoàng Minh Tâm', [position('Bí thư', 'Huyện ủy Thanh Trì')])]),
          article('t2', '2020-05-01', [person('Hoàng Minh Tâm', [position('Bí thư', 'Huyện ủy Thanh Trì')])]),
          article('t3', '2021-06-01', [person('Hoàng Minh Tâm', [position('Bí thư', 'Huyện ủy Thanh Trì', true)])]),
        ]);
        const [h] = await store.positionsOf(await idOf('Hoàng Minh Tâm'));
        expect([h?.former, h?.firstSeen, h?.lastSeen]).toEqual([true, '2019-05-01', '2021-06-01']);
        expect(h?.evidence.map((e) => e.article.id)).toEqual(['t3', 't2', 't1']);
        const holders = (asOf: string) => store.officeHolders({ title: 'Bí thư', organization: 'Huyện ủy Thanh Trì', asOf });
        expect((await holders('2020-01-01')).edges.map((e) => e.node.person.name)).toEqual(['Hoàng Minh Tâm']);
        expect((await holders('2021-04-02')).edges.map((e) => e.node.person.name)).toEqual(['Hoàng Minh Tâm', 'Lê Tiến Nhật']);
        expect((await holders('2022-01-01')).edges.map((e) => e.node.person.name)).toEqual(['Lê Tiến Nhật']);
        expect((await holders('2018-01-01')).totalCount).toBe(0);
      }, timeout);
    });

    describe('events', () => {
      it('lists events most recent first, filtered by kind, dates and organizer', async () => {
        const all = await store.events({});
        expect(all.edges.map((e) => e.node.date)).toEqual(['2024-04-04', '2022-06-23', '2022-06-21', '2021-04-02', '2020-07-31']);
        expect((await store.events({ kind: 'congress' })).edges.map((e) => e.node.organizer?.name)).toEqual(['Đảng bộ quận Thanh Xuân']);
        expect((await store.events({ from: '2022-01-01', to: '2022-06-21' })).edges.map((e) => e.node.date)).toEqual(['2022-06-21']);
        expect((await store.events({ organizer: 'huyen uy my duc' })).totalCount).toBe(1);
        await expect(store.events({ from: '21/06/2022' })).rejects.toBeInstanceOf(StoreInputError);
      }, timeout);

      it('gives an event with its participants by role and its articles', async () => {
        const ev = (await store.events({ organizer: 'Huyện ủy Thạch Thất' })).edges[0]?.node;
        expect(ev).toMatchObject({ kind: 'conference', ordinal: 10, term: 'XXIV', termYears: '2020-2025', date: '2022-06-21' });
        expect((await store.event(ev?.id ?? ''))?.name).toBe(ev?.name);
        const participants = await store.participantsOf(ev?.id ?? '');
        expect(participants.map((p) => [p.role, p.person.name])).toEqual([
          ['attended', 'Nguyễn Mạnh Hồng'],
          ['attended', 'Nguyễn Minh Hồng'],
          ['attended', 'Trần Đình Cảnh'],
          ['concluded', 'Trần Đình Cảnh'],
        ]);
        expect((await store.articlesReporting(ev?.id ?? '')).edges.map((e) => e.node.id)).toEqual(['002_3db5d4a4d134179d']);
        expect(await store.event('no such event')).toBeNull();
      }, timeout);

      it('merges one meeting reported by two articles', async () => {
        const e = conference('Huyện ủy Thanh Trì', 5, '2021-04-02', 'XXIV');
        await write([article('again', '2021-04-03', [person('Lê Tiến Nhật', [position('Bí thư', 'Huyện ủy Thanh Trì')], [['e1', 'chaired']])], [e])]);
        expect((await store.counts()).nodes.Event).toBe(5);
        const ev = (await store.events({ organizer: 'Huyện ủy Thanh Trì' })).edges[0]?.node.id ?? '';
        expect((await store.articlesReporting(ev)).edges.map((a) => a.node.id)).toEqual(['again', '000_db5d0afe82f26a39']);
      }, timeout);

      it('tells who chaired the meetings of a body', async () => {
        const chaired = await store.whoChaired({ organization: 'Huyện ủy Mỹ Đức' });
        expect(chaired.totalCount).toBe(1);
        expect(chaired.edges[0]?.node.chairs.map((c) => c.person.name)).toEqual(['Đặng Văn Triều', 'Đỗ Trung Hai', 'Nguyễn Anh Dũng']);
        expect((await store.whoChaired({ organization: 'Huyện ủy Mỹ Đức', to: '2023-12-31' })).totalCount).toBe(0);
      }, timeout);
    });

    describe('connection', () => {
      it('finds a shortest path through a shared office', async () => {
        const from = await idOf('Lê Tiến Nhật');
        const to = await idOf('Trần Đức Hoạt');
        const path = await store.connection({ from, to, maxHops: 4 });
        expect(path?.length).toBe(2);
        if (path) expectWellFormed(path, from, to);
        expect(path?.nodes[1]).toMatchObject({ __typename: 'Office', name: 'Ủy viên, Thành ủy Hà Nội' });
        expect(path?.edges.map((e) => e.type)).toEqual(['HOLDS', 'HOLDS']);
        expect(path?.edges[0]?.evidence.map((e) => e.article.id)).toEqual(['000_db5d0afe82f26a39']);
      }, timeout);

      it('respects maxHops and finds longer paths through bodies', async () => {
        const from = await idOf('Đặng Văn Cảnh');
        const to = await idOf('Nguyễn Xuân Lưu');
        expect(await store.connection({ from, to, maxHops: 6 })).toBeNull();
        const path = await store.connection({ from, to, maxHops: 10 });
        expect(path?.length).toBe(7);
        if (path) expectWellFormed(path, from, to);
      }, timeout);

      it('answers a trivial path to oneself and null for unknown people', async () => {
        const id = await idOf('Vũ Anh Tú');
        expect((await store.connection({ from: id, to: id }))?.length).toBe(0);
        expect(await store.connection({ from: id, to: 'nobody|000' })).toBeNull();
        await expect(store.connection({ from: id, to: id, maxHops: 99 })).rejects.toBeInstanceOf(StoreInputError);
      }, timeout);
    });

    describe('articles and evidence', () => {
      it('gives an article with its events and people', async () => {
        const a = await store.article('004_df67e29cad219ad4');
        expect(a).toEqual({
          id: '004_df67e29cad219ad4',
          title: 'Huyện ủy Mỹ Đức: Họp ban chấp hành đảng bộ huyện lần thứ 19',
          published: '2024-04-04',
          author: 'Nguyễn Hương',
          paths: [],
        });
        expect((await store.eventsOf('004_df67e29cad219ad4')).totalCount).toBe(1);
        expect((await store.peopleIn('004_df67e29cad219ad4')).totalCount).toBe(5);
        expect(await store.article('nope')).toBeNull();
      }, timeout);

      it('quotes the sentences a fact comes from', async () => {
        const quote = 'Đồng chí Trịnh Thu Hà, Chủ tịch UBND huyện Thanh Trì, chủ trì hội nghị.';
        const e = conference('UBND huyện Thanh Trì', 3, '2023-05-05');
        await write([article('q1', '2023-05-06', [person('Trịnh Thu Hà', [position('Chủ tịch', 'UBND huyện Thanh Trì')], [['e1', 'chaired']], [quote])], [e])]);
        const id = await idOf('Trịnh Thu Hà');
        const [holding] = await store.positionsOf(id);
        expect(holding?.evidence).toEqual([{ article: { id: 'q1', title: 'Bài q1', published: '2023-05-06', author: null, paths: [] }, quote }]);
        const [role] = (await store.rolesOf(id)).edges.map((e) => e.node);
        expect(role?.evidence.map((x) => x.quote)).toEqual([quote]);
      }, timeout);

      it('cuts evidence to the first N in evidence order when told the caller reads no more', async () => {
        const said = (n: number) => `Đồng chí Trịnh Thu Hà, Chủ tịch UBND huyện Thanh Trì, phát biểu lần ${n}.`;
        const e = conference('UBND huyện Thanh Trì', 3, '2023-05-05');
        const told = (id: string, published: string | null, quotes: string[]) =>
          article(id, published, [person('Trịnh Thu Hà', [position('Chủ tịch', 'UBND huyện Thanh Trì')], [['e1', 'attended']], quotes)], [e]);
        await write([
          told('c1', '2023-01-10', [said(1)]),
          told('c2', null, [said(2)]),
          told('c3', '2023-03-10', [said(4), said(3)]),
          told('c4', '2023-02-10', []),
          told('c0', null, [said(5)]),
        ]);
        const id = await idOf('Trịnh Thu Hà');
        const items = (list: { evidence: { article: { id: string }; quote: string | null }[] }[]) =>
          list.map((f) => f.evidence.map((x) => [x.article.id, x.quote]));
        const whole = await store.positionsOf(id);
        // Most recent article first, undated last, then article id, then quote.
        expect(items(whole)).toEqual([
          [['c3', said(3)], ['c3', said(4)], ['c4', null], ['c1', said(1)], ['c0', said(5)], ['c2', said(2)]],
        ]);
        expect(await store.positionsOf(id, { evidenceFirst: null })).toEqual(whole);
        expect(await store.positionsOf(id, { evidenceFirst: 99 })).toEqual(whole);
        for (const n of [0, 1, 2, 3, 5]) {
          const cut = await store.positionsOf(id, { evidence: true, evidenceFirst: n });
          expect(cut).toEqual(whole.map((h) => ({ ...h, evidence: h.evidence.slice(0, n) })));
        }
        const roles = await store.rolesOf(id);
        const rolesCut = await store.rolesOf(id, { evidenceFirst: 2 });
        expect(rolesCut.totalCount).toBe(roles.totalCount);
        expect(items(rolesCut.edges.map((x) => x.node))).toEqual(items(roles.edges.map((x) => x.node)).map((list) => list.slice(0, 2)));
        const holders = await store.officeHolders({ title: 'Chủ tịch', organization: 'UBND huyện Thanh Trì' });
        const holdersCut = await store.officeHolders({ title: 'Chủ tịch', organization: 'UBND huyện Thanh Trì', evidenceFirst: 4 });
        expect(holdersCut.totalCount).toBe(holders.totalCount);
        expect(items(holdersCut.edges.map((x) => x.node))).toEqual(items(holders.edges.map((x) => x.node)).map((list) => list.slice(0, 4)));
      }, timeout);

      it('cuts each of a person\'s holdings to its own first N where the holdings cite some of the same articles', async () => {
        const said = (n: number) => `Đồng chí Lê Minh Châu, Bí thư Huyện ủy Gia Lâm, phát biểu lần ${n}.`;
        const e = conference('Huyện ủy Gia Lâm', 4, '2023-06-06');
        const secretary = position('Bí thư', 'Huyện ủy Gia Lâm');
        const chair = position('Chủ tịch', 'HĐND huyện Gia Lâm');
        const told = (id: string, published: string | null, posts: ReturnType<typeof position>[], quotes: string[]) =>
          article(id, published, [person('Lê Minh Châu', posts, [['e1', 'attended']], quotes)], [e]);
        // The newest article and an undated one name one office only: the other's first items must skip them.
        await write([
          told('g1', '2023-04-01', [secretary], [said(1)]),
          told('g2', '2023-02-01', [secretary, chair], [said(2)]),
          told('g3', null, [secretary], [said(3)]),
          told('g4', '2023-03-01', [secretary, chair], []),
          told('g5', null, [secretary, chair], [said(5)]),
        ]);
        const id = await idOf('Lê Minh Châu');
        const whole = await store.positionsOf(id);
        const cited = whole.map((h) => h.evidence.map((x) => x.article.id));
        expect(cited).toContainEqual(['g1', 'g4', 'g2', 'g3', 'g5']);
        expect(cited).toContainEqual(['g4', 'g2', 'g5']);
        for (const n of [0, 1, 2, 3, 4]) {
          const sliced = whole.map((h) => ({ ...h, evidence: h.evidence.slice(0, n) }));
          expect(await store.positionsOf(id, { evidence: true, evidenceFirst: n })).toEqual(sliced);
          expect((await store.personWithPositions(id, { evidence: true, evidenceFirst: n }))?.positions).toEqual(sliced);
        }
      }, timeout);
    });
  });
}
