// Ingestion into Neo4j as a library: article files (or ready contract records) in,
// a merged graph in Neo4j out, written every `batchSize` articles. The connection
// and credentials are checked before any extraction. Every write is a MERGE, so a
// run that stopped part way (Neo4j down, Ctrl-C) completes when run again.
//
// @example
//   import { ingest } from 'cadregraph';
//   const summary = await ingest(['articles/'], { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password });
//   console.log(summary.articles, summary.people, summary.failures);

import type { ArticleRecord } from '../../extract/contract.js';
import { extractArticle } from '../../extract/index.js';
import { GraphBuilder } from '../../graph/build.js';
import { edgeId, nodeId, type GraphBatch } from '../../graph/model.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../../cli/read-input.js';
import { explain } from './connect.js';
import { createNeo4jStore, type Neo4jStore, type Neo4jStoreOptions } from './store.js';

export interface IngestOptions extends Neo4jStoreOptions {
  /** Articles per write (one batch of MERGE statements). Default 500. */
  batchSize?: number;
  /** Files larger than this are refused (see cadregraph extract). */
  maxBytes?: number;
  /** Called after each article is read and after each batch is written. */
  onProgress?: (progress: IngestProgress) => void;
  /** A store to write to instead of connecting with the settings (closed by the caller). */
  store?: Neo4jStore;
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
  for await (const input of readInputs(paths, { maxBytes })) {
    if (!input.ok) {
      yield { id: input.id, path: input.path, failure: input.reason };
      continue;
    }
    try {
      yield { id: input.id, path: input.path, record: extractArticle(input.text, { id: input.id }) };
    } catch (error) {
      yield { id: input.id, path: input.path, failure: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}

async function* fromRecords(records: Iterable<ArticleRecord> | AsyncIterable<ArticleRecord>): AsyncGenerator<Source> {
  for await (const record of records) yield { id: record.article.id, path: record.article.id, record };
}

function isPathList(input: unknown): input is readonly string[] {
  return Array.isArray(input) && input.every((x) => typeof x === 'string');
}

/**
 * Extracts (for paths) and writes the graph to Neo4j. Throws Neo4jConnectionError
 * before reading anything if Neo4j is unreachable or refuses the credentials, and
 * IngestError if a write fails later (what was committed stays; run again to finish).
 */
export async function ingest(
  input: readonly string[] | Iterable<ArticleRecord> | AsyncIterable<ArticleRecord>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const store = options.store ?? (await createNeo4jStore(options));
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
      const reason = explain(error, { uri: options.uri ?? process.env['NEO4J_URI'] ?? 'the server', user: options.user ?? 'neo4j' }).message;
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
