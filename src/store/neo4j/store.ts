// The GraphStore interface over Neo4j: batched MERGE writes (write.ts) and read
// statements (reads.ts) answering exactly like the embedded store (the same contract
// suite runs on both). Every call is one round trip: lists are ordered, counted and
// paged in Cypher, facts come with their evidence's articles, and calls about single
// nodes made in the same tick are batched into one query (batch.ts).
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
import {
  DEFAULT_MAX_HOPS,
  MAX_HOPS,
  cutEvidence,
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
  type SuccessionDTO,
  type PeopleArgs,
  type PeopleWriteSummary,
  type PersonDTO,
  type PersonWithPositions,
  type PlaceDTO,
  type StoreHealth,
  type StoredMention,
  type WhoChairedArgs,
  type WriteSummary,
} from '../store.js';
import { Batches } from './batch.js';
import { createDriver, explain, reachable, settingsFrom, verify, type Neo4jSettings } from './connect.js';
import { countNodes, countRelationships, deleteAll, type Statement } from './cypher.js';
import * as D from './dto.js';
import { fromNeo4jValues } from './values.js';
import { Neo4jPeople } from './people.js';
import * as R from './reads.js';
import { ensureSchema } from './schema.js';
import { writeBatch, type WriteOptions } from './write.js';
import { pickOrganization, type OrganizationCandidate } from '../organization-names.js';

