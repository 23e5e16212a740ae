// selectsBelow: whether a query reads a field anywhere below the resolved one, through
// fragments, so the store is told what it may leave out (store.ts FactReads).
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsBelow } from '../../src/api/resolvers/selection.js';

/** The resolve info of the operation's first root field. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [field], fragments };
}

describe('selectsBelow', () => {
  it('finds a field nested in the selection', () => {
    const info = infoOf('{ officeHolders(title: "x", organization: "y") { edges { node { person { name } evidence { quote } } } } }');
    expect(selectsBelow(info, 'evidence')).toBe(true);
  });

  it('says false when no field of that name is selected', () => {
    const info = infoOf('{ officeHolders(title: "x", organization: "y") { totalCount edges { node { person { id name } former firstSeen } } } }');
    expect(selectsBelow(info, 'evidence')).toBe(false);
  });

  it('does not count the resolved field itself, only what is below it', () => {
    expect(selectsBelow(infoOf('{ evidence { quote } }'), 'evidence')).toBe(false);
  });

  it('follows named fragments, nested ones included, and inline fragments', () => {
    const viaFragments = infoOf(`
      { whoChaired(organization: "y") { edges { node { ...Chaired } } } }
      fragment Chaired on ChairedEvent { chairs { ...WithEvidence } }
      fragment WithEvidence on Role { evidence(first: 2) { quote } }`);
    expect(selectsBelow(viaFragments, 'evidence')).toBe(true);
    const inline = infoOf('{ person(id: "p") { roles { edges { node { ... on Role { evidence { quote } } } } } } }');
    expect(selectsBelow(inline, 'evidence')).toBe(true);
  });

  it('reads a fragment spread twice once, and stops on fragments without the field', () => {
    const info = infoOf(`
      { person(id: "p") { a: roles { ...R } b: roles { ...R } } }
      fragment R on RoleConnection { totalCount edges { node { role } } }`);
    expect(selectsBelow(info, 'evidence')).toBe(false);
  });

  it('counts a field under @skip as read (erring toward fetching)', () => {
    const info = infoOf('{ person(id: "p") { positions { edges { node { evidence @skip(if: true) { quote } } } } } }');
    expect(selectsBelow(info, 'evidence')).toBe(true);
  });
});
