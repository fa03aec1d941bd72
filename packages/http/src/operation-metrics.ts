import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BoundedLabel, operationErrors, operationSeconds } from './metrics';

/** Distinct operation names kept per process before new ones are counted as `other` (see BoundedLabel). */
export const MAX_OPERATION_NAMES = 200;
/** Distinct error codes kept per process; our codes are a few dozen. */
const MAX_ERROR_CODES = 50;

/**
 * Counts and times every GraphQL operation (`orebro_graphql_operation_duration_seconds`) and the errors
 * in its answer (`orebro_graphql_errors_total`), at the gateway and at every subgraph. The name is the
 * one the executed operation declares (never the request's `operationName` as sent): `anonymous` when
 * it declares none, `invalid` when no operation could be resolved (syntax or validation errors, an
 * unknown operationName), `other` past MAX_OPERATION_NAMES. Costs one clock read and two label lookups
 * per request: no parsing, nothing per field.
 */
export function operationMetricsPlugin<TContext extends BaseContext>(maxNames = MAX_OPERATION_NAMES): ApolloServerPlugin<TContext> {
  const names = new BoundedLabel(maxNames);
  const codes = new BoundedLabel(MAX_ERROR_CODES);
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const name = !operation ? 'invalid' : operationName ? names.of(operationName) : 'anonymous';
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const errors = result.errors ?? [];
          const outcome = errors.length === 0 ? 'ok' : result.data ? 'partial' : 'error';
          operationSeconds.observe({ operation: name, type: operation?.operation ?? 'unknown', outcome }, (performance.now() - started) / 1000);
          for (const error of errors) operationErrors.inc({ operation: name, code: codes.of(String(error.extensions?.code ?? 'UNKNOWN')) });
        },
      };
    },
  };
}
