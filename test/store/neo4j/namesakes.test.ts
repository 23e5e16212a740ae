// Namesake bodies (test/store/namesakes.ts) on a real Neo4j.
import { describe, it } from 'vitest';
import { createNeo4jStore } from '../../../src/store/neo4j/store.js';
import { neo4jServer } from '../../support/neo4j.js';
import { describeNamesakes } from '../namesakes.js';

const server = neo4jServer();

if (server === null) {
  describe.skip('namesake bodies: neo4j (no Neo4j)', () => {
    it('needs a Neo4j', () => undefined);
  });
} else {
  describeNamesakes('neo4j', () => createNeo4jStore(server), 120_000);
}
