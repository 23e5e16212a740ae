// The read statements of the Neo4j store. Each answers one store call in one round
// trip: a page and its total come from the same statement (sorted, counted and
// paged in Cypher, so a page of 20 never ships the other rows), facts come with the
// articles their evidence cites, and the bodies an organization argument may name
// come each with its page (the store keeps the one the argument names). Statements
// about "the X of a node" take a list of node keys ($keys) and return one row per
// key, so the store can answer many nodes at once (one query per level of a GraphQL
// selection, see batch.ts).
//
// Orders are those of store.ts: people and bodies by (search, key); events by date
// descending with undated last, then key; articles likewise by published; holdings
// by (firstSeen ascending with undated last, title, organization key, person);
// roles by ROLES order ($roleRank).

import { DATE_PROPERTIES, ROLE_EDGE_TYPES, type EdgeType, type NodeLabel } from '../../graph/model.js';
import { MAX_HOPS, PATH_EDGE_TYPES, PATH_LABELS } from '../store.js';
import { label, relType, type Statement } from './cypher.js';
import { READ_PROPERTIES, type ReadKind } from './dto.js';

export interface Window {
  offset: number;
  limit: number;
}

// ---------------------------------------------------------------- fragments
// Fixed text, never values.

/**
 * `v` as a map of the properties its DTO reads (dto.ts READ_PROPERTIES), dates as ISO
 * strings made by Neo4j (decoding the driver's DATE values cost the server more than
 * the strings do; values.ts still converts any DATE that comes otherwise). `except`
 * leaves properties out; `extra` adds entries.
 */
const PROJECT = (v: string, kind: ReadKind, extra = '', except: readonly string[] = []) => {
  const items = READ_PROPERTIES[kind].filter((p) => !except.includes(p)).map((p) => (DATE_PROPERTIES.has(p) ? `${p}: toString(${v}.${p})` : `.${p}`));
  return `${v} {${items.join(', ')}${extra}}`;
};

const PERSON = (p: string) => PROJECT(p, 'Person');
const ORG = (v: string) => PROJECT(v, 'Organization', `, place: head([(${v})-[:IN]->(pl:Place) | ${PROJECT('pl', 'Place')}])`);
const EVENT = (v: string) => PROJECT(v, 'Event', `, organizer: head([(${v})-[:ORGANIZED_BY]->(eo:Organization) | ${ORG('eo')}])`);
const PROVENANCE = ['articles', 'evidence'];
/**
 * What a statement reads of its facts' evidence (store.ts FactReads): none (false),
 * all (true), or what the first `first` items in toEvidence's order need.
 */
export type EvidenceRead = boolean | { first: number };
/** The parameters FACT's text needs for `evidence`. */
export const evidenceParams = (evidence: EvidenceRead) => (typeof evidence === 'object' ? { evidenceFirst: evidence.first } : {});
/** The article ids an evidence string names ("[id] quote", model.ts encodeEvidence). */
const QUOTED = (r: string) => `[evq IN ${r}.evidence WHERE evq STARTS WITH '[' AND evq CONTAINS '] ' | substring(split(evq, '] ')[0], 1)]`;
/** Every article key a relationship's provenance names (with repeats). */
const CITED = (r: string) => `${r}.articles + ${QUOTED(r)}`;
/**
 * A subquery over person `p` binding `ranked`: every article their HOLDS cite, once
 * each, in ARTICLE_ORDER (a key with no Article node as undated, as toEvidence has it).
 */
const RANKED_ARTICLES =
  `CALL (p) { MATCH (p)-[rh:HOLDS]->() UNWIND ${CITED('rh')} AS evk WITH DISTINCT evk OPTIONAL MATCH (eva:Article {key: evk}) ` +
  'WITH evk, eva.published AS evp ORDER BY evp IS NULL, evp DESC, evk RETURN collect(evk) AS ranked }';
