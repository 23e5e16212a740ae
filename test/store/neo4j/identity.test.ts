// Resolution through a real Neo4j: the same suite as the embedded store's.
import { describe, it } from 'vitest';
import { createNeo4jStore } from '../../../src/store/neo4j/store.js';
import { describeIdentity } from '../../identity/stores.js';
import { neo4jServer } from '../../support/neo4j.js';

const server = neo4jServer();

if (server === null) {
  describe.skip('identity: neo4j (no Neo4j)', () => {
    it('needs a Neo4j', () => undefined);
  });
} else {
  describeIdentity('neo4j', () => createNeo4jStore(server), { timeout: 300_000 });
}
