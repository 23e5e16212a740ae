// The embedded store: the GraphStore interface over an in-memory graphology graph,
// fed by the same batches as Neo4j. What `cadregraph serve` uses without NEO4J_URI.
//
// @example
//   const store = createMemoryStore();
//   await store.write(buildGraph(records));
//   (await store.people({ search: 'le tien nhat' })).edges[0]?.node.name // 'Lê Tiến Nhật'

import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { StoredPerson } from '../../graph/identity/index.js';
import { EDGE_TYPES, nodeId, NODE_LABELS, ROLE_EDGE_TYPES, type EdgeType, type GraphBatch, type GraphNode, type HoldsEdge, type NodeLabel, type SuccessionProps } from '../../graph/model.js';
import { searchKey } from '../../vietnam/text.js';
import {
  compareArticles,
  DEFAULT_MAX_HOPS,
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
  type StoreHealth,
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
  type StoredMention,
  type WhoChairedArgs,
  type WriteSummary,
} from '../store.js';
import { byNameThenId, Dto } from './dto.js';
import { compareEvents, compareHoldings, compareParticipants, compareRolesOfPerson } from '../orders.js';
import { MemoryGraph } from './graph.js';
import { heldAt } from '../held.js';
import { pickOrganization, type OrganizationCandidate } from '../organization-names.js';
import { MemoryPeople } from './people.js';

const ROLE_TYPES = new Set<EdgeType>(ROLE_EDGE_TYPES);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function page<T>(all: readonly T[], args: PageArgs | undefined): Connection<T> {
  const { offset, limit } = pageWindow(args);
  return toConnection(all.slice(offset, offset + limit), offset, all.length);
}

function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DATE.test(value)) throw new StoreInputError(`${name}: expected a date YYYY-MM-DD, got "${value}"`);
  return value;
}

function inRange(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  return (from === null || date >= from) && (to === null || date <= to);
}

class MemoryStore implements GraphStore {
  private readonly g = new MemoryGraph();
  private readonly dto = new Dto(this.g);
  private readonly resolution = new MemoryPeople(this.g, this.dto);
  private sorted = new Map<NodeLabel, { version: number; ids: string[] }>();

  async write(batch: GraphBatch): Promise<WriteSummary> {
    return this.g.write(batch);
  }

  async clear(): Promise<void> {
    this.g.clear();
  }

  async close(): Promise<void> {
    this.g.clear();
  }

  async health(): Promise<StoreHealth> {
    return { ok: true, detail: 'an in-memory graph' };
  }

