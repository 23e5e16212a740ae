// Connecting to Neo4j: settings from options or the environment (NEO4J_URI,
// NEO4J_USER, NEO4J_PASSWORD), a driver, and a connectivity and authentication
// check whose failure says plainly what is wrong, before any work is done.
import { subscribe } from 'node:diagnostics_channel';
import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
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

/**
 * How long a server has to answer the first exchange (TCP, Bolt handshake,
 * login). The driver's own connection timeout covers only the TCP connect: a
 * port that accepts connections but never speaks Bolt (another service, a
 * proxy with nothing behind it) made it wait for its 60 s pool timeout, once
 * per retry. A Neo4j that is up answers in milliseconds.
 */
export const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Turns off Nagle's algorithm on the process's TCP client sockets, as Node's HTTP
 * client does by default. The driver leaves it on and writes a Bolt message longer
 * than its 1,400-byte chunk buffer in several writes: the second then waits for the
 * server's delayed ACK (40 ms on Linux), so every statement longer than that (most
 * reads of reads.ts) took 40 ms more: whoChaired of one body, median of 12 on a
 * loaded machine, 47 ms with Nagle and 5 ms without, of which Neo4j reported 1 ms
 * as its own. The driver has no option for it; Node announces each TCP client
 * socket it creates on the `net.client.socket` diagnostics channel, before it
 * connects. TLS sockets (bolt+s) are not announced there and keep the delay.
 */
let noDelaySubscribed = false;
function noDelayOnClientSockets(): void {
  if (noDelaySubscribed) return;
  noDelaySubscribed = true;
  subscribe('net.client.socket', (message) => (message as { socket: Socket }).socket.setNoDelay(true));
}

export function createDriver(s: Neo4jSettings): Driver {
  noDelayOnClientSockets();
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    // Counts and ordinals are small: plain numbers instead of Integer objects.
    disableLosslessIntegers: true,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    // Waiting for a pooled connection includes opening one, handshake and all.
    connectionAcquisitionTimeout: 3 * CONNECT_TIMEOUT_MS,
    maxTransactionRetryTime: 30_000,
  });
}

/** The server at `s.uri` did not answer in time: up to something, but not to Bolt. */
export class Neo4jTimeoutError extends Neo4jConnectionError {
  override name = 'Neo4jTimeoutError';
}

/** `work`, or a Neo4jTimeoutError once `ms` have passed without an answer. */
async function within<T>(work: Promise<T>, ms: number, s: Pick<Neo4jSettings, 'uri'>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Neo4jTimeoutError(`Neo4j at ${s.uri}: no answer within ${ms / 1000} s: is it a Neo4j Bolt port (usually 7687), and is the server running?`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Bolt's preamble and four version proposals (5.0-5.4, 4.4, none, none); any 4-byte answer means Bolt is spoken. */
const BOLT_HELLO = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 4, 4, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);

/**
 * Opens one connection to the server of `uri` (TLS for the +s and +ssc
 * schemes) and waits for the answer to Bolt's handshake, then closes it.
 * Throws Neo4jTimeoutError when the port accepts the connection but does not
 * answer within `timeoutMs`; any other outcome (an answer, a refusal, a reset)
 * is left for the driver to report, as it does well. The driver cannot be
 * asked this itself: it waits for a handshake without limit and keeps the
 * socket open after giving up, which keeps the process alive.
 */
export async function probeBolt(uri: string, timeoutMs: number): Promise<void> {
  const url = new URL(uri);
  const port = Number(url.port || 7687);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const secure = url.protocol.endsWith('+s:') || url.protocol.endsWith('+ssc:');
  const socket: Socket = secure
    ? connectTls({ host, port, servername: host, rejectUnauthorized: url.protocol.endsWith('+s:') })
    : connectTcp({ host, port });
  const answered = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    socket.once(secure ? 'secureConnect' : 'connect', () => socket.write(BOLT_HELLO));
    socket.once('data', done);
    socket.once('error', done);
    socket.once('close', done);
  });
  socket.destroy();
  if (!answered) {
    throw new Neo4jTimeoutError(`Neo4j at ${uri}: no answer within ${timeoutMs / 1000} s: is it a Neo4j Bolt port (usually 7687), and is the server running?`);
  }
}

/** Checks that the server answers and accepts the credentials, within CONNECT_TIMEOUT_MS; throws Neo4jConnectionError if not. */
export async function verify(driver: Driver, s: Neo4jSettings, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  try {
    await probeBolt(s.uri, timeoutMs);
    await within(
      (async () => {
        await driver.verifyAuthentication();
        await driver.verifyConnectivity(s.database ? { database: s.database } : {});
      })(),
      timeoutMs,
      s,
    );
  } catch (error) {
    throw explain(error, s);
  }
}

/** Checks that the server answers now (a health check: the credentials were verified at start), within `timeoutMs`. */
export async function reachable(
  driver: Driver,
  s: Pick<Neo4jSettings, 'uri' | 'user' | 'database'>,
  timeoutMs = CONNECT_TIMEOUT_MS / 2,
): Promise<void> {
  try {
    await probeBolt(s.uri, timeoutMs);
    await within(driver.verifyConnectivity(s.database ? { database: s.database } : {}), timeoutMs, s);
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
