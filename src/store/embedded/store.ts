// The embedded store: the GraphStore interface over a SQLite graph file (or an
// in-memory database), fed by the same batches as Neo4j and answering like it (one
// contract suite runs on both). What `cadregraph serve` uses without NEO4J_URI.
// Lists are ordered, counted and paged in SQL on indexed columns; a node's own short
// lists are read whole and ordered with the shared comparators (../orders.ts).
//
// @example
//   const store = openEmbeddedStore();                       // in memory
//   const saved = openEmbeddedStore({ file: 'graph.db' });   // a graph file, kept
//   await store.write(buildGraph(records));
//   (await store.people({ search: 'le tien nhat' })).edges[0]?.node.name // 'Lê Tiến Nhật'

import {
  EDGE_TYPES,
  encodeEvidence,
  NODE_LABELS,
  ROLE_EDGE_TYPES,
  type EdgeType,
  type GraphBatch,
  type GraphEdge,
  type GraphNode,
  type NodeLabel,
} from '../../graph/model.js';
import type { StoredPerson } from '../../graph/identity/index.js';
import { inForce } from '../../vietnam/gazetteer/index.js';
import { searchKey } from '../../vietnam/text.js';
import { compareEvents, compareHoldings, compareParticipants } from '../orders.js';
import {
  compareArticles,
  compareText,
  DEFAULT_MAX_HOPS,
  cutEvidence,
  MAX_HOPS,
  pageWindow,
  PATH_EDGE_TYPES,
  StoreInputError,
  toConnection,
  type ArticleDTO,
  type ChairedEventDTO,
  type Connection,
  type ConnectionArgs,
  type Counts,
  type EventDTO,
  type EventsArgs,
  type FactReads,
  type GraphStore,
  type HoldingDTO,
  type IdentityDTO,
  type OfficeDTO,
  type OfficeHoldersArgs,
  type OrganizationDTO,
  type OrganizationsArgs,
  type PageArgs,
  type ParticipationDTO,
  type PathDTO,
  type PathEdgeDTO,
  type PeopleArgs,
  type PeopleWriteSummary,
  type PersonDTO,
  type PersonWithPositions,
  type PlaceDTO,
  type StoredMention,
  type StoreHealth,
  type SuccessionDTO,
  type WhoChairedArgs,
  type WriteSummary,
} from '../store.js';
import { openDatabase, ROLE_LIST, Statements } from './database.js';
import { Organizations } from './organizations.js';
import { PathIndex } from './paths.js';
import { EmbeddedPeople } from './people.js';
import { Dto, Rows, type EdgeKey, type EdgeRow } from './rows.js';
import { writeBatch, type EvidenceRef } from './write.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Remembered reads before the memo starts afresh (a count, or a list of a body's events). */
const READS_LIMIT = 10_000;

function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DATE.test(value)) throw new StoreInputError(`${name}: expected a date YYYY-MM-DD, got "${value}"`);
  return value;
}

function page<T>(all: readonly T[], args: PageArgs | undefined): Connection<T> {
  const { offset, limit } = pageWindow(args);
  return toConnection(all.slice(offset, offset + limit), offset, all.length);
}

type Id = { id: number };

// Relationship types as SQL text: constants of the model, never input.
const PATH_TYPE_LIST = PATH_EDGE_TYPES.map((t) => `'${t}'`).join(', ');

export interface EmbeddedStoreOptions {
  /** The graph file to open (created when missing, with `create`); default: an in-memory database. */
  file?: string;
  /** Create the file when it does not exist or is empty (default true). */
  create?: boolean;
}

export class EmbeddedStore implements GraphStore {
  private readonly st: Statements;
  private readonly rows: Rows;
  private readonly dto: Dto;
  private readonly bodies: Organizations;
  private readonly resolution: EmbeddedPeople;
  private paths: PathIndex | null = null;
  /** Counts and id lists by statement and parameters (remembered), forgotten at each write. */
  private reads = new Map<string, number | readonly number[]>();
  /** What the store is, for /health and the log. */
  private readonly what: string;

  constructor(options: EmbeddedStoreOptions = {}) {
    this.what = options.file === undefined || options.file === ':memory:' ? 'an in-memory graph' : `the graph file ${options.file}`;
    this.st = new Statements(openDatabase(options.file ?? ':memory:', { create: options.create ?? true }));
    this.rows = new Rows(this.st);
    this.dto = new Dto(this.rows);
    this.bodies = new Organizations(this.st, this.rows, this.dto);
    this.resolution = new EmbeddedPeople(this.st, this.rows, this.dto);
  }