/**
 * A relationship's properties and the Article nodes its provenance names (by the key
 * index). Without `evidence` (the caller reads none, store.ts FactReads), the
 * provenance lists come empty and no article is read: a page of holdings then ships
 * a few dates instead of every quote. With `{first: N}`, only the first N cited
 * articles in article order (ARTICLE_ORDER, a missing node as undated: toEvidence's) come,
 * with their quotes (and any quote naming no article): toEvidence's first N items
 * all come from them, since each cited article gives at least one item.
 *
 * `ranked`, when given, names a list of article keys already in ARTICLE_ORDER that
 * holds every article `r` cites (RANKED_ARTICLES): the first N are then those of it
 * that `r` cites, in its order, so facts that cite the same articles look each one
 * up once between them instead of once each.
 */
const FACT = (r: string, kind: 'HOLDS' | 'provenance', evidence: EvidenceRead, ranked?: string) => {
  if (!evidence) return `{props: ${PROJECT(r, kind, `${kind === 'HOLDS' ? ', ' : ''}articles: [], evidence: []`, PROVENANCE)}, sources: []}`;
  if (evidence === true) return `{props: ${PROJECT(r, kind)}, sources: COLLECT { MATCH (src:Article) WHERE src.key IN ${r}.articles RETURN ${PROJECT('src', 'Article')} }}`;
  const firstN =
    ranked === undefined
      ? `UNWIND ${CITED(r)} AS evk WITH DISTINCT evk OPTIONAL MATCH (eva:Article {key: evk}) ` +
        `WITH evk, eva ORDER BY eva.published IS NULL, eva.published DESC, evk LIMIT toInteger($evidenceFirst)`
      : `WITH ${CITED(r)} AS evcited UNWIND range(0, size(${ranked}) - 1) AS evi WITH ${ranked}[evi] AS evk, evi, evcited WHERE evk IN evcited ` +
        'WITH evk, evi ORDER BY evi LIMIT toInteger($evidenceFirst) OPTIONAL MATCH (eva:Article {key: evk})';
  const kept = `COLLECT { ${firstN} RETURN {key: evk, src: CASE WHEN eva IS NULL THEN null ELSE ${PROJECT('eva', 'Article')} END} }`;
  const quotes = `[evq IN ${r}.evidence WHERE NOT (evq STARTS WITH '[' AND evq CONTAINS '] ') OR any(evx IN evkept WHERE evq STARTS WITH '[' + evx.key + '] ')]`;
  const props = PROJECT(r, kind, `${kind === 'HOLDS' ? ', ' : ''}articles: [evx IN evkept | evx.key], evidence: ${quotes}`, PROVENANCE);
  return `head([evkept IN [${kept}] | {props: ${props}, sources: [evx IN evkept WHERE evx.src IS NOT NULL | evx.src]}])`;
};
const HOLDING = (p: string, h: string, pos: string, o: string, evidence: EvidenceRead, ranked?: string) =>
  `{person: ${PERSON(p)}, position: ${PROJECT(pos, 'Position')}, organization: ${ORG(o)}, fact: ${FACT(h, 'HOLDS', evidence, ranked)}}`;
const ROLE = (p: string, r: string, e: string, evidence: EvidenceRead) =>
  `{person: ${PERSON(p)}, type: type(${r}), event: ${EVENT(e)}, fact: ${FACT(r, 'provenance', evidence)}}`;

const types = (list: readonly EdgeType[]) => list.map(relType).join('|');
const ROLE_TYPES = types(ROLE_EDGE_TYPES);
const ROLE_RANK: Record<string, number> = Object.fromEntries(ROLE_EDGE_TYPES.map((t, i) => [t, i]));

const PEOPLE_ORDER = (p: string) => `${p}.search, ${p}.key`;
const EVENT_ORDER = (e: string) => `${e}.date IS NULL, ${e}.date DESC, ${e}.key`;
const ARTICLE_ORDER = (a: string) => `${a}.published IS NULL, ${a}.published DESC, ${a}.key`;
// Ascending, Cypher puts nulls last (undated holdings last) without `IS NULL` reading the date twice per row.
const HOLDING_ORDER = (h: string, pos: string, o: string) => `${h}.firstSeen, ${pos}.title, ${o}.key`;

/**
 * For each organization argument in $orgs ({key, folded}), one row per body it may
 * name (`key` the argument, `o` the body): the one whose key it is, else those whose
 * folded name equals it. The store picks the one body (organization-names.ts) from
 * the candidates the statement returns beside each body's page.
 */
