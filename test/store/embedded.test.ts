// The store contract on the embedded SQLite store, in memory and on a graph file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { describeStore } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'cadregraph-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStore('embedded, in memory', async () => openEmbeddedStore());
describeStore('embedded, graph file', async () => openEmbeddedStore({ file: join(dir, 'graph.db') }));
