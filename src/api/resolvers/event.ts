// Event fields: participants grouped by role (in the order of ROLES, the
// store's order) and the articles that report the event.
import { ROLES, type Role } from '../../extract/contract.js';
import {
  connectionFromArray,
  type EventDTO,
  type PageArgs,
  type ParticipationDTO,
} from '../../store/store.js';
import type { ApiContext } from './context.js';

interface RoleGroup {
  role: Role;
  members: ParticipationDTO[];
}

export const eventResolvers = {
  Event: {
    participants: async (event: EventDTO, args: { role?: Role | null }, { store }: ApiContext) => {
      const participations = await store.participantsOf(event.id);
      const roles = args.role ? [args.role] : ROLES;
      return roles
        .map((role): RoleGroup => ({ role, members: participations.filter((p) => p.role === role) }))
        .filter((group) => group.members.length > 0);
    },
    articles: (event: EventDTO, args: PageArgs, { store }: ApiContext) => store.articlesReporting(event.id, args),
  },
  RoleGroup: {
    participants: (group: RoleGroup, args: PageArgs) => connectionFromArray(group.members, args),
  },
};
