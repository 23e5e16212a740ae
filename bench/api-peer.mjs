// The peer for bench:api: @neo4j/graphql, the standard GraphQL layer over Neo4j,
// with type definitions written over cadregraph's Neo4j model (the labels,
// properties and relationship types of docs/graph-model.md, nothing added), served
// by graphql-yoga like cadregraph. It answers from the same Neo4j.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { ROLE_EDGE } from '../dist/graph/model.js';

// Each role of the model, as the field names the peer's Person gets: the model's
// own table of role relationship types.
export const PEER_ROLES = ROLE_EDGE;

const roleFields = Object.entries(PEER_ROLES)
  .map(([field, type]) => `  ${field}: [Event!]! @relationship(type: "${type}", direction: OUT, properties: "Provenance")`)
  .join('\n');

export const PEER_TYPE_DEFS = `
type Person @node {
  key: ID!
  name: String!
  search: String!
  jurisdiction: String!
  holds: [Position!]! @relationship(type: "HOLDS", direction: OUT, properties: "Holds")
${roleFields}
}
type Position @node {
  key: ID!
  name: String!
  search: String!
  title: String!
  organization: String!
  holders: [Person!]! @relationship(type: "HOLDS", direction: IN, properties: "Holds")
  body: [Organization!]! @relationship(type: "OF", direction: OUT)
}
type Organization @node {
  key: ID!
  name: String!
  search: String!
  kind: String!
  level: String!
  events: [Event!]! @relationship(type: "ORGANIZED_BY", direction: IN)
}
type Event @node {
  key: ID!
  name: String!
  kind: String!
  date: Date
  term: String
  termYears: String
  chairedBy: [Person!]! @relationship(type: "CHAIRED", direction: IN, properties: "Provenance")
}
type Holds @relationshipProperties {
  former: Boolean!
  firstSeen: Date
  lastSeen: Date
  currentFrom: Date
  currentTo: Date
  formerFrom: Date
  articles: [String!]!
  evidence: [String!]!
}
type Provenance @relationshipProperties {
  articles: [String!]!
  evidence: [String!]!
}
`;

/** Serves the peer on a free loopback port; resolves to its URL and a close function. */
export async function servePeer({ uri, user, password }) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, landingPage: false, graphiql: false });
  const server = createServer(yoga);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await driver.close();
    },
  };
}
