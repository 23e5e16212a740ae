// The facts and their evidence: a position held, a role at an event, a step
// of a path. Evidence lists come whole from the store; `first` trims them.
import type {
  EvidenceDTO,
  HoldingDTO,
  NodeDTO,
  OfficeDTO,
  PathEdgeDTO,
  ParticipationDTO,
} from '../../store/store.js';
import type { ApiContext } from './context.js';

interface FirstArgs {
  first: number;
}

function firstOf(evidence: readonly EvidenceDTO[], { first }: FirstArgs): EvidenceDTO[] {
  return evidence.slice(0, first);
}

export const factResolvers = {
  Position: {
    office: async (holding: HoldingDTO, _: unknown, { store }: ApiContext): Promise<OfficeDTO> => {
      const office = await store.office(holding.positionId);
      // A holding always points at its office; a store that says otherwise is broken (masked).
      if (!office) throw new Error(`Position.office: no office ${holding.positionId} for a holding of ${holding.person.id}`);
      return office;
    },
    evidence: (holding: HoldingDTO, args: FirstArgs) => firstOf(holding.evidence, args),
  },
  Role: {
    evidence: (participation: ParticipationDTO, args: FirstArgs) => firstOf(participation.evidence, args),
  },
  PathEdge: {
    evidence: (edge: PathEdgeDTO, args: FirstArgs) => firstOf(edge.evidence, args),
  },
  Node: {
    __resolveType: (node: NodeDTO) => node.__typename,
  },
};

