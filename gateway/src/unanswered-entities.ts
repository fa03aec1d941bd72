import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The `_entities` answer for a subgraph that did not answer an entity fetch: each representation as an
 * object of its own type whose asked fields are null, or undefined when the request is no entity fetch.
 *
 * Why: the gateway completes a field's @requires only from inputs that are present. An entity fetch that
 * fails outright leaves its fields absent, and the gateway then silently drops the dependent fetch, so a
 * view computed from several owners (Indicator.matrix, CoOwnedService.balance) went dark when one owner's
 * subgraph was down. With the owner's fields null (its fields are nullable per owner for this reason), the
 * view still runs, marks that owner as unavailable and computes everything else; the error beside this
 * answer names the owner. A field only a client asked for comes back null with the same error, as before.
 */
export function unansweredEntities(query: string, document: DocumentNode | undefined, variables: Record<string, unknown> | undefined): Record<string, unknown>[] | undefined {
  const representations = variables?.representations;
  if (!Array.isArray(representations)) return undefined;
  let parsed: DocumentNode;
  try {
    parsed = document ?? parse(query);
  } catch {
    return undefined;
  }
  const operation = parsed.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const entities = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) return undefined;
  const fragments = new Map(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return representations.map((representation) => {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    const entity: Record<string, unknown> = typeof typename === 'string' ? { __typename: typename } : {};
    if (typeof typename === 'string') nullFields(entities.selectionSet!, typename, fragments, entity);
    return entity;
  });
}

/** Sets every response key of the selection that applies to `typename` to null (__typename excepted). */
function nullFields(set: SelectionSetNode, typename: string, fragments: Map<string, FragmentDefinitionNode>, into: Record<string, unknown>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (selection.name.value !== '__typename') into[key] = null;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || selection.typeCondition.name.value === typename) nullFields(selection.selectionSet, typename, fragments, into);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && fragment.typeCondition.name.value === typename) nullFields(fragment.selectionSet, typename, fragments, into);
    }
  }
}