type Row = Record<string, unknown>;
type PageRow = { total: number; page: unknown[] };
/** One body an organization argument may name, with its page (reads.ts pagedPerBody). */
type NamedPage = PageRow & { candidate: D.Props };

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function candidate(c: D.Props): OrganizationCandidate {
  const place = text(c['place']);
  const province = text(c['province']);
  return {
    key: String(c['key']),
    name: String(c['name']),
    place: place === null ? null : province === null ? place : `${place}, ${province}`,
    validFrom: text(c['validFrom']),
    validUntil: text(c['validUntil']),
  };
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DATE.test(value)) throw new StoreInputError(`${name}: expected a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** Whether the caller reads the facts' evidence (store.ts FactReads: unless it says not). */
const readsEvidence = (reads: FactReads | undefined) => reads?.evidence !== false;
/** What the caller reads of the facts' evidence: none, all, or the first N items (store.ts FactReads). */
function evidenceRead(reads: FactReads | undefined): R.EvidenceRead {
  const first = reads?.evidenceFirst;
  if (!readsEvidence(reads) || first === undefined || first === null) return readsEvidence(reads);
  return { first: Math.max(0, Math.floor(first)) };
}
/** evidenceRead as a part of a statement's shape (the batch key: calls that share it share the statement and its parameters). */
const evidenceShape = (evidence: R.EvidenceRead) => (typeof evidence === 'object' ? `first:${evidence.first}` : String(evidence));

/** An organization argument as the statements take it: an id, or a name compared folded. */
const orgArg = (arg: string) => ({ key: arg, folded: searchKey(arg) });
/** What a Position's search starts with for this title (its name is "title, body"). */
const titlePrefix = (title: string | null | undefined) => (title ? `${searchKey(title)}, ` : null);

export interface Neo4jStoreOptions extends Partial<Neo4jSettings>, Pick<WriteOptions, 'chunkSize' | 'onRetry' | 'maxRetryMs'> {}

export class Neo4jStore implements GraphStore {
  private readonly resolution: Neo4jPeople;
  private readonly batches = new Batches();

  constructor(
    readonly driver: Driver,
    private readonly options: WriteOptions & { uri?: string; user?: string } = {},
  ) {
    this.resolution = new Neo4jPeople(driver, options.database);
  }

  // ---------------------------------------------------------------- plumbing

  private async read(s: Statement): Promise<Row[]> {
    const { records } = await this.driver.executeQuery(s.cypher, s.params, {
      routing: neo4j.routing.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    return records.map((r) => fromNeo4jValues(r.toObject()) as Row);
  }

  /** A total-and-page statement (reads.ts paged) as a Connection. */
  private async paged<T>(s: Statement, w: R.Window, toDto: (item: never) => T): Promise<Connection<T>> {
    const row = (await this.read(s))[0] as PageRow | undefined;
    return toConnection((row?.page ?? []).map((item) => toDto(item as never)), w.offset, Number(row?.total ?? 0));
  }

  /** One value per key from a statement over `$keys`, batched with same-shaped calls of this tick. */
  private each<T>(shape: string, key: string, statement: (keys: string[]) => Statement, value: (row: Row) => T, missing: T): Promise<T> {
    return this.batches.load(
      shape,
      key,
      async (keys) => new Map((await this.read(statement(keys))).map((r) => [String(r['key']), value(r)])),
      missing,
    );
  }

  /** A page per key (reads.ts pagedEach), batched like `each`. */
  private pageEach<T>(shape: string, key: string, args: PageArgs | undefined, statement: (keys: string[], w: R.Window) => Statement, toDto: (item: never) => T): Promise<Connection<T>> {
    const w = pageWindow(args);
    return this.each(
      `${shape}|${w.offset}|${w.limit}`,
      key,
      (keys) => statement(keys, w),
      (r) => toConnection((r['page'] as unknown[]).map((item) => toDto(item as never)), w.offset, Number(r['total'])),
      toConnection<T>([], w.offset, 0),
    );
  }

  /**
   * The page of the one body an organization argument names (organization-names.ts),
   * from a statement that pages every body the argument may name (reads.ts
   * pagedPerBody), batched like `each`; empty when it names none.
   * @throws StoreInputError when it names several and `date` does not settle it.
   */
  private async pageOfBody<T>(
    argument: string,
    shape: string,
    arg: string,
    date: string | null,
    args: PageArgs | undefined,
    statement: (keys: string[], w: R.Window) => Statement,
    toDto: (item: never) => T,
  ): Promise<Connection<T>> {
    const w = pageWindow(args);
    const named = await this.each(`${shape}|${w.offset}|${w.limit}`, arg, (keys) => statement(keys, w), (r) => r['named'] as NamedPage[], []);
    const key = pickOrganization(argument, arg, named.map((n) => candidate(n.candidate)), date);
    const chosen = named.find((n) => n.candidate['key'] === key);
    return toConnection((chosen?.page ?? []).map((item) => toDto(item as never)), w.offset, Number(chosen?.total ?? 0));
  }

  private node<T>(l: NodeLabel, key: string, toDto: (p: D.Props) => T): Promise<T | null> {
    return this.each<T | null>(`node|${l}`, key, (keys) => R.nodesByKeys(l, keys), (r) => toDto(r['node'] as D.Props), null);
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
      const s = deleteAll();
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
    for (const r of await this.read(countNodes())) {
      const l = r['label'] as NodeLabel;
      if (l in nodes) nodes[l] = Number(r['count']);
    }
    for (const r of await this.read(countRelationships())) {
      const t = r['type'] as EdgeType;
      if (t in relationships) relationships[t] = Number(r['count']);
    }
    return { nodes, relationships };
  }

  // ---------------------------------------------------------------- people

  async people(args: PeopleArgs): Promise<Connection<PersonDTO>> {
    const w = pageWindow(args);
    const search = args.search ? searchKey(args.search) : null;
    if (!args.title && !args.organization) return this.paged(R.peoplePage(search, w), w, D.person);
    const prefix = titlePrefix(args.title);
    if (!args.organization) return this.paged(R.holdersPage(prefix ?? '', search, w), w, D.person);
    const statement = (keys: string[], page: R.Window) => R.holdersOfBodies(keys.map(orgArg), prefix, search, page);
    return this.pageOfBody('people(organization)', `holders-of|${prefix}|${search}`, args.organization, null, args, statement, D.person);
  }

  async person(id: string): Promise<PersonDTO | null> {
    return this.node('Person', id, D.person);
  }

  async positionsOf(personId: string, reads?: FactReads): Promise<HoldingDTO[]> {
    return (await this.holdingsRead(personId, reads))?.positions ?? [];
  }

  async personWithPositions(id: string, reads?: FactReads): Promise<PersonWithPositions | null> {
    return this.holdingsRead(id, reads);
  }

  /** A person and their holdings, from one statement (reads.ts holdingsOfPeople) shared by positionsOf and personWithPositions. */
  private holdingsRead(personId: string, reads: FactReads | undefined): Promise<PersonWithPositions | null> {
    const evidence = evidenceRead(reads);
    const statement = (keys: string[]) => R.holdingsOfPeople(keys, evidence);
    const toDtos = (r: Row) => ({ person: D.person(r['person'] as D.Props), positions: (r['holdings'] as never[]).map(D.holding).map(cutEvidence(reads)) });
    return this.each<PersonWithPositions | null>(`holdings|${evidenceShape(evidence)}`, personId, statement, toDtos, null);
  }

  async rolesOf(personId: string, args?: PageArgs & FactReads): Promise<Connection<ParticipationDTO>> {
    const evidence = evidenceRead(args);
    const statement = (keys: string[], w: R.Window) => R.rolesOfPeople(keys, w, evidence);
    return this.pageEach(`roles|${evidenceShape(evidence)}`, personId, args, statement, (row: never) => cutEvidence(args)(D.participation(row)));
  }

  async coParticipants(personId: string, args?: PageArgs): Promise<Connection<PersonDTO>> {
    return this.pageEach('coParticipants', personId, args, R.coParticipantsOfPeople, D.person);
  }

  async articlesOf(personId: string, args?: PageArgs): Promise<Connection<ArticleDTO>> {
    return this.pageEach('mentions', personId, args, (keys, w) => R.articlesInto('Person', 'MENTIONS', keys, w), D.article);
  }

  // ---------------------------------------------------------------- organizations

  async organizations(args: OrganizationsArgs): Promise<Connection<OrganizationDTO>> {
    const w = pageWindow(args);
    const search = args.search ? searchKey(args.search) : null;
    return this.paged(R.organizationsPage(search, args.kind ?? null, args.level ?? null, w), w, D.organization);
  }

  async organization(id: string): Promise<OrganizationDTO | null> {
    return this.node('Organization', id, D.organization);
  }

  async parentOf(organizationId: string): Promise<OrganizationDTO | null> {
    const parents = await this.related(organizationId, 'up');
    return parents[0] ?? null;
  }

  async subBodiesOf(organizationId: string): Promise<OrganizationDTO[]> {
    return this.related(organizationId, 'down');
  }

  private related(key: string, direction: 'up' | 'down'): Promise<OrganizationDTO[]> {
    const toDtos = (r: Row) => (r['organizations'] as D.Props[]).map(D.organization);
    return this.each(`bodies|${direction}`, key, (keys) => R.relatedBodies(keys, direction), toDtos, []);
  }

  async successorsOf(organizationId: string): Promise<SuccessionDTO[]> {
    return this.successions(organizationId, 'out');
  }

  async predecessorsOf(organizationId: string): Promise<SuccessionDTO[]> {
    return this.successions(organizationId, 'in');
  }

  private successions(key: string, direction: 'in' | 'out'): Promise<SuccessionDTO[]> {
    const toDtos = (r: Row) => (r['successions'] as D.Props[]).map(D.succession);
    return this.each(`successions|${direction}`, key, (keys) => R.successionsOf(keys, direction), toDtos, []);
  }

  async officeHolders(args: OfficeHoldersArgs): Promise<Connection<HoldingDTO>> {
    const filter = { titlePrefix: titlePrefix(args.title), asOf: checkDate('asOf', args.asOf) };
    const evidence = evidenceRead(args);
    const statement = (keys: string[], w: R.Window) => R.officeHolders(keys.map(orgArg), filter, w, evidence);
    const shape = `holders|${evidenceShape(evidence)}|${JSON.stringify(filter)}`;
    return this.pageOfBody('officeHolders(organization)', shape, args.organization, filter.asOf, args, statement, (row: never) => cutEvidence(args)(D.holding(row)));
  }

  async office(id: string): Promise<OfficeDTO | null> {
    const toDto = (r: Row) => D.office(r['position'] as D.Props, r['organization'] as D.Props);
    return this.each<OfficeDTO | null>('office', id, R.officesByKeys, toDto, null);
  }

  async place(id: string): Promise<PlaceDTO | null> {
    return this.node('Place', id, D.place);
  }

  // ---------------------------------------------------------------- events

  private eventFilter(args: Omit<EventsArgs, keyof PageArgs | 'organizer'>): R.EventFilter {
    return { kind: args.kind ?? null, from: checkDate('from', args.from), to: checkDate('to', args.to) };
  }

  async events(args: EventsArgs): Promise<Connection<EventDTO>> {
    const filter = this.eventFilter(args);
    if (!args.organizer) {
      const w = pageWindow(args);
      return this.paged(R.eventsPage(filter, w), w, D.event);
    }
    const statement = (keys: string[], w: R.Window) => R.eventsOfOrganizers(keys.map(orgArg), filter, w, null);
    return this.pageOfBody('events(organizer)', `events|${JSON.stringify(filter)}`, args.organizer, null, args, statement, D.event);
  }

  async event(id: string): Promise<EventDTO | null> {
    return this.node('Event', id, D.event);
  }

  async participantsOf(eventId: string): Promise<ParticipationDTO[]> {
    return this.each('participants', eventId, R.participantsOfEvents, (r) => (r['participants'] as never[]).map(D.participation), []);
  }

  async articlesReporting(eventId: string, args?: PageArgs): Promise<Connection<ArticleDTO>> {
    return this.pageEach('reports', eventId, args, (keys, w) => R.articlesInto('Event', 'REPORTS', keys, w), D.article);
  }

  async whoChaired(args: WhoChairedArgs): Promise<Connection<ChairedEventDTO>> {
    const filter = this.eventFilter({ from: args.from ?? null, to: args.to ?? null });
    const chairs = { evidence: readsEvidence(args) };
    const statement = (keys: string[], w: R.Window) => R.eventsOfOrganizers(keys.map(orgArg), filter, w, chairs);
    const toDto = (item: { event: D.Props; chairs: never[] }): ChairedEventDTO => ({
      event: D.event(item.event),
      chairs: item.chairs.map(D.participation),
    });
    return this.pageOfBody('whoChaired(organization)', `chaired|${chairs.evidence}|${JSON.stringify(filter)}`, args.organization, null, args, statement, toDto);
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
    const row = (await this.read(R.shortestConnection(args.from, args.to)))[0];
    if (row === undefined) return null;
    type PathNode = { eid: string; label: string; props: D.Props; organization: D.Props | null };
    const nodes = row['nodes'] as PathNode[];
    const rels = row['rels'] as { type: EdgeType; from: string; to: string; fact: D.Fact }[];
    if (rels.length > maxHops) return null;
    const dtos = new Map(nodes.map((n) => [n.eid, D.anyNode(n)]));
    const at = (eid: string) => {
      const dto = dtos.get(eid);
      if (dto === undefined) throw new Error(`neo4j store connection: expected node ${eid} on the path`);
      return dto;
    };
    const edges = rels.map((r) => ({ type: r.type, from: at(r.from), to: at(r.to), evidence: D.evidence(r.fact) }));
    return { length: edges.length, nodes: nodes.map((n) => at(n.eid)), edges };
  }

  async article(id: string): Promise<ArticleDTO | null> {
    return this.node('Article', id, D.article);
  }

  async eventsOf(articleId: string, args?: PageArgs): Promise<Connection<EventDTO>> {
    return this.pageEach('reported', articleId, args, R.eventsOfArticles, D.event);
  }

  async peopleIn(articleId: string, args?: PageArgs): Promise<Connection<PersonDTO>> {
    return this.pageEach('mentioned', articleId, args, R.peopleInArticles, D.person);
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
