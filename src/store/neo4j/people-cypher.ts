// The Cypher of resolution's reads and writes (store.ts, "Resolution"), as
// {cypher, params} builders like cypher.ts: mentions and people by block, the
// deletions that make a person's relationships exactly the ones resolution gives,
// and how a person was resolved. Labels and types come from the model's lists.

import type { EdgeRows } from '../../graph/rows.js';
import { PERSON_EDGE_TYPES } from '../store.js';
import { label, relType, type Statement } from './cypher.js';

export function mentionsOfBlocks(blocks: readonly string[]): Statement {
  return {
    cypher:
      'UNWIND $blocks AS block MATCH (m:Mention {block: block}) ' +
      'RETURN m.key AS key, m {.name, .block, .article, .date, .profile} AS props, head([(m)-[:REFERS_TO]->(p:Person) | p.key]) AS person ORDER BY key',
    params: { blocks },
  };
}

export function allMentionBlocks(): Statement {
  return { cypher: 'MATCH (m:Mention) RETURN DISTINCT m.block AS block ORDER BY block', params: {} };
}

export function peopleOfBlocks(blocks: readonly string[]): Statement {
  return {
    cypher: 'UNWIND $blocks AS block MATCH (p:Person {block: block}) RETURN p.key AS key, p.signature AS signature ORDER BY key',
    params: { blocks },
  };
}

/** A deleted relationship's type and ends, as returned by the deletions below. */
const DELETED = 'type(r) AS type, labels(startNode(r))[0] AS fromLabel, startNode(r).key AS from, labels(endNode(r))[0] AS toLabel, endNode(r).key AS to';

/** The SAME_AS of the mentions of these people, then the people with all their relationships; each returns what it deleted. */
export function removePeople(keys: readonly string[]): Statement[] {
  return [
    {
      cypher: `UNWIND $keys AS key MATCH (:Person {key: key})<-[:REFERS_TO]-(:Mention)-[r:SAME_AS]-(:Mention) WITH DISTINCT r WITH r, ${DELETED} DELETE r RETURN type, fromLabel, from, toLabel, to`,
      params: { keys },
    },
    {
      cypher: `UNWIND $keys AS key MATCH (p:Person {key: key})-[r]-() WITH DISTINCT p, r WITH p, r, ${DELETED} DELETE r RETURN type, fromLabel, from, toLabel, to`,
      params: { keys },
    },
    { cypher: 'UNWIND $keys AS key MATCH (p:Person {key: key}) DELETE p', params: { keys } },
  ];
}

/** Every relationship resolution owns for these people, with its properties, as a rewrite compares them. */
export function relationshipsOfPeople(keys: readonly string[]): Statement {
  return {
    cypher:
      'UNWIND $keys AS key MATCH (p:Person {key: key})-[r]-() WHERE type(r) IN $types ' +
      'RETURN DISTINCT key AS anchor, elementId(r) AS id, type(r) AS type, labels(startNode(r))[0] AS fromLabel, startNode(r).key AS from, ' +
      'labels(endNode(r))[0] AS toLabel, endNode(r).key AS to, properties(r) AS props',
    params: { keys, types: [...PERSON_EDGE_TYPES] },
  };
}

/** The SAME_AS relationships of these mentions, with their properties. */
export function sameAsOfMentions(keys: readonly string[]): Statement {
  return {
    cypher:
      'UNWIND $keys AS key MATCH (:Mention {key: key})-[s:SAME_AS]-(:Mention) ' +
      "RETURN key AS anchor, elementId(s) AS id, 'SAME_AS' AS type, 'Mention' AS fromLabel, startNode(s).key AS from, 'Mention' AS toLabel, endNode(s).key AS to, properties(s) AS props",
    params: { keys },
  };
}

/** Relationships by their element ids, each found from a node of its own by that node's key (an index seek). */
export function deleteRelationships(rows: ReadonlyArray<{ anchor: string; id: string }>, anchorLabel: 'Person' | 'Mention'): Statement {
  return {
    cypher: `UNWIND $rows AS row MATCH (:${label(anchorLabel)} {key: row.anchor})-[r]-() WHERE elementId(r) = row.id WITH DISTINCT r DELETE r`,
    params: { rows },
  };
}

/** People written with exactly these properties (what was stored before is replaced). */
export function putPeople(rows: ReadonlyArray<{ key: string; props: Record<string, unknown> }>): Statement {
  return { cypher: 'UNWIND $rows AS row MERGE (p:Person {key: row.key}) SET p = row.props, p.key = row.key', params: { rows } };
}

/** Relationships written with exactly these properties (cypher.ts mergeRelationshipRows merges them instead). */
export function putRelationships(group: Pick<EdgeRows, 'type' | 'fromLabel' | 'toLabel'>, rows: ReadonlyArray<{ from: string; to: string; props: object }>): Statement {
  return {
    cypher:
      `UNWIND $rows AS row MATCH (a:${label(group.fromLabel)} {key: row.from}) MATCH (b:${label(group.toLabel)} {key: row.to}) ` +
      `MERGE (a)-[r:${relType(group.type)}]->(b) SET r = row.props`,
    params: { rows },
  };
}

/** A person's mentions (each with its article) and the SAME_AS between them. */
export function identityOfPerson(key: string): Statement {
  return {
    cypher:
      'MATCH (p:Person {key: $key}) OPTIONAL MATCH (m:Mention)-[:REFERS_TO]->(p) OPTIONAL MATCH (a:Article {key: m.article}) ' +
      'WITH p, collect(m {.key, .name, .date, .offices, article: a {.*}}) AS mentions, collect(m) AS ms ' +
      'RETURN mentions, reduce(links = [], m IN ms | links + [(m)-[s:SAME_AS]->(b:Mention) WHERE b IN ms | {from: m.key, to: b.key, rule: s.rule, reason: s.reason}]) AS links',
    params: { key },
  };
}