  // ---------------------------------------------------------------- helpers

  private ids(sql: string, ...params: (string | number | null)[]): number[] {
    return (this.st.get(sql).all(...params) as Id[]).map((r) => r.id);
  }

  /**
   * What a read statement gave, remembered by statement and parameters until the
   * next write: a page of an office's first 100 holders counts all 4,496 of them
   * through the index, as long again as reading the page, and a client paging
   * through asks the same count, or the same list of a body's events, every time.
   */
  private remembered<T extends number | readonly number[]>(sql: string, params: readonly (string | number | null)[], read: () => T): T {
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    let found = this.reads.get(key) as T | undefined;
    if (found === undefined) {
      if (this.reads.size >= READS_LIMIT) this.reads = new Map();
      found = read();
      this.reads.set(key, found);
    }
    return found;
  }

  private count(sql: string, ...params: (string | number | null)[]): number {
    return this.remembered(sql, params, () => (this.st.get(sql).get(...params) as { n: number }).n);
  }

  /** One page of node ids from a SELECT that yields `id` in list order, with its total. */
  private paged<T>(select: string, params: (string | number | null)[], args: PageArgs | undefined, toDto: (id: number) => T): Connection<T> {
    const { offset, limit } = pageWindow(args);
    const total = this.count(`SELECT count(*) AS n FROM (${select})`, ...params);
    const ids = this.ids(`${select} LIMIT ? OFFSET ?`, ...params, limit, offset);
    return toConnection(ids.map(toDto), offset, total);
  }

  /** Build DTOs for one page only of ids already in order. */
  private pageOf<T>(ids: readonly number[], args: PageArgs | undefined, toDto: (id: number) => T): Connection<T> {
    const { offset, limit } = pageWindow(args);
    return toConnection(ids.slice(offset, offset + limit).map(toDto), offset, ids.length);
  }

  private sortPeople(ids: Iterable<number>): number[] {
    const list = [...new Set(ids)];
    if (list.length === 0) return [];
    return this.ids(`SELECT id FROM node WHERE id IN (SELECT value FROM json_each(?)) ORDER BY search, key`, JSON.stringify(list));
  }

  /** Positions with this title (ignoring accents and case) in this organization (a node id); null means any. */
  private offices(title: string | null, organization: number | null): number[] {
    const folded = title === null ? null : searchKey(title);
    if (organization === null) {
      // A Position's search is searchKey("title, body"): its title part is before the first ", ".
      return this.ids("SELECT id FROM node WHERE label = 'Position' AND search >= ? AND search < ?", `${folded}, `, `${folded}, \u{10FFFF}`);
    }
    const positions = this.rows.inIds(organization, 'OF');
    if (folded === null) return positions;
    return positions.filter((id) => {
      const n = this.rows.node(id);
      return n.label === 'Position' && searchKey(n.props.title) === folded;
    });
  }

  /** Positions ranked by (title, body), as JSON {"position id": rank} for json_each. */
  private officeRanks(positions: readonly number[]): string {
    const ranked = positions
      .map((id) => ({ id, office: this.dto.office(id) }))
      .sort((a, b) => compareText(a.office.title, b.office.title) || compareText(a.office.organization.id, b.office.organization.id));
    return JSON.stringify(Object.fromEntries(ranked.map((p, i) => [String(p.id), i])));
  }

  private node(label: NodeLabel, key: string): number | undefined {
    return this.rows.find(label, key);
  }

  // ---------------------------------------------------------------- writing

  async write(batch: GraphBatch): Promise<WriteSummary> {
    const summary = writeBatch(this.st, batch);
    this.changed();
    return summary;
  }

  /** Forgets what was read before a write: the path index, remembered reads and DTOs. */
  private changed(): void {
    this.paths = null;
    this.reads = new Map();
    this.dto.clear();
  }

  async clear(): Promise<void> {
    this.st.db.exec('DELETE FROM edge; DELETE FROM node; DELETE FROM sentence;');
    this.resolution.cleared();
    this.changed();
  }

  async close(): Promise<void> {
    if (this.st.db.isOpen) this.st.db.close();
  }

