// Bodies of same-named units of different places, and of names that differ only by
// their tone marks, on any store: each is its own node, and an argument naming a body
// answers for that body alone (or says which bodies it could mean). Run on the
// embedded store (namesakes-memory.test.ts) and a real Neo4j (neo4j/namesakes.test.ts),
// on the corpus of test/support/namesakes.ts extracted as `cadregraph extract` would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/build.js';
import { StoreInputError, type GraphStore } from '../../src/store/store.js';
import { NAMESAKE_ARTICLES } from '../support/namesakes.js';

export const NAMESAKE_RECORDS = NAMESAKE_ARTICLES.map((a) => extractArticle(a.text, { id: a.id }));

export function describeNamesakes(name: string, makeStore: () => Promise<GraphStore>, timeout?: number): void {
  describe(`namesake bodies: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await makeStore();
      await store.clear();
      await store.write(buildGraph(NAMESAKE_RECORDS));
    }, timeout);
    afterAll(async () => {
      await store.clear();
      await store.close();
    }, timeout);

    const holders = async (organization: string, asOf?: string) =>
      (await store.officeHolders({ organization, ...(asOf ? { asOf } : {}), first: 50 })).edges.map((e) => `${e.node.title}: ${e.node.person.name}`).sort();
    const chaired = async (organization: string) =>
      (await store.whoChaired({ organization, first: 50 })).edges.map((e) => `${e.node.event.date} ${e.node.chairs.map((c) => c.person.name).join(', ')}`);
    const people = async (organization: string) => (await store.people({ organization, first: 50 })).edges.map((e) => e.node.name).sort();

    it('gives each body of a shared district name its own node, in its own province', async () => {
      const found = await store.organizations({ search: 'huyen uy chau thanh', first: 50 });
      expect(found.edges.map((e) => [e.node.id, e.node.place?.id])).toEqual([
        ['huyện ủy châu thành|2004:821', '2004:821'],
        ['huyện ủy châu thành|2004:831', '2004:831'],
        ['huyện ủy châu thành|2004:892', '2004:892'],
      ]);
      for (const [id, province] of [['hđnd huyện phú tân|2004:888', 'An Giang'], ['hđnd huyện phú tân|2004:972', 'Cà Mau']] as const) {
        expect((await holders(id)).length, `${id} of ${province}`).toBe(1);
      }
      // The two congresses "lần thứ XIII" of the two Châu Thành are two events, each with its own opener.
      const congresses = await store.events({ kind: 'congress', first: 50 });
      expect(congresses.edges.map((e) => e.node.organizer?.id).sort()).toEqual(['đảng bộ huyện châu thành|2004:821', 'đảng bộ huyện châu thành|2004:831']);
    }, timeout);

    it('answers for Huyện ủy Thanh Trì and for Huyện ủy Thạnh Trị each exactly', async () => {
      expect(await chaired('Huyện ủy Thanh Trì')).toEqual(['2025-05-19 Đỗ Minh Khôi', '2021-03-09 Đỗ Minh Khôi']);
      expect(await chaired('Huyện ủy Thạnh Trị')).toEqual(['2022-02-09 Lâm Văn Sang', '2021-04-14 Lâm Văn Sang']);
      expect(await holders('Huyện ủy Thanh Trì')).toEqual(['Bí thư: Đỗ Minh Khôi', 'Phó Bí thư: Nguyễn Quang Vinh']);
      expect(await holders('Huyện ủy Thạnh Trị')).toEqual(['Bí thư: Lâm Văn Sang', 'Phó Bí thư Thường trực: Trần Thị Kiều']);
      expect(await people('Huyện ủy Thanh Trì')).toEqual(['Nguyễn Quang Vinh', 'Đỗ Minh Khôi']);
      expect(await people('Huyện ủy Thạnh Trị')).toEqual(['Lâm Văn Sang', 'Trần Thị Kiều']);
      expect(await people('UBND huyện Tam Đường')).toEqual(['Hoàng Văn Chinh']);
      expect(await people('UBND huyện Tam Dương')).toEqual(['Nguyễn Văn Chính']);
      expect(await people('Huyện ủy Phù Ninh')).toEqual(['Trần Văn Lợi']);
      expect(await people('Huyện ủy Phú Ninh')).toEqual(['Nguyễn Thế Hải']);
    }, timeout);

    it('lists the bodies a shared name could mean instead of answering for all of them', async () => {
      const message = async (call: () => Promise<unknown>) => {
        const error = await call().then(() => null, (e: unknown) => e);
        expect(error).toBeInstanceOf(StoreInputError);
        return (error as Error).message;
      };
      const chauThanh = await message(() => store.whoChaired({ organization: 'Huyện ủy Châu Thành' }));
      expect(chauThanh).toMatch(/^whoChaired\(organization\): "Huyện ủy Châu Thành" names 3 bodies; give one of their ids:/);
      for (const province of ['tỉnh Bến Tre', 'tỉnh Tiền Giang', 'tỉnh An Giang']) expect(chauThanh).toContain(province);
      // Typed without accents, the name is read without them: both tone pairs.
      const plain = await message(() => store.officeHolders({ organization: 'huyen uy thanh tri' }));
      expect(plain).toContain('"huyện ủy thanh trì|2004:020" (huyện Thanh Trì, thành phố Hà Nội until 2025-07-01)');
      expect(plain).toContain('"huyện ủy thạnh trị|2004:949" (huyện Thạnh Trị, tỉnh Sóc Trăng until 2025-07-01)');
      await message(() => store.people({ organization: 'huyen uy chau thanh' }));
      await message(() => store.events({ organizer: 'Đảng bộ huyện Châu Thành' }));
      // An id, or a name of one body, is always one body.
      expect(await holders('huyện ủy châu thành|2004:892')).toEqual(['Bí thư: Lê Thanh Bình']);
      expect(await holders('Huyện ủy Thành Trì')).toEqual([]);
    }, timeout);

    it('leaves a district body out of officeHolders(asOf:) after the 2025 reform', async () => {
      // Reported and never reported as ended: held as far as the articles say, until the body ended.
      expect(await holders('Huyện ủy Thanh Trì', '2025-06-30')).toEqual(['Bí thư: Đỗ Minh Khôi', 'Phó Bí thư: Nguyễn Quang Vinh']);
      expect(await holders('Huyện ủy Thanh Trì', '2025-07-01')).toEqual([]);
      expect(await holders('Huyện ủy Thanh Trì', '2026-01-01')).toEqual([]);
      const body = await store.organization('huyện ủy thanh trì|2004:020');
      expect([body?.validFrom, body?.validUntil]).toEqual([null, '2025-07-01']);
    }, timeout);

    it('follows a body across the reform: Tỉnh ủy Vĩnh Phúc → Tỉnh ủy Phú Thọ', async () => {
      const successors = await store.successorsOf('tỉnh ủy vĩnh phúc|2004:26');
      expect(successors.map((s) => [s.organization.id, s.organization.name, s.date, s.partly, s.organization.validFrom])).toEqual([
        ['tỉnh ủy phú thọ|2025:25', 'Tỉnh ủy Phú Thọ', '2025-07-01', false, '2025-07-01'],
      ]);
      expect(await holders('tỉnh ủy phú thọ|2025:25', '2026-02-01')).toEqual(['Bí thư: Đặng Xuân Phong']);
      expect((await store.predecessorsOf('tỉnh ủy phú thọ|2025:25')).map((s) => s.organization.name)).toEqual(['Tỉnh ủy Vĩnh Phúc']);
      // "Tỉnh ủy Phú Thọ" names the old body and the merged one: a date settles which.
      expect(await holders('Tỉnh ủy Phú Thọ', '2026-02-01')).toEqual(['Bí thư: Đặng Xuân Phong']);
    }, timeout);
  });
}