  async counts(): Promise<Counts> {
    const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, this.g.ids(l).size])) as Record<NodeLabel, number>;
    const relationships = Object.fromEntries(EDGE_TYPES.map((t) => [t, 0])) as Record<EdgeType, number>;
    this.g.graph.forEachEdge((_k, attrs) => {
      relationships[attrs.type] += 1;
    });
    return { nodes, relationships };
  }

  // ---------------------------------------------------------------- people

  async people(args: PeopleArgs): Promise<Connection<PersonDTO>> {
    const search = args.search ? searchKey(args.search) : null;
    const matches = (id: string) => search === null || this.g.attrs(id).props.search.includes(search);
    if (!args.title && !args.organization) {
      return this.pageOf(this.sortedIds('Person').filter(matches), args, (id) => this.dto.person(id));
    }
    // Filtered by office: start from the few matching positions, not from everyone.
    const holders = new Set<string>();
    for (const positionId of this.offices('people(organization)', args.title ?? null, args.organization ?? null)) {
      for (const { other } of this.g.in(positionId, 'HOLDS')) if (matches(other)) holders.add(other);
    }
    return this.pageOf(this.sortNodes([...holders]), args, (id) => this.dto.person(id));
  }

  async person(id: string): Promise<PersonDTO | null> {
    const n = this.g.node('Person', id);
    return n === undefined ? null : this.dto.person(nodeId(n));
  }

  async positionsOf(personId: string): Promise<HoldingDTO[]> {
    const id = nodeId({ label: 'Person', key: personId });
    if (!this.g.graph.hasNode(id)) return [];
    return this.g
      .out(id, 'HOLDS')
      .map(({ edge, other }) => this.dto.holding(id, other, edge as HoldsEdge))
      .sort(compareHoldings);
  }

  async rolesOf(personId: string, args?: PageArgs): Promise<Connection<ParticipationDTO>> {
    const id = nodeId({ label: 'Person', key: personId });
    if (!this.g.graph.hasNode(id)) return page([], args);
    const roles: ParticipationDTO[] = [];
    this.g.graph.forEachOutEdge(id, (_k, edge, _s, target) => {
      if (ROLE_TYPES.has(edge.type)) roles.push(this.dto.participation(id, target, edge));
    });
    return page(roles.sort(compareRolesOfPerson), args);
  }

  async coParticipants(personId: string, args?: PageArgs): Promise<Connection<PersonDTO>> {
    const id = nodeId({ label: 'Person', key: personId });
    const others = new Set<string>();
    if (this.g.graph.hasNode(id)) {
      this.g.graph.forEachOutEdge(id, (_k, edge, _s, event) => {
        if (!ROLE_TYPES.has(edge.type)) return;
        this.g.graph.forEachInEdge(event, (_k2, e2, source) => {
          if (ROLE_TYPES.has(e2.type) && source !== id) others.add(source);
        });
      });
    }
    return this.pageOf(this.sortNodes([...others]), args, (p) => this.dto.person(p));
  }

  async articlesOf(personId: string, args?: PageArgs): Promise<Connection<ArticleDTO>> {
    return this.articlesInto(nodeId({ label: 'Person', key: personId }), 'MENTIONS', args);
  }

  // ---------------------------------------------------------------- organizations

  async organizations(args: OrganizationsArgs): Promise<Connection<OrganizationDTO>> {
    const search = args.search ? searchKey(args.search) : null;
    const ids = this.sortedIds('Organization').filter((id) => {
      const n = this.g.attrs(id);
      if (n.label !== 'Organization') return false;
      if (search !== null && !n.props.search.includes(search)) return false;
      if (args.kind && n.props.kind !== args.kind) return false;
      return !(args.level && n.props.level !== args.level);
    });
    return this.pageOf(ids, args, (id) => this.dto.organization(id));
  }

  async organization(id: string): Promise<OrganizationDTO | null> {
    const n = this.g.node('Organization', id);
    return n === undefined ? null : this.dto.organization(nodeId(n));
  }

  async parentOf(organizationId: string): Promise<OrganizationDTO | null> {
    const id = nodeId({ label: 'Organization', key: organizationId });
    if (!this.g.graph.hasNode(id)) return null;
    const parents = this.sortNodes(this.g.out(id, 'PART_OF').map((x) => x.other));
    return parents[0] === undefined ? null : this.dto.organization(parents[0]);
  }

  async subBodiesOf(organizationId: string): Promise<OrganizationDTO[]> {
    const id = nodeId({ label: 'Organization', key: organizationId });
    if (!this.g.graph.hasNode(id)) return [];
    const children = this.g.in(id, 'PART_OF').map((x) => x.other);
    return this.sortNodes(children).map((c) => this.dto.organization(c));
  }

  async successorsOf(organizationId: string): Promise<SuccessionDTO[]> {
    return this.successions(organizationId, 'out');
  }

  async predecessorsOf(organizationId: string): Promise<SuccessionDTO[]> {
    return this.successions(organizationId, 'in');
  }

  private successions(organizationId: string, direction: 'in' | 'out'): SuccessionDTO[] {
    const id = nodeId({ label: 'Organization', key: organizationId });
    if (!this.g.graph.hasNode(id)) return [];
    const found = direction === 'out' ? this.g.out(id, 'SUCCEEDED_BY') : this.g.in(id, 'SUCCEEDED_BY');
    const props = new Map(found.map(({ edge, other }) => [other, edge.props]));
    return this.sortNodes([...props.keys()]).map((other) => {
      const p = props.get(other) as SuccessionProps;
      return { organization: this.dto.organization(other), date: p.date, partly: p.partly };
    });
  }

  async officeHolders(args: OfficeHoldersArgs): Promise<Connection<HoldingDTO>> {
    const asOf = checkDate('asOf', args.asOf);
    const holdings: HoldingDTO[] = [];
    for (const positionId of this.offices('officeHolders(organization)', args.title ?? null, args.organization, asOf)) {
      const body = this.bodyOf(positionId);
      for (const { edge, other: personId } of this.g.in(positionId, 'HOLDS')) {
        const h = edge as HoldsEdge;
        if (asOf === null || heldAt(h.props, body, asOf)) holdings.push(this.dto.holding(personId, positionId, h));
      }
    }
    return page(holdings.sort(compareHoldings), args);
  }

  async office(id: string): Promise<OfficeDTO | null> {
    const n = this.g.node('Position', id);
    return n === undefined ? null : this.dto.office(nodeId(n));
  }

  async place(id: string): Promise<PlaceDTO | null> {
    const n = this.g.node('Place', id);
    return n === undefined ? null : this.dto.place(nodeId(n));
  }

  // ---------------------------------------------------------------- events

  async events(args: EventsArgs): Promise<Connection<EventDTO>> {
    return this.pageOf(this.eventIds(args), args, (id) => this.dto.event(id));
  }

  async event(id: string): Promise<EventDTO | null> {
    const n = this.g.node('Event', id);
    return n === undefined ? null : this.dto.event(nodeId(n));
  }

  async participantsOf(eventId: string): Promise<ParticipationDTO[]> {
    const id = nodeId({ label: 'Event', key: eventId });
    if (!this.g.graph.hasNode(id)) return [];
    const out: ParticipationDTO[] = [];
    this.g.graph.forEachInEdge(id, (_k, edge, source) => {
      if (ROLE_TYPES.has(edge.type)) out.push(this.dto.participation(source, id, edge));
    });
    return out.sort(compareParticipants);
  }

  async articlesReporting(eventId: string, args?: PageArgs): Promise<Connection<ArticleDTO>> {
    return this.articlesInto(nodeId({ label: 'Event', key: eventId }), 'REPORTS', args);
  }

  async whoChaired(args: WhoChairedArgs): Promise<Connection<ChairedEventDTO>> {
    const ids = this.eventIds({ organizer: args.organization, from: args.from ?? null, to: args.to ?? null }, 'whoChaired(organization)');
    return this.pageOf(ids, args, (eventId): ChairedEventDTO => {
      const chairs = this.g
        .in(eventId, 'CHAIRED')
        .map(({ edge, other }) => this.dto.participation(other, eventId, edge))
        .sort(compareParticipants);
      return { event: this.dto.event(eventId), chairs };
    });
  }

  // ---------------------------------------------------------------- paths and articles

  async connection(args: ConnectionArgs): Promise<PathDTO | null> {
    const maxHops = args.maxHops ?? DEFAULT_MAX_HOPS;
    if (!Number.isInteger(maxHops) || maxHops < 0 || maxHops > MAX_HOPS) {
      throw new StoreInputError(`connection: expected maxHops from 0 to ${MAX_HOPS}, got ${maxHops}`);
    }
    const from = nodeId({ label: 'Person', key: args.from });
    const to = nodeId({ label: 'Person', key: args.to });
    if (!this.g.graph.hasNode(from) || !this.g.graph.hasNode(to)) return null;
    if (from === to) return { length: 0, nodes: [this.dto.any(from)], edges: [] };
    if (!this.g.paths.hasNode(from) || !this.g.paths.hasNode(to)) return null;
    const ids = bidirectional(this.g.paths, from, to);
    if (ids === null || ids.length - 1 > maxHops) return null;
    const edges = ids.slice(1).map((b, i) => {
      const a = ids[i] ?? '';
      const candidates = this.g.between(a, b).filter((e) => PATH_EDGE_TYPES.includes(e.type));
      candidates.sort((x, y) => PATH_EDGE_TYPES.indexOf(x.type) - PATH_EDGE_TYPES.indexOf(y.type));
      const e = candidates[0];
      if (e === undefined) throw new Error(`memory store connection: expected a relationship between ${a} and ${b}`);
      return { type: e.type, from: this.dto.any(nodeId(e.from)), to: this.dto.any(nodeId(e.to)), evidence: this.dto.evidence(e) };
    });
    return { length: edges.length, nodes: ids.map((id) => this.dto.any(id)), edges };
  }

  async article(id: string): Promise<ArticleDTO | null> {
    const n = this.g.node('Article', id);
    return n === undefined ? null : this.dto.article(nodeId(n));
  }

  async eventsOf(articleId: string, args?: PageArgs): Promise<Connection<EventDTO>> {
    const id = nodeId({ label: 'Article', key: articleId });
    if (!this.g.graph.hasNode(id)) return page([], args);
    return page(this.g.out(id, 'REPORTS').map(({ other }) => this.dto.event(other)).sort(compareEvents), args);
  }

  async peopleIn(articleId: string, args?: PageArgs): Promise<Connection<PersonDTO>> {
    const id = nodeId({ label: 'Article', key: articleId });
    if (!this.g.graph.hasNode(id)) return page([], args);
    return this.pageOf(this.sortNodes(this.g.out(id, 'MENTIONS').map((x) => x.other)), args, (p) => this.dto.person(p));
  }

  // ---------------------------------------------------------------- resolution

  async mentionsOf(blocks: readonly string[]): Promise<StoredMention[]> {
    return this.resolution.mentionsOf(blocks);
  }

  async mentionBlocks(): Promise<string[]> {
    return this.g.blocks().filter((b) => this.g.inBlock(b).some((id) => this.g.attrs(id).label === 'Mention')).sort();
  }

  async storedPeople(blocks: readonly string[]): Promise<StoredPerson[]> {
    return this.resolution.storedPeople(blocks);
  }

  async replacePeople(remove: readonly string[], people: GraphBatch): Promise<PeopleWriteSummary> {
    return this.resolution.replacePeople(remove, people);
  }

  async identityOf(personId: string): Promise<IdentityDTO | null> {
    return this.resolution.identityOf(personId);
  }

  // ---------------------------------------------------------------- helpers

  /** Event node ids matching the filters, in event order. */
  private eventIds(args: Omit<EventsArgs, keyof PageArgs>, argument = 'events(organizer)'): string[] {
    const from = checkDate('from', args.from);
    const to = checkDate('to', args.to);
    const keep = (id: string): boolean => {
      const n = this.g.attrs(id);
      if (n.label !== 'Event') return false;
      if (args.kind && n.props.kind !== args.kind) return false;
      return inRange(n.props.date ?? null, from, to);
    };
    if (!args.organizer) return this.sortedIds('Event').filter(keep);
    const ids = new Set<string>();
    const orgId = this.organizationNamed(argument, args.organizer);
    if (orgId !== null) for (const { other } of this.g.in(orgId, 'ORGANIZED_BY')) if (keep(other)) ids.add(other);
    return this.sortEvents([...ids]);
  }

  private articlesInto(id: string, type: EdgeType, args?: PageArgs): Connection<ArticleDTO> {
    if (!this.g.graph.hasNode(id)) return page([], args);
    return page(this.g.in(id, type).map(({ other }) => this.dto.article(other)).sort(compareArticles), args);
  }

  /** Build DTOs for one page only: listing 20 of 20,000 people converts 20. */
  private pageOf<T>(ids: readonly string[], args: PageArgs | undefined, toDto: (id: string) => T): Connection<T> {
    const { offset, limit } = pageWindow(args);
    return toConnection(ids.slice(offset, offset + limit).map(toDto), offset, ids.length);
  }

  /** Node ids of a label in the label's list order, cached until the next write. */
  private sortedIds(label: NodeLabel): string[] {
    const cached = this.sorted.get(label);
    if (cached !== undefined && cached.version === this.g.version) return cached.ids;
    const ids = label === 'Event' ? this.sortEvents([...this.g.ids(label)]) : this.sortNodes([...this.g.ids(label)]);
    this.sorted.set(label, { version: this.g.version, ids });
    return ids;
  }

  private sortNodes(ids: string[]): string[] {
    const nodes = ids.map((id) => this.g.attrs(id));
    return nodes.sort(byNameThenId).map((n) => nodeId(n));
  }

  private sortEvents(ids: string[]): string[] {
    const nodes = ids.map((id) => this.g.attrs(id)).map((n) => ({ n, id: n.key, date: eventDate(n) }));
    return nodes.sort(compareEvents).map(({ n }) => nodeId(n));
  }

  /** The node id of the one organization an argument names (organization-names.ts), or null. */
  private organizationNamed(argument: string, arg: string, date?: string | null): string | null {
    const byId = this.g.node('Organization', arg);
    const folded = searchKey(arg);
    const ids = byId !== undefined ? [nodeId(byId)] : [...this.g.ids('Organization')].filter((id) => this.g.attrs(id).props.search === folded);
    const candidates = ids.map((id): OrganizationCandidate => {
      const n = this.g.attrs(id);
      if (n.label !== 'Organization') throw new Error(`memory store: expected an Organization at ${id}, got ${n.label}`);
      return { key: n.key, name: n.props.name, place: this.placeCaption(id), validFrom: n.props.validFrom ?? null, validUntil: n.props.validUntil ?? null };
    });
    const key = pickOrganization(argument, arg, candidates, date);
    return key === null ? null : nodeId({ label: 'Organization', key });
  }

  /** "huyện Châu Thành, tỉnh Bến Tre": an organization's place and the province above it. */
  private placeCaption(orgId: string): string | null {
    let placeId = this.g.out(orgId, 'IN')[0]?.other;
    if (placeId === undefined) return null;
    const names = [this.g.attrs(placeId).props.name];
    for (let up = this.g.out(placeId, 'PART_OF')[0]?.other; up !== undefined; up = this.g.out(up, 'PART_OF')[0]?.other) placeId = up;
    if (placeId !== this.g.out(orgId, 'IN')[0]?.other) names.push(this.g.attrs(placeId).props.name);
    return names.join(', ');
  }

  /** The validity of the organization a position is of. */
  private bodyOf(positionId: string): { validFrom: string | null; validUntil: string | null } {
    const orgId = this.g.out(positionId, 'OF')[0]?.other;
    const n = orgId === undefined ? undefined : this.g.attrs(orgId);
    return n?.label === 'Organization' ? { validFrom: n.props.validFrom ?? null, validUntil: n.props.validUntil ?? null } : { validFrom: null, validUntil: null };
  }

  /** Positions with this title (ignoring accents and case) in this organization; null means any. */
  private offices(argument: string, title: string | null, organization: string | null, date?: string | null): string[] {
    const orgId = organization === null ? null : this.organizationNamed(argument, organization, date);
    if (organization !== null && orgId === null) return [];
    const positions = orgId === null ? [...this.g.ids('Position')] : this.g.in(orgId, 'OF').map((x) => x.other);
    if (title === null) return positions;
    const folded = searchKey(title);
    return positions.filter((id) => {
      const n = this.g.attrs(id);
      return n.label === 'Position' && searchKey(n.props.title) === folded;
    });
  }
}

function eventDate(n: GraphNode): string | null {
  return n.label === 'Event' ? (n.props.date ?? null) : null;
}

export function createMemoryStore(): GraphStore {
  return new MemoryStore();
}
