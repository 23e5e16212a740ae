// Resolution through the embedded store, in memory and on a graph file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { describeIdentity } from './stores.js';

const dir = mkdtempSync(join(tmpdir(), 'cadregraph-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeIdentity('embedded, in memory', async () => openEmbeddedStore());
describeIdentity('embedded, graph file', async () => openEmbeddedStore({ file: join(dir, 'graph.db') }));
