// Ingestion as a library: article files (or ready contract records) in, a merged
// graph in a store out, written every `batchSize` articles. Typed against the
// GraphStore interface; with no store given it connects to Neo4j, checking the
// connection and credentials before any extraction. Every write is a merge, so a
// run that stopped part way (Neo4j down, Ctrl-C) completes when run again.
//
// Extraction overlaps with writing: while one batch is being written, the next
// is extracted (on worker threads with `jobs` > 1) and built. At most one batch
// is written and one built at a time, so memory does not grow with the corpus.
//
// @example
//   import { ingest } from 'cadregraph';
//   const summary = await ingest(['articles/'], { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password, jobs: 4 });
//   console.log(summary.articles, summary.nodes.Person, summary.failures);

import type { ArticleRecord } from '../extract/contract.js';
import { GraphBuilder, type ArticleSource } from '../graph/build.js';
import type { NodeLabel } from '../graph/model.js';
import type { Neo4jStoreOptions } from '../store/neo4j/store.js';
import { VerdictCache, type Judgement } from '../graph/identity/index.js';
import type { GraphStore, WriteSummary } from '../store/store.js';
import { extractArticles, type ExtractArticlesOptions } from './articles.js';
import { resolveWritten, type PeopleOutcome } from './people.js';
import { ReadArticles } from './read-articles.js';
import { Tally, type NewAndExisting } from './tally.js';

export type { NewAndExisting } from './tally.js';

export interface IngestOptions extends Neo4jStoreOptions, Pick<ExtractArticlesOptions, 'maxBytes' | 'jobs' | 'total'> {
  /** Articles per write (one batch of MERGE statements). Default 500. */
  batchSize?: number;
  /** Called after each article is read and after each batch is written. */
  onProgress?: (progress: IngestProgress) => void;
  /** Called for each file that cannot be read or extracted (the run goes on without it). */
  onFailure?: (failure: IngestFailure) => void;
  /** Called for a file whose text is an article already read in this run (one Article node, both paths). */
  onDuplicate?: (duplicate: IngestDuplicate) => void;
  /** A store to write to instead of connecting to Neo4j with the settings (closed by the caller). */
  store?: GraphStore;
  /** Who is (not) who, as users judged (cadregraph identity): applied to every block resolved. */
  judgements?: readonly Judgement[];
}

export interface IngestProgress {
  /** Articles (and files that failed) read so far. */
  read: number;
  /** Articles whose facts are committed. */
  committed: number;
  failed: number;
  /** Bytes of the files read so far. */
  bytes: number;
  /** The file or record just read. */
  current: string;
}

export interface IngestDuplicate {
  path: string;
  /** A file read before in this run with the same text (the first, unless several were and their batches are committed). */
  first: string;
}

export interface IngestFailure {
  path: string;
  reason: string;
}

/** What a run wrote. */
export interface IngestSummary {
  /** Articles whose facts are committed. */
  articles: number;
  /** Distinct nodes written, by label (Article, Person, Event, Organization, Position, Place, Mention); people as resolution left them. */
  nodes: Record<NodeLabel, NewAndExisting>;
  /** Distinct relationships (facts: offices held, roles at events, provenance) written. */
  relationships: NewAndExisting;
  failures: IngestFailure[];
  bytes: number;
  seconds: number;
}

/** A write failed part way; `summary` says what was committed before it. */
export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    message: string,
    readonly summary: IngestSummary,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/** An article to build, with its graph key and the file it came from (none for a record given as such), or a failure. */
type Source = { path: string; bytes: number; source: ArticleSource; record: ArticleRecord } | { path: string; bytes: number; failure: string };

async function* fromPaths(paths: readonly string[], options: IngestOptions): AsyncGenerator<Source> {
  const stream = extractArticles(paths, {
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.total !== undefined ? { total: options.total } : {}),
  });
  for await (const article of stream) {
    yield article.ok
      ? { path: article.path, bytes: article.bytes, source: { key: article.key, path: article.path }, record: article.record }
      : { path: article.path, bytes: article.bytes, failure: article.reason };
  }
}

