// Each kind of query, answered in process on the embedded store built from
// the gold records: what a user pasting the docs/api.md examples would see.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../src/api/server.js';
import { at, goldStore, names, query, serverOn, text } from './helpers.js';

let yoga: ApiServer;

beforeAll(async () => {
  yoga = serverOn(await goldStore());
});

async function personId(name: string): Promise<string> {
  const res = await query(yoga, 'query($q: String) { people(search: $q) { edges { node { id name } } } }', { q: name });
  return text(res.data, 'people.edges.0.node.id');
}

describe('people', () => {
  it.each(['le tien nhat', 'Lê Tiến Nhật', 'LE TIEN', 'tiến nhật'])('finds Lê Tiến Nhật by "%s"', async (search) => {
    const res = await query(yoga, 'query($s: String) { people(search: $s) { totalCount edges { node { name } } } }', {
      s: search,
    });
    expect(res.errors).toBeUndefined();
    expect(names(at(res.data, 'people'))).toEqual(['Lê Tiến Nhật']);
  });

  it('filters by title and organization (the same position)', async () => {
    const res = await query(
      yoga,
      `{ people(title: "Bí thư", organization: "Huyện ủy Mỹ Đức") { totalCount edges { node { name } } }
         all: people(title: "bi thu") { totalCount } }`,
    );
    expect(names(at(res.data, 'people'))).toEqual(['Nguyễn Anh Dũng']);
    // Lê Tiến Nhật, Trần Đức Hoạt, Trần Đình Cảnh, Phạm Quang Nghị, Nguyễn Xuân Lưu, Nguyễn Anh Dũng.
    expect(at(res.data, 'all.totalCount')).toBe(6);
  });

  it('gives a person with positions, first and last seen, roles and co-participants', async () => {
    const id = await personId('le tien nhat');
    const res = await query(
      yoga,
      `query($id: ID!) { person(id: $id) {
         name
         positions { totalCount edges { node { title organization { name } former firstSeen lastSeen office { name } } } }
         roles { edges { node { role event { name date } } } }
         coParticipants { edges { node { name } } }
       } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    const person = at(res.data, 'person');
    expect(at(person, 'name')).toBe('Lê Tiến Nhật');
    const positions = (at(person, 'positions.edges') as unknown[]).map((edge) => at(edge, 'node'));
    expect(positions).toContainEqual(
      expect.objectContaining({
        title: 'Bí thư',
        organization: { name: 'Huyện ủy Thanh Trì' },
        former: false,
        firstSeen: '2021-04-02',
        lastSeen: '2021-04-02',
      }),
    );
    expect(positions).toHaveLength(2);
    const roles = (at(person, 'roles.edges') as unknown[]).map((edge) => at(edge, 'node.role'));
    expect(roles.sort()).toEqual(['chaired', 'directed']);
    expect(names(at(person, 'coParticipants')).sort()).toEqual(['Nguyễn Tiến Cường', 'Nguyễn Việt Phương', 'Vũ Anh Tú']);
  });

  it('says former for a title marked nguyên', async () => {
    const id = await personId('Phạm Quang Nghị');
    const res = await query(yoga, 'query($id: ID!) { person(id: $id) { positions { edges { node { title former } } } } }', {
      id,
    });
    const formers = (at(res.data, 'person.positions.edges') as unknown[]).map((edge) => at(edge, 'node.former'));
    expect(formers).toEqual([true, true]);
  });
});

describe('evidence', () => {
  it('gives the article and the quoted sentence of a position and a role', async () => {
    const id = await personId('le tien nhat');
    const res = await query(
      yoga,
      `query($id: ID!) { person(id: $id) {
         positions(first: 1) { edges { node { evidence { article { id title published } quote } } } }
         roles(first: 1) { edges { node { evidence { article { id } quote } } } }
       } }`,
      { id },
    );
    const evidence = at(res.data, 'person.positions.edges.0.node.evidence.0');
    expect(evidence).toEqual({
      article: {
        id: '000_db5d0afe82f26a39',
        title: 'Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ huyện Thanh Trì khoá XXIV, nhiệm kỳ 2020- 2025.',
        published: '2021-04-02',
      },
      quote: 'Đồng chí Lê Tiến Nhật, Thành ủy viên, Bí thư Huyện ủy chủ trì hội nghị.',
    });
    expect(at(res.data, 'person.roles.edges.0.node.evidence.0.article.id')).toBe('000_db5d0afe82f26a39');
  });

  it('gives the article with a null quote when the source kept no sentence', async () => {
    const id = await personId('Trần Đức Hoạt');
    const res = await query(
      yoga,
      'query($id: ID!) { person(id: $id) { positions(first: 1) { edges { node { evidence { article { id } quote } } } } } }',
      { id },
    );
    expect(at(res.data, 'person.positions.edges.0.node.evidence')).toEqual([
      { article: { id: '001_51f19a44640f24e0' }, quote: null },
    ]);
  });
});

describe('organizations', () => {
  it('searches without accents and gives holders, parent, sub-bodies and events', async () => {
    const found = await query(yoga, '{ organizations(search: "huyen uy my duc") { edges { node { id name } } } }');
    expect(names(at(found.data, 'organizations'))).toContain('Huyện ủy Mỹ Đức');
    const id = text(
      (at(found.data, 'organizations.edges') as unknown[]).find((edge) => at(edge, 'node.name') === 'Huyện ủy Mỹ Đức'),
      'node.id',
    );
    const res = await query(
      yoga,
      `query($id: ID!) { organization(id: $id) {
         name kind level
         officeHolders(asOf: "2024-04-04") { edges { node { person { name } title } } }
         subBodies { edges { node { name parent { name } } } }
         events { totalCount edges { node { name date } } }
       } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    const org = at(res.data, 'organization');
    expect(at(org, 'kind')).toBe('party-committee');
    const holders = (at(org, 'officeHolders.edges') as unknown[]).map(
      (edge) => `${text(edge, 'node.title')}: ${text(edge, 'node.person.name')}`,
    );
    expect(holders.sort()).toEqual([
      'Bí thư: Nguyễn Anh Dũng',
      'Phó Bí thư Thường trực: Đỗ Trung Hai',
      'Phó Bí thư: Đặng Văn Triều',
    ]);
    expect(names(at(org, 'subBodies'))).toContain('Ban Thường vụ Huyện ủy Mỹ Đức');
    expect(at(org, 'subBodies.edges.0.node.parent.name')).toBe('Huyện ủy Mỹ Đức');
    expect(at(org, 'events.totalCount')).toBe(1);
  });
});

describe('events', () => {
  it('filters by organizer, kind and dates, most recent first', async () => {
    const res = await query(
      yoga,
      `{ all: events { totalCount edges { node { date } } }
         congress: events(kind: congress) { edges { node { name organizer { name } } } }
         in2022: events(from: "2022-01-01", to: "2022-12-31") { totalCount }
         thanhTri: events(organizer: "Huyện ủy Thanh Trì") { edges { node { ordinal term termYears } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const dates = (at(res.data, 'all.edges') as unknown[]).map((edge) => at(edge, 'node.date'));
    expect(dates).toEqual(['2024-04-04', '2022-06-23', '2022-06-21', '2021-04-02', '2020-07-31']);
    expect(at(res.data, 'congress.edges.0.node')).toEqual({
      name: 'Đại hội Đảng bộ quận Thanh Xuân lần thứ VI',
      organizer: { name: 'Đảng bộ quận Thanh Xuân' },
    });
    expect(at(res.data, 'in2022.totalCount')).toBe(2);
    expect(at(res.data, 'thanhTri.edges.0.node')).toEqual({ ordinal: 5, term: 'XXIV', termYears: '2020-2025' });
  });

  it('gives an event with its participants grouped by role', async () => {
    const list = await query(yoga, '{ events(organizer: "Huyện ủy Mỹ Đức") { edges { node { id } } } }');
    const id = text(list.data, 'events.edges.0.node.id');
    const res = await query(
      yoga,
      'query($id: ID!) { event(id: $id) { kind participants { role participants { edges { node { person { name } } } } } } }',
      { id },
    );
    const groups = (at(res.data, 'event.participants') as unknown[]).map((group) => [
      at(group, 'role'),
      (at(group, 'participants.edges') as unknown[]).map((edge) => text(edge, 'node.person.name')).sort(),
    ]);
    expect(groups).toEqual([
      ['chaired', ['Nguyễn Anh Dũng', 'Đặng Văn Triều', 'Đỗ Trung Hai']],
      ['attended', ['Lê Chí Hòa']],
      ['opened', ['Nguyễn Anh Dũng']],
      ['reported', ['Đặng Văn Cảnh', 'Đỗ Trung Hai']],
    ]);
  });
});

describe('whoChaired and officeHolders', () => {
  it('gives the events of a body and their chairs', async () => {
    const res = await query(
      yoga,
      `{ whoChaired(organization: "Huyện ủy Thanh Trì", from: "2021-01-01", to: "2021-12-31") {
           totalCount edges { node { event { name date } chairs { person { name } evidence { article { id } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(at(res.data, 'whoChaired.totalCount')).toBe(1);
    const chairs = (at(res.data, 'whoChaired.edges.0.node.chairs') as unknown[]).map((chair) => text(chair, 'person.name'));
    expect(chairs.sort()).toEqual(['Lê Tiến Nhật', 'Nguyễn Tiến Cường', 'Nguyễn Việt Phương']);
    expect(at(res.data, 'whoChaired.edges.0.node.chairs.0.evidence.0.article.id')).toBe('000_db5d0afe82f26a39');
  });

  it('gives who held an office at a date, leaving out those reported as former by then', async () => {
    const holders = async (asOf: string | null) => {
      const res = await query(
        yoga,
        `query($asOf: Date) { officeHolders(title: "Chủ tịch", organization: "UBND thành phố Hà Nội", asOf: $asOf) {
           edges { node { person { name } former } } } }`,
        { asOf },
      );
      expect(res.errors).toBeUndefined();
      return (at(res.data, 'officeHolders.edges') as unknown[]).map((edge) => text(edge, 'node.person.name'));
    };
    expect((await holders(null)).sort()).toEqual(['Nguyễn Thế Thảo', 'Nguyễn Đức Chung']);
    expect(await holders('2020-07-31')).toEqual(['Nguyễn Đức Chung']);
    expect(await holders('2019-01-01')).toEqual([]);
  });
});

describe('connection', () => {
  it('finds a shortest path between two people through a shared office', async () => {
    const from = await personId('Lê Tiến Nhật');
    const to = await personId('Trần Đức Hoạt');
    const res = await query(
      yoga,
      `query($from: ID!, $to: ID!) { connection(from: $from, to: $to) {
         length nodes { __typename id ... on Person { name } ... on Office { name } }
         edges { type from { id } to { id } evidence { article { id } } } } }`,
      { from, to },
    );
    expect(res.errors).toBeUndefined();
    const path = at(res.data, 'connection');
    expect(at(path, 'length')).toBe(2);
    expect(at(path, 'nodes.0.name')).toBe('Lê Tiến Nhật');
    expect(at(path, 'nodes.1.__typename')).toBe('Office');
    expect(at(path, 'nodes.2.name')).toBe('Trần Đức Hoạt');
    expect(at(path, 'edges.0.type')).toBe('HOLDS');
    expect(at(path, 'edges.1.evidence.0.article.id')).toBe('001_51f19a44640f24e0');
  });

  it('gives null when no path is short enough', async () => {
    const from = await personId('Lê Tiến Nhật');
    const to = await personId('Trần Đức Hoạt');
    const res = await query(yoga, 'query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 1) { length } }', {
      from,
      to,
    });
    expect(res.errors).toBeUndefined();
    expect(at(res.data, 'connection')).toBeNull();
  });
});

describe('article', () => {
  it('gives an article with the people and events it is the source of', async () => {
    const res = await query(
      yoga,
      `{ article(id: "001_51f19a44640f24e0") { id title published author
           people { edges { node { name } } } events { edges { node { kind ordinal } } } } }`,
    );
    expect(at(res.data, 'article')).toEqual({
      id: '001_51f19a44640f24e0',
      title: 'Hội nghị lần thứ 14 - Ban chấp hành Đảng bộ quận khóa III, nhiệm kỳ 2020 - 2025',
      published: '2022-06-23',
      author: 'Thanh Hải',
      people: { edges: [{ node: { name: 'Trần Đức Hoạt' } }] },
      events: { edges: [{ node: { kind: 'conference', ordinal: 14 } }] },
    });
  });
});

describe('unknown ids', () => {
  it('give null, not an error', async () => {
    const res = await query(
      yoga,
      `{ person(id: "nobody") { name } organization(id: "nothing") { name } event(id: "never") { name }
         article(id: "unwritten") { title } connection(from: "nobody", to: "noone") { length } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ person: null, organization: null, event: null, article: null, connection: null });
  });
});

describe('pagination', () => {
  it('walks every page with cursors and meets totalCount', async () => {
    const page = (after: string | null) =>
      query(yoga, 'query($after: String) { people(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }', {
        after,
      });
    const first = await page(null);
    const total = at(first.data, 'people.totalCount') as number;
    expect(total).toBe(21);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const res = await page(after);
      const connection = at(res.data, 'people');
      seen.push(...names(connection));
      if (!at(connection, 'pageInfo.hasNextPage')) break;
      after = text(connection, 'pageInfo.endCursor');
      expect(text(connection, 'edges.6.cursor')).toBe(after);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('refuses a cursor it did not make, with a clear message', async () => {
    const res = await query(yoga, '{ people(after: "not-a-cursor") { totalCount } }');
    expect(res.errors?.[0]?.message).toMatch(/cursor/);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('errors raised while executing', () => {
  // Operations run as compiled code (graphql-jit), whose errors carry no nodes;
  // the answer still says where in the query each error arose, as graphql-js does.
  it('keep the location and path of the field that raised them', async () => {
    const cases = [
      ['{ people(first: 1) { totalCount }\n  bad: people(after: "not-a-cursor") { totalCount } }', 'bad', 2, 3],
      ['{\n    organizations(kind: "no-such-kind") { totalCount } }', 'organizations', 2, 5],
    ] as const;
    for (const [source, field, line, column] of cases) {
      const res = await query(yoga, source);
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]).toMatchObject({ path: [field], locations: [{ line, column }], extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('keep the location of a later field, on a later line', async () => {
    const res = await query(yoga, '{\n  person(id: "x") { name }\n  connection(from: "a", to: "b", maxHops: 99) { length } }');
    expect(res.errors?.[0]).toMatchObject({ path: ['connection'], locations: [{ line: 3, column: 3 }] });
  });
});
