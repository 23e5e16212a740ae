// Measures the operation a request is about to execute (fragments inlined,
// variables substituted) so the limit plugins judge what will actually run,
// not what the query text looks like. Introspection fields (`__schema`, ...)
// are left out: GraphiQL's own introspection query is deep but cheap.
import {
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface PageRequest {
  /** `Type.field` of the paginated field, e.g. `Query.people`. */
  coordinate: string;
  /** The page size asked for, or the default the field will use. */
  first: number;
}

export interface OperationMeasure {
  /** Deepest field nesting; root fields are depth 1. */
  depth: number;
  /** Every field counts its weight; fields under a paginated field count once per item of the page. */
  cost: number;
  /** The page size of every paginated field in the operation. */
  pages: PageRequest[];
}

export interface MeasureInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variableValues?: Readonly<Record<string, unknown>> | null | undefined;
}

/** Fields much dearer than a lookup: a path search explores the graph around both ends. */
const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Query.connection': 100,
};

export function measureOperation(input: MeasureInput, defaultPageSize: number): OperationMeasure {
  const operation = findOperation(input.document, input.operationName);
  const measure: OperationMeasure = { depth: 0, cost: 0, pages: [] };
  if (!operation) return measure;
  const rootType = input.schema.getRootType(operation.operation);
  if (!rootType) return measure;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variables = input.variableValues ?? {};

  const pageSize = (field: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined => {
    const argument = definition.args.find((arg) => arg.name === 'first');
    if (!argument) return undefined;
    const node = field.arguments?.find((arg) => arg.name.value === 'first');
    const given = node ? valueFromASTUntyped(node.value, variables) : undefined;
    if (typeof given === 'number') return given;
    return typeof argument.defaultValue === 'number' ? argument.defaultValue : defaultPageSize;
  };

  // Returns the cost of one evaluation of the selection set on `type`.
  const walk = (selectionSet: SelectionSetNode, type: GraphQLNamedType, depth: number): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? input.schema.getType(selection.typeCondition.name.value) : type;
        cost += walk(selection.selectionSet, condition ?? type, depth);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment && input.schema.getType(fragment.typeCondition.name.value);
        if (fragment && condition) cost += walk(fragment.selectionSet, condition, depth);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      measure.depth = Math.max(measure.depth, depth);
      const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (!definition) {
        cost += 1;
        continue;
      }
      const coordinate = `${type.name}.${name}`;
      const first = pageSize(selection, definition);
      if (first !== undefined) measure.pages.push({ coordinate, first });
      const children = selection.selectionSet
        ? walk(selection.selectionSet, getNamedType(definition.type), depth + 1)
        : 0;
      cost += (FIELD_WEIGHTS[coordinate] ?? 1) + Math.max(first ?? 1, 1) * children;
    }
    return cost;
  };

  measure.cost = walk(operation.selectionSet, rootType, 1);
  return measure;
}

function findOperation(document: DocumentNode, name: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (name) return operations.find((operation) => operation.name?.value === name);
  return operations.length === 1 ? operations[0] : undefined;
}
