// Graph nodes and relationships of the embedded store → the store's DTOs, shaped
// like Neo4j's answers (list orders live in ../orders.ts, shared by both stores).

import { nodeId, roleOfEdge, type GraphNode, type HoldsEdge } from '../../graph/model.js';
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
    const p = n.props;
    return { id: n.key, name: p.name, level: p.level, type: p.type, code: p.code ?? null, validFrom: p.validFrom ?? null, validUntil: p.validUntil ?? null };
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
      validFrom: n.props.validFrom ?? null,
      validUntil: n.props.validUntil ?? null,
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
    return { id: n.key, title: n.props.title ?? null, published: n.props.published ?? null, author: n.props.author ?? null, paths: [...(n.props.paths ?? [])].sort() };
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
      case 'Mention':
        throw new Error(`memory store: a Mention (${n.key}) is no node of the API`);
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

// ---------------------------------------------------------------- orders (see ../orders.ts)

export function byNameThenId(a: GraphNode, b: GraphNode): number {
  return compareText(a.props.search, b.props.search) || compareText(a.key, b.key);
}
