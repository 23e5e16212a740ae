// Reading the embedded store's rows: nodes by id or key, relationships in and out
// of a node, and the store's DTOs built from them (shaped like Neo4j's answers;
// list orders live in ../orders.ts, shared by both stores).
import { roleOfEdge, type EdgeType, type GraphNode, type HoldsProps, type NodeLabel } from '../../graph/model.js';
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
} from '../store.js';
import type { Statements } from './database.js';
import { StoredProps } from './mention-evidence.js';
import type { EvidenceRef } from './write.js';

/**
 * A relationship row seen from one end: the node at the other end, its type and its
 * properties. Its provenance (a structural relationship such as an organization's
 * IN cites every article that named the body: thousands) is not read with it: a
 * fact's evidence is read by the relationship's key (Dto.evidence), and remembered.
 */
export interface EdgeRow {
  other: number;
  type: EdgeType;
  props: string;
}

/** A relationship's provenance columns as stored: article keys, and [article key, sentence id] pairs. */
export interface Provenance {
  articles: string;
  evidence: string;
}

/** A relationship's key in the edge table. */
export interface EdgeKey {
  src: number;
  type: EdgeType;
  dst: number;
}

export class Rows {
  /** Node props as the model has them (a Mention's quotes read back from `sentence`). */
  readonly props: StoredProps;

  constructor(private readonly st: Statements) {
    this.props = new StoredProps(st);
  }

  node(id: number): GraphNode {
    const row = this.st.get('SELECT label, key, props FROM node WHERE id = ?').get(id) as { label: NodeLabel; key: string; props: string } | undefined;
    if (row === undefined) throw new Error(`embedded store: expected a node with id ${id}`);
    return { label: row.label, key: row.key, props: this.props.parse(row.label, row.props) } as GraphNode;
  }

  find(label: NodeLabel, key: string): number | undefined {
    const row = this.st.get('SELECT id FROM node WHERE label = ? AND key = ?').get(label, key) as { id: number } | undefined;
    return row?.id;
  }

  out(id: number, type: EdgeType): EdgeRow[] {
    return this.st.get('SELECT dst AS other, type, props FROM edge WHERE src = ? AND type = ?').all(id, type) as unknown as EdgeRow[];
  }

  in(id: number, type: EdgeType): EdgeRow[] {
    return this.st.get('SELECT src AS other, type, props FROM edge WHERE dst = ? AND type = ?').all(id, type) as unknown as EdgeRow[];
  }

  /** The nodes this node's relationships of one type lead to, from the primary key alone. */
  outIds(id: number, type: EdgeType): number[] {
    return (this.st.get('SELECT dst AS id FROM edge WHERE src = ? AND type = ?').all(id, type) as { id: number }[]).map((r) => r.id);
  }

  /** The nodes with relationships of one type into this node, from the edge_in index alone. */
  inIds(id: number, type: EdgeType): number[] {
    return (this.st.get('SELECT src AS id FROM edge WHERE dst = ? AND type = ?').all(id, type) as { id: number }[]).map((r) => r.id);
  }

  /** A relationship's provenance columns. */
  provenance(key: EdgeKey): Provenance {
    const row = this.st.get('SELECT articles, evidence FROM edge WHERE src = ? AND type = ? AND dst = ?').get(key.src, key.type, key.dst) as
      | { articles: string; evidence: string }
      | undefined;
    return row ?? { articles: '[]', evidence: '[]' };
  }

  /** Relationships of any of these types leaving (or, with `inward`, arriving at) a node. */
  ofTypes(id: number, types: readonly EdgeType[], inward = false): EdgeRow[] {
    const end = inward ? 'dst' : 'src';
    const other = inward ? 'src' : 'dst';
    const marks = types.map(() => '?').join(', ');
    return this.st
      .get(`SELECT ${other} AS other, type, props FROM edge WHERE ${end} = ? AND type IN (${marks})`)
      .all(id, ...types) as unknown as EdgeRow[];
  }

  sentence(id: number): string {
    const row = this.st.get('SELECT text FROM sentence WHERE id = ?').get(id) as { text: string } | undefined;
    return row?.text ?? '';
  }
}

function provenanceOf(row: Partial<Provenance>): Provenance | undefined {
  return row.articles === undefined || row.evidence === undefined ? undefined : { articles: row.articles, evidence: row.evidence };
}

/** Entries a DTO cache holds before it starts again: bounds memory on a large graph. */
const CACHE_LIMIT = 50_000;

/**
 * DTOs of the rows, remembered until the next write (clear): a busy official's
 * holding cites hundreds of articles, and the same bodies and events recur in
 * every answer. Callers share the objects and must not change them.
 */
export class Dto {
  private nodes = new Map<string, unknown>();
  private evidenceOf = new Map<string, EvidenceDTO[]>();

  constructor(private readonly rows: Rows) {}

  clear(): void {
    this.nodes = new Map();
    this.evidenceOf = new Map();
  }

  private remember<T>(kind: string, id: number, make: () => T): T {
    const key = `${kind}:${id}`;
    let dto = this.nodes.get(key) as T | undefined;
    if (dto === undefined) {
      if (this.nodes.size >= CACHE_LIMIT) this.nodes = new Map();
      dto = make();
      this.nodes.set(key, dto);
    }
    return dto;
  }

