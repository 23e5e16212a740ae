// Article records (the extraction contract) → a batch of nodes and relationships with
// provenance, ready for either store. Identity is decided here once (identity.ts,
// organizations.ts); the stores only merge on the keys they are given.
//
// Per article: an Article node; each event with ORGANIZED_BY its organizer and
// REPORTS from the article; each person with MENTIONS from the article, HOLDS each
// Position (OF its Organization) and a role relationship per role at an event. Facts
// carry the article id and those of the person's evidence sentences that state
// them (evidence.ts). Organizations get their
// PART_OF parents and IN their place; places get PART_OF up to the province. Those
// structural relationships follow from names, not from one article, so they carry
// no articles (their lists would otherwise grow with every article).

import type { ArticleRecord, EventRecord, PersonRecord } from '../extract/contract.js';
import type { UnitHints } from '../vietnam/gazetteer/index.js';
import { anchorOf, anchorPlace, CENTRAL, mergeSameNames, personKey, type Anchor, type AnchorLevel } from './identity.js';
import {
  edgeId,
  encodeEvidence,
  mergeEdges,
  mergeNodes,
  nodeId,
  ROLE_EDGE,
  type EdgeProps,
  type EdgeType,
  type GraphBatch,
  type GraphEdge,
  type GraphNode,
  type HoldsProps,
  type NodeRef,
} from './model.js';
import { PersonEvidence } from './evidence.js';
import { organizationOf, parentOrganization, successorOrganizations, successorPlaces, type BodyMention, type OrgInfo, type PlaceInfo } from './organizations.js';
import { nameKey, normalizeName, searchKey } from '../vietnam/text.js';

export interface BuildOptions {
  /** See identity.ts; default ANCHOR_LEVEL. */
  anchorLevel?: AnchorLevel;
}

const NO_PROVENANCE: EdgeProps = { articles: [], evidence: [] };

