// Batched, idempotent writes of graph batches: one `UNWIND $rows … MERGE` per label
// or relationship group and chunk, each in its own transaction. Nodes go first,
// so relationships always find both ends; every chunk is a MERGE, so a write cut
// short and run again completes what is missing without duplicating anything.
//
// A transaction that fails for a reason that may pass (Neo4j restarting or
// unreachable for a moment, a deadlock, a leader change: the driver's
// isRetriableError) is tried again with growing pauses for up to 30 s. The
// driver's managed transactions retry the same way but silently, so a run
// looked frozen; here each retry is told to `onRetry`, which the CLI shows.
import neo4j, { type Driver } from 'neo4j-driver';
import type { EdgeType, GraphBatch, NodeLabel } from '../../graph/model.js';
import { groupBatch } from '../../graph/rows.js';
import { emptyWriteSummary, type WriteSummary } from '../store.js';
import { mergeNodeRows, mergeRelationshipRows, type Statement } from './cypher.js';
import { toNeo4jValues } from './values.js';

/** A write that failed and is about to be tried again. */
export interface WriteRetry {
  /** The attempt that comes next (2 for the first retry). */
  attempt: number;
  /** Why the last attempt failed, on one line. */
  reason: string;
  /** The pause before the next attempt. */
  waitMs: number;
  /** How long this write has been retried so far, and when it gives up. */
  elapsedMs: number;
  giveUpAfterMs: number;
}

export interface WriteOptions {
  /** Rows per transaction. Large enough to amortise a round trip, small enough for a modest heap. */
  chunkSize?: number;
  database?: string;
  /** Called before each retry of a failed transaction. */
  onRetry?: (retry: WriteRetry) => void;
  /** How long one transaction is retried before the write fails. Default 30 s. */
  maxRetryMs?: number;
}

export const DEFAULT_CHUNK_SIZE = 5000;
const DEFAULT_MAX_RETRY_MS = 30_000;
const FIRST_PAUSE_MS = 500;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A statement of a write and what it writes: one label's nodes or one type's relationships. */
export type WriteStatement = Statement & ({ label: NodeLabel } | { type: EdgeType });

/** The statements that write a batch, in the order they must run. */
export function writeStatements(batch: GraphBatch, chunkSize = DEFAULT_CHUNK_SIZE): WriteStatement[] {
  const { nodes, edges } = groupBatch(batch);
  const out: WriteStatement[] = [];
  for (const group of nodes) for (const rows of chunks(group.rows, chunkSize)) out.push({ ...mergeNodeRows(group, rows), label: group.label });
  for (const group of edges) for (const rows of chunks(group.rows, chunkSize)) out.push({ ...mergeRelationshipRows(group, rows), type: group.type });
  return out;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type Session = ReturnType<Driver['session']>;

/** The session a batch writes through: one for the whole batch, opened anew after a failure. */
class BatchSession {
  private session: Session | null = null;
  constructor(private readonly driver: Driver, private readonly database: string | undefined) {}

  current(): Session {
    this.session ??= this.driver.session({ defaultAccessMode: neo4j.session.WRITE, ...(this.database ? { database: this.database } : {}) });
    return this.session;
  }

  async close(): Promise<void> {
    const open = this.session;
    this.session = null;
    await open?.close().catch(() => undefined);
  }
}

/** Runs one statement in its own transaction, retrying what may pass; resolves to Neo4j's counters. */
async function runRetrying(session: BatchSession, s: Statement, options: WriteOptions): Promise<{ nodesCreated: number; relationshipsCreated: number }> {
  const giveUpAfterMs = options.maxRetryMs ?? DEFAULT_MAX_RETRY_MS;
  const started = Date.now();
  let waitMs = FIRST_PAUSE_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      // Not awaited: BEGIN goes out in one round trip with the statement.
      const tx = session.current().beginTransaction();
      try {
        const result = await tx.run(s.cypher, toNeo4jValues(s.params) as Record<string, unknown>);
        await tx.commit();
        const counters = result.summary.counters.updates();
        return { nodesCreated: counters.nodesCreated, relationshipsCreated: counters.relationshipsCreated };
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      const elapsedMs = Date.now() - started;
      await session.close();
      if (!neo4j.isRetriableError(error) || elapsedMs + waitMs > giveUpAfterMs) throw error;
      options.onRetry?.({ attempt: attempt + 1, reason: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error), waitMs, elapsedMs, giveUpAfterMs });
      await pause(waitMs);
      waitMs = Math.min(waitMs * 2, 8000);
    }
  }
}

/** Writes a batch; resolves to how many nodes and relationships it held and how many of them were new. */
export async function writeBatch(driver: Driver, batch: GraphBatch, options: WriteOptions = {}): Promise<WriteSummary> {
  const summary = emptyWriteSummary();
  summary.nodes = batch.nodes.length;
  summary.relationships = batch.edges.length;
  const session = new BatchSession(driver, options.database);
  try {
    for (const s of writeStatements(batch, options.chunkSize)) {
      const counters = await runRetrying(session, s, options);
      if ('label' in s) summary.created.nodes[s.label] += counters.nodesCreated;
      else summary.created.relationships[s.type] += counters.relationshipsCreated;
    }
  } finally {
    await session.close();
  }
  return summary;
}
