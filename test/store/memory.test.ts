// The store contract on the embedded graphology store.
import { createMemoryStore } from '../../src/store/memory/index.js';
import { describeStore } from './contract.js';

describeStore('memory', async () => createMemoryStore());
