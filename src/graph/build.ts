// Article records (the extraction contract) → a batch of nodes and relationships with
// provenance, ready for either store. Organizations are identified here once
// (organizations.ts); people are not: each article's person entries become Mention
// nodes, and resolution (identity/) decides, over all the mentions of a name, who is
// who and writes the Person nodes (identity/people.ts).
//
// Per article: an Article node; each event with ORGANIZED_BY its organizer and
// REPORTS from the article; each person entry a Mention, with its posts (Position
// nodes OF their Organization), roles and evidence in its profile. Organizations get
// their PART_OF parents and IN their place; places lie WITHIN their province.
// Those structural relationships follow from names, not from one article, so they
// carry no articles (their lists would otherwise grow with every article).

import { LRUCache } from 'lru-cache';
import type { ArticleRecord, EventRecord, PersonRecord, PositionRecord } from '../extract/contract.js';
import type { UnitHints } from '../vietnam/gazetteer/index.js';
import {
  edgeId,
  encodeEvidence,
  mergeEdges,
  mergeNodes,
  nodeId,
  REPORTED_LABELS,
  type EdgeProps,
  type EdgeType,
  type GraphBatch,
  type GraphEdge,
  type GraphNode,
  type NodeRef,
  type SuccessionType,
} from './model.js';
import { PersonEvidence } from './evidence.js';
import { mentionKey, mentionNode, type PostFact, type RoleFact } from './identity/mention.js';
import { resolveBatch } from './identity/batch.js';
import { articleCaption, eventCaption } from './captions.js';
import type { Judgement } from './identity/resolve.js';
import { organizationOf, parentOrganization, successorOrganizations, successorPlaces, type BodyMention, type OrgInfo, type PlaceInfo } from './organizations.js';
import { nameKey, normalizeName, searchKey } from '../vietnam/text.js';

/** Where an article came from: its graph key (src/ingest derives it) and the file it was read from. */
export interface ArticleSource {
  key: string;
  path?: string;
}

const NO_PROVENANCE: EdgeProps = { articles: [], evidence: [] };

export interface EventIdentity {
  key: string;
  /** The key names the meeting itself, so another article's report of it gets the same key. */
  shared: boolean;
}

/** An organizer that is one body wherever it is named: its place resolved, or a national body. */
function identifiesBody(organizer: OrgInfo | null): organizer is OrgInfo {
  return organizer !== null && (organizer.central || organizer.place?.unit != null);
}

/**
 * The natural key of an event: the same meeting reported by two articles is one
 * node. Two reports are one meeting when the same body held a meeting of the same
 * kind with the same term and number in the same year, or on the same day; a body
 * named without its place ("Huyện ủy") says too little, and its meetings stay the
 * article's own.
 */
export function eventKey(articleKey: string, event: EventRecord, organizer: OrgInfo | null, articleDate: string | null): EventIdentity {
  if (identifiesBody(organizer)) {
    const series = event.term ?? event.termYears;
    const year = (event.date ?? articleDate)?.slice(0, 4);
    if (event.ordinal !== null && series !== null) {
      return { key: `${organizer.key}|${event.kind}|${nameKey(series)}|${event.ordinal}${year ? `|${year}` : ''}`, shared: true };
    }
    if (event.date !== null) return { key: `${organizer.key}|${event.kind}|${event.date}`, shared: true };
  }
  return { key: `${articleKey}#${event.id}`, shared: false };
}

export function positionKey(title: string, organizationKey: string): string {
  return `${nameKey(title)}|${organizationKey}`;
}

/**
 * Accumulates articles into one merged batch. `take()` hands the batch over and
 * starts a new one, so ingestion can write every N articles with bounded memory.
 */
export class GraphBuilder {
  private nodes = new Map<string, GraphNode>();
  private edges = new Map<string, GraphEdge>();
  /** Bodies resolved for recent mentions; bounded so a long ingest's memory stays flat. */
  private readonly orgCache = new LRUCache<string, OrgInfo>({ max: 10_000 });
  articles = 0;

