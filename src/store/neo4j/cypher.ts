// Every Cypher statement the Neo4j store runs, as {cypher, params} builders. Values
// always travel as parameters. Labels and relationship types cannot be parameters in
// Cypher, so the few statements that need one take it from the model's closed lists
// (NODE_LABELS, EDGE_TYPES) and refuse anything else.
//
// Node properties are the model's props plus `key` (the natural key). Relationship
// properties are the model's EdgeProps / HoldsProps; a null is an absent property.

import { EDGE_TYPES, NODE_LABELS, REPORTED_LABELS, ROLE_EDGE_TYPES, type EdgeType, type NodeLabel } from '../../graph/model.js';
import type { EdgeRows, NodeRows } from '../../graph/rows.js';
import { PATH_EDGE_TYPES, PATH_LABELS, MAX_HOPS } from '../../store/store.js';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export function label(l: NodeLabel): string {
  if (!NODE_LABELS.includes(l)) throw new Error(`cypher: expected a node label of the model, got "${l}"`);
  return l;
}

export function relType(t: EdgeType): string {
  if (!(EDGE_TYPES as readonly string[]).includes(t)) throw new Error(`cypher: expected a relationship type of the model, got "${t}"`);
  return t;
}

// ---------------------------------------------------------------- schema

const FULLTEXT_INDEX = 'node_names';