/** The natural key of an event: the same meeting reported by two articles is one node. */
export function eventKey(articleId: string, event: EventRecord, organizerKey: string | null): string {
  const series = event.term ?? event.termYears;
  if (organizerKey !== null && event.ordinal !== null && series !== null) {
    return `${organizerKey}|${event.kind}|${nameKey(series)}|${event.ordinal}`;
  }
  if (organizerKey !== null && event.date !== null) return `${organizerKey}|${event.kind}|${event.date}`;
  return `${articleId}#${event.id}`;
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
  private readonly orgCache = new Map<string, OrgInfo>();
  private readonly anchorLevel: AnchorLevel | undefined;
  articles = 0;

  constructor(options: BuildOptions = {}) {
    this.anchorLevel = options.anchorLevel;
  }

  add(record: ArticleRecord): void {
    this.articles += 1;
    const { article } = record;
    const articleRef = this.node({
      label: 'Article',
      key: article.id,
      props: {
        name: article.title ?? article.id,
        search: searchKey(article.title ?? article.id),
        title: article.title,
        published: article.published,
        author: article.author,
      },
    });
    const hints = this.provinceHints(record);
    const org = (mention: BodyMention): OrgInfo => this.organization(mention, hints);
    const facts = (evidence: readonly string[]): EdgeProps => ({
      articles: [article.id],
      evidence: evidence.length === 0 ? [] : [...new Set(evidence)].map((quote) => encodeEvidence({ articleId: article.id, quote })).sort(),
    });

    const events = new Map<string, NodeRef>();
    let organizerAnchor: Anchor | null = null;
    for (const e of record.events) {
      const organizer = e.organizer === null ? null : org({ name: e.organizer, kind: e.organizerKind, unit: e.organizerUnit });
      const name = normalizeName(e.name);
      const ref = this.node({
        label: 'Event',
        key: eventKey(article.id, e, organizer?.key ?? null),
        props: {
          name,
          search: searchKey(name),
          kind: e.kind,
          date: e.date,
          ordinal: e.ordinal,
          term: e.term,
          termYears: e.termYears,
          organizer: organizer?.name ?? null,
        },
      });
      events.set(e.id, ref);
      this.edge('REPORTS', articleRef, ref, facts([]));
      if (organizer !== null) {
        this.edge('ORGANIZED_BY', ref, this.addOrganization(organizer), facts([]));
        if (organizer.place !== null) organizerAnchor ??= placeAnchor(anchorPlace(organizer.place, this.anchorLevel));
        else if (organizer.central) organizerAnchor ??= CENTRAL;
      }
    }

    const date = article.published ?? record.events.find((e) => e.date !== null)?.date ?? null;
    for (const person of mergeSameNames(record.people)) {
      this.addPerson(person, { articleRef, events, organizerAnchor, date, org, facts });
    }
  }

  /** The merged batch so far (shared arrays: do not mutate). */
  batch(): GraphBatch {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
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

  private addPerson(
    person: PersonRecord,
    ctx: {
      articleRef: NodeRef;
      events: Map<string, NodeRef>;
      organizerAnchor: Anchor | null;
      date: string | null;
      org: (mention: BodyMention) => OrgInfo;
      facts: (evidence: readonly string[]) => EdgeProps;
    },
  ): void {
    const positions = person.positions.map((p) => ({ ...p, org: ctx.org({ name: p.organization, kind: p.bodyKind, unit: p.unit }) }));
    const anchor = anchorOf({
      positions: positions.map((p) => ({ place: p.org.place, central: p.org.central, former: p.former })),
      organizer: ctx.organizerAnchor,
      ...(this.anchorLevel === undefined ? {} : { level: this.anchorLevel }),
    });
    const name = normalizeName(person.name);
    const personRef: NodeRef = { label: 'Person', key: personKey(name, anchor) };
    if (!this.nodes.has(nodeId(personRef))) {
      this.node({ ...personRef, label: 'Person', props: { name, search: searchKey(name), jurisdiction: anchor.caption } });
    }
    const sentences = new PersonEvidence(person.evidence ?? []);
    this.edge('MENTIONS', ctx.articleRef, personRef, ctx.facts([]));

    for (const p of positions) {
      const title = normalizeName(p.title);
      const orgRef = this.addOrganization(p.org);
      const positionRef: NodeRef = { label: 'Position', key: positionKey(title, p.org.key) };
      if (!this.nodes.has(nodeId(positionRef))) {
        const positionName = `${title}, ${p.org.name}`;
        this.node({
          ...positionRef,
          label: 'Position',
          props: { name: positionName, search: searchKey(positionName), title, organization: p.org.name },
        });
        this.edge('OF', positionRef, orgRef, NO_PROVENANCE);
      }
      const holds: HoldsProps = {
        ...ctx.facts(sentences.forTitle(title)),
        former: p.former,
        firstSeen: ctx.date,
        lastSeen: ctx.date,
        currentFrom: p.former ? null : ctx.date,
        currentTo: p.former ? null : ctx.date,
        formerFrom: p.former ? ctx.date : null,
      };
      this.merge({ type: 'HOLDS', from: personRef, to: positionRef, props: holds });
    }

    for (const r of person.roles) {
      const eventRef = ctx.events.get(r.event);
      if (eventRef !== undefined) this.edge(ROLE_EDGE[r.role], personRef, eventRef, ctx.facts(sentences.forRole(r.role)));
    }
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
      this.succession(ref, this.addOrganization(next.organization), next.date, next.partly);
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
        search: searchKey(place.name),
        level: place.level,
        type: place.type,
        code: place.unit?.code ?? null,
        validFrom: place.unit?.validFrom ?? null,
        validUntil: place.unit?.validUntil ?? null,
      },
    });
    if (place.parent !== null) this.edge('PART_OF', ref, this.addPlace(place.parent), NO_PROVENANCE);
    for (const next of successorPlaces(place)) this.succession(ref, this.addPlace(next.place), next.date, next.partly);
    return ref;
  }

  private succession(from: NodeRef, to: NodeRef, date: string, partly: boolean): void {
    this.merge({ type: 'SUCCEEDED_BY', from, to, props: { ...NO_PROVENANCE, date, partly } });
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
    // Only an Event's properties can differ between two writes of one key (model.ts).
    if (seen === undefined) this.nodes.set(id, n);
    else if (n.label === 'Event') this.nodes.set(id, mergeNodes(seen, n));
    return { label: n.label, key: n.key };
  }

  private edge(type: Exclude<EdgeType, 'HOLDS' | 'SUCCEEDED_BY'>, from: NodeRef, to: NodeRef, props: EdgeProps): void {
    this.merge({ type, from, to, props });
  }

  private merge(e: GraphEdge): void {
    const id = edgeId(e);
    const seen = this.edges.get(id);
    this.edges.set(id, seen === undefined ? e : mergeEdges(seen, e));
  }
}

function placeAnchor(place: PlaceInfo): Anchor {
  return { key: place.key, caption: place.name };
}

/** All records → one merged batch. */
export function buildGraph(records: Iterable<ArticleRecord>, options: BuildOptions = {}): GraphBatch {
  const builder = new GraphBuilder(options);
  for (const r of records) builder.add(r);
  return builder.batch();
}
