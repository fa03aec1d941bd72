import type { BaseContext } from '@apollo/server';
import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';

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
 *
 * Done by wrapping every field's resolver once, at start-up, not with a plugin's `willResolveField`: a
 * resolver hook makes Apollo Server dispatch every field of every request through its plugin machinery
 * (a closure and an array per field), which was a tenth of a kommun instance's CPU per request.
 * Subscription event streams (`subscribe`) are left as they are: their events are resolved per event.
 * Returns the same schema, changed in place.
 */
export function stopFieldsWhenAborted(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: SignalContext | undefined, info) => {
        const signal = context?.signal;
        if (signal?.aborted) throw stopped(signal.reason);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
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
