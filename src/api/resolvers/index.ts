// The resolver map, one module per area of the schema. Resolvers are thin:
// arguments in, one store call out. Fields not listed here read the DTO's
// property of the same name (schema.ts checks the map against the schema).
import type { IExecutableSchemaDefinition } from '@graphql-tools/schema';
import { articleResolvers } from './article.js';
import { DateScalar } from './date.js';
import type { ApiContext } from './context.js';
import { eventResolvers } from './event.js';
import { factResolvers } from './facts.js';
import { organizationResolvers } from './organization.js';
import { personResolvers } from './person.js';
import { queryResolvers } from './query.js';

export const resolvers: NonNullable<IExecutableSchemaDefinition<ApiContext>['resolvers']> = [
  { Date: DateScalar },
  queryResolvers,
  personResolvers,
  organizationResolvers,
  eventResolvers,
  factResolvers,
  articleResolvers,
];