  /**
   * Adds one article. `source.key` is its Article key (src/ingest derives it from the
   * text); without one, the record's own id is taken.
   */
  add(record: ArticleRecord, source: ArticleSource = { key: record.article.id }): void {
    this.articles += 1;
    const { article } = record;
    const key = source.key;
    const title = article.title ?? article.id;
    const articleRef = this.node({
      label: 'Article',
      key,
      props: {
        name: title,
        caption: articleCaption(key, article.published),
        search: searchKey(title),
        title: article.title,
        published: article.published,
        author: article.author,
        paths: source.path === undefined ? [] : [source.path],
      },
    });
    const date = article.published ?? record.events.find((e) => e.date !== null)?.date ?? null;
    const hints = this.provinceHints(record);
    const org = (mention: BodyMention): OrgInfo => this.organization(mention, hints);
    const encode = (evidence: readonly string[]): string[] =>
      [...new Set(evidence)].map((quote) => encodeEvidence({ articleId: key, quote })).sort();

    const events = new Map<string, RoleTarget>();
    let context: string[] | null = null;
    for (const e of record.events) {
      const organizer = e.organizer === null ? null : org({ name: e.organizer, kind: e.organizerKind, unit: e.organizerUnit });
      const name = normalizeName(e.name);
      const identity = eventKey(key, e, organizer, date);
      const details = { name, kind: e.kind, date: e.date, ordinal: e.ordinal, term: e.term, organizer: organizer?.name ?? null };
      const ref = this.node({
        label: 'Event',
        key: identity.key,
        props: { ...details, caption: eventCaption(details), search: searchKey(name), termYears: e.termYears },
      });
      events.set(e.id, { ...identity, name });
      this.edge('REPORTS', articleRef, ref, { articles: [key], evidence: [] });
      if (organizer !== null) {
        this.edge('ORGANIZED_BY', ref, this.addOrganization(organizer), { articles: [key], evidence: [] });
        if (organizer.place !== null) context ??= unitsOf(organizer.place);
      }
    }
    context ??= hints.province === undefined ? [] : [hints.district, hints.province].filter((u) => u !== undefined);

    const seen = new Map<string, number>();
    const companions = companionsByPerson(record.people);
    record.people.forEach((person, index) => {
      const name = normalizeName(person.name);
      const n = (seen.get(nameKey(name)) ?? 0) + 1;
      seen.set(nameKey(name), n);
      const posts = person.positions.map((p) => this.addPost(p, org({ name: p.organization, kind: p.bodyKind, unit: p.unit }), person, encode));
      const sentences = new PersonEvidence(person.evidence ?? []);
      const roles: RoleFact[] = [];
      for (const r of person.roles) {
        const event = events.get(r.event);
        if (event !== undefined) roles.push({ event: event.key, shared: event.shared, name: event.name, role: r.role, evidence: encode(sentences.forRole(r.role)) });
      }
      const mention = { key: mentionKey(name, key, n), block: nameKey(name), name, article: key, date, profile: { posts, roles, context: context ?? [], companions: companions[index] ?? [] } };
      this.node(mentionNode(mention));
    });
  }

  /** The merged batch so far (shared arrays: do not mutate). */
  batch(): GraphBatch {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }

  /**
   * The merged batch so far with its people resolved over every mention in it:
   * what writing the articles to an empty store gives (serve and export use it).
   */
  withPeople(judgements: readonly Judgement[] = []): GraphBatch {
    const facts = this.batch();
    const people = resolveBatch(facts.nodes, judgements);
    return { nodes: [...facts.nodes, ...people.nodes], edges: [...facts.edges, ...people.edges] };
  }

  /**
   * The merged batch so far, and a fresh start. Each batch is self-contained: it
   * holds every node its relationships reference, so batches can be written in any order.
   */
  take(): GraphBatch {
    const out = this.batch();
    this.nodes = new Map();
    this.edges = new Map();
    this.articles = 0;
    return out;
  }

  /** An office of a person entry: its Position and Organization nodes, and the post as a mention keeps it. */
  private addPost(p: PositionRecord, org: OrgInfo, person: PersonRecord, encode: (evidence: readonly string[]) => string[]): PostFact {
    const title = normalizeName(p.title);
    const orgRef = this.addOrganization(org);
    const position = positionKey(title, org.key);
    const positionRef: NodeRef = { label: 'Position', key: position };
    if (!this.nodes.has(nodeId(positionRef))) {
      const positionName = `${title}, ${org.name}`;
      this.node({ ...positionRef, label: 'Position', props: { name: positionName, caption: title, search: searchKey(positionName), title, organization: org.name } });
      this.edge('OF', positionRef, orgRef, NO_PROVENANCE);
    }
    return {
      title,
      position,
      organization: org.key,
      body: org.name,
      kind: org.category,
      level: org.level,
      units: org.place === null ? [] : unitsOf(org.place),
      place: org.place?.name ?? null,
      central: org.central,
      former: p.former,
      evidence: encode(new PersonEvidence(person.evidence ?? []).forTitle(title)),
    };
  }

  /**
   * The organization's node with its place (IN), the bodies it is part of (PART_OF) and
   * what it became in the reform (SUCCEEDED_BY): all functions of the key, so every
   * batch that holds the node holds the same relationships.
   */
  private addOrganization(info: OrgInfo): NodeRef {
    const ref: NodeRef = { label: 'Organization', key: info.key };
    if (this.nodes.has(nodeId(ref))) return ref;
    this.node({
      label: 'Organization',
      key: info.key,
      props: {
        name: info.name,
        caption: info.name,
        search: searchKey(info.name),
        kind: info.category,
        level: info.level,
        body: info.kind,
        validFrom: info.unit?.validFrom ?? null,
        validUntil: info.unit?.validUntil ?? null,
      },
    });
    if (info.place !== null) this.edge('IN', ref, this.addPlace(info.place), NO_PROVENANCE);
    const parent = parentOrganization(info);
    if (parent !== null && parent.key !== info.key) this.edge('PART_OF', ref, this.addOrganization(parent), NO_PROVENANCE);
    for (const next of successorOrganizations(info)) {
      this.succession('SUCCEEDED_BY', ref, this.addOrganization(next.organization), next.date, next.partly);
    }
    return ref;
  }

