// The schema file and the resolver map agree (makeExecutableSchema's strict
// validation), and the schema carries the descriptions GraphiQL shows.
import { isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/api/schema.js';

/** A connection or one of its edges: the paging wrappers themselves. */
function isPagingType(type: GraphQLObjectType): boolean {
  const fields = type.getFields();
  return 'pageInfo' in fields || 'cursor' in fields;
}

describe('schema', () => {
  const schema = buildSchema();

  it('builds with strict resolver validation', () => {
    expect(schema.getQueryType()?.getFields()).toHaveProperty('whoChaired');
  });

  it('describes every query field and every object type of its own', () => {
    const query = schema.getQueryType();
    for (const field of Object.values(query?.getFields() ?? {})) {
      expect(field.description, `Query.${field.name}`).toBeTruthy();
    }
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type) || isPagingType(type)) continue;
      if (type.name === 'Query') continue;
      expect(type.description, type.name).toBeTruthy();
    }
  });

  it('pages every list that can grow with the graph', () => {
    const unpaged: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const isList = field.type.toString().includes('[');
        if (isList && !isPagingType(type)) unpaged.push(`${type.name}.${field.name}`);
      }
    }
    // The short lists by nature, documented at the top of schema.graphql.
    expect(unpaged.sort()).toEqual([
      'Article.paths',
      'ChairedEvent.chairs',
      'Event.participants',
      'Mention.offices',
      'Organization.predecessors',
      'Organization.successors',
      'Path.edges',
      'Path.nodes',
      'PathEdge.evidence',
      'Person.career',
      'Position.evidence',
      'Role.evidence',
    ]);
  });
});