  private of<L extends NodeLabel>(id: number, label: L): Extract<GraphNode, { label: L }> {
    const n = this.rows.node(id);
    if (n.label !== label) throw new Error(`embedded store: expected a ${label} at ${id}, got ${n.label}`);
    return n as Extract<GraphNode, { label: L }>;
  }

  person(id: number): PersonDTO {
    return this.remember('person', id, () => this.personOf(id));
  }

  private personOf(id: number): PersonDTO {
    const n = this.of(id, 'Person');
    return { id: n.key, name: n.props.name, jurisdiction: n.props.jurisdiction };
  }

  place(id: number): PlaceDTO {
    return this.remember('place', id, () => this.placeOf(id));
  }

  private placeOf(id: number): PlaceDTO {
    const n = this.of(id, 'Place');
    const p = n.props;
    return { id: n.key, name: p.name, level: p.level, type: p.type, code: p.code ?? null, validFrom: p.validFrom ?? null, validUntil: p.validUntil ?? null };
  }

  organization(id: number): OrganizationDTO {
    return this.remember('organization', id, () => this.organizationOf(id));
  }

  private organizationOf(id: number): OrganizationDTO {
    const n = this.of(id, 'Organization');
    const placeId = this.rows.outIds(id, 'IN')[0];
    const p = n.props;
    return {
      id: n.key,
      name: p.name,
      kind: p.kind,
      level: p.level,
      place: placeId === undefined ? null : this.place(placeId),
      validFrom: p.validFrom ?? null,
      validUntil: p.validUntil ?? null,
    };
  }

  event(id: number): EventDTO {
    return this.remember('event', id, () => this.eventOf(id));
  }

  private eventOf(id: number): EventDTO {
    const n = this.of(id, 'Event');
    const organizerId = this.rows.outIds(id, 'ORGANIZED_BY')[0];
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

  article(id: number): ArticleDTO {
    return this.remember('article', id, () => this.articleOf(id));
  }

  private articleOf(id: number): ArticleDTO {
    const n = this.of(id, 'Article');
    const p = n.props;
    return { id: n.key, title: p.title ?? null, published: p.published ?? null, author: p.author ?? null, paths: [...(p.paths ?? [])].sort() };
  }

  office(id: number): OfficeDTO {
    return this.remember('office', id, () => this.officeOf(id));
  }

  private officeOf(id: number): OfficeDTO {
    const n = this.of(id, 'Position');
    const orgId = this.rows.outIds(id, 'OF')[0];
    if (orgId === undefined) throw new Error(`embedded store: expected Position ${n.key} to be OF an organization`);
    return { id: n.key, name: n.props.name, title: n.props.title, organization: this.organization(orgId) };
  }

  any(id: number): NodeDTO {
    const n = this.rows.node(id);
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
        throw new Error(`embedded store: a Mention (${n.key}) is no node of the API`);
    }
  }

  /**
   * A relationship's evidence, remembered by its key until the next write; from its
   * provenance columns when the caller read them with the row, else by the key.
   */
  evidence(key: EdgeKey, provenance?: Provenance): EvidenceDTO[] {
    const cacheKey = `${key.src} ${key.type} ${key.dst}`;
    let found = this.evidenceOf.get(cacheKey);
    if (found === undefined) {
      if (this.evidenceOf.size >= CACHE_LIMIT) this.evidenceOf = new Map();
      found = this.evidenceFrom(provenance ?? this.rows.provenance(key));
      this.evidenceOf.set(cacheKey, found);
    }
    return found;
  }

  private evidenceFrom(edge: Provenance): EvidenceDTO[] {
    const refs = JSON.parse(edge.evidence) as EvidenceRef[];
    const encoded = refs.map(([article, sentence]) => `[${article}] ${this.rows.sentence(sentence)}`);
    return toEvidence(JSON.parse(edge.articles) as string[], encoded, (key) => {
      const id = this.rows.find('Article', key);
      return id === undefined ? null : this.article(id);
    });
  }

  holding(personId: number, positionId: number, edge: Pick<EdgeRow, 'props'> & Partial<Provenance>): HoldingDTO {
    const office = this.office(positionId);
    const h = JSON.parse(edge.props) as Omit<HoldsProps, 'articles' | 'evidence'>;
    return {
      person: this.person(personId),
      positionId: office.id,
      title: office.title,
      organization: office.organization,
      former: h.former,
      firstSeen: h.firstSeen ?? null,
      lastSeen: h.lastSeen ?? null,
      evidence: this.evidence({ src: personId, type: 'HOLDS', dst: positionId }, provenanceOf(edge)),
    };
  }

  participation(personId: number, eventId: number, type: EdgeType): ParticipationDTO {
    const role = roleOfEdge(type);
    if (role === null) throw new Error(`embedded store: expected a role relationship, got ${type}`);
    return { person: this.person(personId), event: this.event(eventId), role, evidence: this.evidence({ src: personId, type, dst: eventId }) };
  }
}
