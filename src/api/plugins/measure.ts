// Measures the operation a request is about to execute (variables
// substituted) so the limit plugins judge what will actually run, not what the
// query text looks like. The measure works on the fragment graph: each
// fragment's cost is computed once, on first use, and reused wherever it is
// spread, so a fragment spread twice by another spread twice by another...
// costs its full expansion without ever being expanded. The work is therefore
// bounded by the document's size (`visited` counts it), however large the
// expansion it describes. Introspection fields (`__schema`, `__type`) are left
// out: GraphiQL's own introspection query is deep but cheap.
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
  /** Every field counts its weight; fields under a paginated field count once per item of the page. */
  cost: number;
  /** The page size of every paginated field in the document's operation (each fragment's once). */
  pages: PageRequest[];
  /** Selections looked at: each selection of the document at most once, so the work is bounded by its size. */
  visited: number;
  /** A fragment that spreads itself, directly or through others; the cost is then meaningless. */
  cycle?: string;
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

const INTROSPECTION_FIELDS: ReadonlySet<string> = new Set(['__schema', '__type']);

/** A fragment being measured: meeting it again before it is done means a cycle. */
const IN_PROGRESS = Symbol('in progress');

export function measureOperation(input: MeasureInput, defaultPageSize: number): OperationMeasure {
  const operation = findOperation(input.document, input.operationName);
  const measure: OperationMeasure = { cost: 0, pages: [], visited: 0 };
  if (!operation) return measure;
  const rootType = input.schema.getRootType(operation.operation);
  if (!rootType) return measure;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number | typeof IN_PROGRESS>();
  const variables = input.variableValues ?? {};

  const pageSize = (field: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined => {
    const argument = definition.args.find((arg) => arg.name === 'first');
    if (!argument) return undefined;
    const node = field.arguments?.find((arg) => arg.name.value === 'first');
    const given = node ? valueFromASTUntyped(node.value, variables) : undefined;
    if (typeof given === 'number') return given;
    return typeof argument.defaultValue === 'number' ? argument.defaultValue : defaultPageSize;
  };

  // The cost of one evaluation of a fragment, measured on first use only.
  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known === IN_PROGRESS) {
      measure.cycle ??= name;
      return 0;
    }
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const condition = fragment && input.schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !condition) return 0;
    fragmentCosts.set(name, IN_PROGRESS);
    const cost = walk(fragment.selectionSet, condition);
    fragmentCosts.set(name, cost);
    return cost;
  };

  // The cost of one evaluation of the selection set on `type`.
  const walk = (selectionSet: SelectionSetNode, type: GraphQLNamedType): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      measure.visited++;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? input.schema.getType(selection.typeCondition.name.value) : type;
        cost += walk(selection.selectionSet, condition ?? type);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += fragmentCost(selection.name.value);
        continue;
      }
      const name = selection.name.value;
      if (INTROSPECTION_FIELDS.has(name)) continue;
      const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (!definition) {
        cost += 1;
        continue;
      }
      const coordinate = `${type.name}.${name}`;
      const first = pageSize(selection, definition);
      if (first !== undefined) measure.pages.push({ coordinate, first });
      const children = selection.selectionSet ? walk(selection.selectionSet, getNamedType(definition.type)) : 0;
      cost += (FIELD_WEIGHTS[coordinate] ?? 1) + Math.max(first ?? 1, 1) * children;
    }
    return cost;
  };

  measure.cost = walk(operation.selectionSet, rootType);
  return measure;
}

function findOperation(document: DocumentNode, name: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (name) return operations.find((operation) => operation.name?.value === name);
  return operations.length === 1 ? operations[0] : undefined;
}
