import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
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

/** Each request signal's time limit timer, so that an answered request's can be stopped. */
const timers = new WeakMap<AbortSignal, NodeJS.Timeout>();

/**
 * The signal of one request: aborted when `timeoutMs` has passed (with a DOMException named
 * TimeoutError, as AbortSignal.timeout's) or `clientGone` aborts (with its reason). A 0 timeout means no
 * limit. Call releaseRequestSignal once the request is answered: otherwise its timer still fires after
 * `timeoutMs`. One controller and one plain timer, not AbortSignal.any over AbortSignal.timeout: those
 * kept weak bookkeeping per request and each fired its timer, making an exception, long after the
 * answer — a few per cent of a subgraph instance's CPU per request.
 */
export function requestSignal(clientGone: AbortSignal, timeoutMs: number): AbortSignal {
  if (timeoutMs <= 0) return clientGone;
  const controller = new AbortController();
  const onGone = () => {
    clearTimeout(timer);
    controller.abort(clientGone.reason);
  };
  const timer = setTimeout(() => {
    clientGone.removeEventListener('abort', onGone);
    controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }, timeoutMs);
  timer.unref();
  if (clientGone.aborted) onGone();
  else clientGone.addEventListener('abort', onGone, { once: true });
  timers.set(controller.signal, timer);
  return controller.signal;
}

/** Stops the time limit of a signal from requestSignal whose request has been answered; any other signal is left alone. */
export function releaseRequestSignal(signal: AbortSignal | undefined): void {
  const timer = signal && timers.get(signal);
  if (timer) clearTimeout(timer);
}

/** Releases each answered request's signal (releaseRequestSignal): no time limit timer outlives its answer. */
export function releaseSignalPlugin<TContext extends SignalContext>(): ApolloServerPlugin<TContext> {
  // One listener for every request: it keeps nothing of its own.
  const listener: GraphQLRequestListener<TContext> = {
    async willSendResponse({ contextValue }) {
      releaseRequestSignal(contextValue.signal);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