const CANDIDATES =
  'UNWIND $orgs AS arg OPTIONAL MATCH (byKey:Organization {key: arg.key}) ' +
  'WITH arg, CASE WHEN byKey IS NULL THEN COLLECT { MATCH (x:Organization {search: arg.folded}) RETURN x } ELSE [byKey] END AS orgs ' +
  'UNWIND orgs AS o WITH arg.key AS key, o';
/** What tells namesakes apart: the body's place and the province above it, its validity. */
const CANDIDATE = (o: string) =>
  `{key: ${o}.key, name: ${o}.name, validFrom: ${o}.validFrom, validUntil: ${o}.validUntil, ` +
  `place: head([(${o})-[:IN]->(cp:Place) | cp.name]), ` +
  `province: head([(${o})-[:IN]->(:Place)-[:WITHIN*]->(top:Place) WHERE NOT (top)-[:WITHIN]->() | top.name])}`;

/** Total and one page of what `match` finds, in one statement; `match` must not depend on outer rows. */
function paged(match: string, order: string, projection: string, params: Record<string, unknown>, w: Window): Statement {
  return {
    cypher:
      `CALL () { ${match} RETURN count(*) AS total } ` +
      `CALL () { ${match} WITH * ORDER BY ${order} SKIP toInteger($offset) LIMIT toInteger($limit) RETURN collect(${projection}) AS page } ` +
      'RETURN total, page',
    params: { ...params, offset: w.offset, limit: w.limit },
  };
}

/** The end of a statement over CANDIDATES whose subqueries bind `total` and `page` for each body `o`: one row per argument. */
const NAMED = `RETURN key, collect({candidate: ${CANDIDATE('o')}, total: total, page: page}) AS named`;

/**
 * For each organization argument, every body it may name (CANDIDATES) with the total
 * and one page of `match` over that body `o`: one row per argument, `named` a list of
 * {candidate, total, page}.
 */
function pagedPerBody(match: string, order: string, projection: string, params: Record<string, unknown>, w: Window): Statement {
  return {
    cypher:
      `${CANDIDATES} ` +
      `CALL (o) { ${match} RETURN count(*) AS total } ` +
      `CALL (o) { ${match} WITH * ORDER BY ${order} SKIP toInteger($offset) LIMIT toInteger($limit) RETURN collect(${projection}) AS page } ` +
      NAMED,
    params: { ...params, offset: w.offset, limit: w.limit },
  };
}

/** For each row of `anchor` (which binds `key` and the `vars`), the total and one page of `match`. */
function pagedEach(anchor: string, vars: string, match: string, order: string, projection: string, params: Record<string, unknown>, w: Window): Statement {
  return {
    cypher:
      `${anchor} ` +
      `CALL (${vars}) { ${match} RETURN count(*) AS total } ` +
      `CALL (${vars}) { ${match} WITH * ORDER BY ${order} SKIP toInteger($offset) LIMIT toInteger($limit) RETURN collect(${projection}) AS page } ` +
      'RETURN key, total, page',
    params: { ...params, offset: w.offset, limit: w.limit },
  };
}

// ---------------------------------------------------------------- nodes by key

export function nodesByKeys(l: NodeLabel, keys: readonly string[]): Statement {
  const projection = l === 'Organization' ? ORG('n') : l === 'Event' ? EVENT('n') : l in READ_PROPERTIES ? PROJECT('n', l as ReadKind) : 'n {.*}';
  return { cypher: `UNWIND $keys AS key MATCH (n:${label(l)} {key: key}) RETURN key, ${projection} AS node`, params: { keys } };
}

export function officesByKeys(keys: readonly string[]): Statement {
  return {
    cypher: `UNWIND $keys AS key MATCH (n:Position {key: key})-[:OF]->(o:Organization) RETURN key, ${PROJECT('n', 'Position')} AS position, ${ORG('o')} AS organization`,
    params: { keys },
  };
}

// ---------------------------------------------------------------- people

export function peoplePage(search: string | null, w: Window): Statement {
  return paged('MATCH (p:Person) WHERE $search IS NULL OR p.search CONTAINS $search', PEOPLE_ORDER('p'), PERSON('p'), { search }, w);
}

