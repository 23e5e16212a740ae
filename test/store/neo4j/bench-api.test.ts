// `npm run bench:api` with NEO4J_URI set fills that database and empties it
// when done, so it must refuse a database that holds anything: a user's data
// stays exactly as it was. On an empty one, a small run must find cadregraph's
// answers equal to the peer's (@neo4j/graphql over the same database) for every
// question, or its timings compare nothing. Runs the built bench (dist/, made by
// `npm test`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { countAll, emptyDatabase, neo4jServer, testDriver } from '../../support/neo4j.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const server = neo4jServer();

describe.skipIf(server === null)('bench:api on Neo4j', () => {
  const driver = server === null ? null : testDriver(server);

  afterAll(async () => {
    if (driver === null) return;
    await emptyDatabase(driver);
    await driver.close();
  });

  it("refuses a database that holds data, and leaves the data as it was", async () => {
    if (driver === null || server === null) throw new Error('no Neo4j');
    if (!existsSync(join(ROOT, 'dist/api/server.js'))) throw new Error('dist/ is not built: run `npx tsc -p tsconfig.build.json` (npm test does it)');
    await driver.executeQuery('CREATE (:Note {text: $text})-[:ABOUT]->(:Person {key: $key, name: $name})', {
      text: 'a research note',
      key: 'someone|001',
      name: 'Someone',
    });
    const before = await countAll(driver);

    const run = spawnSync(process.execPath, ['bench/api.mjs', '--count', '10', '--seconds', '1', '--connections', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password },
    });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`bench:api: the database at ${server.uri} is not empty (2 nodes)`);
    expect(run.stdout).not.toContain('built the graph');
    expect(await countAll(driver)).toEqual(before);
    const { records } = await driver.executeQuery('MATCH (n:Note) RETURN n.text AS text');
    expect(records.map((record) => record.get('text'))).toEqual(['a research note']);
  }, 150_000);

  it("on an empty database, gets the same answers from the embedded store, cadregraph on Neo4j and the peer, then empties it", async () => {
    if (driver === null || server === null) throw new Error('no Neo4j');
    await emptyDatabase(driver);
    const run = spawnSync(
      process.execPath,
      ['bench/api.mjs', '--count', '300', '--seconds', '1', '--connections', '1', '--rounds', '1', '--sizes', '0', '--workers', '1'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 600_000,
        env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password },
      },
    );
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
    const verdicts = [...run.stdout.matchAll(/^answers for (\w+): (\w+)/gm)].map((m) => [m[1], m[2]]);
    expect(verdicts.map(([question]) => question)).toEqual(['person', 'roles', 'whoChaired', 'officeHolders', 'largeOffice', 'connection']);
    expect(verdicts.filter(([, verdict]) => verdict !== 'equal')).toEqual([]);
    expect(await countAll(driver)).toEqual({ nodes: 0, relationships: 0 });
  }, 660_000);
});
