// Resolution through the embedded store.
import { createMemoryStore } from '../../src/store/memory/index.js';
import { describeIdentity } from './stores.js';

describeIdentity('memory', async () => createMemoryStore());
