// What a query reads below a field: lets a resolver tell the store which parts of
// an answer no one will read (store.ts FactReads), so they are never fetched.
import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Whether a field named `name` is selected anywhere below the resolved field,
 * through fragments and inline fragments. Errs toward true: a directive such as
 * @skip is not evaluated, so a skipped field still counts as read.
 */
export function selectsBelow(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean => {
    if (set === undefined) return false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name || search(selection.selectionSet)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (search(selection.selectionSet)) return true;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        if (search(info.fragments[selection.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => search(node.selectionSet));
}

type TypedInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'schema' | 'returnType' | 'variableValues'>;

/**
 * The largest `first` of the `evidence` fields below the resolved field (arguments,
 * variables and the schema's defaults resolved), or null when one cannot be told
 * (then no list may be cut). With no evidence field: null.
 */
export function evidenceFirstBelow(info: TypedInfo): number | null {
  let largest: number | null = null;
  let unknown = false;
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined, type: GraphQLNamedType | null | undefined): void => {
    if (set === undefined) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const def = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
        if (selection.name.value === 'evidence') {
          const first: unknown = def ? getArgumentValues(def, selection, info.variableValues)['first'] : undefined;
          if (typeof first === 'number' && Number.isInteger(first) && first >= 0) largest = Math.max(largest ?? 0, first);
          else unknown = true;
        }
        search(selection.selectionSet, def ? getNamedType(def.type) : null);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : type;
        search(selection.selectionSet, condition);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        search(fragment?.selectionSet, fragment ? info.schema.getType(fragment.typeCondition.name.value) : null);
      }
    }
  };
  for (const node of info.fieldNodes) search(node.selectionSet, getNamedType(info.returnType));
  return unknown ? null : largest;
}

/**
 * The store's FactReads for a field whose answer holds facts: evidence only when the
 * query reads some, and then only as many items as its `evidence(first:)` show.
 */
export function factReads(info: TypedInfo) {
  const evidence = selectsBelow(info, 'evidence');
  return evidence ? { evidence, evidenceFirst: evidenceFirstBelow(info) } : { evidence };
}