  async health(): Promise<StoreHealth> {
    return this.st.db.isOpen ? { ok: true, detail: this.what } : { ok: false, detail: `${this.what}: closed` };
  }

  async counts(): Promise<Counts> {
    const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
    const relationships = Object.fromEntries(EDGE_TYPES.map((t) => [t, 0])) as Record<EdgeType, number>;
    for (const r of this.st.get('SELECT label, count(*) AS n FROM node GROUP BY label').all() as { label: NodeLabel; n: number }[]) nodes[r.label] = r.n;
    for (const r of this.st.get('SELECT type, count(*) AS n FROM edge GROUP BY type').all() as { type: EdgeType; n: number }[]) relationships[r.type] = r.n;
    return { nodes, relationships };
  }

  /** The number of articles, from the node_key index alone: what `serve --graph` says at start, without counting every relationship as counts() does (1.8 s at 100,000 articles). */
  articleCount(): number {
    return this.count("SELECT count(*) AS n FROM node WHERE label = 'Article'");
  }

  // ---------------------------------------------------------------- people

  async people(args: PeopleArgs): Promise<Connection<PersonDTO>> {
    const search = args.search ? searchKey(args.search) : null;
    const toDto = (id: number) => this.dto.person(id);
    if (!args.title && !args.organization) {
      return this.paged("SELECT id FROM node WHERE label = 'Person' AND (?1 IS NULL OR instr(search, ?1) > 0) ORDER BY search, key", [search], args, toDto);
    }
    // Filtered by office: start from the few matching positions, not from everyone.
    const body = args.organization ? this.bodies.named('people(organization)', args.organization) : null;
    if (args.organization && body === null) return page([], args);
    const positions = this.offices(args.title ?? null, body);
    if (positions.length === 0) return page([], args);
    return this.paged(
      "SELECT DISTINCT n.id AS id, n.search, n.key FROM edge e JOIN node n ON n.id = e.src WHERE e.type = 'HOLDS' AND e.dst IN (SELECT value FROM json_each(?1)) " +
        'AND (?2 IS NULL OR instr(n.search, ?2) > 0) ORDER BY n.search, n.key',
      [JSON.stringify(positions), search],
      args,
      toDto,
    );
  }

  async person(id: string): Promise<PersonDTO | null> {
    const n = this.node('Person', id);
    return n === undefined ? null : this.dto.person(n);
  }

  async positionsOf(personId: string, reads?: FactReads): Promise<HoldingDTO[]> {
    const id = this.node('Person', personId);
    if (id === undefined) return [];
    const holdings = this.rows.out(id, 'HOLDS').map((edge) => this.dto.holding(id, edge.other, edge)).sort(compareHoldings);
    return holdings.map(cutEvidence(reads));
  }

  async personWithPositions(id: string, reads?: FactReads): Promise<PersonWithPositions | null> {
    const person = await this.person(id);
    return person === null ? null : { person, positions: await this.positionsOf(id, reads) };
  }

  async rolesOf(personId: string, args?: PageArgs & FactReads): Promise<Connection<ParticipationDTO>> {
    const id = this.node('Person', personId);
    if (id === undefined) return page([], args);
    // Read in the order of the index edge_roles (event date, key, role order: see
    // roleOrder), which holds it: no sort, and only the page's rows are read whole.
    const { offset, limit } = pageWindow(args);
    const total = this.count(`SELECT count(*) AS n FROM edge WHERE src = ? AND type IN (${ROLE_LIST})`, id);
    const rows = this.st
      .get(`SELECT dst AS other, type FROM edge WHERE src = ? AND type IN (${ROLE_LIST}) ORDER BY seen DESC, holder LIMIT ? OFFSET ?`)
      .all(id, limit, offset) as unknown as Pick<EdgeRow, 'other' | 'type'>[];
    const roles = rows.map((edge) => this.dto.participation(id, edge.other, edge.type));
    return toConnection(roles.map(cutEvidence(args)), offset, total);
  }

  async coParticipants(personId: string, args?: PageArgs): Promise<Connection<PersonDTO>> {
    const id = this.node('Person', personId);
    if (id === undefined) return page([], args);
    const roles = ROLE_LIST;
    return this.paged(
      `SELECT DISTINCT n.id AS id, n.search, n.key FROM edge a JOIN edge b ON b.dst = a.dst JOIN node n ON n.id = b.src ` +
        `WHERE a.src = ? AND a.type IN (${roles}) AND b.type IN (${roles}) AND b.src <> a.src ORDER BY n.search, n.key`,
      [id],
      args,
      (p) => this.dto.person(p),
    );
  }

