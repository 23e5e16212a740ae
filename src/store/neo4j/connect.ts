// Connecting to Neo4j: settings from options or the environment (NEO4J_URI,
// NEO4J_USER, NEO4J_PASSWORD), a driver, and a connectivity and authentication
// check whose failure says plainly what is wrong, before any work is done.
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** Neo4j cannot be used: unreachable, wrong credentials, or missing settings. */
export class Neo4jConnectionError extends Error {
  override name = 'Neo4jConnectionError';
}

export function settingsFrom(options: Partial<Neo4jSettings> = {}, env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const uri = options.uri ?? env['NEO4J_URI'];
  if (!uri) throw new Neo4jConnectionError('Neo4j: no server given: set NEO4J_URI (for example bolt://127.0.0.1:7687) or pass --uri');
  const password = options.password ?? env['NEO4J_PASSWORD'];
  if (password === undefined) throw new Neo4jConnectionError(`Neo4j at ${uri}: no password given: set NEO4J_PASSWORD or pass --password`);
  const database = options.database ?? env['NEO4J_DATABASE'];
  return { uri, user: options.user ?? env['NEO4J_USER'] ?? 'neo4j', password, ...(database ? { database } : {}) };
}

export function createDriver(s: Neo4jSettings): Driver {
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    // Counts and ordinals are small: plain numbers instead of Integer objects.
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 30_000,
  });
}

/** Checks that the server answers and accepts the credentials; throws Neo4jConnectionError if not. */
export async function verify(driver: Driver, s: Neo4jSettings): Promise<void> {
  try {
    await driver.verifyAuthentication();
    await driver.verifyConnectivity(s.database ? { database: s.database } : {});
  } catch (error) {
    throw explain(error, s);
  }
}

export function explain(error: unknown, s: Pick<Neo4jSettings, 'uri' | 'user'>): Error {
  if (error instanceof Neo4jConnectionError) return error;
  const code = error instanceof Neo4jError ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new Neo4jConnectionError(`Neo4j at ${s.uri}: the server refused user "${s.user}": wrong user name or password (NEO4J_USER, NEO4J_PASSWORD)`);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new Neo4jConnectionError(`Neo4j at ${s.uri}: cannot connect: is the server running and the address right? (${message})`);
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jConnectionError(`Neo4j at ${s.uri}: too many failed logins for "${s.user}"; wait and check the password`);
  }
  return new Neo4jConnectionError(`Neo4j at ${s.uri}: ${message}`);
}