/** People holding (now or formerly) an office with the title (titlePrefix: see HoldingsFilter), ordered like people. */
export function holdersPage(titlePrefix: string, search: string | null, w: Window): Statement {
  const match =
    'MATCH (pos:Position) WHERE pos.search STARTS WITH $titlePrefix ' +
    'MATCH (p:Person)-[:HOLDS]->(pos) WHERE $search IS NULL OR p.search CONTAINS $search WITH DISTINCT p';
  return paged(match, PEOPLE_ORDER('p'), PERSON('p'), { titlePrefix, search }, w);
}

/** For each organization argument, per body it may name, the people holding an office of it (with the title when given). */
export function holdersOfBodies(orgs: readonly { key: string; folded: string }[], titlePrefix: string | null, search: string | null, w: Window): Statement {
  const match =
    'MATCH (pos:Position)-[:OF]->(o) WHERE $titlePrefix IS NULL OR pos.search STARTS WITH $titlePrefix ' +
    'MATCH (p:Person)-[:HOLDS]->(pos) WHERE $search IS NULL OR p.search CONTAINS $search WITH DISTINCT p';
  return pagedPerBody(match, PEOPLE_ORDER('p'), PERSON('p'), { orgs, titlePrefix, search }, w);
}

/**
 * Each person, with their holdings, whole (a person holds a handful of offices), in
 * holding order: one row per person found, `holdings` empty when they hold none.
 * With `{first: N}`, the articles the person's holdings cite are put in order once
 * (RANKED_ARTICLES): a person's offices are mostly reported by the same articles.
 */
export function holdingsOfPeople(keys: readonly string[], evidence: EvidenceRead): Statement {
  const ranked = typeof evidence === 'object';
  return {
    cypher:
      'UNWIND $keys AS key MATCH (p:Person {key: key}) ' +
      (ranked ? `${RANKED_ARTICLES} CALL (p, ranked) { ` : 'CALL (p) { ') +
      'MATCH (p)-[h:HOLDS]->(pos:Position)-[:OF]->(o:Organization) ' +
      `WITH h, pos, o ORDER BY ${HOLDING_ORDER('h', 'pos', 'o')} RETURN collect(${HOLDING('p', 'h', 'pos', 'o', evidence, ranked ? 'ranked' : undefined)}) AS holdings } ` +
      `RETURN key, ${PERSON('p')} AS person, holdings`,
    params: { keys, ...evidenceParams(evidence) },
  };
}

/** One page of each person's roles: most recent event first, then role order. */
export function rolesOfPeople(keys: readonly string[], w: Window, evidence: EvidenceRead): Statement {
  return pagedEach(
    'UNWIND $keys AS key MATCH (p:Person {key: key})',
    'p',
    `MATCH (p)-[r:${ROLE_TYPES}]->(e:Event)`,
    `${EVENT_ORDER('e')}, $roleRank[type(r)]`,
    ROLE('p', 'r', 'e', evidence),
    { keys, roleRank: ROLE_RANK, ...evidenceParams(evidence) },
    w,
  );
}

export function coParticipantsOfPeople(keys: readonly string[], w: Window): Statement {
  return pagedEach(
    'UNWIND $keys AS key MATCH (p:Person {key: key})',
    'p',
    `MATCH (p)-[:${ROLE_TYPES}]->(:Event)<-[:${ROLE_TYPES}]-(q:Person) WHERE q <> p WITH DISTINCT q`,
    PEOPLE_ORDER('q'),
    PERSON('q'),
    { keys },
    w,
  );
}

/** Articles with a relationship of `type` (MENTIONS, REPORTS) to each node, most recent first. */
export function articlesInto(l: 'Person' | 'Event', type: 'MENTIONS' | 'REPORTS', keys: readonly string[], w: Window): Statement {
  return pagedEach(
    `UNWIND $keys AS key MATCH (n:${label(l)} {key: key})`,
    'n',
    `MATCH (a:Article)-[:${relType(type)}]->(n)`,
    ARTICLE_ORDER('a'),
    PROJECT('a', 'Article'),
    { keys },
    w,
  );
}

// ---------------------------------------------------------------- organizations

