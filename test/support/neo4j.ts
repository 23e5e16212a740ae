// What a Neo4j test needs: the server the global setup provided (or null when
// none could be had outside CI), a driver to it, and a way to empty it. The Neo4j
// test files run one after another (vitest.config.ts), so each may start from an
// empty database; each empties it again when it is done.
import { inject } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jTestServer {
  uri: string;
  user: string;
  password: string;
  /** Neo4j Browser's address and the guide and style it loads on connect: only on the throwaway Neo4j. */
  browserUrl?: string | null;
  guideUrl?: string | null;
  styleUrl?: string | null;
}

/** The Neo4j under test, or null (tests then skip; never under CI, see the global setup). */
export function neo4jServer(): Neo4jTestServer | null {
  return inject('neo4j') ?? null;
}

export function requireNeo4jServer(): Neo4jTestServer {
  const server = neo4jServer();
  if (server === null) throw new Error('Neo4j tests: no Neo4j server was provided');
  return server;
}

export function testDriver(server: Neo4jTestServer = requireNeo4jServer()): Driver {
  return neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), { disableLosslessIntegers: true });
}

/** Deletes every node and relationship (in chunks, so a large bench leftover cannot exhaust memory). */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Counts nodes and relationships, for before/after comparisons. */
export async function countAll(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: Number(nodes.records[0]?.get('c')), relationships: Number(rels.records[0]?.get('c')) };
}
