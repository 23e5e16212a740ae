// Public entry of the graph layer: article records in, node and relationship batches out.
export { buildGraph, eventKey, GraphBuilder, positionKey, type ArticleSource, type EventIdentity } from './build.js';
export * from './identity/index.js';
export * from './model.js';
export { organizationOf, type BodyMention, type OrgInfo, type PlaceInfo } from './organizations.js';
export { groupBatch, type EdgeRows, type NodeRows } from './rows.js';
