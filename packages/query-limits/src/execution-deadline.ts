import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** A context that carries the signal of its request: aborted when the client has gone or time is up. */
export interface SignalContext extends BaseContext {
  signal?: AbortSignal;
}

/**
 * Stops resolving fields once the request's signal is aborted: no resolver starts after the client
 * (the gateway, which gives up after its own timeout) has gone or the subgraph's own execution time
 * limit has passed, so one expensive query cannot hold an instance. graphql-js 16 cannot abort an
 * execution itself; each field check is one property read. A database call already running ends on
 * its own; nothing below it starts.
 */
export function executionDeadlinePlugin<TContext extends SignalContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const signal = contextValue.signal;
      if (!signal) return;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (signal.aborted) throw stopped(signal.reason);
            },
          };
        },
      };
    },
  };
}

function stopped(reason: unknown): GraphQLError {
  // AbortSignal.timeout aborts with a DOMException named TimeoutError (by name: it may come from another realm).
  const timedOut = (reason as { name?: unknown } | undefined)?.name === 'TimeoutError';
  return new GraphQLError(timedOut ? "Execution stopped: the query ran over this server's execution time limit." : 'Execution stopped: the client has gone.', {
    extensions: { code: timedOut ? 'EXECUTION_TIME_LIMIT' : 'CLIENT_CLOSED_REQUEST' },
  });
}

/**
 * The signal of one request: aborted when `timeoutMs` has passed or `clientGone` aborts.
 * A 0 timeout means no limit.
 */
export function requestSignal(clientGone: AbortSignal, timeoutMs: number): AbortSignal {
  return timeoutMs > 0 ? AbortSignal.any([clientGone, AbortSignal.timeout(timeoutMs)]) : clientGone;
}
