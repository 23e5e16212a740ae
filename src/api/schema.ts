// The executable schema: schema.graphql (the API's single source, at the
// package root) bound to the resolvers. Resolver validation is strict so the
// two cannot drift: a resolver for a field the schema lacks, an interface
// without __resolveType, or a resolver map that names an unknown type fails
// at start-up, not at query time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';

/**
 * schema.graphql sits two levels above this module both in src/api/ (tests,
 * tsx) and in dist/api/ (the built package), so one relative path serves both.
 */
export const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export function loadTypeDefs(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers,
    resolverValidationOptions: {
      requireResolversToMatchSchema: 'error',
      requireResolversForResolveType: 'error',
      // Every Query field must have a resolver; nested fields may use the default (a property of the parent).
      requireResolversForArgs: 'error',
    },
  });
}