  private addPlace(place: PlaceInfo): NodeRef {
    const ref: NodeRef = { label: 'Place', key: place.key };
    if (this.nodes.has(nodeId(ref))) return ref;
    this.node({
      label: 'Place',
      key: place.key,
      props: {
        name: place.name,
        caption: place.name,
        search: searchKey(place.name),
        level: place.level,
        type: place.type,
        code: place.unit?.code ?? null,
        validFrom: place.unit?.validFrom ?? null,
        validUntil: place.unit?.validUntil ?? null,
      },
    });
    if (place.parent !== null) this.edge('WITHIN', ref, this.addPlace(place.parent), NO_PROVENANCE);
    for (const next of successorPlaces(place)) this.succession('MERGED_INTO', ref, this.addPlace(next.place), next.date, next.partly);
    return ref;
  }

  private succession(type: SuccessionType, from: NodeRef, to: NodeRef, date: string, partly: boolean): void {
    this.merge({ type, from, to, props: { ...NO_PROVENANCE, date, partly } });
  }

  /**
   * For a record without resolved units: the article's province (and district), when its
   * organizations resolve to exactly one, and its date. They settle unit names found in
   * several places ("Huyện ủy Châu Thành" in a Bến Tre article) and which period a name
   * belongs to.
   */
  private provinceHints(record: ArticleRecord): UnitHints {
    const date = record.article.published ?? record.events.find((e) => e.date !== null)?.date ?? null;
    const mentions: BodyMention[] = [
      ...record.events.flatMap((e) => (e.organizer === null ? [] : [{ name: e.organizer, kind: e.organizerKind, unit: e.organizerUnit }])),
      ...record.people.flatMap((p) => p.positions.map((q) => ({ name: q.organization, kind: q.bodyKind, unit: q.unit }))),
    ];
    const provinces = new Set<string>();
    const districts = new Set<string>();
    for (const mention of mentions) {
      let place = this.organization(mention, { date }).place;
      if (place === null || place.unit === null) continue;
      while (place.parent) {
        if (place.level === 'district') districts.add(place.key);
        place = place.parent;
      }
      if (place.level === 'district') districts.add(place.key);
      provinces.add(place.key);
    }
    const [province] = provinces;
    const [district] = districts;
    if (provinces.size !== 1 || province === undefined) return { date };
    return districts.size === 1 && district !== undefined ? { province, district, date } : { province, date };
  }

  private organization(mention: BodyMention, hints: UnitHints): OrgInfo {
    // With a resolved kind and unit the hints play no part: one entry per body.
    const resolved = mention.kind !== undefined && mention.unit !== undefined;
    const cacheKey = resolved
      ? `${mention.kind}\u0000${mention.unit}`
      : `${hints.province ?? ''}|${hints.district ?? ''}|${hints.date ?? ''}\u0000${mention.kind ?? ''}\u0000${mention.name}`;
    let info = this.orgCache.get(cacheKey);
    if (info === undefined) {
      info = organizationOf(mention, hints);
      this.orgCache.set(cacheKey, info);
    }
    return info;
  }

  private node(n: GraphNode): NodeRef {
    const id = nodeId(n);
    const seen = this.nodes.get(id);
    // Only reported properties (an Event's, an Article's paths) can differ between two writes of one key (model.ts).
    if (seen === undefined) this.nodes.set(id, n);
    else if (REPORTED_LABELS.has(n.label)) this.nodes.set(id, mergeNodes(seen, n));
    return { label: n.label, key: n.key };
  }

  private edge(type: Exclude<EdgeType, 'HOLDS' | SuccessionType | 'SAME_AS'>, from: NodeRef, to: NodeRef, props: EdgeProps): void {
    this.merge({ type, from, to, props });
  }

  private merge(e: GraphEdge): void {
    const id = edgeId(e);
    const seen = this.edges.get(id);
    this.edges.set(id, seen === undefined ? e : mergeEdges(seen, e));
  }
}

interface RoleTarget extends EventIdentity {
  name: string;
}

/** A place and the places enclosing it, innermost first: unit ids ("2004:020"), or the key of an unresolved unit. */
function unitsOf(place: PlaceInfo): string[] {
  const out: string[] = [];
  for (let p: PlaceInfo | null = place; p !== null; p = p.parent) out.push(p.key);
  return out;
}

/** For each person entry, the name keys of the others the article places at one of their events. */
function companionsByPerson(people: readonly PersonRecord[]): string[][] {
  return people.map((person, i) => {
    const events = new Set(person.roles.map((r) => r.event));
    const others = people.filter((other, j) => j !== i && other.roles.some((r) => events.has(r.event))).map((other) => nameKey(other.name));
    return [...new Set(others)].filter((k) => k !== nameKey(person.name)).sort();
  });
}

/**
 * All records → one merged batch, people resolved: what ingesting them into an
 * empty store gives (judgements as a judgements file gives them).
 */
export function buildGraph(records: Iterable<ArticleRecord>, judgements: readonly Judgement[] = []): GraphBatch {
  const builder = new GraphBuilder();
  for (const r of records) builder.add(r);
  return builder.withPeople(judgements);
}
