// Organization and Office fields: a body's hierarchy, office holders and
// events, and the holders of one office.
import type { GraphQLResolveInfo } from 'graphql';
import {
  connectionFromArray,
  type OfficeDTO,
  type OrganizationDTO,
  type PageArgs,
} from '../../store/store.js';
import type { ApiContext } from './context.js';
import { factReads } from './selection.js';

interface HoldersArgs extends PageArgs {
  title?: string | null;
  asOf?: string | null;
}

interface OrganizationEventsArgs extends PageArgs {
  kind?: 'conference' | 'congress' | 'session' | 'meeting' | null;
  from?: string | null;
  to?: string | null;
}

export const organizationResolvers = {
  Organization: {
    parent: (organization: OrganizationDTO, _: unknown, { store }: ApiContext) => store.parentOf(organization.id),
    subBodies: async (organization: OrganizationDTO, args: PageArgs, { store }: ApiContext) =>
      connectionFromArray(await store.subBodiesOf(organization.id), args),
    officeHolders: (organization: OrganizationDTO, args: HoldersArgs, { store }: ApiContext, info: GraphQLResolveInfo) =>
      store.officeHolders({ ...args, ...factReads(info), organization: organization.id }),
    events: (organization: OrganizationDTO, args: OrganizationEventsArgs, { store }: ApiContext) =>
      store.events({ ...args, organizer: organization.id }),
    successors: (organization: OrganizationDTO, _: unknown, { store }: ApiContext) => store.successorsOf(organization.id),
    predecessors: (organization: OrganizationDTO, _: unknown, { store }: ApiContext) => store.predecessorsOf(organization.id),
  },
  Office: {
    holders: (office: OfficeDTO, args: Omit<HoldersArgs, 'title'>, { store }: ApiContext, info: GraphQLResolveInfo) =>
      store.officeHolders({ ...args, ...factReads(info), title: office.title, organization: office.organization.id }),
  },
};
