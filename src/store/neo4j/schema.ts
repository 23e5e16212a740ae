// Schema setup for the Neo4j store: uniqueness constraints on every label's natural
// key (created before any write, so MERGE is both correct and indexed), text indexes
// for substring search of folded names, and a full-text index for Neo4j Browser.
import type { Driver } from 'neo4j-driver';
import { awaitIndexes, schemaStatements } from './cypher.js';

/** Creates what is missing (every statement is IF NOT EXISTS) and waits until indexes are online. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session(database ? { database } : {});
  try {
    // Schema commands cannot share a transaction with each other: one auto-commit each.
    for (const s of schemaStatements()) await session.run(s.cypher, s.params);
    const wait = awaitIndexes(120);
    await session.run(wait.cypher, wait.params);
  } finally {
    await session.close();
  }
}