  async articlesOf(personId: string, args?: PageArgs): Promise<Connection<ArticleDTO>> {
    return this.articlesInto('Person', personId, 'MENTIONS', args);
  }

  // ---------------------------------------------------------------- organizations

  async organizations(args: OrganizationsArgs): Promise<Connection<OrganizationDTO>> {
    const search = args.search ? searchKey(args.search) : null;
    return this.paged(
      "SELECT id FROM node WHERE label = 'Organization' AND (?1 IS NULL OR instr(search, ?1) > 0) " +
        "AND (?2 IS NULL OR json_extract(props, '$.kind') = ?2) AND (?3 IS NULL OR json_extract(props, '$.level') = ?3) ORDER BY search, key",
      [search, args.kind ?? null, args.level ?? null],
      args,
      (id) => this.dto.organization(id),
    );
  }

  async organization(id: string): Promise<OrganizationDTO | null> {
    const n = this.node('Organization', id);
    return n === undefined ? null : this.dto.organization(n);
  }

  async parentOf(organizationId: string): Promise<OrganizationDTO | null> {
    const id = this.node('Organization', organizationId);
    if (id === undefined) return null;
    const [parent] = this.sortPeople(this.rows.outIds(id, 'PART_OF'));
    return parent === undefined ? null : this.dto.organization(parent);
  }

  async subBodiesOf(organizationId: string): Promise<OrganizationDTO[]> {
    const id = this.node('Organization', organizationId);
    if (id === undefined) return [];
    return this.sortPeople(this.rows.inIds(id, 'PART_OF')).map((c) => this.dto.organization(c));
  }

  async successorsOf(organizationId: string): Promise<SuccessionDTO[]> {
    const id = this.node('Organization', organizationId);
    return id === undefined ? [] : this.bodies.successions(id, 'out');
  }

  async predecessorsOf(organizationId: string): Promise<SuccessionDTO[]> {
    const id = this.node('Organization', organizationId);
    return id === undefined ? [] : this.bodies.successions(id, 'in');
  }

