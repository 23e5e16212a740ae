// Person fields: the lists about one person, each paged (the career is short by nature).
import type { GraphQLResolveInfo } from 'graphql';
import { connectionFromArray, type GraphStore, type HoldingDTO, type IdentityDTO, type PageArgs, type PersonDTO } from '../../store/store.js';
import type { ApiContext } from './context.js';
import { childFactReads, factReads } from './selection.js';

type Reads = ReturnType<typeof factReads>;
/** Positions read with the person they belong to (personOf), for Person.positions to take when it reads the same. */
const readWithPerson = new WeakMap<PersonDTO, { reads: Reads; positions: HoldingDTO[] }>();
const sameReads = (a: Reads, b: Reads) => a.evidence === b.evidence && a.evidenceFirst === b.evidenceFirst;

/** Query.person: with the person's positions in the same read when the query selects them right below (one round trip). */
export async function personOf(id: string, store: GraphStore, info: GraphQLResolveInfo): Promise<PersonDTO | null> {
  const reads = childFactReads(info, 'positions');
  if (reads === undefined) return store.person(id);
  const found = await store.personWithPositions(id, reads);
  if (found === null) return null;
  // A copy of its own: a store may hand out the same object to other requests, which must not find these positions.
  const person = { ...found.person };
  readWithPerson.set(person, { reads, positions: found.positions });
  return person;
}

export const personResolvers = {
  Person: {
    positions: async (person: PersonDTO, args: PageArgs, { store }: ApiContext, info: GraphQLResolveInfo) => {
      const reads = factReads(info);
      const read = readWithPerson.get(person);
      return connectionFromArray(read && sameReads(read.reads, reads) ? read.positions : await store.positionsOf(person.id, reads), args);
    },
    roles: (person: PersonDTO, args: PageArgs, { store }: ApiContext, info: GraphQLResolveInfo) =>
      store.rolesOf(person.id, { ...args, ...factReads(info) }),
    coParticipants: (person: PersonDTO, args: PageArgs, { store }: ApiContext) =>
      store.coParticipants(person.id, args),
    articles: (person: PersonDTO, args: PageArgs, { store }: ApiContext) => store.articlesOf(person.id, args),
    // positionsOf is already in time order (firstSeen, undated last): the career.
    career: (person: PersonDTO, _args: unknown, { store }: ApiContext, info: GraphQLResolveInfo) => store.positionsOf(person.id, factReads(info)),
    identity: async (person: PersonDTO, _args: unknown, { store }: ApiContext) => (await store.identityOf(person.id)) ?? { mentions: [], links: [] },
  },
  PersonIdentity: {
    mentions: (identity: IdentityDTO, args: PageArgs) => connectionFromArray(identity.mentions, args),
    links: (identity: IdentityDTO, args: PageArgs) => connectionFromArray(identity.links, args),
  },
};
