// Public entry of the graph layer: article records in, node and relationship batches out.
export { buildGraph, eventKey, GraphBuilder, positionKey, type BuildOptions } from './build.js';
export { ANCHOR_LEVEL, anchorOf, personKey, type Anchor, type AnchorLevel } from './identity.js';
export * from './model.js';
export { organizationOf, type BodyMention, type OrgInfo, type PlaceInfo } from './organizations.js';
export { groupBatch, type EdgeRows, type NodeRows } from './rows.js';
