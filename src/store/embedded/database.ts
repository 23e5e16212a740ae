// The embedded store's file: a SQLite database through Node's built-in node:sqlite
// (no native module to install). Memory stays small whatever the graph's size,
// since SQLite keeps the graph on disk and only a bounded page cache in memory,
// and opening a saved graph costs no loading: `cadregraph ingest --graph FILE`
// builds it once and `serve --graph FILE` opens it.
//
// Layout: one row per node (its model properties as JSON, plus the columns that
// lists are ordered and filtered by, and the name's key of a Mention or Person,
// by which resolution reads them) and one per relationship (its properties as
// JSON; for a HOLDS, the columns office-holder lists are ordered and filtered by:
// `seen` (firstSeen, '~' when unknown so that it sorts last), `ended` (formerFrom) and
// `holder` (the person's search and key); for a role at an event, the columns a
// person's roles are ordered by: `seen` (the event's date) and `holder` (the event's
// key and the role's rank, see roleOrder); its provenance as article keys and
// [article key, sentence id] pairs). An
// evidence sentence is stored once in `sentence`, however many facts it supports.
import { existsSync } from 'node:fs';
import { readdir, stat, statfs } from 'node:fs/promises';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { dirname, join, resolve } from 'node:path';
import { ROLE_EDGE_TYPES, type EdgeType } from '../../graph/model.js';

/**
 * Bumped when the layout changes: a file of another format is refused with a
 * message, not misread. Format 3 keeps a Mention's quotes as sentence references
 * (mention-evidence.ts; format 2's quotes are strings, and both read the same).
 * Format 4 keeps each role's order columns and index (ROLE_ORDER_INDEX); a file of
 * format 2 or 3 gets them when it is opened (upgradeRoleOrder), once.
 */
export const FORMAT = 'cadregraph-graph 4';
const READABLE_FORMATS: readonly string[] = ['cadregraph-graph 2', 'cadregraph-graph 3', FORMAT];

/** The role relationship types as SQL text (constants of the model, never input), in the model's role order. */
export const ROLE_LIST = ROLE_EDGE_TYPES.map((t) => `'${t}'`).join(', ');

/**
 * A role's `holder` column: the event's key, then the role's rank in the model's
 * order; U+0001 is in no key, so this orders as the key, then the rank. With `seen`
 * (the event's date, null when unknown) a person's roles page in the index
 * ROLE_ORDER_INDEX: most recent first, undated last, then by event key and role.
 */
export function roleOrder(eventKey: string, type: EdgeType): string {
  return `${eventKey}\u0001${ROLE_EDGE_TYPES.indexOf(type as (typeof ROLE_EDGE_TYPES)[number])}`;
}

const ROLE_RANK_SQL = `CASE edge.type ${ROLE_EDGE_TYPES.map((t, i) => `WHEN '${t}' THEN '${i}'`).join(' ')} END`;

