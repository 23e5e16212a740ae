// The embedded store's public entry.
export { createMemoryStore } from './store.js';
