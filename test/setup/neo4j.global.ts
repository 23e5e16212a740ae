// Vitest global setup of the `neo4j` test project: gives the Neo4j tests a real
// Neo4j. With NEO4J_URI set, that server is used (NEO4J_USER, NEO4J_PASSWORD).
// Otherwise, when java and mvn are on the PATH, a throwaway local Neo4j starts on
// free ports with a temporary data folder and stops when the run ends. Without
// either, the Neo4j tests are skipped, except under CI (CI=true), where the run
// fails: the Neo4j tests must run there. The throwaway Neo4j serves Neo4j Browser
// too, with the project's guide and style (an external one has no Browser for the tests).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import neo4j from 'neo4j-driver';
import { freePort, hasJavaAndMaven, startNeo4j } from '../../scripts/neo4j/launch.mjs';
import type { Neo4jTestServer } from '../support/neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestServer | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const uri = process.env['NEO4J_URI'];
  if (uri) {
    const server = { uri, user: process.env['NEO4J_USER'] ?? 'neo4j', password: process.env['NEO4J_PASSWORD'] ?? '' };
    await refuseNonEmpty(server);
    project.provide('neo4j', server);
    return undefined;
  }
  const ci = process.env['CI'] === 'true';
  if (!hasJavaAndMaven()) {
    if (ci) throw new Error('Neo4j tests: CI=true but java or mvn is missing, so no Neo4j can start');
    process.stderr.write('Neo4j tests skipped: set NEO4J_URI or install java and mvn\n');
    project.provide('neo4j', null);
    return undefined;
  }
  // Memory-backed when the machine has /dev/shm: every test commit then skips the disk
  // flush, which is most of a small transaction's time; the data is thrown away anyway.
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dataDir = await mkdtemp(join(base, 'cadregraph-neo4j-'));
  const password = randomBytes(12).toString('hex');
  let server: Awaited<ReturnType<typeof startNeo4j>>;
  try {
    // HTTP on, for the Neo4j Browser tests (Browser, with the project's guide and style).
    // Up to 15 min to start: on a machine shared with other Neo4j servers and builds
    // the start alone has passed 3 min, and a run that fails there tests nothing.
    server = await startNeo4j({ port: 0, httpPort: await freePort(), guidePort: 0, dataDir, password, timeoutMs: 900_000 });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    // Under CI this fails the run; elsewhere too, since java and mvn are there and a
    // Neo4j that cannot start is a fault to see, not a reason to skip quietly.
    throw error;
  }
  process.stderr.write(`Neo4j for tests at ${server.uri} (started in ${(server.startMs / 1000).toFixed(1)} s)\n`);
  project.provide('neo4j', {
    uri: server.uri,
    user: server.user,
    password: server.password,
    browserUrl: server.httpUrl,
    guideUrl: server.guideUrl,
    styleUrl: server.styleUrl,
  });
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

/** The tests empty the database they use: never one that holds data already. */
async function refuseNonEmpty(server: Neo4jTestServer): Promise<void> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) > 0 AS used');
    if (records[0]?.get('used') === true) {
      throw new Error(
        `Neo4j tests: the database at ${server.uri} is not empty and the tests would delete its data; ` +
          'point NEO4J_URI at an empty database, or unset it to use a throwaway local Neo4j',
      );
    }
  } finally {
    await driver.close();
  }
}
