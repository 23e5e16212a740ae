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
import { describeOrganization, type OrgInfo, type PlaceInfo } from './organizations.js';
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
    const org = (name: string): OrgInfo => this.organization(name, hints);
    const facts = (evidence: readonly string[]): EdgeProps => ({
      articles: [article.id],
      evidence: evidence.length === 0 ? [] : [...new Set(evidence)].map((quote) => encodeEvidence({ articleId: article.id, quote })).sort(),
    });

    const events = new Map<string, NodeRef>();
    let organizerAnchor: Anchor | null = null;
    for (const e of record.events) {
      const organizer = e.organizer === null ? null : org(e.organizer);
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
        this.edge('ORGANIZED_BY', ref, this.addOrganization(organizer, hints), facts([]));
        if (organizer.place !== null) organizerAnchor ??= placeAnchor(anchorPlace(organizer.place, this.anchorLevel));
        else if (organizer.central) organizerAnchor ??= CENTRAL;
      }
    }

    const date = article.published ?? record.events.find((e) => e.date !== null)?.date ?? null;
    for (const person of mergeSameNames(record.people)) {
      this.addPerson(person, { articleRef, events, organizerAnchor, date, org, hints, facts });
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
      org: (name: string) => OrgInfo;
      hints: UnitHints;
      facts: (evidence: readonly string[]) => EdgeProps;
    },
  ): void {
    const positions = person.positions.map((p) => ({ ...p, org: ctx.org(p.organization) }));
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
      const orgRef = this.addOrganization(p.org, ctx.hints);
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

  /** The organization's node, its PART_OF parents and its place, once per name and hints. */
  private addOrganization(info: OrgInfo, hints: UnitHints): NodeRef {
    const ref: NodeRef = { label: 'Organization', key: info.key };
    if (this.nodes.has(nodeId(ref))) return ref;
    this.node({
      label: 'Organization',
      key: info.key,
      props: { name: info.name, search: searchKey(info.name), kind: info.kind, level: info.level },
    });
    if (info.place !== null) this.edge('IN', ref, this.addPlace(info.place), NO_PROVENANCE);
    if (info.parent !== null) {
      const parent = this.organization(info.parent, hints);
      if (parent.key !== info.key) this.edge('PART_OF', ref, this.addOrganization(parent, hints), NO_PROVENANCE);
    }
    return ref;
  }

  private addPlace(place: PlaceInfo): NodeRef {
    const ref = this.node({
      label: 'Place',
      key: place.key,
      props: { name: place.name, search: searchKey(place.name), level: place.level, type: place.type },
    });
    if (place.parent !== null) this.edge('PART_OF', ref, this.addPlace(place.parent), NO_PROVENANCE);
    return ref;
  }

  /**
   * The article's province (and district), when its organizations resolve to exactly
   * one: they settle unit names found in several places ("Huyện ủy Châu Thành" in a
   * Bến Tre article, "Đảng ủy xã Xuân Thủy" in an article that names its district).
   */
  private provinceHints(record: ArticleRecord): UnitHints {
    const names = [
      ...record.events.flatMap((e) => (e.organizer === null ? [] : [e.organizer])),
      ...record.people.flatMap((p) => p.positions.map((q) => q.organization)),
    ];
    const provinces = new Set<string>();
    const districts = new Set<string>();
    for (const name of names) {
      let place = this.organization(name, {}).place;
      if (place === null || place.unitId === null) continue;
      while (place.parent) {
        if (place.level === 'district' && place.unitId !== null) districts.add(place.unitId);
        place = place.parent;
      }
      if (place.level === 'district' && place.unitId !== null) districts.add(place.unitId);
      if (place.unitId !== null) provinces.add(place.unitId);
    }
    const [province] = provinces;
    const [district] = districts;
    if (provinces.size !== 1 || province === undefined) return {};
    return districts.size === 1 && district !== undefined ? { province, district } : { province };
  }

  private organization(name: string, hints: UnitHints): OrgInfo {
    const cacheKey = `${hints.province ?? ''}|${hints.district ?? ''}\u0000${name}`;
    let info = this.orgCache.get(cacheKey);
    if (info === undefined) {
      info = describeOrganization(name, hints);
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

  private edge(type: Exclude<EdgeType, 'HOLDS'>, from: NodeRef, to: NodeRef, props: EdgeProps): void {
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