  async officeHolders(args: OfficeHoldersArgs): Promise<Connection<HoldingDTO>> {
    const asOf = checkDate('asOf', args.asOf);
    pageWindow(args);
    const body = this.bodies.named('officeHolders(organization)', args.organization, asOf);
    // Held at a date (../held.ts): the body itself stood then (a district's Huyện ủy ended with the 2025 reform).
    if (body === null || (asOf !== null && !inForce(this.bodies.validity(body), asOf))) return page([], args);
    const positions = this.offices(args.title ?? null, body);
    if (positions.length === 0) return page([], args);
    // Holding order (../orders.ts compareHoldings): firstSeen (undated last), title, body, person.
    // One office: its HOLDS in edge_holding's order (seen, holder), so the page is read
    // without a sort and stops at its last row. Several: ranked here by (title, body),
    // their HOLDS read in that order of lookups (the CROSS JOIN) and sorted in SQL.
    const one = positions.length === 1;
    const from = one
      ? "FROM edge e WHERE e.dst = ?1 AND e.type = 'HOLDS'"
      : "FROM json_each(?1) AS j CROSS JOIN edge e ON e.dst = CAST(j.key AS INTEGER) AND e.type = 'HOLDS'";
    const held = asOf === null ? '' : `${one ? ' AND' : ' WHERE'} e.seen <= ?2 AND (e.ended IS NULL OR e.ended > ?2)`;
    const params = [one ? (positions[0] ?? 0) : this.officeRanks(positions), ...(asOf === null ? [] : [asOf])];
    const total = this.count(`SELECT count(*) AS n ${from}${held}`, ...params);
    const order = one ? 'e.seen, e.holder' : 'e.seen, j.value, e.holder';
    const { offset, limit } = pageWindow(args);
    // One statement for the page, its properties and provenance included: a call per holding costs more than the rows.
    const rows = this.st
      .get(`SELECT e.src, e.dst, e.props, e.articles, e.evidence ${from}${held} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as { src: number; dst: number; props: string; articles: string; evidence: string }[];
    const holdings = rows.map((row) => this.dto.holding(row.src, row.dst, row));
    return toConnection(holdings.map(cutEvidence(args)), offset, total);
  }

  async office(id: string): Promise<OfficeDTO | null> {
    const n = this.node('Position', id);
    return n === undefined ? null : this.dto.office(n);
  }

  async place(id: string): Promise<PlaceDTO | null> {
    const n = this.node('Place', id);
    return n === undefined ? null : this.dto.place(n);
  }

  // ---------------------------------------------------------------- events

  async events(args: EventsArgs): Promise<Connection<EventDTO>> {
    return this.pageOf(this.eventIds(args), args, (id) => this.dto.event(id));
  }

  async event(id: string): Promise<EventDTO | null> {
    const n = this.node('Event', id);
    return n === undefined ? null : this.dto.event(n);
  }

  async participantsOf(eventId: string): Promise<ParticipationDTO[]> {
    const id = this.node('Event', eventId);
    if (id === undefined) return [];
    return this.rows.ofTypes(id, ROLE_EDGE_TYPES, true).map((edge) => this.dto.participation(edge.other, id, edge.type)).sort(compareParticipants);
  }

  async articlesReporting(eventId: string, args?: PageArgs): Promise<Connection<ArticleDTO>> {
    return this.articlesInto('Event', eventId, 'REPORTS', args);
  }

  async whoChaired(args: WhoChairedArgs): Promise<Connection<ChairedEventDTO>> {
    const ids = this.eventIds({ organizer: args.organization, from: args.from ?? null, to: args.to ?? null }, 'whoChaired(organization)');
    return this.pageOf(ids, args, (eventId): ChairedEventDTO => {
      const chairs = this.rows.inIds(eventId, 'CHAIRED').map((person) => this.dto.participation(person, eventId, 'CHAIRED')).sort(compareParticipants);
      return { event: this.dto.event(eventId), chairs };
    });
  }

  // ---------------------------------------------------------------- paths and articles

  async connection(args: ConnectionArgs): Promise<PathDTO | null> {
    const maxHops = args.maxHops ?? DEFAULT_MAX_HOPS;
    if (!Number.isInteger(maxHops) || maxHops < 0 || maxHops > MAX_HOPS) {
      throw new StoreInputError(`connection: expected maxHops from 0 to ${MAX_HOPS}, got ${maxHops}`);
    }
    const from = this.node('Person', args.from);
    const to = this.node('Person', args.to);
    if (from === undefined || to === undefined) return null;
    if (from === to) return { length: 0, nodes: [this.dto.any(from)], edges: [] };
    this.paths ??= PathIndex.build(this.st);
    const ids = this.paths.shortest(from, to, maxHops);
    if (ids === null) return null;
    // Each step's relationship by its two ends (primary key lookups, either direction), the first path type winning.
    const between = this.st.get(
      `SELECT src, type, dst FROM edge WHERE src = ?1 AND type IN (${PATH_TYPE_LIST}) AND dst = ?2 ` +
        `UNION ALL SELECT src, type, dst FROM edge WHERE src = ?2 AND type IN (${PATH_TYPE_LIST}) AND dst = ?1`,
    );
    const edges = ids.slice(1).map((b, i): PathEdgeDTO => {
      const a = ids[i] ?? 0;
      const [c] = (between.all(a, b) as unknown as EdgeKey[]).sort((x, y) => PATH_EDGE_TYPES.indexOf(x.type) - PATH_EDGE_TYPES.indexOf(y.type));
      if (c === undefined) throw new Error(`embedded store connection: expected a relationship between ${a} and ${b}`);
      return { type: c.type, from: this.dto.any(c.src), to: this.dto.any(c.dst), evidence: this.dto.evidence(c) };
    });
    return { length: edges.length, nodes: ids.map((id) => this.dto.any(id)), edges };
  }

  async article(id: string): Promise<ArticleDTO | null> {
    const n = this.node('Article', id);
    return n === undefined ? null : this.dto.article(n);
  }

  async eventsOf(articleId: string, args?: PageArgs): Promise<Connection<EventDTO>> {
    const id = this.node('Article', articleId);
    if (id === undefined) return page([], args);
    return page(this.rows.outIds(id, 'REPORTS').map((event) => this.dto.event(event)).sort(compareEvents), args);
  }

  async peopleIn(articleId: string, args?: PageArgs): Promise<Connection<PersonDTO>> {
    const id = this.node('Article', articleId);
    if (id === undefined) return page([], args);
    return this.pageOf(this.sortPeople(this.rows.outIds(id, 'MENTIONS')), args, (p) => this.dto.person(p));
  }

  // ---------------------------------------------------------------- resolution

  async mentionsOf(blocks: readonly string[]): Promise<StoredMention[]> {
    return this.resolution.mentionsOf(blocks);
  }

  async mentionBlocks(): Promise<string[]> {
    return this.resolution.mentionBlocks();
  }

  async storedPeople(blocks: readonly string[]): Promise<StoredPerson[]> {
    return this.resolution.storedPeople(blocks);
  }

  async replacePeople(remove: readonly string[], people: GraphBatch): Promise<PeopleWriteSummary> {
    const summary = this.resolution.replacePeople(remove, people);
    this.changed();
    return summary;
  }

  async identityOf(personId: string): Promise<IdentityDTO | null> {
    return this.resolution.identityOf(personId);
  }

  // ---------------------------------------------------------------- the whole graph

  /** Every node in the model's form, read from the database as it goes (for exports). */
  *allNodes(): Generator<GraphNode> {
    for (const row of this.st.get('SELECT label, key, props FROM node ORDER BY id').iterate()) {
      const r = row as { label: NodeLabel; key: string; props: string };
      yield { label: r.label, key: r.key, props: this.rows.props.parse(r.label, r.props) } as GraphNode;
    }
  }

  /** Every relationship in the model's form (provenance sorted, as batches hold it). */
  *allEdges(): Generator<GraphEdge> {
    const sql =
      'SELECT e.type, s.label AS fromLabel, s.key AS fromKey, d.label AS toLabel, d.key AS toKey, e.props, e.articles, e.evidence ' +
      'FROM edge e JOIN node s ON s.id = e.src JOIN node d ON d.id = e.dst ORDER BY s.id, e.type, d.id';
    for (const row of this.st.get(sql).iterate()) {
      const r = row as { type: EdgeType; fromLabel: NodeLabel; fromKey: string; toLabel: NodeLabel; toKey: string; props: string; articles: string; evidence: string };
      const evidence = (JSON.parse(r.evidence) as EvidenceRef[]).map(([articleId, sentence]) => encodeEvidence({ articleId, quote: this.rows.sentence(sentence) }));
      yield {
        type: r.type,
        from: { label: r.fromLabel, key: r.fromKey },
        to: { label: r.toLabel, key: r.toKey },
        props: { ...JSON.parse(r.props), articles: (JSON.parse(r.articles) as string[]).sort(), evidence: evidence.sort() },
      } as GraphEdge;
    }
  }

  // ---------------------------------------------------------------- lists

  /** Event node ids matching the filters, in event order. */
  private eventIds(args: Omit<EventsArgs, keyof PageArgs>, argument = 'events(organizer)'): readonly number[] {
    const from = checkDate('from', args.from);
    const to = checkDate('to', args.to);
    const where = "(?1 IS NULL OR json_extract(props, '$.kind') = ?1) AND (?2 IS NULL OR day >= ?2) AND (?3 IS NULL OR day <= ?3) AND (?2 IS NULL AND ?3 IS NULL OR day IS NOT NULL)";
    const params = [args.kind ?? null, from, to];
    const listed = (sql: string, ...values: (string | number | null)[]) => this.remembered(sql, values, () => this.ids(sql, ...values));
    if (!args.organizer) return listed(`SELECT id FROM node WHERE label = 'Event' AND ${where} ORDER BY day IS NULL, day DESC, key`, ...params);
    const organizer = this.bodies.named(argument, args.organizer);
    if (organizer === null) return [];
    return listed(
      `SELECT id FROM node WHERE id IN (SELECT src FROM edge WHERE type = 'ORGANIZED_BY' AND dst = ?4) AND ${where} ORDER BY day IS NULL, day DESC, key`,
      ...params,
      organizer,
    );
  }

  private articlesInto(label: 'Person' | 'Event', key: string, type: EdgeType, args?: PageArgs): Connection<ArticleDTO> {
    const id = this.node(label, key);
    if (id === undefined) return page([], args);
    return page(this.rows.inIds(id, type).map((article) => this.dto.article(article)).sort(compareArticles), args);
  }
}

/** The embedded store, in memory or on a graph file (see EmbeddedStoreOptions). */
export function openEmbeddedStore(options: EmbeddedStoreOptions = {}): EmbeddedStore {
  return new EmbeddedStore(options);
}
