// What a query reads below a field: lets a resolver tell the store which parts of
// an answer no one will read (store.ts FactReads), so they are never fetched.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

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

/** The store's FactReads for a field whose answer holds facts: evidence only when the query reads some. */
export const factReads = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>) => ({ evidence: selectsBelow(info, 'evidence') });
