// Person fields: the lists about one person, each paged.
import { connectionFromArray, type PageArgs, type PersonDTO } from '../../store/store.js';
import type { ApiContext } from './context.js';

export const personResolvers = {
  Person: {
    positions: async (person: PersonDTO, args: PageArgs, { store }: ApiContext) =>
      connectionFromArray(await store.positionsOf(person.id), args),
    roles: async (person: PersonDTO, args: PageArgs, { store }: ApiContext) =>
      connectionFromArray(await store.rolesOf(person.id), args),
    coParticipants: (person: PersonDTO, args: PageArgs, { store }: ApiContext) =>
      store.coParticipants(person.id, args),
    articles: (person: PersonDTO, args: PageArgs, { store }: ApiContext) => store.articlesOf(person.id, args),
  },
};
