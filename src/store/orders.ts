// The list orders the store interface fixes (store.ts), shared by both stores so
// that the embedded graph and Neo4j give the same answers in the same order.
import { ROLES, type Role } from '../extract/contract.js';
import { searchKey } from '../vietnam/text.js';
import { compareText, type HoldingDTO, type IdentityDTO, type MentionDTO, type ParticipationDTO, type PersonDTO } from './store.js';

/** Most recent first, undated last, then id. */
export function compareEvents(a: { id: string; date: string | null }, b: { id: string; date: string | null }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareText(a.id, b.id);
}

const ROLE_ORDER = new Map<Role, number>(ROLES.map((r, i) => [r, i]));

export function compareRoles(a: Role, b: Role): number {
  return (ROLE_ORDER.get(a) ?? 0) - (ROLE_ORDER.get(b) ?? 0);
}

function comparePeople(a: PersonDTO, b: PersonDTO): number {
  return compareText(searchKey(a.name), searchKey(b.name)) || compareText(a.id, b.id);
}

/** firstSeen ascending with undated last, then title, organization id, person. */
export function compareHoldings(a: HoldingDTO, b: HoldingDTO): number {
  if (a.firstSeen !== b.firstSeen) {
    if (a.firstSeen === null) return 1;
    if (b.firstSeen === null) return -1;
    return a.firstSeen < b.firstSeen ? -1 : 1;
  }
  return compareText(a.title, b.title) || compareText(a.organization.id, b.organization.id) || comparePeople(a.person, b.person);
}

/** A person's roles: like their events, then role order. */
export function compareRolesOfPerson(a: ParticipationDTO, b: ParticipationDTO): number {
  return compareEvents(a.event, b.event) || compareRoles(a.role, b.role);
}

/** An event's participants: role order, then person. */
export function compareParticipants(a: ParticipationDTO, b: ParticipationDTO): number {
  return compareRoles(a.role, b.role) || comparePeople(a.person, b.person);
}

/** Earliest first, undated last, then id: the order of a person's mentions. */
export function compareMentionDTOs(a: MentionDTO, b: MentionDTO): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return compareText(a.id, b.id);
}

/** A person's identity in list order: mentions as compareMentionDTOs, links by their mentions' ids. */
export function orderIdentity(identity: IdentityDTO): IdentityDTO {
  return {
    mentions: [...identity.mentions].sort(compareMentionDTOs),
    links: [...identity.links].sort((a, b) => compareText(a.from.id, b.from.id) || compareText(a.to.id, b.to.id)),
  };
}
