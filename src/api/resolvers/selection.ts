// What a query reads below a field: lets a resolver tell the store which parts of
// an answer no one will read (store.ts FactReads), so they are never fetched.
import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> & Partial<Pick<GraphQLResolveInfo, 'schema' | 'returnType'>>;

/**
 * Visits the fields selected below the resolved field, through fragments (each once)
 * and inline fragments, with each field's definition when the schema and return type
 * are given; stops at the first visit that returns true, and says whether one did.
 * Directives such as @skip are not evaluated: a skipped field is visited too.
 */
function someFieldBelow(info: SelectionInfo, visit: (field: FieldNode, def: GraphQLField<unknown, unknown> | undefined) => boolean): boolean {
  const seen = new Set<string>();
  const typeNamed = (name: string) => info.schema?.getType(name) ?? undefined;
  const search = (set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined): boolean => {
    if (set === undefined) return false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const def = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
        if (visit(selection, def) || search(selection.selectionSet, def ? getNamedType(def.type) : undefined)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (search(selection.selectionSet, selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : type)) return true;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && search(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value))) return true;
      }
    }
    return false;
  };
  const root = info.returnType ? getNamedType(info.returnType) : undefined;
  return info.fieldNodes.some((node) => search(node.selectionSet, root));
}

/** Whether a field named `name` is selected anywhere below the resolved field. Errs toward true (see someFieldBelow). */
export function selectsBelow(info: SelectionInfo, name: string): boolean {
  return someFieldBelow(info, (field) => field.name.value === name);
}

type TypedInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'schema' | 'returnType' | 'variableValues'>;

/**
 * The store's FactReads for a field whose answer holds facts: evidence only when the
 * query reads some, and then only as many items as the largest of its
 * `evidence(first:)` shows (arguments, variables and the schema's defaults resolved;
 * null, so that no list is cut, when one of them cannot be told).
 */
export function factReads(info: TypedInfo): { evidence: boolean; evidenceFirst?: number | null } {
  let selected = false;
  let largest: number | null = null;
  const unknown = someFieldBelow(info, (field, def) => {
    if (field.name.value !== 'evidence') return false;
    selected = true;
    const first: unknown = def ? getArgumentValues(def, field, info.variableValues)['first'] : undefined;
    if (typeof first !== 'number' || !Number.isInteger(first) || first < 0) return true;
    largest = Math.max(largest ?? 0, first);
    return false;
  });
  return selected ? { evidence: true, evidenceFirst: unknown ? null : largest } : { evidence: false };
}

/**
 * factReads of the one field named `name` selected directly below the resolved field
 * (not through a fragment); undefined when there is no such field, or more than one
 * (aliases), or its definition cannot be found.
 */
export function childFactReads(info: TypedInfo, name: string): ReturnType<typeof factReads> | undefined {
  const parent = getNamedType(info.returnType);
  const def = isObjectType(parent) ? parent.getFields()[name] : undefined;
  const nodes = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);
  const [node] = nodes;
  if (def === undefined || node === undefined || nodes.length > 1) return undefined;
  return factReads({ ...info, fieldNodes: [node], returnType: def.type });
}
