// The one store interface that ingestion and the GraphQL API use, with two
// implementations (store/neo4j, store/embedded) checked by one contract suite
// (test/store/contract.ts). Methods are async and return plain data (DTOs) shaped
// like the API's types, so resolvers only pass arguments through.
//
// Conventions every implementation follows, so both answer the same:
// - Ids are node keys (model.ts): Person id = Person key, and so on.
// - `search` is a substring match of searchKey(query) in the node's `search` property.
// - Filters named `title`, `organization`, `organizer` match an id exactly, or a
//   name after searchKey (exact, not substring: "Bí thư" is not "Phó Bí thư").
// - Lists are ordered (schema.graphql says the same): people and organizations by
//   (search, id); events most recent first: date descending, undated last, then id;
//   articles most recent first: published descending, undated last, then id;
//   holdings by (firstSeen ascending with undated last, title, organization id,
//   person search, person id);
//   a person's roles like their events, then by role order of ROLES; an event's
//   participants by (role order of ROLES, person search, person id); evidence by
//   (article published descending, undated last, article id, quote).
// - Cursors are opaque strings made by encodeCursor (an offset); a bad cursor throws
//   StoreInputError.
// - Dates are ISO YYYY-MM-DD strings; from/to bounds are inclusive; with a bound,
//   undated events are left out. A malformed date throws StoreInputError.
// - whoChaired lists every event of the body in the range, with its chairs (maybe none).
// - An argument naming an organization names exactly one (organization-names.ts): an
//   id, or a canonical name; a name several bodies share is a StoreInputError listing them.
// - A connection path walks PATH_EDGE_TYPES in either direction through PATH_LABELS
//   nodes; several shortest paths may exist, and any one of them is a right answer.

import type { EventKind, Role } from '../extract/contract.js';
import type { EdgeType, GraphBatch, Level, NodeLabel, OrgKind, PlaceLevel } from '../graph/model.js';
import { decodeEvidence, EDGE_TYPES, NODE_LABELS, ROLE_EDGE_TYPES } from '../graph/model.js';
import type { Mention, StoredPerson } from '../graph/identity/index.js';

// ---------------------------------------------------------------- DTOs

export interface ArticleDTO {
  id: string;
  title: string | null;
  published: string | null;
  author: string | null;
  /** The files the article was read from. */
  paths: string[];
}

/** One source of a fact: the article and the sentence quoted from it (null when none was kept). */
export interface EvidenceDTO {
  article: ArticleDTO;
  quote: string | null;
}

