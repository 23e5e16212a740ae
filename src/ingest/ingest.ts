// Ingestion as a library: article files (or ready contract records) in, a merged
// graph in a store out, written every `batchSize` articles. Typed against the
// GraphStore interface; with no store given it connects to Neo4j, checking the
// connection and credentials before any extraction. Every write is a merge, so a
// run that stopped part way (Neo4j down, Ctrl-C) completes when run again.
//
// @example
//   import { ingest } from 'cadregraph';
//   const summary = await ingest(['articles/'], { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password });
//   console.log(summary.articles, summary.people, summary.failures);

import type { ArticleRecord } from '../extract/contract.js';
import { GraphBuilder } from '../graph/build.js';
import { edgeId, nodeId, type GraphBatch } from '../graph/model.js';
import type { Neo4jStoreOptions } from '../store/neo4j/store.js';
import type { GraphStore } from '../store/store.js';
import { extractArticles } from './articles.js';
import { DEFAULT_MAX_BYTES } from './read-input.js';

export interface IngestOptions extends Neo4jStoreOptions {
  /** Articles per write (one batch of MERGE statements). Default 500. */
  batchSize?: number;
  /** Files larger than this are refused (see cadregraph extract). */
  maxBytes?: number;
  /** Called after each article is read and after each batch is written. */
  onProgress?: (progress: IngestProgress) => void;
  /** A store to write to instead of connecting to Neo4j with the settings (closed by the caller). */
  store?: GraphStore;
}

export interface IngestProgress {
  /** Articles extracted so far. */
  read: number;
  /** Articles whose facts are committed. */
  committed: number;
  failed: number;
  /** The file or record just read. */
  current: string;
}

export interface IngestFailure {
  path: string;
  reason: string;
}

/** What a run wrote (merged into Neo4j): distinct nodes by kind and distinct relationships. */
export interface IngestSummary {
  articles: number;
  people: number;
  positions: number;
  organizations: number;
  events: number;
  nodes: number;
  relationships: number;
  failures: IngestFailure[];
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

type Source = { id: string; path: string; record: ArticleRecord } | { id: string; path: string; failure: string };

async function* fromPaths(paths: readonly string[], maxBytes: number): AsyncGenerator<Source> {
  for await (const article of extractArticles(paths, { maxBytes })) {
    yield article.ok
      ? { id: article.id, path: article.path, record: article.record }
      : { id: article.id, path: article.path, failure: article.reason };
  }
}

async function* fromRecords(records: Iterable<ArticleRecord> | AsyncIterable<ArticleRecord>): AsyncGenerator<Source> {
  for await (const record of records) yield { id: record.article.id, path: record.article.id, record };
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
  const sources = isPathList(input) ? fromPaths(input, options.maxBytes ?? DEFAULT_MAX_BYTES) : fromRecords(input);

  const builder = new GraphBuilder();
  const seen = { Person: new Set<string>(), Position: new Set<string>(), Organization: new Set<string>(), Event: new Set<string>(), all: new Set<string>() };
  const failures: IngestFailure[] = [];
  const relationships = new Set<string>();
  let read = 0;
  let committed = 0;
  let pending = 0;
  let lastWritten = '';

  const summary = (): IngestSummary => ({
    articles: committed,
    people: seen.Person.size,
    positions: seen.Position.size,
    organizations: seen.Organization.size,
    events: seen.Event.size,
    nodes: seen.all.size,
    relationships: relationships.size,
    failures,
    seconds: (Date.now() - started) / 1000,
  });

  const flush = async (current: string): Promise<void> => {
    if (pending === 0) return;
    const batch: GraphBatch = builder.take();
    try {
      await store.write(batch);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const upTo = lastWritten ? `${committed} article(s) committed, up to ${lastWritten}` : 'nothing committed';
      throw new IngestError(`ingest: writing the batch ending at ${current} failed: ${reason}; ${upTo}; run again to complete`, summary(), error);
    }
    for (const n of batch.nodes) {
      seen.all.add(nodeId(n));
      if (n.label !== 'Article' && n.label !== 'Place') seen[n.label].add(n.key);
    }
    for (const e of batch.edges) relationships.add(edgeId(e));
    committed += pending;
    pending = 0;
    lastWritten = current;
    options.onProgress?.({ read, committed, failed: failures.length, current });
  };

  try {
    let current = '';
    for await (const source of sources) {
      current = source.path;
      if ('failure' in source) {
        failures.push({ path: source.path, reason: source.failure });
      } else {
        builder.add(source.record);
        read += 1;
        pending += 1;
      }
      options.onProgress?.({ read, committed, failed: failures.length, current });
      if (pending >= batchSize) await flush(current);
    }
    await flush(current);
  } finally {
    if (options.store === undefined) await store.close();
  }
  return summary();
}