export function organizationsPage(search: string | null, kind: string | null, level: string | null, w: Window): Statement {
  const match =
    'MATCH (o:Organization) WHERE ($search IS NULL OR o.search CONTAINS $search) AND ($kind IS NULL OR o.kind = $kind) ' +
    'AND ($level IS NULL OR o.level = $level)';
  return paged(match, PEOPLE_ORDER('o'), ORG('o'), { search, kind, level }, w);
}

/** The bodies each organization is PART_OF (`up`) or that are PART_OF it, by name. */
export function relatedBodies(keys: readonly string[], direction: 'up' | 'down'): Statement {
  const pattern = direction === 'up' ? '(n)-[:PART_OF]->(o:Organization)' : '(o:Organization)-[:PART_OF]->(n)';
  return {
    cypher:
      `UNWIND $keys AS key MATCH (n:Organization {key: key}) MATCH ${pattern} ` +
      `WITH key, o ORDER BY key, ${PEOPLE_ORDER('o')} RETURN key, collect(${ORG('o')}) AS organizations`,
    params: { keys },
  };
}

/** A holding `h` of an office of `o` held at $asOf, in a body that stood then: the rule of store/held.ts, in Cypher. */
const HELD_AS_OF =
  '(h.firstSeen <= date($asOf) AND (h.formerFrom IS NULL OR h.formerFrom > date($asOf)) ' +
  'AND (o.validFrom IS NULL OR o.validFrom <= date($asOf)) AND (o.validUntil IS NULL OR date($asOf) < o.validUntil))';

export interface HoldingsFilter {
  /** searchKey(title) + ', ': a Position's search starts with it (its name is "title, body"). */
  titlePrefix: string | null;
  asOf: string | null;
}

/**
 * For each organization argument, per body it may name, one page of the holdings of
 * its offices (with the title when given) and their total. With asOf, only holdings
 * held then, in a body that stood then (HELD_AS_OF).
 */
