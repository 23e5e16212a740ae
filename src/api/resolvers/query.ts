// Query root fields: arguments passed to the store, plus the checks on
// arguments whose vocabulary the schema leaves as String.
import type { GraphQLResolveInfo } from 'graphql';
import { LEVELS, ORG_KINDS, type Level, type OrgKind } from '../../graph/model.js';
import {
  MAX_HOPS,
  type ConnectionArgs,
  type EventsArgs,
  type OfficeHoldersArgs,
  type PeopleArgs,
  type WhoChairedArgs,
} from '../../store/store.js';
import { apiError } from '../errors.js';
import type { ApiContext } from './context.js';
import { personOf } from './person.js';
import { factReads } from './selection.js';

interface IdArgs {
  id: string;
}

interface OrganizationsQueryArgs {
  search?: string | null;
  kind?: string | null;
  level?: string | null;
  first?: number | null;
  after?: string | null;
}

function oneOf<T extends string>(field: string, allowed: readonly T[], value: string | null | undefined): T | null {
  if (value === null || value === undefined) return null;
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw apiError('BAD_USER_INPUT', `${field}: expected one of ${allowed.join(', ')}, got "${value}"`);
  }
  return found;
}

export const queryResolvers = {
  Query: {
    people: (_: unknown, args: PeopleArgs, { store }: ApiContext) => store.people(args),
    person: (_: unknown, { id }: IdArgs, { store }: ApiContext, info: GraphQLResolveInfo) => personOf(id, store, info),
    organizations: (_: unknown, args: OrganizationsQueryArgs, { store }: ApiContext) => {
      const kind: OrgKind | null = oneOf('organizations(kind)', ORG_KINDS, args.kind);
      const level: Level | null = oneOf('organizations(level)', LEVELS, args.level);
      return store.organizations({ ...args, kind, level });
    },
    organization: (_: unknown, { id }: IdArgs, { store }: ApiContext) => store.organization(id),
    events: (_: unknown, args: EventsArgs, { store }: ApiContext) => store.events(args),
    event: (_: unknown, { id }: IdArgs, { store }: ApiContext) => store.event(id),
    whoChaired: (_: unknown, args: WhoChairedArgs, { store }: ApiContext, info: GraphQLResolveInfo) =>
      store.whoChaired({ ...args, ...factReads(info) }),
    officeHolders: (_: unknown, args: OfficeHoldersArgs, { store }: ApiContext, info: GraphQLResolveInfo) =>
      store.officeHolders({ ...args, ...factReads(info) }),
    connection: (_: unknown, args: ConnectionArgs, { store }: ApiContext) => {
      const hops = args.maxHops;
      if (hops !== null && hops !== undefined && (hops < 1 || hops > MAX_HOPS)) {
        throw apiError('BAD_USER_INPUT', `connection(maxHops): expected 1 to ${MAX_HOPS}, got ${hops}`);
      }
      return store.connection(args);
    },
    article: (_: unknown, { id }: IdArgs, { store }: ApiContext) => store.article(id),
  },
};
