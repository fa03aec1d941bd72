// How ApolloGateway itself runs a plan (exported by @apollo/gateway for exactly such use).
import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import {
  GraphQLError,
  Kind,
  parse,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { subscriptionUpstreamConnections, UNAUTHENTICATED_CLOSE, type Logger } from '@orebro/http';

/** One instance a subscription's root field can be opened on. */
export interface SubscriptionInstance {
  /** Names it in the drop signal and logs: the shard key (kommun code) or the subgraph's name. */
  label: string;
  /**
   * Its GraphQL URL (http or https; the WebSocket is opened at the same path). None for an expected
   * shard with no instance configured: it is signalled at once, reason NOT_CONFIGURED, and not waited for.
   */
  url?: string;
  /** The extensions of the drop signal (as for a missing answer: `code`, `huvudman` or `subgraph`). */
  unavailable: Record<string, string>;
}

export interface GatewaySubscriptionsOptions {
  supergraphSdl: string;
  /** The gateway's own data sources by subgraph name: the rest of each event's plan runs through them. */
  service: (subgraph: string) => GraphQLDataSource<Record<string, unknown>>;
  /**
   * The instances to open a root subscription field of `subgraph` on, by the sharding rules: a sharded
   * subgraph's field naming shard keys goes to those shards, one naming none to every shard (rule 10).
   * Throws a GraphQLError (BAD_USER_INPUT) for a shard key no instance serves: the subscription is refused.
   */
  instances: (subgraph: string, rootField: FieldNode, variables: Record<string, unknown>) => SubscriptionInstance[];
  logger: Logger;
  /** The longest wait between two attempts to reach an instance again (default 30000 ms; see `reconnectWait`). */
  maxReconnectWaitMs?: number;
}

export interface GatewaySubscriptions {
  /** The API schema subscription documents are validated against (the one clients see). */
  schema: GraphQLSchema;
  /**
   * Runs one validated subscription for a verified caller: plans it, opens it upstream and merges the
   * events. A document the planner refuses is answered with its errors.
   * @param connection the client's connection it runs on: its subscriptions share one upstream socket
   *   per instance (graphql-ws multiplexes them). None: this subscription gets sockets of its own.
   */
  subscribe(args: ExecutionArgs, authorization: string | undefined, connection?: object): AsyncIterableIterator<ExecutionResult> | ExecutionResult;
}

type Upstream =
  | { kind: 'event'; instance: SubscriptionInstance; result: ExecutionResult }
  | { kind: 'refused'; instance: SubscriptionInstance; errors: readonly GraphQLError[] }
  /** Out of the stream for now (UNREACHABLE at subscribe, DROPPED later); reconnecting, still part of it. */
  | { kind: 'down'; instance: SubscriptionInstance; reason: string }
  /** Back after `down`: its events flow again. */
  | { kind: 'up'; instance: SubscriptionInstance }
  /** Out of the stream for good (a close graphql-ws does not retry); `reason` as for `down`. */
  | { kind: 'dropped'; instance: SubscriptionInstance; reason: string }
  | { kind: 'completed'; instance: SubscriptionInstance };

/** Kommuner (shards) that should have an instance and have none: one event at subscribe names them all. */
type Unconfigured = { kind: 'not-configured'; instances: SubscriptionInstance[] };

/**
 * Subscriptions through the gateway, which @apollo/gateway does not run. The subscription is planned by
 * the same query planner as every query: the plan's primary fetch is a subgraph subscription (the root
 * field with the entity keys the rest needs), and `rest` is an ordinary plan. The primary is opened over
 * graphql-ws on the owning subgraph's instances (routed by the sharding rules) with the caller's token;
 * each event an instance sends is put in place of the primary fetch's answer and the rest of the plan runs
 * through the gateway's executor and data sources, exactly as a query's would. Events of all instances are
 * merged into one stream, in arrival order.
 *
 * Upstream sockets are per client connection and instance, not per subscription: one graphql-ws client
 * (carrying that connection's token) multiplexes all of the connection's subscriptions on the instance,
 * and goes when the last of them ends, which is also when the client's connection closes (graphql-ws's
 * server ends every subscription of a closed socket). See `UpstreamPool`.
 *
 * An instance that cannot be reached or whose connection ends is an event of its own: a result with no
 * data and one error, `extensions: { code: HUVUDMAN_UNAVAILABLE, huvudman: "1880", reason: "DROPPED" }`
 * (or `UNREACHABLE` when it never opened), the codes and extensions a query's answer missing that
 * instance's part carries (sharding rule 5). The stream goes on with the others while graphql-ws's client
 * reconnects to it with backoff (its `retryAttempts`, `shouldRetry`, `retryWait`) and subscribes again;
 * once it is back its events flow again (those sent while it was away are not replayed). One signal per
 * outage, however many attempts it takes. Expected shards with no instance configured (rule 9) are named
 * at subscribe in one event, one error each with reason NOT_CONFIGURED, whether the subscription named
 * them or was opened on every instance. The stream ends when no instance is left to wait for.
 *
 * A refusal is the subscription's end, passed on as the subgraph gave it: one event with no data and the
 * subgraph's errors, message and `extensions` (code FORBIDDEN, UNAUTHENTICATED, BAD_USER_INPUT...) intact,
 * then complete. A subgraph refuses with a graphql-ws `error` message, with a result that has no `data`
 * entry (graphql-js's answer when the root field's subscribe throws, sent as `next` + `complete`), by
 * erroring its stream mid-way (the per-event check: an expired token, access withdrawn), or by closing
 * the connection with 4401 (its token check at connect). In a fan-out the first refusal by any instance
 * ends the whole subscription and closes the other instances' streams: every instance runs the same
 * access rule on the same token and arguments, so one instance's refusal is in effect every instance's
 * (waiting would only repeat it), and where they disagree (a token expiring between two checks, a rolling
 * deploy) a clear refusal to subscribe again is safer than a stream silently lacking a huvudman's events.
 * A refusal by every instance is thereby given once. Drops stay per instance: they are the transport
 * failing, not an answer.
 */
export function createGatewaySubscriptions(options: GatewaySubscriptionsOptions): GatewaySubscriptions {
  const supergraph = Supergraph.build(options.supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  const apiSchema: Schema = supergraph.apiSchema();
  const schema = apiSchema.toGraphQLJSSchema();
  const supergraphSchema = supergraph.schema.toGraphQLJSSchema();
  const pools = new WeakMap<object, UpstreamPool>();

  return {
    schema,
    subscribe(args, authorization, connection = {}) {
      const operationName = args.operationName ?? undefined;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let plan: QueryPlan;
      try {
        plan = planner.buildQueryPlan(operationFromDocument(apiSchema, args.document, { operationName }));
      } catch (error) {
        return {
          errors: [
            error instanceof GraphQLError
              ? error
              : new GraphQLError(`The subscription cannot be planned: ${(error as Error).message}`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
          ],
        };
      }
      if (plan.node?.kind !== 'Subscription')
        return { errors: [new GraphQLError('The operation is not a subscription.', { extensions: { code: 'BAD_REQUEST' } })] };
      const primary = plan.node.primary;
      const rest = plan.node.rest;
      let instances: SubscriptionInstance[];
      try {
        instances = options.instances(primary.serviceName, rootFieldOf(primary.operation), variables);
      } catch (error) {
        if (error instanceof GraphQLError) return { errors: [error] };
        throw error;
      }
      if (instances.length === 0)
        return {
          errors: [
            new GraphQLError(`No instance of the ${primary.serviceName} subgraph serves this subscription.`, {
              extensions: { code: 'BAD_USER_INPUT', subgraph: primary.serviceName },
            }),
          ],
        };
      const primaryVariables = Object.fromEntries((primary.variableUsages ?? []).filter((name) => name in variables).map((name) => [name, variables[name]]));
      const operationContext = buildOperationContext({ schema, operationDocument: args.document, operationName });
      const context = { authorization, logger: options.logger };
      const queue = new AsyncQueue<Upstream | Unconfigured | { kind: 'stop' }>();
      const unconfigured = instances.filter((instance) => instance.url === undefined);
      if (unconfigured.length > 0) queue.push({ kind: 'not-configured', instances: unconfigured });
      const maxWaitMs = options.maxReconnectWaitMs ?? DEFAULT_MAX_RECONNECT_WAIT_MS;
      let pool = pools.get(connection);
      if (!pool) pools.set(connection, (pool = new Map()));
      const clients = instances.flatMap((instance) =>
        instance.url === undefined ? [] : [openUpstream(pool, instance, instance.url, primary, primaryVariables, authorization, queue, maxWaitMs)],
      );

      /** The client's answer for one event: the rest of the plan run with the event as the primary's answer. */
      const completeEvent = async (event: ExecutionResult): Promise<ExecutionResult> => {
        if (!event.data) return { errors: event.errors ?? [new GraphQLError('An instance sent an event with no data.')] };
        const node: PlanNode = rest ? { kind: 'Sequence', nodes: [primary, rest] } : primary;
        const answered = { process: async () => ({ data: event.data, errors: event.errors }) } as unknown as GraphQLDataSource<Record<string, unknown>>;
        const serviceMap = new Proxy({} as Record<string, GraphQLDataSource<Record<string, unknown>>>, {
          get: (_target, name) => (name === primary.serviceName ? answered : options.service(String(name))),
        });
        const requestContext = {
          request: { query: primary.operation, variables, operationName },
          context,
          logger: options.logger,
          metrics: {},
          operationName,
          document: args.document,
          operation: operationContext.operation,
        };
        return (await executeQueryPlan(
          { kind: 'QueryPlan', node },
          serviceMap,
          requestContext as never,
          operationContext,
          supergraphSchema,
          apiSchema,
        )) as ExecutionResult;
      };

      async function* merged(): AsyncGenerator<ExecutionResult> {
        // Instances whose events may still come: reconnecting ones count, unconfigured ones do not.
        let live = clients.length;
        try {
          if (unconfigured.length > 0) {
            await queue.next(); // the not-configured signal, pushed first
            options.logger.warn({ instances: unconfigured.map((i) => i.label) }, 'subscription instances not configured');
            yield notConfiguredSignal(unconfigured);
          }
          while (live > 0) {
            const item = await queue.next();
            if (item.kind === 'stop') return;
            if (item.kind === 'not-configured') continue;
            if (item.kind === 'event') {
              yield await completeEvent(item.result);
              continue;
            }
            if (item.kind === 'down') {
              options.logger.warn({ instance: item.instance.label, reason: item.reason }, 'subscription instance dropped out; reconnecting');
              yield dropSignal(item.instance, item.reason, true);
              continue;
            }
            if (item.kind === 'up') {
              options.logger.info({ instance: item.instance.label }, 'subscription instance back; its events resume');
              continue;
            }
            live--;
            if (item.kind === 'dropped') {
              options.logger.warn({ instance: item.instance.label, reason: item.reason }, 'subscription instance dropped out');
              yield dropSignal(item.instance, item.reason);
            } else if (item.kind === 'refused') {
              // One instance's refusal is the subscription's (see above): passed on as given, then the end.
              options.logger.debug({ instance: item.instance.label, codes: item.errors.map((e) => e.extensions.code) }, 'subscription refused upstream');
              yield { errors: item.errors };
              return;
            }
          }
        } finally {
          for (const close of clients) close();
        }
      }
      const stream = merged();
      // A client's "complete" must close the upstream connections now, not at the next event: the
      // generator may be waiting for one, and a generator's return() waits for it.
      return {
        next: () => stream.next(),
        return: (value?: unknown) => {
          queue.push({ kind: 'stop' });
          return stream.return(value as never);
        },
        throw: (error?: unknown) => stream.throw(error),
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
  };
}

/** The root field of the primary fetch's subscription document (the planner writes exactly one). */
function rootFieldOf(operationText: string): FieldNode {
  const definition = parse(operationText).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = definition?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  if (!field) throw new Error(`The query planner wrote a subscription fetch without a root field: ${operationText}`);
  return field;
}

/** Default cap of the wait between reconnect attempts: an instance down for an hour is tried twice a minute. */
export const DEFAULT_MAX_RECONNECT_WAIT_MS = 30_000;

/**
 * The wait before reconnect attempt `retries` (0 first): graphql-ws's randomised exponential backoff
 * (2^retries s plus 0.3–3 s of jitter, so the gateways' replicas do not all knock at once), capped at
 * `maxWaitMs`. graphql-ws's own has no cap: an instance down for ten minutes would then be tried again
 * only after another seventeen, while the subscribers wait for its events.
 */
export function reconnectWait(retries: number, maxWaitMs: number): number {
  return Math.min(maxWaitMs, 2 ** retries * 1000 + 300 + Math.floor(Math.random() * 2700));
}

/**
 * The upstream sockets of one client connection, by instance URL and token: one graphql-ws client each,
 * which multiplexes all of that connection's subscriptions on the instance over one socket. Without it a
 * caller with 10 connections of 10 fan-out subscriptions held 100 sockets to every instance. Never shared
 * between connections, so an upstream socket always carries its own caller's token.
 */
type UpstreamPool = Map<string, SharedUpstream>;

interface SharedUpstream {
  client: Client;
  /** The subscriptions on it: told of its outages and returns (graphql-ws reports those per client). */
  subscribers: Set<{ down(): void; up(): void }>;
  connected: boolean;
}

function sharedUpstream(pool: UpstreamPool, url: string, authorization: string | undefined, maxWaitMs: number): SharedUpstream {
  const key = `${url}\n${authorization ?? ''}`;
  const existing = pool.get(key);
  if (existing) return existing;
  let socketOpen = false;
  const shared: SharedUpstream = {
    subscribers: new Set(),
    connected: false,
    client: createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: authorization ? { authorization } : {},
      // Reconnect (and subscribe again) after a drop for as long as a subscriber stays, with capped
      // backoff. graphql-ws never retries a refusal (a close with 4401 or a protocol error code is thrown
      // before `shouldRetry` is asked), and asks `shouldRetry` just before each retry (once per waiting
      // subscription): that is where the subscribers are told, each once per outage. Its default retries
      // closes only, not socket errors, but a refused or reset connection (the instance restarting) comes
      // as an error event before its close: the transport failing either way, so both are retried.
      retryAttempts: Infinity,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectWait(retries, maxWaitMs))),
      shouldRetry: () => {
        for (const subscriber of shared.subscribers) subscriber.down();
        return true;
      },
      // Lazy: the socket opens with the first subscription and closes (1000) with the last one.
      lazy: true,
      on: {
        opened: () => {
          socketOpen = true;
          subscriptionUpstreamConnections.inc();
        },
        connected: () => {
          shared.connected = true;
          for (const subscriber of shared.subscribers) subscriber.up();
        },
        closed: () => {
          shared.connected = false;
          if (socketOpen) subscriptionUpstreamConnections.dec();
          socketOpen = false;
        },
      },
    }),
  };
  pool.set(key, shared);
  return shared;
}

/** Opens the primary fetch on one instance over the connection's shared socket; returns its closer. */
function openUpstream(
  pool: UpstreamPool,
  instance: SubscriptionInstance,
  url: string,
  primary: FetchNode,
  variables: Record<string, unknown>,
  authorization: string | undefined,
  queue: AsyncQueue<Upstream | Unconfigured | { kind: 'stop' }>,
  maxWaitMs: number,
): () => void {
  const shared = sharedUpstream(pool, url, authorization, maxWaitMs);
  // `opened`: connected at least once; `away`: signalled down and not yet back (one signal per outage).
  let opened = shared.connected;
  let away = false;
  let ended = false;
  const end = (item: Upstream) => {
    if (ended) return;
    ended = true;
    queue.push(item);
  };
  const subscriber = {
    down: () => {
      if (away || ended) return;
      away = true;
      queue.push({ kind: 'down', instance, reason: opened ? 'DROPPED' : 'UNREACHABLE' });
    },
    up: () => {
      opened = true;
      if (away && !ended) queue.push({ kind: 'up', instance });
      away = false;
    },
  };
  shared.subscribers.add(subscriber);
  const unsubscribe = shared.client.subscribe(
    { query: primary.operation, variables, operationName: primary.operationName ?? undefined },
    {
      next: (result) => {
        if (ended) return;
        // No `data` entry is a request error, not an event (GraphQL spec, "Response"): graphql-js answers
        // so when the root field's subscribe throws (the subgraph's access check), and graphql-ws sends
        // that one result as `next` before `complete`.
        if (result.data === undefined) end({ kind: 'refused', instance, errors: upstreamErrors(result.errors, instance) });
        else queue.push({ kind: 'event', instance, result: { data: result.data, errors: result.errors && upstreamErrors(result.errors, instance) } });
      },
      error: (error) => end(refusalOrDrop(error, instance, opened)),
      complete: () => end(opened ? { kind: 'completed', instance } : { kind: 'dropped', instance, reason: 'UNREACHABLE' }),
    },
  );
  return () => {
    unsubscribe();
    shared.subscribers.delete(subscriber);
    if (shared.subscribers.size > 0) return;
    // The connection's last subscription on this instance: the client goes, its socket at once. dispose()
    // awaits a connection attempt still running, rejecting with its close event when the instance refused
    // it (4401) or never answered: nothing is left open then, and nothing may go unhandled.
    if (pool.get(`${url}\n${authorization ?? ''}`) === shared) pool.delete(`${url}\n${authorization ?? ''}`);
    Promise.resolve(shared.client.dispose()).catch(() => undefined);
  };
}

/**
 * What a graphql-ws client's error means. An array is the subgraph's `error` message or its errored
 * stream (graphql-ws keeps a thrown GraphQLError's extensions): a refusal. A close with 4401 is the
 * subgraph refusing the token at connect (subscriptions-server.ts): a refusal UNAUTHENTICATED with its
 * reason. Anything else (a socket error, another close) is the transport failing: a drop.
 */
function refusalOrDrop(error: unknown, instance: SubscriptionInstance, opened: boolean): Upstream {
  if (Array.isArray(error)) return { kind: 'refused', instance, errors: upstreamErrors(error as GraphQLFormattedError[], instance) };
  const close = error as { code?: unknown; reason?: unknown } | null;
  if (close?.code === UNAUTHENTICATED_CLOSE)
    return {
      kind: 'refused',
      instance,
      errors: [
        new GraphQLError(typeof close.reason === 'string' && close.reason ? close.reason : 'Not authenticated.', { extensions: { code: 'UNAUTHENTICATED' } }),
      ],
    };
  return { kind: 'dropped', instance, reason: opened ? 'DROPPED' : 'UNREACHABLE' };
}

/**
 * A subgraph's errors as GraphQLErrors for the gateway's client: message and extensions as sent (the
 * server serialises with `toJSON`, which plain JSON objects lack). Locations and paths point into the
 * subgraph's document, not the client's, and are left out. An answer with no errors at all gets one.
 */
function upstreamErrors(errors: readonly GraphQLFormattedError[] | undefined, instance: SubscriptionInstance): GraphQLError[] {
  if (!errors || errors.length === 0)
    return [
      new GraphQLError(`The ${instance.label} instance answered the subscription with neither data nor errors.`, {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ];
  return errors.map((e) => new GraphQLError(typeof e.message === 'string' ? e.message : 'Refused.', { extensions: e.extensions }));
}

/**
 * The event naming an instance that dropped out: no data, one error like a missing answer's (rule 5).
 * `reconnecting`: the gateway is reaching it again and its events resume once it is back.
 */
export function dropSignal(instance: SubscriptionInstance, reason: string, reconnecting = false): ExecutionResult {
  const happened = reason === 'UNREACHABLE' ? 'could not be reached' : 'dropped out';
  const then = reconnecting
    ? 'the gateway reconnects and its events resume once it is back (events in between are not replayed)'
    : 'this subscription gets no more events from it. Subscribe again later to include it';
  return {
    errors: [
      new GraphQLError(`${instanceName(instance)} ${happened}: ${then}; events from the others go on.`, { extensions: { ...instance.unavailable, reason } }),
    ],
  };
}

/** The event naming every expected instance that is not configured: one error each, as a query's answer lacking their parts. */
export function notConfiguredSignal(instances: SubscriptionInstance[]): ExecutionResult {
  return {
    errors: instances.map(
      (instance) =>
        new GraphQLError(`${instanceName(instance)} is not configured: this subscription gets no events from it; events from the others go on.`, {
          extensions: Object.assign({}, instance.unavailable, { reason: 'NOT_CONFIGURED' }),
        }),
    ),
  };
}

function instanceName(instance: SubscriptionInstance): string {
  return instance.unavailable.huvudman ? `Huvudman ${instance.unavailable.huvudman}'s instance` : `The ${instance.label} subgraph`;
}

/** A queue whose `next` waits for the next item: the merge point of the instances' streams. */
class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly waiting: ((item: T) => void)[] = [];

  push(item: T): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  }

  next(): Promise<T> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
