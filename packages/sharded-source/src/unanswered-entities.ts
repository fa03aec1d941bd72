import { analyseOperation, collectFields, type AnalysedOperation } from './operation';

/**
 * The `_entities` answer for representations no instance answered: each as an object of its own type
 * whose asked fields are null; undefined when the operation is no entity fetch.
 *
 * Why: the gateway completes a field's @requires only from inputs that are present. An entity left null
 * (or a fetch that failed outright) leaves its fields absent, and the gateway then silently drops the
 * dependent fetch, so a view computed from several owners went dark when one owner was missing. With the
 * missing owner's fields null (such fields are nullable for this reason), the view still runs, marks that
 * owner unavailable and computes the rest; the error beside the answer names the owner. A field only a
 * client asked for comes back null with the same error, as before.
 *
 * The asked fields are read as graphql-js's executor reads them (operation.ts's collectFields): the
 * request's operation (by operationName), aliases, inline and named fragments on the entity's type,
 * `@skip`/`@include` with the request's variables and their defaults, and every `_entities` node merged
 * under the same response key. A field the executor would skip is left out, not nulled.
 */
export function unansweredEntities(operation: AnalysedOperation, representations: readonly unknown[]): Record<string, unknown>[] | undefined {
  const entities = operation.rootFields.find((f) => f.name === '_entities');
  if (!entities) return undefined;
  return representations.map((representation) => {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    if (typeof typename !== 'string') return {};
    const entity: Record<string, unknown> = { __typename: typename };
    for (const node of entities.nodes) {
      if (!node.selectionSet) continue;
      const fields = collectFields(operation, node.selectionSet, operation.variables, (condition) => condition === undefined || condition === typename);
      for (const [responseKey, [field]] of fields) if (field.name.value !== '__typename') entity[responseKey] = null;
    }
    return entity;
  });
}

/**
 * unansweredEntities for a raw subgraph request (query text, operationName, variables), as a
 * single-instance subgraph's data source gets it: the representations are read from the variable the
 * `_entities` field names. Undefined when the request is no entity fetch or cannot be read.
 */
export function unansweredEntityFetch(request: {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}): Record<string, unknown>[] | undefined {
  try {
    const operation = analyseOperation(request.query ?? '', request.operationName, request.variables ?? {});
    const representations = operation.representationsVariable ? operation.variables[operation.representationsVariable] : undefined;
    return Array.isArray(representations) ? unansweredEntities(operation, representations) : undefined;
  } catch {
    return undefined;
  }
}
