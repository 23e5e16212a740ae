// Graph nodes and relationships of the embedded store → the store's DTOs, and the
// list orders store.ts fixes, so every answer is shaped and ordered like Neo4j's.

import type { Role } from '../../extract/contract.js';
import { ROLES } from '../../extract/contract.js';
import { nodeId, roleOfEdge, type GraphNode, type HoldsEdge } from '../../graph/model.js';
import { foldSearch } from '../../graph/text.js';
import {
  compareText,
  toEvidence,
  type ArticleDTO,
  type EventDTO,
  type EvidenceDTO,
  type HoldingDTO,
  type NodeDTO,
  type OfficeDTO,
  type OrganizationDTO,
  type ParticipationDTO,
  type PersonDTO,
  type PlaceDTO,
} from '../store.js';
import type { EdgeAttrs, MemoryGraph } from './graph.js';

export class Dto {
  constructor(private readonly g: MemoryGraph) {}

  person(id: string): PersonDTO {
    const n = this.g.attrs(id);
    if (n.label !== 'Person') throw new Error(`memory store: expected a Person at ${id}, got ${n.label}`);
    return { id: n.key, name: n.props.name, jurisdiction: n.props.jurisdiction };
  }

  place(id: string): PlaceDTO {
    const n = this.g.attrs(id);
    if (n.label !== 'Place') throw new Error(`memory store: expected a Place at ${id}, got ${n.label}`);
    return { id: n.key, name: n.props.name, level: n.props.level, type: n.props.type };
  }

  organization(id: string): OrganizationDTO {
    const n = this.g.attrs(id);
    if (n.label !== 'Organization') throw new Error(`memory store: expected an Organization at ${id}, got ${n.label}`);
    const placeId = this.g.out(id, 'IN')[0]?.other;
    return {
      id: n.key,
      name: n.props.name,
      kind: n.props.kind,
      level: n.props.level,
      place: placeId === undefined ? null : this.place(placeId),
    };
  }

  event(id: string): EventDTO {
    const n = this.g.attrs(id);
    if (n.label !== 'Event') throw new Error(`memory store: expected an Event at ${id}, got ${n.label}`);
    const organizerId = this.g.out(id, 'ORGANIZED_BY')[0]?.other;
    const p = n.props;
    return {
      id: n.key,
      name: p.name,
      kind: p.kind,
      date: p.date ?? null,
      ordinal: p.ordinal ?? null,
      term: p.term ?? null,
      termYears: p.termYears ?? null,
      organizer: organizerId === undefined ? null : this.organization(organizerId),
    };
  }

  article(id: string): ArticleDTO {
    const n = this.g.attrs(id);
    if (n.label !== 'Article') throw new Error(`memory store: expected an Article at ${id}, got ${n.label}`);
    return { id: n.key, title: n.props.title ?? null, published: n.props.published ?? null, author: n.props.author ?? null };
  }

  office(id: string): OfficeDTO {
    const n = this.g.attrs(id);
    if (n.label !== 'Position') throw new Error(`memory store: expected a Position at ${id}, got ${n.label}`);
    const orgId = this.g.out(id, 'OF')[0]?.other;
    if (orgId === undefined) throw new Error(`memory store: expected Position ${n.key} to be OF an organization`);
    return { id: n.key, name: n.props.name, title: n.props.title, organization: this.organization(orgId) };
  }

  any(id: string): NodeDTO {
    const n = this.g.attrs(id);
    switch (n.label) {
      case 'Person':
        return { __typename: 'Person', ...this.person(id) };
      case 'Organization':
        return { __typename: 'Organization', ...this.organization(id) };
      case 'Position':
        return { __typename: 'Office', ...this.office(id) };
      case 'Event':
        return { __typename: 'Event', ...this.event(id) };
      case 'Place':
        return { __typename: 'Place', ...this.place(id) };
      case 'Article':
        return { __typename: 'Article', ...this.article(id) };
    }
  }

  evidence(edge: EdgeAttrs): EvidenceDTO[] {
    // Building and sorting evidence dominated person queries on large graphs: it is
    // kept per relationship until a write replaces the relationship's provenance lists.
    const cached = this.evidenceCache.get(edge);
    if (cached && cached.articles === edge.props.articles && cached.evidence === edge.props.evidence && cached.version === this.g.version) {
      return cached.value;
    }
    const value = toEvidence(edge.props.articles, edge.props.evidence, (key) => {
      const n = this.g.node('Article', key);
      return n === undefined ? null : this.article(nodeId(n));
    });
    this.evidenceCache.set(edge, { articles: edge.props.articles, evidence: edge.props.evidence, version: this.g.version, value });
    return value;
  }

  private readonly evidenceCache = new WeakMap<EdgeAttrs, { articles: readonly string[]; evidence: readonly string[]; version: number; value: EvidenceDTO[] }>();

  holding(personId: string, positionId: string, edge: HoldsEdge): HoldingDTO {
    const office = this.office(positionId);
    return {
      person: this.person(personId),
      positionId: office.id,
      title: office.title,
      organization: office.organization,
      former: edge.props.former,
      firstSeen: edge.props.firstSeen ?? null,
      lastSeen: edge.props.lastSeen ?? null,
      evidence: this.evidence(edge),
    };
  }

  participation(personId: string, eventId: string, edge: EdgeAttrs): ParticipationDTO {
    const role = roleOfEdge(edge.type);
    if (role === null) throw new Error(`memory store: expected a role relationship, got ${edge.type}`);
    return { person: this.person(personId), event: this.event(eventId), role, evidence: this.evidence(edge) };
  }
}

// ---------------------------------------------------------------- orders (store.ts)

export function byNameThenId(a: GraphNode, b: GraphNode): number {
  return compareText(a.props.search, b.props.search) || compareText(a.key, b.key);
}

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
  return compareText(foldSearch(a.name), foldSearch(b.name)) || compareText(a.id, b.id);
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
