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
// `holder` (the person's search and key); its provenance as article keys and
// [article key, sentence id] pairs). An
// evidence sentence is stored once in `sentence`, however many facts it supports.
import { existsSync } from 'node:fs';
import { readdir, stat, statfs } from 'node:fs/promises';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { dirname, join, resolve } from 'node:path';

/**
 * Bumped when the layout changes: a file of another format is refused with a
 * message, not misread. Format 3 keeps a Mention's quotes as sentence references
 * (mention-evidence.ts); a format 2 file, whose quotes are strings, reads the same
 * and becomes format 3 at its first write, as from then on it may hold references.
 */
export const FORMAT = 'cadregraph-graph 3';
const READABLE_FORMATS: readonly string[] = ['cadregraph-graph 2', FORMAT];

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
  } catch (error) {
    db.close();
    if (error instanceof GraphFileError) throw error;
    throw new GraphFileError(`${file}: not a cadregraph graph file (${error instanceof Error ? error.message : String(error)})`);
  }
  return db;
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
