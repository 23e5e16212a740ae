// The GraphStore interface over Neo4j: batched MERGE writes (write.ts) and read
// queries (cypher.ts) answering exactly like the embedded store (the same contract
// suite runs on both). Long lists are ordered and paged in Cypher; a node's own
// short lists (positions, roles, participants, articles) are fetched whole and
// ordered with the embedded store's comparators, so both orders are one code.
//
// @example
//   const store = await createNeo4jStore({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password });
//   await store.write(buildGraph(records));
//   (await store.people({ search: 'le tien nhat' })).totalCount
//   await store.close();

import neo4j, { type Driver } from 'neo4j-driver';
import type { StoredPerson } from '../../graph/identity/index.js';
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type GraphBatch, type NodeLabel } from '../../graph/model.js';
import { searchKey } from '../../vietnam/text.js';
import { compareEvents, compareHoldings, compareParticipants, compareRolesOfPerson } from '../orders.js';
import {
  compareArticles,
  DEFAULT_MAX_HOPS,
  MAX_HOPS,
  pageWindow,
  StoreInputError,
  toConnection,
  type ArticleDTO,
  type ChairedEventDTO,
  type Connection,
  type ConnectionArgs,
  type Counts,
  type EventDTO,
  type EventsArgs,
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
  type SuccessionDTO,
  type PeopleArgs,
  type PeopleWriteSummary,
  type PersonDTO,
  type PlaceDTO,
  type StoreHealth,
  type StoredMention,
  type WhoChairedArgs,
  type WriteSummary,
} from '../store.js';
import { createDriver, explain, reachable, settingsFrom, verify, type Neo4jSettings } from './connect.js';
import * as Q from './cypher.js';
import * as D from './dto.js';
import { Neo4jPeople } from './people.js';
import { ensureSchema } from './schema.js';
import { writeBatch, type WriteOptions } from './write.js';
import { pickOrganization, type OrganizationCandidate } from '../organization-names.js';

type Row = Record<string, unknown>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DATE.test(value)) throw new StoreInputError(`${name}: expected a date YYYY-MM-DD, got "${value}"`);
  return value;
}

function page<T>(all: readonly T[], args: PageArgs | undefined): Connection<T> {
  const { offset, limit } = pageWindow(args);
  return toConnection(all.slice(offset, offset + limit), offset, all.length);
}

export interface Neo4jStoreOptions extends Partial<Neo4jSettings>, Pick<WriteOptions, 'chunkSize' | 'onRetry' | 'maxRetryMs'> {}

export class Neo4jStore implements GraphStore {
  private readonly resolution: Neo4jPeople;

  constructor(
    readonly driver: Driver,
    private readonly options: WriteOptions & { uri?: string; user?: string } = {},
  ) {
    this.resolution = new Neo4jPeople(driver, options.database);
  }

  // ---------------------------------------------------------------- plumbing

