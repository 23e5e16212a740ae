// The store contract suite (test/store/contract.ts) on a real Neo4j.
import { describe, it } from 'vitest';
import { createNeo4jStore } from '../../../src/store/neo4j/store.js';
import { neo4jServer } from '../../support/neo4j.js';
import { describeStore } from '../contract.js';

const server = neo4jServer();

if (server === null) {
  describe.skip('store contract: neo4j (no Neo4j)', () => {
    it('needs a Neo4j', () => undefined);
  });
} else {
  describeStore('neo4j', () => createNeo4jStore(server), { timeout: 120_000 });
}
