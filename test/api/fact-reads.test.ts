// The API tells the store whether a query reads the facts' evidence, and how many
// items of each list it shows (store.ts FactReads), for every field whose answer holds
// facts: the store then may leave the rest out. A query that selects evidence gets
// it, whatever the store would otherwise do.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactReads, GraphStore } from '../../src/store/store.js';
import { goldStore, query, serverOn } from './helpers.js';

/** The gold store, recording the FactReads each fact-reading call receives. */
type Read = { call: string } & FactReads;
function recording(store: GraphStore): { store: GraphStore; reads: Read[] } {
  const reads: Read[] = [];
  const readsOf: Partial<Record<keyof GraphStore, (args: unknown[]) => FactReads | undefined>> = {
    positionsOf: (args) => args[1] as FactReads | undefined,
    personWithPositions: (args) => args[1] as FactReads | undefined,
    rolesOf: (args) => args[1] as FactReads | undefined,
    officeHolders: (args) => args[0] as FactReads,
    whoChaired: (args) => args[0] as FactReads,
  };
  const proxy = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      const of = readsOf[name as keyof GraphStore];
      if (typeof value !== 'function' || of === undefined) return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        const { evidence, evidenceFirst } = of(args) ?? {};
        reads.push({ call: String(name), evidence, ...(evidenceFirst === undefined ? {} : { evidenceFirst }) });
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, reads };
}

describe('what the API tells the store it reads of facts', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await goldStore();
  });

  const ask = async (source: string) => {
    const rec = recording(store);
    const response = await query(serverOn(rec.store), source);
    expect(response.errors).toBeUndefined();
    return { data: response.data as unknown, reads: rec.reads };
  };

  it('says no evidence for holders, chairs, roles and positions when none is selected', async () => {
    const { reads } = await ask(`{
      officeHolders(title: "Bí thư", organization: "Huyện ủy Thanh Trì") { totalCount edges { node { person { name } firstSeen } } }
      whoChaired(organization: "Huyện ủy Thanh Trì") { edges { node { chairs { person { name } } } } }
      people(search: "le tien nhat") { edges { node { positions { edges { node { title } } } roles { edges { node { role } } } career { title } } } }
    }`);
    expect(reads.map((r) => r.call).sort()).toEqual(['officeHolders', 'positionsOf', 'positionsOf', 'rolesOf', 'whoChaired']);
    expect(reads.every((r) => r.evidence === false && r.evidenceFirst === undefined)).toBe(true);
  });

  it('asks for evidence when the query selects it, and the answer carries it', async () => {
    const { data, reads } = await ask(`{
      people(search: "le tien nhat") { edges { node { positions { edges { node { title evidence { quote article { id } } } } } } } }
    }`);
    expect(reads).toEqual([{ call: 'positionsOf', evidence: true, evidenceFirst: 10 }]);
    const people = (data as { people: { edges: { node: { positions: { edges: { node: { evidence: { quote: string | null }[] } }[] } } }[] } }).people;
    const quotes = people.edges.flatMap((p) => p.node.positions.edges.flatMap((e) => e.node.evidence.map((x) => x.quote)));
    expect(quotes).toContain('Đồng chí Lê Tiến Nhật, Thành ủy viên, Bí thư Huyện ủy chủ trì hội nghị.');
  });

  it('reads a person with the positions selected right below in one call, the same answer as apart', async () => {
    const id = (await store.people({ search: 'le tien nhat' })).edges[0]?.node.id ?? '';
    const fields = 'name positions { totalCount edges { node { title firstSeen evidence(first: 3) { quote article { id } } } } }';
    const together = await ask(`{ person(id: "${id}") { ${fields} } }`);
    expect(together.reads).toEqual([{ call: 'personWithPositions', evidence: true, evidenceFirst: 3 }]);
    const apart = await ask(`{ person(id: "${id}") { ...F } } fragment F on Person { ${fields} }`);
    expect(apart.reads).toEqual([{ call: 'positionsOf', evidence: true, evidenceFirst: 3 }]);
    expect(together.data).toEqual(apart.data);
    const person = (together.data as { person: { positions: { totalCount: number } } }).person;
    expect(person.positions.totalCount).toBeGreaterThan(0);
    const unknown = await ask('{ person(id: "no such person") { positions { totalCount } } }');
    expect(unknown.data).toEqual({ person: null });
  });

  it('asks for evidence for an office\'s holders selected through a fragment', async () => {
    const { reads } = await ask(`{
      officeHolders(title: "Bí thư", organization: "Huyện ủy Thanh Trì") { edges { node { ...Sourced } } }
    }
    fragment Sourced on Position { evidence(first: 1) { quote } }`);
    expect(reads).toEqual([{ call: 'officeHolders', evidence: true, evidenceFirst: 1 }]);
  });

  it('tells the largest evidence(first:) below the field, variables resolved', async () => {
    const rec = recording(store);
    const source = `query($n: Int!) { people(search: "le tien nhat") { edges { node {
      positions { edges { node { a: evidence(first: 2) { quote } b: evidence(first: $n) { quote } } } }
      roles { edges { node { ... on Role { evidence(first: 0) { quote } } } } }
    } } } }`;
    const response = await query(serverOn(rec.store), source, { n: 3 });
    expect(response.errors).toBeUndefined();
    expect(rec.reads).toEqual([
      { call: 'positionsOf', evidence: true, evidenceFirst: 3 },
      { call: 'rolesOf', evidence: true, evidenceFirst: 0 },
    ]);
  });

  it('shows the same evidence as a store that ignores evidenceFirst', async () => {
    const source = `{ people(search: "le tien nhat") { edges { node { positions { edges { node { evidence(first: 1) { quote article { id } } } } } } } } }`;
    const ignoring = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (name !== 'positionsOf' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
        return (id: string, reads?: FactReads) => value.call(target, id, { ...reads, evidenceFirst: null });
      },
    });
    const cut = await query(serverOn(store), source);
    const whole = await query(serverOn(ignoring), source);
    expect(cut.errors).toBeUndefined();
    expect(cut.data).toEqual(whole.data);
  });
});
