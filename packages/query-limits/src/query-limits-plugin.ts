import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
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
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = operationCost({
              schema,
              document,
              variables: request.variables ?? undefined,
              operationName: operationName ?? undefined,
              annotations,
              defaultListSize: limits.defaultListSize,
            });
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
