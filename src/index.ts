// The library API of cadregraph: extract facts from an article, build graph
// batches from them, hold them in the embedded store or ingest them into
// Neo4j, and serve either over GraphQL. The command line (src/cli) is built
// on the same functions.
//
// @example
//   import { extractArticle, buildGraph, openEmbeddedStore, createServer } from 'cadregraph';
//   const store = openEmbeddedStore();
//   await store.write(buildGraph([extractArticle(text, { id: 'a1' })]));
//   const yoga = createServer({ store });   // a fetch handler and a Node request listener
//
//   await ingest(['articles/']);            // into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)
//   const yoga2 = createServer({ store: await createNeo4jStore() });

export { extractArticle, type ArticleRecord, type ExtractOptions } from './extract/index.js';
// Vietnam's units and bodies: a body's canonical name from its kind and unit, and back.
export { formatBody, parseBodyName, type BodyKind, type ParsedBody } from './vietnam/body-names.js';
export { resolveUnit, unitById, unitCandidates, successorsOf, type Unit, type UnitHints } from './vietnam/gazetteer/index.js';
export type { EventKind, EventRecord, PersonRecord, PositionRecord, Role, RoleRecord } from './extract/contract.js';
export { buildGraph, GraphBuilder, type ArticleSource, type GraphBatch } from './graph/index.js';
export { openEmbeddedStore, type EmbeddedStoreOptions } from './store/embedded/store.js';
export { createNeo4jStore, type Neo4jStoreOptions } from './store/neo4j/store.js';
export {
  ingest,
  IngestError,
  type IngestFailure,
  type IngestOptions,
  type IngestProgress,
  type IngestSummary,
  type NewAndExisting,
} from './ingest/ingest.js';
export { extractArticles, type ExtractArticlesOptions, type ExtractedArticle } from './ingest/articles.js';
export type { GraphStore } from './store/store.js';
export { createServer, listen, type ApiServer, type Listening, type ServerOptions } from './api/server.js';
export { DEFAULT_LIMITS, type Limits } from './api/limits.js';
