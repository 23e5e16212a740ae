// Person fields: the lists about one person, each paged (the career is short by nature).
import type { GraphQLResolveInfo } from 'graphql';
import { connectionFromArray, type IdentityDTO, type PageArgs, type PersonDTO } from '../../store/store.js';
import type { ApiContext } from './context.js';
import { factReads } from './selection.js';

export const personResolvers = {
  Person: {
    positions: async (person: PersonDTO, args: PageArgs, { store }: ApiContext, info: GraphQLResolveInfo) =>
      connectionFromArray(await store.positionsOf(person.id, factReads(info)), args),
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
