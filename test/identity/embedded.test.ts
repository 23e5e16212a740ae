// Resolution through the embedded store.
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { describeIdentity } from './stores.js';

describeIdentity('embedded', async () => openEmbeddedStore());