  private async read(s: Q.Statement): Promise<Row[]> {
    const { records } = await this.driver.executeQuery(s.cypher, s.params, {
      routing: neo4j.routing.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    return records.map((r) => r.toObject() as Row);
  }

  private async one(s: Q.Statement): Promise<Row | undefined> {
    return (await this.read(s))[0];
  }

  private async paged<T>(build: (w: Q.Window) => Q.Statement, args: PageArgs | undefined, toDto: (p: D.Props) => T): Promise<Connection<T>> {
    const w = pageWindow(args);
    const row = await this.one(build(w));
    const items = ((row?.['page'] as D.Props[] | undefined) ?? []).map(toDto);
    return toConnection(items, w.offset, Number(row?.['total'] ?? 0));
  }

  /** Looks up, in one query, the articles that these relationships' provenance names. */
  private async articleLookup(props: readonly D.Props[]): Promise<D.ArticleLookup> {
    const ids = [...new Set(props.flatMap(D.provenanceIds))];
    const found = new Map<string, ArticleDTO>();
    if (ids.length > 0) {
      for (const r of await this.read(Q.articlesByKeys(ids))) {
        const a = D.article(r['article'] as D.Props);
        found.set(a.id, a);
      }
    }
    return (id) => found.get(id);
  }

  private async holdings(s: Q.Statement, keep: (row: Row) => boolean = () => true): Promise<HoldingDTO[]> {
    const rows = (await this.read(s)).filter(keep);
    const lookup = await this.articleLookup(rows.map((r) => r['holds'] as D.Props));
    return rows
      .map((r) => D.holding(r as { person: D.Props; position: D.Props; organization: D.Props; holds: D.Props }, lookup))
      .sort(compareHoldings);
  }

  private async participations(s: Q.Statement): Promise<ParticipationDTO[]> {
    const rows = await this.read(s);
    const lookup = await this.articleLookup(rows.map((r) => r['props'] as D.Props));
    return rows.map((r) => D.participation(r as { person: D.Props; type: string; props: D.Props; event: D.Props }, lookup));
  }

  /** The key of the one organization an argument names (organization-names.ts), or null. */
  private async organizationNamed(argument: string, arg: string, date?: string | null): Promise<string | null> {
    const candidates = (await this.read(Q.organizationCandidates(arg, searchKey(arg)))).map((r): OrganizationCandidate => {
      const place = typeof r['place'] === 'string' ? r['place'] : null;
      const province = typeof r['province'] === 'string' ? r['province'] : null;
      return {
        key: String(r['key']),
        name: String(r['name']),
        place: place === null ? null : province === null ? place : `${place}, ${province}`,
        validFrom: typeof r['validFrom'] === 'string' ? r['validFrom'] : null,
        validUntil: typeof r['validUntil'] === 'string' ? r['validUntil'] : null,
      };
    });
    return pickOrganization(argument, arg, candidates, date);
  }

  /** Position keys with this title (ignoring accents and case) in this organization; null means any. */
  private async offices(argument: string, title: string | null, organization: string | null, date?: string | null): Promise<string[]> {
    const orgKey = organization === null ? null : await this.organizationNamed(argument, organization, date);
    if (organization !== null && orgKey === null) return [];
    const orgKeys = orgKey === null ? null : [orgKey];
    const folded = title === null ? null : searchKey(title);
    return (await this.read(Q.positionsOf(orgKeys)))
      .filter((r) => folded === null || searchKey(String(r['title'])) === folded)
      .map((r) => String(r['key']));
  }

  private async eventFilter(args: Omit<EventsArgs, keyof PageArgs>, argument = 'events(organizer)'): Promise<Q.EventFilter> {
    const from = checkDate('from', args.from);
    const to = checkDate('to', args.to);
    const organizerKey = args.organizer ? await this.organizationNamed(argument, args.organizer) : null;
    const organizerKeys = args.organizer ? (organizerKey === null ? [] : [organizerKey]) : null;
    return { organizerKeys, kind: args.kind ?? null, from, to };
  }

  private async node<T>(l: NodeLabel, key: string, toDto: (p: D.Props) => T): Promise<T | null> {
    const row = await this.one(Q.nodeByKey(l, key));
    return row === undefined ? null : toDto(row['node'] as D.Props);
  }

  // ---------------------------------------------------------------- writing

  /** Merges a batch; a failure says plainly what is wrong with the server (see explain). */
  async write(batch: GraphBatch): Promise<WriteSummary> {
    try {
      return await writeBatch(this.driver, batch, this.options);
    } catch (error) {
      throw explain(error, { uri: this.options.uri ?? 'the server', user: this.options.user ?? 'neo4j' });
    }
  }

  async clear(): Promise<void> {
    const session = this.driver.session(this.options.database ? { database: this.options.database } : {});
    try {
      const s = Q.deleteAll();
      await session.run(s.cypher, s.params);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async health(): Promise<StoreHealth> {
    const settings = { uri: this.options.uri ?? 'the server', user: this.options.user ?? 'neo4j', ...(this.options.database ? { database: this.options.database } : {}) };
    try {
      await reachable(this.driver, settings);
      return { ok: true, detail: `Neo4j at ${settings.uri}` };
    } catch (error) {
      return { ok: false, detail: explain(error, settings).message };
    }
  }

  async counts(): Promise<Counts> {
    const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
    const relationships = Object.fromEntries(EDGE_TYPES.map((t) => [t, 0])) as Record<EdgeType, number>;
    for (const r of await this.read(Q.countNodes())) {
      const l = r['label'] as NodeLabel;
      if (l in nodes) nodes[l] = Number(r['count']);
    }
    for (const r of await this.read(Q.countRelationships())) {
      const t = r['type'] as EdgeType;
      if (t in relationships) relationships[t] = Number(r['count']);
    }
    return { nodes, relationships };
  }

  // ---------------------------------------------------------------- people

  async people(args: PeopleArgs): Promise<Connection<PersonDTO>> {
    const search = args.search ? searchKey(args.search) : null;
    if (!args.title && !args.organization) return this.paged((w) => Q.peoplePage(search, w), args, D.person);
    const positions = await this.offices('people(organization)', args.title ?? null, args.organization ?? null);
    return this.paged((w) => Q.holdersPage(positions, search, w), args, D.person);
  }

  async person(id: string): Promise<PersonDTO | null> {
    return this.node('Person', id, D.person);
  }

  async positionsOf(personId: string): Promise<HoldingDTO[]> {
    return this.holdings(Q.holdingsOfPerson(personId));
  }

  async rolesOf(personId: string): Promise<ParticipationDTO[]> {
    return (await this.participations(Q.rolesOfPerson(personId))).sort(compareRolesOfPerson);
  }

  async coParticipants(personId: string, args?: PageArgs): Promise<Connection<PersonDTO>> {
    return this.paged((w) => Q.coParticipantsPage(personId, w), args, D.person);
  }

  async articlesOf(personId: string, args?: PageArgs): Promise<Connection<ArticleDTO>> {
    const rows = await this.read(Q.articlesInto('Person', 'MENTIONS', personId));
    return page(rows.map((r) => D.article(r['article'] as D.Props)).sort(compareArticles), args);
  }

  // ---------------------------------------------------------------- organizations

  async organizations(args: OrganizationsArgs): Promise<Connection<OrganizationDTO>> {
    const search = args.search ? searchKey(args.search) : null;
    return this.paged((w) => Q.organizationsPage(search, args.kind ?? null, args.level ?? null, w), args, D.organization);
  }

  async organization(id: string): Promise<OrganizationDTO | null> {
    return this.node('Organization', id, D.organization);
  }

  async parentOf(organizationId: string): Promise<OrganizationDTO | null> {
    const row = await this.one(Q.parentsOf(organizationId));
    return row === undefined ? null : D.organization(row['organization'] as D.Props);
  }

  async subBodiesOf(organizationId: string): Promise<OrganizationDTO[]> {
    return (await this.read(Q.subBodiesOf(organizationId))).map((r) => D.organization(r['organization'] as D.Props));
  }

  async successorsOf(organizationId: string): Promise<SuccessionDTO[]> {
    return (await this.read(Q.successionsOf(organizationId, 'out'))).map(D.succession);
  }

  async predecessorsOf(organizationId: string): Promise<SuccessionDTO[]> {
    return (await this.read(Q.successionsOf(organizationId, 'in'))).map(D.succession);
  }

  async officeHolders(args: OfficeHoldersArgs): Promise<Connection<HoldingDTO>> {
    const asOf = checkDate('asOf', args.asOf);
    pageWindow(args);
    const positions = await this.offices('officeHolders(organization)', args.title ?? null, args.organization, asOf);
    if (positions.length === 0) return page([], args);
    const keep = (row: Row) => asOf === null || D.heldAt(row['holds'] as D.Props, row['organization'] as D.Props, asOf);
    return page(await this.holdings(Q.holdingsOfPositions(positions), keep), args);
  }

  async office(id: string): Promise<OfficeDTO | null> {
    const row = await this.one(Q.officeByKey(id));
    return row === undefined ? null : D.office(row['position'] as D.Props, row['organization'] as D.Props);
  }

  async place(id: string): Promise<PlaceDTO | null> {
    return this.node('Place', id, D.place);
  }

  // ---------------------------------------------------------------- events

  async events(args: EventsArgs): Promise<Connection<EventDTO>> {
    const filter = await this.eventFilter(args);
    if (filter.organizerKeys !== null && filter.organizerKeys.length === 0) return page([], args);
    return this.paged((w) => Q.eventsPage(filter, w), args, D.event);
  }

  async event(id: string): Promise<EventDTO | null> {
    return this.node('Event', id, D.event);
  }

  async participantsOf(eventId: string): Promise<ParticipationDTO[]> {
    return (await this.participations(Q.participantsOfEvents([eventId]))).sort(compareParticipants);
  }

  async articlesReporting(eventId: string, args?: PageArgs): Promise<Connection<ArticleDTO>> {
    const rows = await this.read(Q.articlesInto('Event', 'REPORTS', eventId));
    return page(rows.map((r) => D.article(r['article'] as D.Props)).sort(compareArticles), args);
  }

  async whoChaired(args: WhoChairedArgs): Promise<Connection<ChairedEventDTO>> {
    const filter = await this.eventFilter({ organizer: args.organization, from: args.from ?? null, to: args.to ?? null }, 'whoChaired(organization)');
    if (filter.organizerKeys !== null && filter.organizerKeys.length === 0) return page([], args);
    const events = await this.paged((w) => Q.eventsPage(filter, w), args, D.event);
    const chairs = await this.participations(Q.participantsOfEvents(events.edges.map((e) => e.node.id), ['CHAIRED']));
    return {
      ...events,
      edges: events.edges.map(({ cursor, node }) => ({
        cursor,
        node: { event: node, chairs: chairs.filter((c) => c.event.id === node.id).sort(compareParticipants) },
      })),
    };
  }

  // ---------------------------------------------------------------- paths and articles

  async connection(args: ConnectionArgs): Promise<PathDTO | null> {
    const maxHops = args.maxHops ?? DEFAULT_MAX_HOPS;
    if (!Number.isInteger(maxHops) || maxHops < 0 || maxHops > MAX_HOPS) {
      throw new StoreInputError(`connection: expected maxHops from 0 to ${MAX_HOPS}, got ${maxHops}`);
    }
    if (args.from === args.to) {
      const p = await this.person(args.from);
      return p === null ? null : { length: 0, nodes: [{ __typename: 'Person', ...p }], edges: [] };
    }
    if (maxHops === 0) return null;
    const row = await this.one(Q.shortestConnection(args.from, args.to));
    if (row === undefined) return null;
    type PathNode = { eid: string; label: string; props: D.Props; organization: D.Props | null };
    const nodes = row['nodes'] as PathNode[];
    const rels = row['rels'] as { type: EdgeType; from: string; to: string; props: D.Props }[];
    if (rels.length > maxHops) return null;
    const dtos = new Map(nodes.map((n) => [n.eid, D.anyNode(n)]));
    const lookup = await this.articleLookup(rels.map((r) => r.props));
    const at = (eid: string) => {
      const dto = dtos.get(eid);
      if (dto === undefined) throw new Error(`neo4j store connection: expected node ${eid} on the path`);
      return dto;
    };
    const edges = rels.map((r) => ({ type: r.type, from: at(r.from), to: at(r.to), evidence: D.evidence(r.props, lookup) }));
    return { length: edges.length, nodes: nodes.map((n) => at(n.eid)), edges };
  }

  async article(id: string): Promise<ArticleDTO | null> {
    return this.node('Article', id, D.article);
  }

  async eventsOf(articleId: string, args?: PageArgs): Promise<Connection<EventDTO>> {
    const rows = await this.read(Q.eventsReportedBy(articleId));
    return page(rows.map((r) => D.event(r['event'] as D.Props)).sort(compareEvents), args);
  }

  async peopleIn(articleId: string, args?: PageArgs): Promise<Connection<PersonDTO>> {
    return this.paged((w) => Q.peopleInPage(articleId, w), args, D.person);
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
    try {
      return await this.resolution.replacePeople(remove, people);
    } catch (error) {
      throw explain(error, { uri: this.options.uri ?? 'the server', user: this.options.user ?? 'neo4j' });
    }
  }

  async identityOf(personId: string): Promise<IdentityDTO | null> {
    return this.resolution.identityOf(personId);
  }
}

/**
 * A Neo4j store from options or NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD: checks the
 * server and credentials (Neo4jConnectionError) and creates the schema first.
 */
export async function createNeo4jStore(options: Neo4jStoreOptions = {}): Promise<Neo4jStore> {
  const settings = settingsFrom(options);
  const driver = createDriver(settings);
  try {
    await verify(driver, settings);
    await ensureSchema(driver, settings.database);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return new Neo4jStore(driver, {
    uri: settings.uri,
    user: settings.user,
    ...(settings.database ? { database: settings.database } : {}),
    ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    ...(options.maxRetryMs !== undefined ? { maxRetryMs: options.maxRetryMs } : {}),
  });
}
