// Writing into the embedded store's database by the model's merge rules (model.ts):
// node properties merge with mergeNodes, relationship properties with mergeEdges
// (HOLDS history, a succession's date, a SAME_AS's rule and reason), provenance as
// sets. Writing the same batch twice changes nothing. Each evidence sentence is
// stored once and referred to by id. Resolution rewrites people as given (no
// merge): see people.ts.
import {
  decodeEvidence,
  mergeEdges,
  mergeNodes,
  nodeId,
  roleOfEdge,
  unionSorted,
  type GraphBatch,
  type GraphEdge,
  type GraphNode,
  type NodeRef,
} from '../../graph/model.js';
import { emptyWriteSummary, type WriteSummary } from '../store.js';
import { FORMAT, ROLE_LIST, roleOrder, type Statements } from './database.js';
import { StoredProps, toStoredProps } from './mention-evidence.js';

/** An evidence reference as stored: [article key, sentence id]. */
export type EvidenceRef = [string, number];

/** Sorts after every ISO date: a holding first seen on no known day comes last. */
export const UNKNOWN_DAY = '~';

/** The column lists order and filter by: an event's date, an article's publication date. */
function dayOf(n: GraphNode): string | null {
  if (n.label === 'Event') return n.props.date ?? null;
  if (n.label === 'Article') return n.props.published ?? null;
  return null;
}

/** The name's key of a Mention or Person: resolution reads them block by block. */
function blockOf(n: GraphNode): string | null {
  return n.label === 'Mention' || n.label === 'Person' ? n.props.block : null;
}

/** A relationship's properties without its provenance (which has its own columns). */
export function details(e: GraphEdge): Record<string, unknown> {
  const { articles: _articles, evidence: _evidence, ...rest } = e.props;
  return rest;
}

