// The test Neo4j is reachable with the provided credentials and refuses others.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { neo4jServer, testDriver } from '../../support/neo4j.js';

const server = neo4jServer();

describe.skipIf(server === null)('test Neo4j', () => {
  it('answers a query with the provided credentials', async () => {
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery('RETURN $x + 1 AS y', { x: 41 });
      expect(records[0]?.get('y')).toBe(42);
    } finally {
      await driver.close();
    }
  });

  it('refuses a wrong password', async () => {
    const driver = neo4j.driver(server?.uri ?? '', neo4j.auth.basic('neo4j', 'not-the-password'));
    try {
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await driver.close();
    }
  });
});
