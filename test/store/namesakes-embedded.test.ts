// Namesake bodies (test/store/namesakes.ts) on the embedded store.
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { describeNamesakes } from './namesakes.js';

describeNamesakes('embedded', async () => openEmbeddedStore());
