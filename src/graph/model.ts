// The graph model shared by both stores: node labels, relationship types, their
// properties and natural keys, the batch shape that `store.write` consumes, and the
// merge rules that make writing the same facts twice a no-op.
//
// Properties are kept to what Neo4j can store on nodes and relationships (strings,
// numbers, booleans, lists of strings, null), so the Neo4j store can write a batch
// as-is (`UNWIND $rows AS row MERGE (n:Label {key: row.key}) SET n += row.props`)
// and the embedded store holds exactly the same values.

import type { EventKind, Role } from '../extract/contract.js';
import { ROLES } from '../extract/contract.js';
import { BODY_CATEGORIES, type BodyCategory } from '../vietnam/bodies.js';

// ---------------------------------------------------------------- nodes

export const NODE_LABELS = ['Person', 'Organization', 'Position', 'Event', 'Article', 'Place', 'Mention'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** What kind of body an organization is: the category of its kind in the bodies lexicon. */
export const ORG_KINDS = BODY_CATEGORIES;
export type OrgKind = BodyCategory;

export const LEVELS = ['central', 'province', 'district', 'commune'] as const;
export type Level = (typeof LEVELS)[number];
/** A Place is an administrative unit, so it is never `central`. */
export type PlaceLevel = Exclude<Level, 'central'>;

/**
 * Every node has a `name` (its full name), `caption` (a short form for Neo4j
 * Browser's canvas, made by captions.ts) and `search`, the name folded for accent-
 * and case-insensitive search (searchKey in src/vietnam/text.ts).
 */
interface Named {
  name: string;
  caption: string;
  search: string;
}

/** Between the parts of a caption: "HN lần 5 · Huyện ủy Thanh Trì · 2021-04-02". */
export const CAPTION_SEPARATOR = ' · ';

/** An official: the mentions that resolution (identity/) took to be one person. */
export interface PersonProps extends Named {
  /** Where the person last worked as far as the articles say, as a caption: "huyện Thanh Trì", "Trung ương", "". */
  jurisdiction: string;
  /** The name's key: the block of mentions the person was resolved from. */
  block: string;
  /** How many mentions (one per article that names the person) the person was resolved from. */
  mentions: number;
  /** A digest of those mentions and of the links that joined them: the same signature means nothing to rewrite. */
  signature: string;
}

/**
 * One article's entry for one official (a person entry of its extraction record),
 * with what resolution needs to decide who is who (identity/mention.ts).
 */
export interface MentionProps extends Named {
  /** The name's key: mentions are resolved block by block. */
  block: string;
  /** The Article key. */
  article: string;
  /** The article's date (publication, else its first event's). */
  date: string | null;
  /** The offices as the article gives them, for reading in Neo4j Browser: "Bí thư, Huyện ủy Thanh Trì", "nguyên …". */
  offices: string[];
  /** The mention's profile (MentionProfile) as JSON: what resolution reads. */
  profile: string;
}

export interface OrganizationProps extends Named {
  kind: OrgKind;
  /** From the unit; `central` for national bodies and for names that give no unit at all. */
  level: Level;
  /** The body's kind with a slot for its unit ("UBND {unit}", src/vietnam/body-names.ts); null when not known. */
  body: string | null;
  /** The unit's period of validity: the body ends with its unit (every district's bodies on 2025-07-01). */
  validFrom: string | null;
  validUntil: string | null;
}

export interface PositionProps extends Named {
  /** The role word: "Bí thư". `name` is "Bí thư, Huyện ủy Thanh Trì". */
  title: string;
  /** Canonical organization name, the same as the OF target's name. */
  organization: string;
}

export interface EventProps extends Named {
  kind: EventKind;
  date: string | null;
  ordinal: number | null;
  term: string | null;
  termYears: string | null;
  /** Canonical organizer name, the same as the ORGANIZED_BY target's name (null if none). */
  organizer: string | null;
}

export interface ArticleProps extends Named {
  /** name is the title, or the file name when the article has none. */
  title: string | null;
  /** The files the article was read from (one article may be found in several folders). */
  paths: string[];
  published: string | null;
  author: string | null;
}

export interface PlaceProps extends Named {
  level: PlaceLevel;
  /** The type word: "huyện", "quận", "thành phố trung ương", "tỉnh", "xã" ... */
  type: string;
  /** The code as published ("020"); the key is it qualified by its code list ("2004:020"). Null when unresolved. */
  code: string | null;
  /** First day in force (inclusive) and first day no longer in force; null when open. */
  validFrom: string | null;
  validUntil: string | null;
}

/**
 * The properties, of any node or relationship, that hold an ISO date (YYYY-MM-DD):
 * the Neo4j store writes them as DATE values (store/neo4j/values.ts), the bulk CSV
 * as `date` columns.
 */
export const DATE_PROPERTIES: ReadonlySet<string> = new Set([
  'date', // Event, Mention, SUCCEEDED_BY, MERGED_INTO
  'published', // Article
  'validFrom', // Organization, Place
  'validUntil',
  'firstSeen', // HOLDS
  'lastSeen',
  'currentFrom',
  'currentTo',
  'formerFrom',
]);

interface NodeOf<L extends NodeLabel, P> {
  label: L;
  /** The natural key, unique per label; MERGE matches on it. */
  key: string;
  props: P;
}

export type PersonNode = NodeOf<'Person', PersonProps>;
export type OrganizationNode = NodeOf<'Organization', OrganizationProps>;
export type PositionNode = NodeOf<'Position', PositionProps>;
export type EventNode = NodeOf<'Event', EventProps>;
export type ArticleNode = NodeOf<'Article', ArticleProps>;
export type PlaceNode = NodeOf<'Place', PlaceProps>;
export type MentionNode = NodeOf<'Mention', MentionProps>;
export type GraphNode = PersonNode | OrganizationNode | PositionNode | EventNode | ArticleNode | PlaceNode | MentionNode;

export interface NodeRef {
  label: NodeLabel;
  key: string;
}

// ---------------------------------------------------------------- relationships

/** Person → Event relationship type for each contract role. */
export const ROLE_EDGE = {
  chaired: 'CHAIRED',
  attended: 'ATTENDED',
  opened: 'OPENED',
  reported: 'REPORTED',
  directed: 'DIRECTED',
  concluded: 'CONCLUDED',
  spoke: 'SPOKE',
} as const satisfies Record<Role, string>;
export type RoleEdgeType = (typeof ROLE_EDGE)[Role];
export const ROLE_EDGE_TYPES: readonly RoleEdgeType[] = ROLES.map((r) => ROLE_EDGE[r]);

export function roleOfEdge(type: EdgeType): Role | null {
  const role = ROLES.find((r) => ROLE_EDGE[r] === type);
  return role ?? null;
}

export const EDGE_TYPES = [
  'HOLDS', // Person → Position
  'OF', // Position → Organization
  ...ROLE_EDGE_TYPES, // Person → Event
  'ORGANIZED_BY', // Event → Organization
  'PART_OF', // Organization → Organization
  'IN', // Organization → Place
  'WITHIN', // Place → Place: the unit it lies in
  'SUCCEEDED_BY', // Organization → Organization: what a body became in the 2025 reform
  'MERGED_INTO', // Place → Place: the unit an old one went into in the 2025 reform
  'REPORTS', // Article → Event
  'MENTIONS', // Article → Person
  'REFERS_TO', // Mention → Person: resolution's answer
  'SAME_AS', // Mention → Mention: why two mentions are one person
] as const;
export type EdgeType =
  | 'HOLDS'
  | 'OF'
  | RoleEdgeType
  | 'ORGANIZED_BY'
  | 'PART_OF'
  | 'IN'
  | 'WITHIN'
  | 'SUCCEEDED_BY'
  | 'MERGED_INTO'
  | 'REPORTS'
  | 'MENTIONS'
  | 'REFERS_TO'
  | 'SAME_AS';

/**
 * Provenance, on every relationship. `articles`: the ids of the articles that state
 * the fact. `evidence`: the quoted sentences, each encoded with its article id by
 * encodeEvidence ("[article id] sentence"). Both are sets: batches hold them sorted,
 * but a store may keep them in any order (Cypher has no list sort without APOC), so
 * readers sort (store.ts toEvidence does). A fact stated without a quote (gold
 * files) has articles but no evidence; structural relationships (OF, PART_OF, IN, WITHIN)
 * follow from names and have neither.
 */
export interface EdgeProps {
  articles: string[];
  evidence: string[];
}

/**
 * HOLDS adds the holding's history, all as ISO dates of the articles that report it
 * (article `published`; null when no dated article reports it).
 * - firstSeen / lastSeen: any report, current or former.
 * - former: the status given by the latest report (the one dated lastSeen); on a
 *   tie, former wins, so merging is order-independent.
 * - currentFrom / currentTo: reports of the holding as current.
 * - formerFrom: the earliest report of it as former.
 * "Held at date D" (officeHolders asOf): firstSeen <= D and (formerFrom is null or D < formerFrom).
 */
export interface HoldsProps extends EdgeProps {
  former: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  currentFrom: string | null;
  currentTo: string | null;
  formerFrom: string | null;
}

/**
 * The 2025 reform's successions: a body SUCCEEDED_BY the body of the same kind in the
 * new unit, an old unit MERGED_INTO the new one. Each type joins one label to itself,
 * so that Neo4j's schema view shows only what the data has.
 */
export const SUCCESSION_TYPES = ['SUCCEEDED_BY', 'MERGED_INTO'] as const;
export type SuccessionType = (typeof SUCCESSION_TYPES)[number];

/**
 * A succession adds when the successor took over and whether it took only part of the
 * old unit (an old commune split among new ones). Structural: no articles.
 */
export interface SuccessionProps extends EdgeProps {
  date: string;
  partly: boolean;
}

/**
 * SAME_AS joins two mentions of one person from different articles: `rule` is the
 * rule that joined them (identity/rules.ts), `reason` says it with the facts used.
 * `articles` are the two articles.
 */
export interface SameAsProps extends EdgeProps {
  rule: string;
  reason: string;
}

interface EdgeOf<T extends EdgeType, P> {
  type: T;
  from: NodeRef;
  to: NodeRef;
  props: P;
}

export type HoldsEdge = EdgeOf<'HOLDS', HoldsProps>;
export type SuccessionEdge = EdgeOf<SuccessionType, SuccessionProps>;
export type SameAsEdge = EdgeOf<'SAME_AS', SameAsProps>;
export type PlainEdge = EdgeOf<Exclude<EdgeType, 'HOLDS' | SuccessionType | 'SAME_AS'>, EdgeProps>;
/** Identity of an edge: (type, from, to); at most one relationship per triple. */
export type GraphEdge = HoldsEdge | SuccessionEdge | SameAsEdge | PlainEdge;

/** What build produces and both stores consume. Edges reference nodes of the same or an earlier batch. */
export interface GraphBatch {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

// ---------------------------------------------------------------- identity strings

export function nodeId(ref: NodeRef): string {
  return `${ref.label}:${ref.key}`;
}

export function edgeId(edge: { type: EdgeType; from: NodeRef; to: NodeRef }): string {
  return `${edge.type}|${nodeId(edge.from)}|${nodeId(edge.to)}`;
}

// ---------------------------------------------------------------- evidence

export interface Evidence {
  articleId: string;
  quote: string;
}

/** "[000_db5d] Các đồng chí ..." — readable in Neo4j Browser, and a plain string so Cypher can union lists. */
export function encodeEvidence(e: Evidence): string {
  return `[${e.articleId}] ${e.quote}`;
}

export function decodeEvidence(s: string): Evidence {
  const close = s.indexOf('] ');
  if (!s.startsWith('[') || close < 0) return { articleId: '', quote: s };
  return { articleId: s.slice(1, close), quote: s.slice(close + 2) };
}

// ---------------------------------------------------------------- merge rules

/**
 * Sorted union without duplicates; the order makes merged values independent of
 * write order. Expects two sorted lists (as batches hold them): a linear merge.
 */
export function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  // Lists are never mutated, so an unchanged list can be shared instead of copied.
  if (b.length === 0) return a as string[];
  if (a.length === 0) return b as string[];
  if (b.length === 1 && hasSorted(a, b[0] ?? '')) return a as string[];
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const next = y === undefined || (x !== undefined && x <= y) ? x : y;
    if (next === undefined) break;
    if (next === x) i += 1;
    if (next === y) j += 1;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

function hasSorted(list: readonly string[], item: string): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] ?? '';
    if (v === item) return true;
    if (v < item) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** Status from the later report; null dates count as earliest; a tie keeps former. */
function mergeFormer(a: HoldsProps, b: HoldsProps): boolean {
  const da = a.lastSeen ?? '';
  const db = b.lastSeen ?? '';
  if (da > db) return a.former;
  if (db > da) return b.former;
  return a.former || b.former;
}

export function mergeEdgeProps(a: EdgeProps, b: EdgeProps): EdgeProps {
  return { articles: unionSorted(a.articles, b.articles), evidence: unionSorted(a.evidence, b.evidence) };
}

/**
 * The reference merge of two HOLDS relationships with the same identity. It is
 * commutative, associative and idempotent: writing an article twice, or articles in
 * any order, gives the same properties. The Neo4j store implements the same rule in Cypher.
 */
export function mergeHoldsProps(a: HoldsProps, b: HoldsProps): HoldsProps {
  return {
    ...mergeEdgeProps(a, b),
    former: mergeFormer(a, b),
    firstSeen: minDate(a.firstSeen, b.firstSeen),
    lastSeen: maxDate(a.lastSeen, b.lastSeen),
    currentFrom: minDate(a.currentFrom, b.currentFrom),
    currentTo: maxDate(a.currentTo, b.currentTo),
    formerFrom: minDate(a.formerFrom, b.formerFrom),
  };
}

/**
 * mergeEdges over relationships of one identity, all at once: the same result as
 * merging them one by one, with each provenance list joined once (sorted, without
 * repeats, as unionSorted leaves it) rather than copied at every step.
 */
export function mergeAllEdges(edges: readonly GraphEdge[]): GraphEdge {
  if (edges.length === 1) return edges[0]!;
  const none = { articles: [], evidence: [] };
  const rest = edges.map((e) => ({ ...e, props: { ...e.props, ...none } }) as GraphEdge).reduce(mergeEdges);
  const joined = (lists: ReadonlyArray<readonly string[]>): string[] => [...new Set(lists.flat())].sort();
  return { ...rest, props: { ...rest.props, articles: joined(edges.map((e) => e.props.articles)), evidence: joined(edges.map((e) => e.props.evidence)) } } as GraphEdge;
}

/** The rule and reason of a SAME_AS are functions of its two mentions: the smaller wins only to stay order-independent. */
function mergeSameAsProps(a: SameAsProps, b: SameAsProps): SameAsProps {
  const first = a.rule < b.rule || (a.rule === b.rule && a.reason <= b.reason) ? a : b;
  return { ...mergeEdgeProps(a, b), rule: first.rule, reason: first.reason };
}

export function isSuccession(e: GraphEdge): e is SuccessionEdge {
  return (SUCCESSION_TYPES as readonly string[]).includes(e.type);
}

function isPlain(e: GraphEdge): e is PlainEdge {
  return e.type !== 'HOLDS' && !isSuccession(e) && e.type !== 'SAME_AS';
}

/** Merge two edges of the same identity (same edgeId). */
export function mergeEdges(a: GraphEdge, b: GraphEdge): GraphEdge {
  if (a.type === 'HOLDS' && b.type === 'HOLDS') return { ...a, props: mergeHoldsProps(a.props, b.props) };
  // A succession is a function of its two units: both writes carry the same date.
  if (isSuccession(a) && isSuccession(b) && a.type === b.type) return { ...a, props: { ...b.props, ...mergeEdgeProps(a.props, b.props) } };
  if (a.type === 'SAME_AS' && b.type === 'SAME_AS') return { ...a, props: mergeSameAsProps(a.props, b.props) };
  if (isPlain(a) && isPlain(b)) return { ...a, props: mergeEdgeProps(a.props, b.props) };
  throw new Error(`mergeEdges: expected two ${a.type} relationships, got ${a.type} and ${b.type}`);
}

/**
 * Labels whose properties two articles may report differently: an Event's name or
 * date, an Article's paths (the same text found in two folders). Their properties
 * merge so that the result does not depend on the order of the writes: a list is
 * the union, any other value the smallest non-null one. Every other label's
 * properties are functions of its key.
 */
export const REPORTED_LABELS: ReadonlySet<NodeLabel> = new Set<NodeLabel>(['Event', 'Article']);

function smaller(a: unknown, b: unknown): unknown {
  if (a === null || a === undefined) return b;
  if (b === null || b === undefined) return a;
  if (Array.isArray(a) && Array.isArray(b)) return unionSorted([...(a as string[])].sort(), [...(b as string[])].sort());
  return (b as string | number) < (a as string | number) ? b : a;
}

/**
 * The caption a reported node keeps when two reports of it meet: the one with more
 * parts, then the longer one, then the smaller one. An event's caption has a part
 * its key does not fix (the date; or the number, when the date is in the key), so
 * a report that leaves it out never takes it away, as a null never erases a known
 * value; and like every reported property the result does not depend on the order
 * of the writes. (In Cypher: mergeNodeRows in store/neo4j/cypher.ts.)
 */
export function mergeCaption(a: string, b: string): string {
  const parts = a.split(CAPTION_SEPARATOR).length - b.split(CAPTION_SEPARATOR).length;
  if (parts !== 0) return parts > 0 ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return b < a ? b : a;
}

/**
 * Node properties: a null never erases a known value; for REPORTED_LABELS, lists
 * merge as sets, the caption by mergeCaption and other values as the smallest (in
 * Cypher: mergeNodeRows); otherwise the later write's values win (they are
 * functions of the key).
 */
export function mergeNodes<N extends GraphNode>(a: N, b: N): N {
  if (a.label !== b.label || a.key !== b.key) {
    throw new Error(`mergeNodes: expected the same node, got ${nodeId(a)} and ${nodeId(b)}`);
  }
  if (!REPORTED_LABELS.has(a.label)) return { ...a, props: { ...a.props, ...nonNullProps(b.props) } };
  const props: Record<string, unknown> = { ...a.props };
  for (const [k, v] of Object.entries(b.props)) props[k] = smaller(props[k], v);
  // A node of a graph file written before captions has none: the other's stands.
  const caption = a.props.caption === undefined || b.props.caption === undefined ? (a.props.caption ?? b.props.caption) : mergeCaption(a.props.caption, b.props.caption);
  return { ...a, props: { ...(props as unknown as N['props']), caption } };
}

/** The properties without null values: what `SET n += props` should receive. */
export function nonNullProps<P extends object>(props: P): Partial<P> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined)) as Partial<P>;
}