export interface PlaceDTO {
  id: string;
  name: string;
  level: PlaceLevel;
  type: string;
  code: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface PersonDTO {
  id: string;
  name: string;
  /** The jurisdiction in the person's identity: "Hà Nội", "central". */
  jurisdiction: string;
}

export interface OrganizationDTO {
  id: string;
  name: string;
  kind: OrgKind;
  level: Level;
  place: PlaceDTO | null;
  validFrom: string | null;
  validUntil: string | null;
}

/** A SUCCEEDED_BY relationship seen from one side: the body on the other side. */
export interface SuccessionDTO {
  organization: OrganizationDTO;
  date: string;
  partly: boolean;
}

export interface EventDTO {
  id: string;
  name: string;
  kind: EventKind;
  date: string | null;
  ordinal: number | null;
  term: string | null;
  termYears: string | null;
  organizer: OrganizationDTO | null;
}

/** A person holding a title in an organization (a HOLDS relationship). */
export interface HoldingDTO {
  person: PersonDTO;
  /** The Position id. */
  positionId: string;
  title: string;
  organization: OrganizationDTO;
  former: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  evidence: EvidenceDTO[];
}

/** A person's role at an event (a CHAIRED, ATTENDED, ... relationship). */
export interface ParticipationDTO {
  person: PersonDTO;
  event: EventDTO;
  role: Role;
  evidence: EvidenceDTO[];
}

/** An office: a title in an organization (a Position node), whoever holds it. */
export interface OfficeDTO {
  id: string;
  /** "Bí thư Huyện ủy Thanh Trì" */
  name: string;
  title: string;
  organization: OrganizationDTO;
}

export interface ChairedEventDTO {
  event: EventDTO;
  chairs: ParticipationDTO[];
}

/** Any node, tagged with its GraphQL type name (a Position node is an Office), for the Node interface. */
export type NodeDTO =
  | ({ __typename: 'Person' } & PersonDTO)
  | ({ __typename: 'Organization' } & OrganizationDTO)
  | ({ __typename: 'Office' } & OfficeDTO)
  | ({ __typename: 'Event' } & EventDTO)
  | ({ __typename: 'Place' } & PlaceDTO)
  | ({ __typename: 'Article' } & ArticleDTO);

export interface PathEdgeDTO {
  type: EdgeType;
  /** The relationship's start and end as stored (the path may walk it backwards). */
  from: NodeDTO;
  to: NodeDTO;
  evidence: EvidenceDTO[];
}

/** A shortest path: nodes from the first person to the second, edges between consecutive nodes. */
export interface PathDTO {
  length: number;
  nodes: NodeDTO[];
  edges: PathEdgeDTO[];
}

/** Whether a store can answer now, and a line for /health and the log (no secrets). */
export interface StoreHealth {
  ok: boolean;
  /** What the store is ("Neo4j at bolt://…", "an in-memory graph"), or why it cannot answer. */
  detail: string;
}

/** One article's entry for a person: what resolution joined into the person. */
export interface MentionDTO {
  id: string;
  name: string;
  article: ArticleDTO;
  date: string | null;
  /** The offices as the article gives them: "Bí thư, Huyện ủy Thanh Trì", "nguyên …". */
  offices: string[];
}

/** Why two mentions are one person (a SAME_AS relationship). */
export interface IdentityLinkDTO {
  rule: string;
  reason: string;
  from: MentionDTO;
  to: MentionDTO;
}

/** How a person was resolved: their mentions, and the links that joined them (a tree over the mentions). */
export interface IdentityDTO {
  mentions: MentionDTO[];
  links: IdentityLinkDTO[];
}

/** A stored mention, with the person it refers to now (null before its first resolution). */
export interface StoredMention {
  mention: Mention;
  person: string | null;
}

/** What replacing some people did. */
export interface PeopleWriteSummary {
  /** Person nodes deleted, and written (created or rewritten). */
  removed: number;
  written: number;
  /** The relationships (model.ts edgeId) deleted, those of the deleted people included, and then those created. */
  deletedRelationships: string[];
  createdRelationships: string[];
}

export interface Counts {
  nodes: Record<NodeLabel, number>;
  relationships: Record<EdgeType, number>;
}

// ---------------------------------------------------------------- paging

export interface PageArgs {
  /** Page size; implementations cap it at MAX_PAGE_SIZE. Default DEFAULT_PAGE_SIZE. */
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Bad arguments from the caller (cursor, page size, dates): the API shows the message. */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/** The offset of the first item after the cursor (0 without a cursor). */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (m === null) throw new StoreInputError(`paging: expected a cursor from a previous page, got "${cursor}"`);
  return Number(m[1]) + 1;
}

/** The page size and first offset an implementation should fetch. */
export function pageWindow(args: PageArgs | undefined): { offset: number; limit: number } {
  const first = args?.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) {
    throw new StoreInputError(`paging: expected "first" to be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return { offset: decodeCursor(args?.after), limit: Math.min(first, MAX_PAGE_SIZE) };
}

/** Wraps one fetched page (items from `offset`) into a Connection. */
export function toConnection<T>(items: readonly T[], offset: number, totalCount: number): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** Pages a list already in memory (small lists such as a person's positions). */
export function connectionFromArray<T>(all: readonly T[], args?: PageArgs): Connection<T> {
  const { offset, limit } = pageWindow(args);
  return toConnection(all.slice(offset, offset + limit), offset, all.length);
}

// ---------------------------------------------------------------- evidence

/** Code-unit order, as Cypher's ORDER BY on strings. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most recent first, undated last, then by id: the order of articles and evidence. */
export function compareArticles(a: ArticleDTO, b: ArticleDTO): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return compareText(a.id, b.id);
}

/**
 * The evidence of a relationship from its stored `articles` and `evidence`
 * properties: one entry per quote, plus one with a null quote for each article that
 * gave none. `article` looks an article up (it should exist; a missing one still
 * yields its id).
 */
export function toEvidence(
  articles: readonly string[],
  evidence: readonly string[],
  article: (id: string) => ArticleDTO | null | undefined,
): EvidenceDTO[] {
  const quoted = new Set<string>();
  const out: EvidenceDTO[] = [];
  const find = (id: string): ArticleDTO => article(id) ?? { id, title: null, published: null, author: null, paths: [] };
  for (const encoded of evidence) {
    const e = decodeEvidence(encoded);
    quoted.add(e.articleId);
    out.push({ article: find(e.articleId), quote: e.quote });
  }
  for (const id of articles) if (!quoted.has(id)) out.push({ article: find(id), quote: null });
  return out.sort((a, b) => compareArticles(a.article, b.article) || compareText(a.quote ?? '', b.quote ?? ''));
}

// ---------------------------------------------------------------- arguments

export interface PeopleArgs extends PageArgs {
  search?: string | null;
  /** People holding (now or formerly) a position with this title ... */
  title?: string | null;
  /** ... in this organization (both given: the same position). */
  organization?: string | null;
}

export interface OrganizationsArgs extends PageArgs {
  search?: string | null;
  kind?: OrgKind | null;
  level?: Level | null;
}

export interface EventsArgs extends PageArgs {
  organizer?: string | null;
  kind?: EventKind | null;
  from?: string | null;
  to?: string | null;
}

/**
 * What the caller reads of the facts a call returns. `evidence: false` says it reads
 * no fact's evidence: a store may then leave every evidence list empty (the Neo4j
 * store then ships neither quotes nor cited articles). Default: true.
 * `evidenceFirst: N` says it reads at most the first N items of each evidence list
 * (in toEvidence's order): a store may then return just those N (the Neo4j store then
 * ships only the quotes and articles of the first N cited articles). Default: all.
 */
export interface FactReads {
  evidence?: boolean | null;
  evidenceFirst?: number | null;
}

/** A fact with its evidence list cut as FactReads.evidenceFirst allows (whole without it). */
export const cutEvidence =
  (reads: FactReads | undefined) =>
  <T extends { evidence: EvidenceDTO[] }>(fact: T): T => {
    const first = reads?.evidenceFirst;
    if (first === undefined || first === null || first >= fact.evidence.length) return fact;
    return { ...fact, evidence: fact.evidence.slice(0, Math.max(0, first)) };
  };

export interface OfficeHoldersArgs extends PageArgs, FactReads {
  /** Without a title: every title in the organization. */
  title?: string | null;
  organization: string;
  /**
   * A date: only holdings seen on or before it and not reported as ended on or before
   * it (firstSeen <= asOf and (formerFrom is null or formerFrom > asOf)). Without it:
   * every holding the articles mention.
   */
  asOf?: string | null;
}

export interface WhoChairedArgs extends PageArgs, FactReads {
  organization: string;
  from?: string | null;
  to?: string | null;
}

export interface ConnectionArgs {
  from: string;
  to: string;
  /** Relationships allowed on the path; default DEFAULT_MAX_HOPS, at most MAX_HOPS. */
  maxHops?: number | null;
}

export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS = 10;

/**
 * What a path may go through: people meet at events and in bodies. Articles and
 * places are left out, since sharing a newspaper page or a district is no connection.
 */
export const PATH_LABELS: readonly NodeLabel[] = ['Person', 'Event', 'Position', 'Organization'];
export const PATH_EDGE_TYPES: readonly EdgeType[] = [
  'HOLDS',
  'OF',
  'CHAIRED',
  'ATTENDED',
  'OPENED',
  'REPORTED',
  'DIRECTED',
  'CONCLUDED',
  'SPOKE',
  'ORGANIZED_BY',
  'PART_OF',
];

/** What one write did: how many nodes and relationships it held, and how many of them were new. */
export interface WriteSummary {
  nodes: number;
  relationships: number;
  /** Of those, the ones that did not exist before the write (the rest were merged into existing ones). */
  created: { nodes: Record<NodeLabel, number>; relationships: Record<EdgeType, number> };
}

/** A WriteSummary of nothing, to add writes up into. */
export function emptyWriteSummary(): WriteSummary {
  return {
    nodes: 0,
    relationships: 0,
    created: {
      nodes: Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>,
      relationships: Object.fromEntries(EDGE_TYPES.map((t) => [t, 0])) as Record<EdgeType, number>,
    },
  };
}

// ---------------------------------------------------------------- the interface

/** A person and every position they hold or held (GraphStore.personWithPositions). */
export interface PersonWithPositions {
  person: PersonDTO;
  positions: HoldingDTO[];
}

export interface GraphStore {
  /** Merge a batch (idempotent: writing it again changes nothing); says what was new. */
  write(batch: GraphBatch): Promise<WriteSummary>;
  /** Remove every node and relationship. */
  clear(): Promise<void>;
  close(): Promise<void>;
  counts(): Promise<Counts>;
  /** Checks that the store can answer now, within a few seconds; never throws. */
  health(): Promise<StoreHealth>;

  people(args: PeopleArgs): Promise<Connection<PersonDTO>>;
  person(id: string): Promise<PersonDTO | null>;
  /** Every position the person holds or held. */
  positionsOf(personId: string, reads?: FactReads): Promise<HoldingDTO[]>;
  /** person(id) and positionsOf(id, reads) together (one read where the store can): null for an unknown person. */
  personWithPositions(id: string, reads?: FactReads): Promise<PersonWithPositions | null>;
  /** The person's roles at events, one page (a busy official has hundreds). */
  rolesOf(personId: string, args?: PageArgs & FactReads): Promise<Connection<ParticipationDTO>>;
  /** People who took part in at least one event with this person, ordered like people. */
  coParticipants(personId: string, args?: PageArgs): Promise<Connection<PersonDTO>>;
  /** Articles that MENTION the person. */
  articlesOf(personId: string, args?: PageArgs): Promise<Connection<ArticleDTO>>;

  organizations(args: OrganizationsArgs): Promise<Connection<OrganizationDTO>>;
  organization(id: string): Promise<OrganizationDTO | null>;
  /** The body this one is PART_OF, if any. */
  parentOf(organizationId: string): Promise<OrganizationDTO | null>;
  /** Bodies that are PART_OF this one. */
  subBodiesOf(organizationId: string): Promise<OrganizationDTO[]>;
  /** What the body became in the 2025 reform (SUCCEEDED_BY), ordered like organizations. */
  successorsOf(organizationId: string): Promise<SuccessionDTO[]>;
  /** The bodies it took over in the reform, ordered like organizations. */
  predecessorsOf(organizationId: string): Promise<SuccessionDTO[]>;
  officeHolders(args: OfficeHoldersArgs): Promise<Connection<HoldingDTO>>;
  office(id: string): Promise<OfficeDTO | null>;
  place(id: string): Promise<PlaceDTO | null>;

  events(args: EventsArgs): Promise<Connection<EventDTO>>;
  event(id: string): Promise<EventDTO | null>;
  participantsOf(eventId: string): Promise<ParticipationDTO[]>;
  /** Articles that REPORT the event. */
  articlesReporting(eventId: string, args?: PageArgs): Promise<Connection<ArticleDTO>>;
  whoChaired(args: WhoChairedArgs): Promise<Connection<ChairedEventDTO>>;

  /** Shortest path between two people, or null if none within maxHops (or an id is unknown). */
  connection(args: ConnectionArgs): Promise<PathDTO | null>;

  article(id: string): Promise<ArticleDTO | null>;
  /** Events the article REPORTS. */
  eventsOf(articleId: string, args?: PageArgs): Promise<Connection<EventDTO>>;
  /** People the article MENTIONS. */
  peopleIn(articleId: string, args?: PageArgs): Promise<Connection<PersonDTO>>;

  // Resolution (src/graph/identity, run by src/ingest/people.ts) reads mentions and
  // rewrites the people of the blocks it resolves; nothing else is deleted.

  /** The mentions of these blocks (name keys), in key order. */
  mentionsOf(blocks: readonly string[]): Promise<StoredMention[]>;
  /** Every block that has mentions, in order. */
  mentionBlocks(): Promise<string[]>;
  /** The people now stored for these blocks, with their signatures, in key order. */
  storedPeople(blocks: readonly string[]): Promise<StoredPerson[]>;
  /**
   * Deletes the `remove` people with their relationships, then writes each Person
   * of `people` with exactly the relationships the batch gives it (HOLDS, roles,
   * MENTIONS, REFERS_TO) and its mentions' SAME_AS, replacing what was stored.
   */
  replacePeople(remove: readonly string[], people: GraphBatch): Promise<PeopleWriteSummary>;
  /** How the person was resolved; null for an unknown person. */
  identityOf(personId: string): Promise<IdentityDTO | null>;
}

/** Relationships resolution owns for a person (replacePeople rewrites them). */
export const PERSON_EDGE_TYPES: readonly EdgeType[] = ['HOLDS', ...ROLE_EDGE_TYPES, 'MENTIONS', 'REFERS_TO'];
