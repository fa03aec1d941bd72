import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The `_entities` answer for representations no instance answered: each as an object of its own type
 * whose asked fields are null; undefined when the document is no entity fetch.
 *
 * Why: the gateway completes a field's @requires only from inputs that are present. An entity left null
 * (or a fetch that failed outright) leaves its fields absent, and the gateway then silently drops the
 * dependent fetch, so a view computed from several owners went dark when one owner was missing. With the
 * missing owner's fields null (such fields are nullable for this reason), the view still runs, marks that
 * owner unavailable and computes the rest; the error beside the answer names the owner. A field only a
 * client asked for comes back null with the same error, as before.
 */
export function unansweredEntities(document: DocumentNode, representations: readonly unknown[]): Record<string, unknown>[] | undefined {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const entities = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) return undefined;
  const selection = entities.selectionSet;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return representations.map((representation) => {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    if (typeof typename !== 'string') return {};
    const entity: Record<string, unknown> = { __typename: typename };
    nullFields(selection, typename, fragments, entity);
    return entity;
  });
}

/** Sets every response key of the selection that applies to `typename` to null (__typename excepted). */
function nullFields(set: SelectionSetNode, typename: string, fragments: Map<string, FragmentDefinitionNode>, into: Record<string, unknown>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') into[selection.alias?.value ?? selection.name.value] = null;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || selection.typeCondition.name.value === typename) nullFields(selection.selectionSet, typename, fragments, into);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && fragment.typeCondition.name.value === typename) nullFields(fragment.selectionSet, typename, fragments, into);
    }
  }
}