/** SQLite puts nulls last in a descending column: undated events come after dated ones. */
const ROLE_ORDER_INDEX = `CREATE INDEX IF NOT EXISTS edge_roles ON edge (src, seen DESC, holder) WHERE type IN (${ROLE_LIST})`;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS node (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  key TEXT NOT NULL,
  search TEXT NOT NULL,
  day TEXT,
  block TEXT,
  props TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS node_key ON node (label, key);
CREATE INDEX IF NOT EXISTS node_order ON node (label, search, key);
CREATE INDEX IF NOT EXISTS node_day ON node (label, day, key);
CREATE INDEX IF NOT EXISTS node_block ON node (block, label) WHERE block IS NOT NULL;
CREATE TABLE IF NOT EXISTS edge (
  src INTEGER NOT NULL,
  type TEXT NOT NULL,
  dst INTEGER NOT NULL,
  seen TEXT,
  ended TEXT,
  holder TEXT,
  props TEXT NOT NULL,
  articles TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (src, type, dst)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edge_in ON edge (dst, type, src);
CREATE INDEX IF NOT EXISTS edge_holding ON edge (dst, type, seen, holder, src) WHERE type = 'HOLDS';
CREATE TABLE IF NOT EXISTS sentence (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
${ROLE_ORDER_INDEX};
`;

export class GraphFileError extends Error {
  override name = 'GraphFileError';
}

/** Opens (creating when asked) a graph file, or an in-memory database for ':memory:'. */
export function openDatabase(file: string, { create }: { create: boolean }): DatabaseSync {
  // Checked first: SQLite would create the missing file.
  if (!create && file !== ':memory:' && !existsSync(file)) {
    throw new GraphFileError(`${file}: no such graph file; build it with 'cadregraph ingest --graph ${file} PATH...'`);
  }
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { open: true, readOnly: false });
  } catch (error) {
    throw new GraphFileError(`${file}: cannot open the graph file: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    // A page cache of 64 MB at most (negative = KiB): the bound on the store's memory.
    db.exec('PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;');
    if (file !== ':memory:') db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n === 0) {
      if (!create) throw new GraphFileError(`${file}: not a cadregraph graph file (it is empty); build one with 'cadregraph ingest --graph ${file} PATH...'`);
      db.exec(SCHEMA);
      db.prepare('INSERT INTO meta (name, value) VALUES (?, ?)').run('format', FORMAT);
    }
    const format = db.prepare("SELECT value FROM meta WHERE name = 'format'").get() as { value: string } | undefined;
    if (format === undefined || !READABLE_FORMATS.includes(format.value)) {
      throw new GraphFileError(`${file}: not a graph file this version of cadregraph reads (format ${format?.value ?? 'unknown'}, expected ${FORMAT})`);
    }
    if (format.value !== FORMAT) upgradeRoleOrder(db);
  } catch (error) {
    db.close();
    if (error instanceof GraphFileError) throw error;
    throw new GraphFileError(`${file}: not a cadregraph graph file (${error instanceof Error ? error.message : String(error)})`);
  }
  return db;
}

/**
 * Gives a file of an earlier format its roles' order columns and index, and marks
 * it format 4, in one transaction: nothing else changes.
 */
function upgradeRoleOrder(db: DatabaseSync): void {
  db.exec('BEGIN');
  try {
    db.exec(
      `UPDATE edge SET seen = node.day, holder = node.key || char(1) || ${ROLE_RANK_SQL} FROM node ` +
        `WHERE node.id = edge.dst AND edge.type IN (${ROLE_LIST}); ${ROLE_ORDER_INDEX};`,
    );
    db.prepare("UPDATE meta SET value = ? WHERE name = 'format'").run(FORMAT);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** Prepared statements, made once per database and reused. */
export class Statements {
  private readonly cache = new Map<string, StatementSync>();
  constructor(readonly db: DatabaseSync) {}

  get(sql: string): StatementSync {
    let s = this.cache.get(sql);
    if (s === undefined) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}

/**
 * Bytes of graph file per byte of article text, the basis of the room check
 * below: 49,500 generated articles (bench/corpus.mjs, about 371 MB of text) made
 * a graph file of 1,288 MB (3.5 bytes per byte; evidence, mentions and indexes).
 */
export const GRAPH_BYTES_PER_TEXT_BYTE = 3.5;

/** Bytes of the files under these paths (standard input, -, is not counted). */
export async function inputBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const p of paths) if (p !== '-') total += await sizeOf(p);
  return total;
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (info === null) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

/**
 * Refuses, before any work, input that the graph file would not have room for on
 * its disk: the embedded store keeps its memory small whatever the input, so disk
 * is what runs out. Standard input (-) is not counted.
 */
export async function checkRoom(file: string, paths: readonly string[]): Promise<void> {
  const input = await inputBytes(paths);
  const needed = input * GRAPH_BYTES_PER_TEXT_BYTE;
  const fs = await statfs(dirname(resolve(file)));
  const free = fs.bavail * fs.bsize;
  if (needed > free) {
    const mb = (n: number) => `${Math.ceil(n / 1e6)} MB`;
    throw new GraphFileError(
      `${file}: ${mb(input)} of articles need about ${mb(needed)} of graph file, and ${dirname(resolve(file))} has ${mb(free)} free; ` +
        'put --graph on a larger disk, or for a corpus this size use Neo4j (set NEO4J_URI and leave out --graph)',
    );
  }
}
