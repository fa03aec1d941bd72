import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { QueryLimits } from './limits-config';
import { operationCost, type CostAnnotations } from './list-cost';

/**
 * Refuses an operation whose estimated cost (lists counted at their size, see list-cost.ts) is over
 * `limits.maxCost`, after validation and before anything runs: at the gateway before the query plan
 * is built, at a subgraph before any resolver. The cost needs the variables (slicing arguments,
 * `@include`), which a validation rule does not get: hence a plugin.
 */
export function costLimitPlugin<TContext extends BaseContext>(
  limits: Pick<QueryLimits, 'maxCost' | 'defaultListSize'>,
  annotations: CostAnnotations,
): ApolloServerPlugin<TContext> {
  // The cost depends only on the schema, the document, the operation name and the variables. Apollo
  // Server hands every request with the same query text the same parsed document (its document
  // store), so a repeated query is costed once instead of walking its whole selection per request
  // (a visible share of the gateway's CPU per request under load).
  const costs = new WeakMap<DocumentNode, WeakMap<GraphQLSchema, Map<string, number>>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined) => {
    let bySchema = costs.get(document);
    if (!bySchema) costs.set(document, (bySchema = new WeakMap()));
    let byInput = bySchema.get(schema);
    if (!byInput) bySchema.set(schema, (byInput = new Map()));
    const key = costKey(operationName, variables);
    let cost = byInput.get(key);
    if (cost === undefined) {
      cost = operationCost({ schema, document, variables, operationName, annotations, defaultListSize: limits.defaultListSize });
      // Bounded: a document used with ever-new variables keeps only its latest costs.
      if (byInput.size >= 64) byInput.delete(byInput.keys().next().value!);
      byInput.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = costOf(schema, document, request.variables ?? undefined, operationName ?? undefined);
          } catch (error) {
            // Variables that do not fit the operation: execution reports them precisely. Anything else
            // (the library stops at 10000 evaluated selections, e.g. fragments spread into fragments
            // doubling at each level) is refused: a limit that cannot be computed does not let it through.
            if (/^Variable "\$/.test((error as Error).message)) return;
            throw new GraphQLError(`The query's cost cannot be estimated: ${(error as Error).message} Select less, or ask in several queries.`, {
              extensions: { code: 'COST_LIMIT_EXCEEDED', maxCost: limits.maxCost, http: { status: 400 } },
            });
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `The query's estimated cost ${cost} is over the limit of ${limits.maxCost}. Lists count at their expected size (${limits.defaultListSize} unless the schema says otherwise), so nested lists multiply: select fewer nested lists, or ask in several queries.`,
              { extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: limits.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/**
 * What the cost of a document can depend on besides the document: the operation name and, of the
 * variables, numbers (slicing arguments), booleans (`@include`/`@skip`) and the length of a list
 * (`_entities` counts its representations), never a list's contents. A list is keyed by its length:
 * an entity fetch carrying the values a view `@requires` (100 KB from twelve kommun instances) would
 * otherwise be serialised whole on every request only to look its cost up.
 */
export function costKey(operationName: string | undefined, variables: Record<string, unknown> | undefined): string {
  return `${operationName ?? ''}\u0000${variables ? JSON.stringify(variables, listsByLength) : ''}`;
}

const listsByLength = (_key: string, value: unknown): unknown => (Array.isArray(value) ? `[${value.length}]` : value);
