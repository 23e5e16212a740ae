// The Cypher statements that set up and write the graph (reads are in reads.ts), as
// {cypher, params} builders. Values always travel as parameters. Labels and relationship types cannot be parameters in
// Cypher, so the few statements that need one take it from the model's closed lists
// (NODE_LABELS, EDGE_TYPES) and refuse anything else.
//
// Node properties are the model's props plus `key` (the natural key). Relationship
// properties are the model's EdgeProps / HoldsProps; a null is an absent property.

import { CAPTION_SEPARATOR, EDGE_TYPES, NODE_LABELS, REPORTED_LABELS, SUCCESSION_TYPES, type EdgeType, type NodeLabel } from '../../graph/model.js';
import type { EdgeRows, NodeRows } from '../../graph/rows.js';

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
  // Lists of people and bodies are ordered by (search, key): an index in that order
  // lets a page be read from the index instead of sorting every node.
  for (const l of ['Person', 'Organization'] as const) {
    out.push({ cypher: `CREATE RANGE INDEX ${l.toLowerCase()}_order IF NOT EXISTS FOR (n:${label(l)}) ON (n.search, n.key)`, params: {} });
  }
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

// model.ts mergeCaption: the caption with more parts, then the longer, then the smaller.
const PARTS = (caption: string) => `size(split(${caption}, '${CAPTION_SEPARATOR}'))`;
const FULLER_CAPTION = (stored: string, given: string) =>
  `${PARTS(given)} > ${PARTS(stored)} OR (${PARTS(given)} = ${PARTS(stored)} AND ` +
  `(size(${given}) > size(${stored}) OR (size(${given}) = size(${stored}) AND ${given} < ${stored})))`;

/** The merge of one reported property (model.ts mergeNodes): lists as sets, the caption the fuller, other values the smallest. */
function reportedProperty(name: string, isList: boolean): string {
  if (!PROPERTY_NAME.test(name)) throw new Error(`cypher: expected a property name of the model, got "${name}"`);
  const [stored, given] = [`n.${name}`, `row.props.${name}`];
  if (name === 'caption') {
    return `${stored} = CASE WHEN ${stored} IS NULL OR (${given} IS NOT NULL AND (${FULLER_CAPTION(stored, given)})) THEN ${given} ELSE ${stored} END`;
  }
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
  if ((SUCCESSION_TYPES as readonly string[]).includes(group.type)) return { cypher: `${head}SET ${provenance}, r.date = p.date, r.partly = p.partly`, params: { rows } };
  if (group.type === 'SAME_AS') {
    // The smaller (rule, reason) wins, as model.ts mergeSameAsProps; reason first, while r.rule is still the stored one.
    const reason = 'r.reason = CASE WHEN r.rule IS NULL OR p.rule < r.rule OR (p.rule = r.rule AND p.reason < r.reason) THEN p.reason ELSE r.reason END';
    const rule = 'r.rule = CASE WHEN r.rule IS NULL OR p.rule < r.rule THEN p.rule ELSE r.rule END';
    return { cypher: `${head}SET ${provenance}, ${reason}, ${rule}`, params: { rows } };
  }
  if (group.type !== 'HOLDS') return { cypher: `${head}SET ${provenance}`, params: { rows } };
  // former: the status of the later report (null dates earliest); on a tie, former wins.
  // Dates are DATE values (values.ts): an unknown one counts as the first day there is.
  const seen = (r: string) => `coalesce(${r}.lastSeen, date({year: -999999999, month: 1, day: 1}))`;
  const former =
    `r.former = CASE WHEN ${seen('r')} > ${seen('p')} THEN r.former ` +
    `WHEN ${seen('p')} > ${seen('r')} THEN p.former ` +
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
