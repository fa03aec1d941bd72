import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Per field node of a parsed document: Apollo Server keeps parsed documents, so a repeated query finds its set here. */
const namesByField = new WeakMap<FieldNode, ReadonlySet<string>>();

/**
 * The names of the fields selected directly under the field being resolved (`{ a b ...on T { c } }`
 * gives a, b, c), through inline fragments and named fragment spreads, whatever their type condition;
 * a field under @skip or @include counts as selected. For a resolver that can leave out work for a
 * field nobody asked for: answering for fields the set does not name is never wrong, only unused.
 *
 * Computed once per field of a parsed document (a WeakMap on its first field node), so a list
 * resolving the same field for every element pays for one walk.
 */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ReadonlySet<string> {
  const key = info.fieldNodes[0];
  let names = namesByField.get(key);
  if (!names) {
    const collected = new Set<string>();
    for (const node of info.fieldNodes) collect(node.selectionSet, info.fragments, collected, new Set());
    namesByField.set(key, (names = collected));
  }
  return names;
}

function collect(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, names: Set<string>, spread: Set<string>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, fragments, names, spread);
    else if (!spread.has(selection.name.value)) {
      spread.add(selection.name.value);
      collect(fragments[selection.name.value]?.selectionSet, fragments, names, spread);
    }
  }
}
