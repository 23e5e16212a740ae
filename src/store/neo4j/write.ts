// Batched, idempotent writes of graph batches: one `UNWIND $rows … MERGE` per label
// or relationship group and chunk, each in a managed write transaction that the
// driver retries on transient errors (deadlocks, leader changes). Nodes go first,
// so relationships always find both ends; every chunk is a MERGE, so a write cut
// short and run again completes what is missing without duplicating anything.
import type { Driver } from 'neo4j-driver';
import type { GraphBatch } from '../../graph/model.js';
import { groupBatch } from '../../graph/rows.js';
import type { WriteSummary } from '../store.js';
import { mergeNodeRows, mergeRelationshipRows, type Statement } from './cypher.js';

export interface WriteOptions {
  /** Rows per transaction. Large enough to amortise a round trip, small enough for a modest heap. */
  chunkSize?: number;
  database?: string;
}

export const DEFAULT_CHUNK_SIZE = 5000;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The statements that write a batch, in the order they must run. */
export function writeStatements(batch: GraphBatch, chunkSize = DEFAULT_CHUNK_SIZE): Statement[] {
  const { nodes, edges } = groupBatch(batch);
  const out: Statement[] = [];
  for (const group of nodes) for (const rows of chunks(group.rows, chunkSize)) out.push(mergeNodeRows(group, rows));
  for (const group of edges) for (const rows of chunks(group.rows, chunkSize)) out.push(mergeRelationshipRows(group, rows));
  return out;
}

/** Writes a batch; resolves to how many nodes and relationships it held. */
export async function writeBatch(driver: Driver, batch: GraphBatch, options: WriteOptions = {}): Promise<WriteSummary> {
  const session = driver.session({ defaultAccessMode: 'WRITE', ...(options.database ? { database: options.database } : {}) });
  try {
    for (const s of writeStatements(batch, options.chunkSize)) {
      await session.executeWrite(async (tx) => {
        await tx.run(s.cypher, s.params);
      });
    }
  } finally {
    await session.close();
  }
  return { nodes: batch.nodes.length, relationships: batch.edges.length };
}
