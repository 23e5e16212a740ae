// A port that accepts TCP but never speaks Bolt (another service, a proxy with
// nothing behind it) is named as such within CONNECT_TIMEOUT_MS, by the
// library and by the CLI, instead of a wait of minutes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECT_TIMEOUT_MS, Neo4jTimeoutError } from '../../src/store/neo4j/connect.js';
import { createNeo4jStore } from '../../src/store/neo4j/store.js';
import { silentPort, type Loopback } from '../support/tcp.js';

const MAIN = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli/main.js');

let silent: Loopback;
beforeAll(async () => {
  silent = await silentPort();
});
afterAll(async () => {
  await silent.close();
});

describe('a port that never speaks Bolt', () => {
  it('createNeo4jStore gives up after CONNECT_TIMEOUT_MS, naming the address', async () => {
    const uri = `bolt://127.0.0.1:${silent.port}`;
    const started = performance.now();
    const error: unknown = await createNeo4jStore({ uri, user: 'neo4j', password: 'x' }).catch((e: unknown) => e);
    process.stdout.write(`  silent port refused after ${(performance.now() - started).toFixed(0)} ms\n`);
    expect(error).toBeInstanceOf(Neo4jTimeoutError);
    expect((error as Error).message).toBe(
      `Neo4j at ${uri}: no answer within ${CONNECT_TIMEOUT_MS / 1000} s: is it a Neo4j Bolt port (usually 7687), and is the server running?`,
    );
  }, 3 * CONNECT_TIMEOUT_MS);

  it('cadregraph serve says so and exits 1', () => {
    if (!existsSync(MAIN)) throw new Error('dist/ is not built: run `npx tsc -p tsconfig.build.json` (npm test does it)');
    const uri = `bolt://127.0.0.1:${silent.port}`;
    const run = spawnSync(process.execPath, [MAIN, 'serve', '--port', '0'], {
      encoding: 'utf8',
      timeout: 3 * CONNECT_TIMEOUT_MS,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: 'x' },
    });
    expect(run.stderr).toContain(`Neo4j at ${uri}: no answer within ${CONNECT_TIMEOUT_MS / 1000} s`);
    expect(run.status).toBe(1);
  }, 3 * CONNECT_TIMEOUT_MS);
});