/** Uniqueness of natural keys, search indexes; all idempotent (IF NOT EXISTS). */
export function schemaStatements(): Statement[] {
  const out: Statement[] = [];
  for (const l of NODE_LABELS) {
    const name = l.toLowerCase();
    out.push({ cypher: `CREATE CONSTRAINT ${name}_key IF NOT EXISTS FOR (n:${label(l)}) REQUIRE n.key IS UNIQUE`, params: {} });
    // A text index serves `search CONTAINS $q` (substring search of folded names).
    out.push({ cypher: `CREATE TEXT INDEX ${name}_search IF NOT EXISTS FOR (n:${label(l)}) ON (n.search)`, params: {} });
  }
  out.push({ cypher: 'CREATE RANGE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)', params: {} });
  // Resolution reads mentions and people block by block (people-cypher.ts).
  out.push({ cypher: 'CREATE RANGE INDEX mention_block IF NOT EXISTS FOR (n:Mention) ON (n.block)', params: {} });
  out.push({ cypher: 'CREATE RANGE INDEX person_block IF NOT EXISTS FOR (n:Person) ON (n.block)', params: {} });
  // For Neo4j Browser users: db.index.fulltext.queryNodes('node_names', 'nguyen van') finds
  // names with or without accents (the folding analyzer, and the folded `search`).
  out.push({
    cypher:
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Person|Organization|Position|Event|Place|Article) ` +
      "ON EACH [n.name, n.search] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
    params: {},
  });
  return out;
}

export function awaitIndexes(seconds: number): Statement {
  return { cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds } };
}

// ---------------------------------------------------------------- writes

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** The merge of one reported property (model.ts mergeNodes): lists as sets, other values the smallest. */
function reportedProperty(name: string, isList: boolean): string {
  if (!PROPERTY_NAME.test(name)) throw new Error(`cypher: expected a property name of the model, got "${name}"`);
  const [stored, given] = [`n.${name}`, `row.props.${name}`];
  if (isList) return `${stored} = coalesce(${stored}, []) + [x IN coalesce(${given}, []) WHERE NOT x IN coalesce(${stored}, [])]`;
  return `${stored} = CASE WHEN ${stored} IS NULL OR (${given} IS NOT NULL AND ${given} < ${stored}) THEN ${given} ELSE ${stored} END`;
}

/**
 * MERGE one label's nodes on their key; null-free props, so known values stay. What
 * two articles may report differently (REPORTED_LABELS) merges as model.ts
 * mergeNodes does, so the result does not depend on the order of the writes.
 */
export function mergeNodeRows(group: Pick<NodeRows, 'label'>, rows: NodeRows['rows']): Statement {
  const head = `UNWIND $rows AS row MERGE (n:${label(group.label)} {key: row.key})`;
  if (!REPORTED_LABELS.has(group.label)) return { cypher: `${head} SET n += row.props`, params: { rows } };
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();
  const items = names.map((name) => reportedProperty(name, rows.some((r) => Array.isArray(r.props[name]))));
  return { cypher: items.length === 0 ? head : `${head} SET ${items.join(', ')}`, params: { rows } };
}

// SET items apply left to right, each seeing the ones before it: every item below
// reads only the stored value of the property it sets, except `former`, which runs
// first and so still sees the stored lastSeen. A new relationship has no stored
// values, and merging a value with itself changes nothing, so writing the same rows
// again is a no-op. (Reading properties(r) into a map first would make the planner
// materialise every row twice.)
const UNION = (prop: string) => `r.${prop} = coalesce(r.${prop}, []) + [x IN p.${prop} WHERE NOT x IN coalesce(r.${prop}, [])]`;
// The earliest / latest of two ISO dates where null means unknown.
const MIN = (prop: string) => `r.${prop} = CASE WHEN r.${prop} IS NULL OR (p.${prop} IS NOT NULL AND p.${prop} < r.${prop}) THEN p.${prop} ELSE r.${prop} END`;
const MAX = (prop: string) => `r.${prop} = CASE WHEN r.${prop} IS NULL OR (p.${prop} IS NOT NULL AND p.${prop} > r.${prop}) THEN p.${prop} ELSE r.${prop} END`;

/**
 * MERGE relationships of one (type, start label, end label) and merge their
 * properties by the model's rules (mergeEdgeProps, mergeHoldsProps).
 */
export function mergeRelationshipRows(group: Pick<EdgeRows, 'type' | 'fromLabel' | 'toLabel'>, rows: EdgeRows['rows']): Statement {
  const head =
    `UNWIND $rows AS row MATCH (a:${label(group.fromLabel)} {key: row.from}) MATCH (b:${label(group.toLabel)} {key: row.to}) ` +
    `MERGE (a)-[r:${relType(group.type)}]->(b) WITH r, row.props AS p `;
  const provenance = `${UNION('articles')}, ${UNION('evidence')}`;
  // A succession's date and share are functions of its two units: the same in every write.
  if (group.type === 'SUCCEEDED_BY') return { cypher: `${head}SET ${provenance}, r.date = p.date, r.partly = p.partly`, params: { rows } };
  if (group.type === 'SAME_AS') {
    // The smaller (rule, reason) wins, as model.ts mergeSameAsProps; reason first, while r.rule is still the stored one.
    const reason = 'r.reason = CASE WHEN r.rule IS NULL OR p.rule < r.rule OR (p.rule = r.rule AND p.reason < r.reason) THEN p.reason ELSE r.reason END';
    const rule = 'r.rule = CASE WHEN r.rule IS NULL OR p.rule < r.rule THEN p.rule ELSE r.rule END';
    return { cypher: `${head}SET ${provenance}, ${reason}, ${rule}`, params: { rows } };
  }
  if (group.type !== 'HOLDS') return { cypher: `${head}SET ${provenance}`, params: { rows } };
  // former: the status of the later report (null dates earliest); on a tie, former wins.
  const former =
    "r.former = CASE WHEN coalesce(r.lastSeen, '') > coalesce(p.lastSeen, '') THEN r.former " +
    "WHEN coalesce(p.lastSeen, '') > coalesce(r.lastSeen, '') THEN p.former " +
    'ELSE coalesce(r.former, false) OR p.former END';
  return {
    cypher:
      `${head}SET ${former}, ${provenance}, ${MIN('firstSeen')}, ${MAX('lastSeen')}, ` +
      `${MIN('currentFrom')}, ${MAX('currentTo')}, ${MIN('formerFrom')}`,
    params: { rows },
  };
}

/** Deletes everything, in chunks: needs an auto-commit transaction (session.run). */
export function deleteAll(): Statement {
  return { cypher: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', params: {} };
}

// ---------------------------------------------------------------- counts

export function countNodes(): Statement {
  return { cypher: 'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count', params: {} };
}

export function countRelationships(): Statement {
  return { cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count', params: {} };
}

// ---------------------------------------------------------------- read fragments
// Map projections that carry what a DTO needs; fixed text, no values.

const ORG = (v: string) => `${v} {.*, place: head([(${v})-[:IN]->(pl:Place) | pl {.*}])}`;
const EVENT = (v: string) => `${v} {.*, organizer: head([(${v})-[:ORGANIZED_BY]->(eo:Organization) | ${ORG('eo')}])}`;
const ROLE_TYPES = [...ROLE_EDGE_TYPES];

/** A page of an ordered list plus its total, in one round trip. */
const PAGE = (v: string, projection: string) =>
  `WITH collect(${v}) AS items RETURN size(items) AS total, [${v} IN items[toInteger($offset)..toInteger($offset + $limit)] | ${projection}] AS page`;

export interface Window {
  offset: number;
  limit: number;
}

// ---------------------------------------------------------------- people

export function peoplePage(search: string | null, w: Window): Statement {
  return {
    cypher: `MATCH (p:Person) WHERE $search IS NULL OR p.search CONTAINS $search WITH p ORDER BY p.search, p.key ${PAGE('p', 'p {.*}')}`,
    params: { search, ...w },
  };
}

/** Holders (now or formerly) of any of these positions, ordered like people. */
export function holdersPage(positionKeys: string[], search: string | null, w: Window): Statement {
  return {
    cypher:
      'MATCH (p:Person)-[:HOLDS]->(pos:Position) WHERE pos.key IN $positionKeys AND ($search IS NULL OR p.search CONTAINS $search) ' +
      `WITH DISTINCT p ORDER BY p.search, p.key ${PAGE('p', 'p {.*}')}`,
    params: { positionKeys, search, ...w },
  };
}

export function nodeByKey(l: NodeLabel, key: string): Statement {
  const projection = l === 'Organization' ? ORG('n') : l === 'Event' ? EVENT('n') : 'n {.*}';
  return { cypher: `MATCH (n:${label(l)} {key: $key}) RETURN ${projection} AS node`, params: { key } };
}

export function officeByKey(key: string): Statement {
  return {
    cypher: `MATCH (n:Position {key: $key})-[:OF]->(o:Organization) RETURN n {.*} AS position, ${ORG('o')} AS organization`,
    params: { key },
  };
}

const HOLDING_ROW =
  `RETURN p {.*} AS person, pos {.*} AS position, ${ORG('o')} AS organization, properties(h) AS holds`;

export function holdingsOfPerson(personKey: string): Statement {
  return {
    cypher: `MATCH (p:Person {key: $personKey})-[h:HOLDS]->(pos:Position)-[:OF]->(o:Organization) ${HOLDING_ROW}`,
    params: { personKey },
  };
}

export function holdingsOfPositions(positionKeys: string[]): Statement {
  return {
    cypher: `MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:OF]->(o:Organization) WHERE pos.key IN $positionKeys ${HOLDING_ROW}`,
    params: { positionKeys },
  };
}

const ROLE_ROW = `RETURN p {.*} AS person, type(r) AS type, properties(r) AS props, ${EVENT('e')} AS event`;

export function rolesOfPerson(personKey: string): Statement {
  return {
    cypher: `MATCH (p:Person {key: $personKey})-[r]->(e:Event) WHERE type(r) IN $roleTypes ${ROLE_ROW}`,
    params: { personKey, roleTypes: ROLE_TYPES },
  };
}

export function participantsOfEvents(eventKeys: string[], roleTypes: string[] = ROLE_TYPES): Statement {
  return {
    cypher: `MATCH (p:Person)-[r]->(e:Event) WHERE e.key IN $eventKeys AND type(r) IN $roleTypes ${ROLE_ROW}`,
    params: { eventKeys, roleTypes },
  };
}

export function coParticipantsPage(personKey: string, w: Window): Statement {
  return {
    cypher:
      'MATCH (p:Person {key: $personKey})-[r1]->(:Event)<-[r2]-(q:Person) ' +
      'WHERE type(r1) IN $roleTypes AND type(r2) IN $roleTypes AND q <> p ' +
      `WITH DISTINCT q ORDER BY q.search, q.key ${PAGE('q', 'q {.*}')}`,
    params: { personKey, roleTypes: ROLE_TYPES, ...w },
  };
}

/** Articles with a relationship of `type` (MENTIONS, REPORTS) to a node. */
export function articlesInto(l: 'Person' | 'Event', type: 'MENTIONS' | 'REPORTS', key: string): Statement {
  return { cypher: `MATCH (a:Article)-[:${relType(type)}]->(:${label(l)} {key: $key}) RETURN a {.*} AS article`, params: { key } };
}

export function articlesByKeys(keys: string[]): Statement {
  return { cypher: 'MATCH (a:Article) WHERE a.key IN $keys RETURN a {.*} AS article', params: { keys } };
}

// ---------------------------------------------------------------- organizations

export function organizationsPage(search: string | null, kind: string | null, level: string | null, w: Window): Statement {
  return {
    cypher:
      'MATCH (o:Organization) WHERE ($search IS NULL OR o.search CONTAINS $search) AND ($kind IS NULL OR o.kind = $kind) ' +
      `AND ($level IS NULL OR o.level = $level) WITH o ORDER BY o.search, o.key ${PAGE('o', ORG('o'))}`,
    params: { search, kind, level, ...w },
  };
}

/**
 * The organizations an argument may name: the one with that key, else those whose folded
 * name is its fold; each with its place and province, to tell namesakes apart.
 */
export function organizationCandidates(arg: string, folded: string): Statement {
  return {
    cypher:
      'OPTIONAL MATCH (byKey:Organization {key: $arg}) WITH byKey ' +
      'OPTIONAL MATCH (byName:Organization) WHERE byKey IS NULL AND byName.search = $folded ' +
      'WITH coalesce(byKey, byName) AS o WHERE o IS NOT NULL ' +
      'OPTIONAL MATCH (o)-[:IN]->(pl:Place) OPTIONAL MATCH (pl)-[:PART_OF*]->(top:Place) WHERE NOT (top)-[:PART_OF]->() ' +
      'RETURN DISTINCT o.key AS key, o.name AS name, pl.name AS place, top.name AS province, o.validFrom AS validFrom, o.validUntil AS validUntil',
    params: { arg, folded },
  };
}

/** Positions of these organizations (all positions when null), with their titles. */
export function positionsOf(organizationKeys: string[] | null): Statement {
  return {
    cypher:
      'MATCH (pos:Position)-[:OF]->(o:Organization) WHERE $organizationKeys IS NULL OR o.key IN $organizationKeys ' +
      'RETURN pos.key AS key, pos.title AS title',
    params: { organizationKeys },
  };
}

export function parentsOf(key: string): Statement {
  return {
    cypher: `MATCH (:Organization {key: $key})-[:PART_OF]->(o:Organization) RETURN ${ORG('o')} AS organization ORDER BY o.search, o.key`,
    params: { key },
  };
}

/** SUCCEEDED_BY from (`out`) or into (`in`) an organization, with the body on the other side. */
export function successionsOf(key: string, direction: 'in' | 'out'): Statement {
  const pattern = direction === 'out' ? '(:Organization {key: $key})-[s:SUCCEEDED_BY]->(o:Organization)' : '(o:Organization)-[s:SUCCEEDED_BY]->(:Organization {key: $key})';
  return {
    cypher: `MATCH ${pattern} RETURN ${ORG('o')} AS organization, s.date AS date, s.partly AS partly ORDER BY o.search, o.key`,
    params: { key },
  };
}

export function subBodiesOf(key: string): Statement {
  return {
    cypher: `MATCH (o:Organization)-[:PART_OF]->(:Organization {key: $key}) RETURN ${ORG('o')} AS organization ORDER BY o.search, o.key`,
    params: { key },
  };
}

// ---------------------------------------------------------------- events

export interface EventFilter {
  /** Keys of organizer organizations; null for any organizer. */
  organizerKeys: string[] | null;
  kind: string | null;
  from: string | null;
  to: string | null;
}

/** Events most recent first, undated last, then key; a date bound leaves undated events out. */
export function eventsPage(f: EventFilter, w: Window): Statement {
  return {
    cypher:
      'MATCH (e:Event) WHERE ($kind IS NULL OR e.kind = $kind) AND ($from IS NULL OR e.date >= $from) ' +
      'AND ($to IS NULL OR e.date <= $to) ' +
      'AND ($organizerKeys IS NULL OR EXISTS { MATCH (e)-[:ORGANIZED_BY]->(o:Organization) WHERE o.key IN $organizerKeys }) ' +
      `WITH e ORDER BY e.date IS NULL, e.date DESC, e.key ${PAGE('e', EVENT('e'))}`,
    params: { ...f, ...w },
  };
}

export function eventsReportedBy(articleKey: string): Statement {
  return { cypher: `MATCH (:Article {key: $key})-[:REPORTS]->(e:Event) RETURN ${EVENT('e')} AS event`, params: { key: articleKey } };
}

export function peopleInPage(articleKey: string, w: Window): Statement {
  return {
    cypher: `MATCH (:Article {key: $key})-[:MENTIONS]->(p:Person) WITH p ORDER BY p.search, p.key ${PAGE('p', 'p {.*}')}`,
    params: { key: articleKey, ...w },
  };
}

// ---------------------------------------------------------------- paths

const PATH_NODE =
  '{eid: elementId(n), label: labels(n)[0], props: n {.*}, organization: CASE ' +
  `WHEN n:Organization THEN ${ORG('n')} ` +
  `WHEN n:Position THEN head([(n)-[:OF]->(po:Organization) | ${ORG('po')}]) ` +
  `WHEN n:Event THEN head([(n)-[:ORGANIZED_BY]->(po:Organization) | ${ORG('po')}]) END}`;

/**
 * One shortest path between two people through PATH_LABELS nodes over
 * PATH_EDGE_TYPES, up to MAX_HOPS (the caller checks its own maxHops). The types
 * and bound come from constants: Cypher accepts neither as a parameter.
 */
export function shortestConnection(fromKey: string, toKey: string): Statement {
  const types = PATH_EDGE_TYPES.map(relType).join('|');
  const labels = PATH_LABELS.map((l) => `n:${label(l)}`).join(' OR ');
  return {
    cypher:
      'MATCH (a:Person {key: $fromKey}), (b:Person {key: $toKey}) ' +
      `MATCH path = shortestPath((a)-[:${types}*..${MAX_HOPS}]-(b)) WHERE all(n IN nodes(path) WHERE ${labels}) ` +
      `RETURN [n IN nodes(path) | ${PATH_NODE}] AS nodes, ` +
      '[r IN relationships(path) | {type: type(r), from: elementId(startNode(r)), to: elementId(endNode(r)), props: properties(r)}] AS rels',
    params: { fromKey, toKey },
  };
}

// ---------------------------------------------------------------- benchmark baselines
// Used only by bench/ingest.mjs to measure what the MERGE writes are compared with.

/** Baseline: CREATE without MERGE (no lookups, no property merging) into an empty database. */
export function createNodeRows(group: Pick<NodeRows, 'label'>, rows: NodeRows['rows']): Statement {
  return { cypher: `UNWIND $rows AS row CREATE (n:${label(group.label)}) SET n = row.props, n.key = row.key`, params: { rows } };
}

export function createRelationshipRows(group: Pick<EdgeRows, 'type' | 'fromLabel' | 'toLabel'>, rows: EdgeRows['rows']): Statement {
  return {
    cypher:
      `UNWIND $rows AS row MATCH (a:${label(group.fromLabel)} {key: row.from}) MATCH (b:${label(group.toLabel)} {key: row.to}) ` +
      `CREATE (a)-[r:${relType(group.type)}]->(b) SET r = row.props`,
    params: { rows },
  };
}