function unionRefs(a: readonly EvidenceRef[], b: readonly EvidenceRef[]): EvidenceRef[] {
  const seen = new Set(a.map(([k, s]) => `${s}|${k}`));
  const out = [...a];
  for (const ref of b) {
    const id = `${ref[1]}|${ref[0]}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(ref);
    }
  }
  return out;
}

/** A relationship's row as stored, but for its ends and type. */
export interface EdgeRow {
  seen: string | null;
  ended: string | null;
  holder: string | null;
  props: string;
  articles: string;
  evidence: string;
}

/** What a relationship's order columns need of a node: an event's day, a person's list order (holderOrder). */
interface NodeFacts {
  day: string | null;
  order: string;
}

/** The person's list order (search, then key) as one string; U+0001 is in no name. */
const listOrder = (search: string, key: string): string => `${search}\u0001${key}`;

/** Node and relationship writes on one database; callers hold the transaction. */
export class Writer {
  private readonly ids = new Map<string, number>();
  private readonly sentences = new Map<string, number>();
  /** Facts of nodes read ahead (preload), by row id. */
  private readonly facts = new Map<number, NodeFacts>();
  private readonly stored: StoredProps;

  constructor(private readonly st: Statements) {
    this.stored = new StoredProps(st);
  }

  /** The row id of a node, or undefined when it is not stored. */
  idOf(ref: NodeRef): number | undefined {
    const known = this.ids.get(nodeId(ref));
    if (known !== undefined) return known;
    const row = this.st.get('SELECT id FROM node WHERE label = ? AND key = ?').get(ref.label, ref.key) as { id: number } | undefined;
    if (row !== undefined) this.ids.set(nodeId(ref), row.id);
    return row?.id;
  }

  /** Reads the row ids (and order facts) of these nodes in one statement, so that writing relationships between them asks nothing more. */
  preload(refs: Iterable<NodeRef>): void {
    const wanted = new Map<string, NodeRef>();
    for (const ref of refs) if (!this.ids.has(nodeId(ref))) wanted.set(nodeId(ref), ref);
    if (wanted.size === 0) return;
    const sql =
      'SELECT n.id, n.label, n.key, n.day, n.search FROM json_each(?) j JOIN node n ON n.label = j.value ->> 0 AND n.key = j.value ->> 1';
    const rows = this.st.get(sql).all(JSON.stringify([...wanted.values()].map((r) => [r.label, r.key]))) as Array<{
      id: number;
      label: string;
      key: string;
      day: string | null;
      search: string;
    }>;
    for (const r of rows) {
      this.ids.set(nodeId({ label: r.label, key: r.key } as NodeRef), r.id);
      this.facts.set(r.id, { day: r.day, order: listOrder(r.search, r.key) });
    }
  }

  /** Reads the ids of these evidence sentences, those stored already, in one statement. */
  preloadSentences(texts: Iterable<string>): void {
    const wanted = [...new Set(texts)].filter((t) => !this.sentences.has(t));
    if (wanted.length === 0) return;
    const rows = this.st.get('SELECT s.id, s.text FROM json_each(?) j JOIN sentence s ON s.text = j.value').all(JSON.stringify(wanted)) as Array<{
      id: number;
      text: string;
    }>;
    for (const r of rows) this.sentences.set(r.text, r.id);
  }

  private sentenceId(text: string): number {
    let id = this.sentences.get(text);
    if (id === undefined) {
      const row = this.st.get('SELECT id FROM sentence WHERE text = ?').get(text) as { id: number } | undefined;
      id = row?.id ?? Number(this.st.get('INSERT INTO sentence (text) VALUES (?)').run(text).lastInsertRowid);
      this.sentences.set(text, id);
    }
    return id;
  }

  /** Writes a node, merged with the stored one (`merge`) or as given; says its row id and whether it is new. */
  node(n: GraphNode, merge: boolean): { id: number; created: boolean } {
    const row = this.st.get('SELECT id, search, day, block, props FROM node WHERE label = ? AND key = ?').get(n.label, n.key) as
      | { id: number; search: string; day: string | null; block: string | null; props: string }
      | undefined;
    if (row === undefined) {
      const result = this.st
        .get('INSERT INTO node (label, key, search, day, block, props) VALUES (?, ?, ?, ?, ?, ?)')
        .run(n.label, n.key, n.props.search, dayOf(n), blockOf(n), this.json(n));
      const id = Number(result.lastInsertRowid);
      this.ids.set(nodeId(n), id);
      this.facts.set(id, { day: dayOf(n), order: listOrder(n.props.search, n.key) });
      return { id, created: true };
    }
    const written = merge ? mergeNodes({ ...n, props: this.stored.parse(n.label, row.props) } as GraphNode, n) : n;
    const day = dayOf(written);
    const props = this.json(written);
    // A row stored exactly so is left alone: rewriting it would dirty its page and a leaf of each of its indexes.
    const unchanged = row.search === written.props.search && row.day === day && row.block === blockOf(written) && row.props === props;
    if (!unchanged) this.st.get('UPDATE node SET search = ?, day = ?, block = ?, props = ? WHERE id = ?').run(written.props.search, day, blockOf(written), props, row.id);
    // An event's roles are ordered by its date, kept on each role (roleOrder).
    if (n.label === 'Event' && day !== row.day) {
      this.st.get(`UPDATE edge SET seen = ? WHERE dst = ? AND type IN (${ROLE_LIST})`).run(day, row.id);
    }
    this.ids.set(nodeId(n), row.id);
    this.facts.set(row.id, { day, order: listOrder(written.props.search, n.key) });
    return { id: row.id, created: false };
  }

  /** A node's props as the file keeps them (a Mention's quotes as sentence references). */
  private json(n: GraphNode): string {
    return JSON.stringify(toStoredProps(n, (quote) => this.sentenceId(quote)));
  }

  /** The row ids of a relationship's two ends, which must be stored already. */
  ends(e: GraphEdge, writer: string): { src: number; dst: number } {
    const src = this.idOf(e.from);
    const dst = this.idOf(e.to);
    if (src === undefined || dst === undefined) {
      throw new Error(`embedded store ${writer}: expected ${e.type} to join nodes already written, got ${nodeId(e.from)} → ${nodeId(e.to)}`);
    }
    return { src, dst };
  }

  /**
   * Writes a relationship, merged with the stored one (`merge`) or as given; true
   * when it is new. `stored`: the stored row when the caller read it already
   * (null: none is stored), so that it is not read again.
   */
  edge(e: GraphEdge, merge: boolean, stored?: EdgeRow | null): boolean {
    const { src, dst } = this.ends(e, merge ? 'write' : 'replacePeople');
    const refs: EvidenceRef[] = e.props.evidence.map((encoded) => {
      const { articleId, quote } = decodeEvidence(encoded);
      return [articleId, this.sentenceId(quote)];
    });
    const old =
      stored === undefined
        ? (this.st.get('SELECT seen, ended, holder, props, articles, evidence FROM edge WHERE src = ? AND type = ? AND dst = ?').get(src, e.type, dst) as
            | EdgeRow
            | undefined)
        : (stored ?? undefined);
    let props = details(e);
    let articles = e.props.articles;
    let evidence = refs;
    if (old !== undefined && merge) {
      articles = unionSorted(JSON.parse(old.articles) as string[], articles);
      evidence = unionRefs(JSON.parse(old.evidence) as EvidenceRef[], refs);
      // Provenance merges above, by sentence id; mergeEdges merges the rest by the model's rules.
      const none = { articles: [], evidence: [] };
      const stored = { ...e, props: { ...JSON.parse(old.props), ...none } } as GraphEdge;
      props = details(mergeEdges(stored, { ...e, props: { ...e.props, ...none } } as GraphEdge));
    }
    const holds = e.type === 'HOLDS';
    const role = roleOfEdge(e.type) !== null ? this.roleColumns(dst, e) : null;
    const seen = holds ? ((props['firstSeen'] as string | null | undefined) ?? UNKNOWN_DAY) : (role?.seen ?? null);
    const ended = holds ? ((props['formerFrom'] as string | null | undefined) ?? null) : null;
    const holder = holds ? this.holderOrder(src) : (role?.holder ?? null);
    const row = { seen, ended, holder, props: JSON.stringify(props), articles: JSON.stringify(articles), evidence: JSON.stringify(evidence) };
    // A row stored exactly so is left alone: a person rewritten for one new mention
    // dirties the pages of that mention's relationships, not of all they had.
    if (old !== undefined && (Object.keys(row) as (keyof typeof row)[]).every((k) => row[k] === old[k])) return false;
    this.st
      .get('INSERT OR REPLACE INTO edge (src, type, dst, seen, ended, holder, props, articles, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(src, e.type, dst, row.seen, row.ended, row.holder, row.props, row.articles, row.evidence);
    return old === undefined;
  }

  /** A role's order columns: its event's date, and the event's key with the role's rank. */
  private roleColumns(eventId: number, e: GraphEdge): { seen: string | null; holder: string } {
    const known = this.facts.get(eventId);
    const day = known !== undefined ? known.day : (this.st.get('SELECT day FROM node WHERE id = ?').get(eventId) as { day: string | null }).day;
    return { seen: day, holder: roleOrder(e.to.key, e.type) };
  }

  /** The person's list order (listOrder). */
  private holderOrder(personId: number): string {
    const known = this.facts.get(personId)?.order;
    if (known !== undefined) return known;
    const p = this.st.get('SELECT search, key FROM node WHERE id = ?').get(personId) as { search: string; key: string };
    return listOrder(p.search, p.key);
  }
}

/** Runs `work` in one transaction: all of it is written, or none. */
export function transaction<T>(st: Statements, work: () => T): T {
  st.db.exec('BEGIN');
  try {
    st.get("UPDATE meta SET value = ? WHERE name = 'format' AND value <> ?").run(FORMAT, FORMAT);
    const result = work();
    st.db.exec('COMMIT');
    return result;
  } catch (error) {
    st.db.exec('ROLLBACK');
    throw error;
  }
}

/** Merges a batch; says how many nodes and relationships it held and how many of them were new. */
export function writeBatch(st: Statements, batch: GraphBatch): WriteSummary {
  const summary = emptyWriteSummary();
  summary.nodes = batch.nodes.length;
  summary.relationships = batch.edges.length;
  const writer = new Writer(st);
  transaction(st, () => {
    for (const n of batch.nodes) if (writer.node(n, true).created) summary.created.nodes[n.label] += 1;
    for (const e of batch.edges) if (writer.edge(e, true)) summary.created.relationships[e.type] += 1;
  });
  return summary;
}
