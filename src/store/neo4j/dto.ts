// Neo4j map projections (see reads.ts) → the store's DTOs. Absent properties are
// nulls; evidence is resolved against the Article nodes the statement returns with it.
import { roleOfEdge, type EdgeType, type HoldsProps, type Level, type OrgKind, type PlaceLevel } from '../../graph/model.js';
import type { EventKind } from '../../extract/contract.js';
import {
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
  type SuccessionDTO,
} from '../store.js';

export type Props = Record<string, unknown>;

/**
 * The properties the builders below read, of each kind of node and fact: the read
 * statements (reads.ts) project exactly these, so nothing else is shipped (a node's
 * search key, caption, signature; an article's name beside its title).
 */
export const READ_PROPERTIES = {
  Person: ['key', 'name', 'jurisdiction'],
  Place: ['key', 'name', 'level', 'type', 'code', 'validFrom', 'validUntil'],
  Organization: ['key', 'name', 'kind', 'level', 'validFrom', 'validUntil'],
  Event: ['key', 'name', 'kind', 'date', 'ordinal', 'term', 'termYears'],
  Article: ['key', 'title', 'published', 'author', 'paths'],
  Position: ['key', 'name', 'title'],
  /** A HOLDS relationship (holding). */
  HOLDS: ['former', 'firstSeen', 'lastSeen', 'articles', 'evidence'],
  /** A role relationship (participation) or a path's step: its provenance. */
  provenance: ['articles', 'evidence'],
} as const;
export type ReadKind = keyof typeof READ_PROPERTIES;

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const numOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);

export function person(p: Props): PersonDTO {
  return { id: str(p['key']), name: str(p['name']), jurisdiction: str(p['jurisdiction']) };
}

export function place(p: Props): PlaceDTO {
  return {
    id: str(p['key']),
    name: str(p['name']),
    level: str(p['level']) as PlaceLevel,
    type: str(p['type']),
    code: strOrNull(p['code']),
    validFrom: strOrNull(p['validFrom']),
    validUntil: strOrNull(p['validUntil']),
  };
}

export function organization(p: Props): OrganizationDTO {
  const pl = p['place'];
  return {
    id: str(p['key']),
    name: str(p['name']),
    kind: str(p['kind']) as OrgKind,
    level: str(p['level']) as Level,
    place: pl && typeof pl === 'object' ? place(pl as Props) : null,
    validFrom: strOrNull(p['validFrom']),
    validUntil: strOrNull(p['validUntil']),
  };
}

export function succession(row: Props): SuccessionDTO {
  return { organization: organization(row['organization'] as Props), date: str(row['date']), partly: row['partly'] === true };
}

export function event(p: Props): EventDTO {
  const org = p['organizer'];
  return {
    id: str(p['key']),
    name: str(p['name']),
    kind: str(p['kind']) as EventKind,
    date: strOrNull(p['date']),
    ordinal: numOrNull(p['ordinal']),
    term: strOrNull(p['term']),
    termYears: strOrNull(p['termYears']),
    // The projection replaces the organizer name property with the organization map.
    organizer: org && typeof org === 'object' ? organization(org as Props) : null,
  };
}

export function article(p: Props): ArticleDTO {
  return { id: str(p['key']), title: strOrNull(p['title']), published: strOrNull(p['published']), author: strOrNull(p['author']), paths: list(p['paths']).sort() };
}

export function office(position: Props, org: Props): OfficeDTO {
  return { id: str(position['key']), name: str(position['name']), title: str(position['title']), organization: organization(org) };
}

/** A relationship as the read statements return it: its properties and the Article nodes its provenance names. */
export interface Fact {
  props: Props;
  sources: Props[];
}

export function evidence(fact: Fact): EvidenceDTO[] {
  const found = new Map(fact.sources.map((s) => [str(s['key']), article(s)]));
  return toEvidence(list(fact.props['articles']), list(fact.props['evidence']), (id) => found.get(id));
}

export function holding(row: { person: Props; position: Props; organization: Props; fact: Fact }): HoldingDTO {
  const h = row.fact.props as Partial<Record<keyof HoldsProps, unknown>>;
  const o = office(row.position, row.organization);
  return {
    person: person(row.person),
    positionId: o.id,
    title: o.title,
    organization: o.organization,
    former: h.former === true,
    firstSeen: strOrNull(h.firstSeen),
    lastSeen: strOrNull(h.lastSeen),
    evidence: evidence(row.fact),
  };
}

export function participation(row: { person: Props; type: string; event: Props; fact: Fact }): ParticipationDTO {
  const role = roleOfEdge(row.type as EdgeType);
  if (role === null) throw new Error(`neo4j store: expected a role relationship, got ${row.type}`);
  return { person: person(row.person), event: event(row.event), role, evidence: evidence(row.fact) };
}

/** A path node: its label's DTO, with the organization the projection attached. */
export function anyNode(n: { label: string; props: Props; organization: Props | null }): NodeDTO {
  switch (n.label) {
    case 'Person':
      return { __typename: 'Person', ...person(n.props) };
    case 'Organization':
      return { __typename: 'Organization', ...organization(n.organization ?? n.props) };
    case 'Position':
      return { __typename: 'Office', ...office(n.props, n.organization ?? {}) };
    case 'Event':
      return { __typename: 'Event', ...event({ ...n.props, organizer: n.organization }) };
    case 'Place':
      return { __typename: 'Place', ...place(n.props) };
    case 'Article':
      return { __typename: 'Article', ...article(n.props) };
    default:
      throw new Error(`neo4j store: expected a node of the model, got label ${n.label}`);
  }
}