async function* fromRecords(records: Iterable<ArticleRecord> | AsyncIterable<ArticleRecord>): AsyncGenerator<Source> {
  // Records keep the id they carry as their key: the caller chose it.
  for await (const record of records) yield { path: record.article.id, bytes: 0, source: { key: record.article.id }, record };
}

function isPathList(input: unknown): input is readonly string[] {
  return Array.isArray(input) && input.every((x) => typeof x === 'string');
}

/** The Neo4j store, loaded only when no store is given, so other stores never load the driver. */
async function connectNeo4j(options: Neo4jStoreOptions): Promise<GraphStore> {
  const { createNeo4jStore } = await import('../store/neo4j/store.js');
  return createNeo4jStore(options);
}

/**
 * Extracts (for paths) and writes the graph to the store (Neo4j when none is
 * given). Throws Neo4jConnectionError before reading anything if Neo4j is
 * unreachable or refuses the credentials, and IngestError if a write fails later
 * (what was committed stays; run again to finish).
 */
export async function ingest(
  input: readonly string[] | Iterable<ArticleRecord> | AsyncIterable<ArticleRecord>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const store = options.store ?? (await connectNeo4j(options));
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const sources = isPathList(input) ? fromPaths(input, options) : fromRecords(input);

  const builder = new GraphBuilder();
  const tally = new Tally();
  const failures: IngestFailure[] = [];
  const readArticles = new ReadArticles(store);
  // The rules' verdicts on pairs of mentions, kept from batch to batch: a busy name resolved again costs its new mentions' pairs.
  const verdicts = new VerdictCache();
  let read = 0;
  let bytes = 0;
  let committed = 0;
  let pending = 0;
  let lastWritten = '';
  let current = '';

  const summary = (): IngestSummary => ({
    articles: committed,
    nodes: tally.nodes(),
    relationships: tally.relationships(),
    failures,
    bytes,
    seconds: (Date.now() - started) / 1000,
  });
  const progress = (): IngestProgress => ({ read, committed, failed: failures.length, bytes, current });

  // The write in flight: awaited before the next one starts, so writes stay in order.
  let writing: Promise<void> = Promise.resolve();
  let writeFailure: { error: unknown; at: string } | null = null;
  const startWrite = async (): Promise<void> => {
    await writing;
    if (writeFailure !== null || pending === 0) return;
    const batch = builder.take();
    readArticles.batchTaken();
    const articles = pending;
    const at = current;
    pending = 0;
    // The batch's facts and mentions, then the people of the names it touched.
    const write = async (): Promise<[WriteSummary, PeopleOutcome]> => {
      const written = await store.write(batch);
      return [written, await resolveWritten(store, batch.nodes, options.judgements ?? [], verdicts)];
    };
    writing = write().then(
      ([written, people]) => {
        tally.add(batch, written);
        tally.addPeople(people);
        committed += articles;
        readArticles.batchCommitted();
        lastWritten = at;
        options.onProgress?.(progress());
      },
      (error: unknown) => {
        writeFailure = { error, at };
      },
    );
  };
  const writeError = (): IngestError | null => {
    if (writeFailure === null) return null;
    const { error, at } = writeFailure;
    const reason = error instanceof Error ? error.message : String(error);
    const upTo = lastWritten ? `${committed} article(s) committed, up to ${lastWritten}` : 'nothing committed';
    return new IngestError(`ingest: writing the batch ending at ${at} failed: ${reason}; ${upTo}; run again to complete`, summary(), error);
  };

  try {
    for await (const source of sources) {
      current = source.path;
      read += 1;
      bytes += source.bytes;
      if ('failure' in source) {
        const failure = { path: source.path, reason: source.failure };
        failures.push(failure);
        options.onFailure?.(failure);
      } else {
        const first = await readArticles.read(source.source.key, source.path);
        if (first !== null) options.onDuplicate?.({ path: source.path, first });
        builder.add(source.record, source.source);
        pending += 1;
      }
      options.onProgress?.(progress());
      if (pending >= batchSize) await startWrite();
      const error = writeError();
      if (error) throw error;
    }
    await startWrite();
    await writing;
    const error = writeError();
    if (error) throw error;
  } finally {
    await sources.return(undefined);
    if (options.store === undefined) await store.close();
  }
  return summary();
}
