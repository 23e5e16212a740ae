// Namesake bodies (test/store/namesakes.ts) on the embedded store.
import { createMemoryStore } from '../../src/store/memory/index.js';
import { describeNamesakes } from './namesakes.js';

describeNamesakes('memory', async () => createMemoryStore());