export function officeHolders(orgs: readonly { key: string; folded: string }[], f: HoldingsFilter, w: Window, evidence: EvidenceRead): Statement {
  const offices = 'MATCH (pos:Position)-[:OF]->(o) WHERE $titlePrefix IS NULL OR pos.search STARTS WITH $titlePrefix';
  // HOLDS always starts at a Person (model.ts): no label check on each of an office's thousands of holders.
  const holdingsMatch = (...conditions: string[]) => {
    const where = [...(f.asOf === null ? [] : [HELD_AS_OF]), ...conditions];
    return `${offices} MATCH (p)-[h:HOLDS]->(pos)${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  };
  // Without asOf every holding counts: the offices' HOLDS degrees, read without visiting a holding.
  const total = f.asOf === null ? `${offices} RETURN sum(COUNT { (pos)<-[:HOLDS]-() }) AS total` : `${holdingsMatch()} RETURN count(*) AS total`;
  // The order starts with firstSeen, so the page lies within the holdings dated up to the
  // firstSeen of the page's last row (all of them when that is undated, nulls sorting last,
  // or there are fewer rows): found from the dates alone, it spares reading every holder
  // for the rest of the order.
  const end = 'toInteger($offset) + toInteger($limit)';
  const upTo = `${holdingsMatch()} WITH h.firstSeen AS seen ORDER BY seen LIMIT ${end} WITH collect(seen) AS seen RETURN size(seen) < ${end} OR last(seen) IS NULL AS everyRow, last(seen) AS lastSeen`;
  const page =
    `${holdingsMatch('(everyRow OR h.firstSeen <= lastSeen)')} WITH * ORDER BY ${HOLDING_ORDER('h', 'pos', 'o')}, ${PEOPLE_ORDER('p')} ` +
    `SKIP toInteger($offset) LIMIT toInteger($limit) RETURN collect(${HOLDING('p', 'h', 'pos', 'o', evidence)}) AS page`;
  return {
    cypher: `${CANDIDATES} CALL (o) { ${total} } CALL (o) { ${upTo} } CALL (o, everyRow, lastSeen) { ${page} } ${NAMED}`,
    params: { orgs, ...f, ...evidenceParams(evidence), offset: w.offset, limit: w.limit },
  };
}

/** Each organization's SUCCEEDED_BY successors (`out`) or predecessors (`in`), ordered like bodies. */
export function successionsOf(keys: readonly string[], direction: 'in' | 'out'): Statement {
  const pattern = direction === 'out' ? '(n)-[s:SUCCEEDED_BY]->(o:Organization)' : '(o:Organization)-[s:SUCCEEDED_BY]->(n)';
  return {
    cypher:
      `UNWIND $keys AS key MATCH (n:Organization {key: key}) MATCH ${pattern} ` +
      `WITH key, o, s ORDER BY key, ${PEOPLE_ORDER('o')} ` +
      `RETURN key, collect({organization: ${ORG('o')}, date: s.date, partly: s.partly}) AS successions`,
    params: { keys },
  };
}

// ---------------------------------------------------------------- events

export interface EventFilter {
  kind: string | null;
  from: string | null;
  to: string | null;
}

const EVENT_WHERE = '($kind IS NULL OR e.kind = $kind) AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))';

export function eventsPage(f: EventFilter, w: Window): Statement {
  return paged(`MATCH (e:Event) WHERE ${EVENT_WHERE}`, EVENT_ORDER('e'), EVENT('e'), { ...f }, w);
}

/**
 * For each organizer argument ({key, folded}), per body it may name, one page of its
 * events and their total; with `chairs`, each event comes as {event, chairs} with who
 * CHAIRED it (and the evidence for it when `chairs.evidence`).
 */
export function eventsOfOrganizers(
  orgs: readonly { key: string; folded: string }[],
  f: EventFilter,
  w: Window,
  chairs: { evidence: boolean } | null,
): Statement {
  const projection = chairs
    ? `{event: ${EVENT('e')}, chairs: COLLECT { MATCH (p:Person)-[r:CHAIRED]->(e) WITH p, r ORDER BY ${PEOPLE_ORDER('p')} RETURN ${ROLE('p', 'r', 'e', chairs.evidence)} }}`
    : EVENT('e');
  return pagedPerBody(`MATCH (e:Event)-[:ORGANIZED_BY]->(o) WHERE ${EVENT_WHERE}`, EVENT_ORDER('e'), projection, { orgs, ...f }, w);
}

/** Each event with everyone who had a role at it (or only CHAIRED), in role order then person. */
export function participantsOfEvents(keys: readonly string[]): Statement {
  return {
    cypher:
      `UNWIND $keys AS key MATCH (e:Event {key: key}) ` +
      `CALL (e) { MATCH (p:Person)-[r:${ROLE_TYPES}]->(e) WITH p, r ORDER BY $roleRank[type(r)], ${PEOPLE_ORDER('p')} ` +
      `RETURN collect(${ROLE('p', 'r', 'e', true)}) AS participants } RETURN key, participants`,
    params: { keys, roleRank: ROLE_RANK },
  };
}

// ---------------------------------------------------------------- articles

export function eventsOfArticles(keys: readonly string[], w: Window): Statement {
  return pagedEach(
    'UNWIND $keys AS key MATCH (n:Article {key: key})',
    'n',
    'MATCH (n)-[:REPORTS]->(e:Event)',
    EVENT_ORDER('e'),
    EVENT('e'),
    { keys },
    w,
  );
}

export function peopleInArticles(keys: readonly string[], w: Window): Statement {
  return pagedEach(
    'UNWIND $keys AS key MATCH (n:Article {key: key})',
    'n',
    'MATCH (n)-[:MENTIONS]->(p:Person)',
    PEOPLE_ORDER('p'),
    PERSON('p'),
    { keys },
    w,
  );
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
  const labels = PATH_LABELS.map((l) => `n:${label(l)}`).join(' OR ');
  return {
    cypher:
      'MATCH (a:Person {key: $fromKey}), (b:Person {key: $toKey}) ' +
      `MATCH path = shortestPath((a)-[:${types(PATH_EDGE_TYPES)}*..${MAX_HOPS}]-(b)) WHERE all(n IN nodes(path) WHERE ${labels}) ` +
      `RETURN [n IN nodes(path) | ${PATH_NODE}] AS nodes, ` +
      `[r IN relationships(path) | {type: type(r), from: elementId(startNode(r)), to: elementId(endNode(r)), fact: ${FACT('r', 'provenance', true)}}] AS rels`,
    params: { fromKey, toKey },
  };
}
