import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, parse, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type ServerOptions } from 'ws';
import { HttpError } from './body';
import { requireShallowParams } from './input-depth';
import type { Logger } from './logger';

/** The close code a refused token gets (the 4400 range is the application's, as graphql-ws's own 4403). */
export const UNAUTHENTICATED_CLOSE = 4401;

/**
 * The close code of a connection refused because its caller already has as many open as allowed
 * (`maxConnectionsPerCaller`). 4430: in the application's 4400 range and unused by graphql-ws, whose
 * 4429 means "too many connection_init messages" on one socket, not too many sockets.
 */
export const TOO_MANY_CONNECTIONS_CLOSE = 4430;

/**
 * How long a closing WebSocket waits for its client's part of the close handshake before cutting the
 * connection, in ms. ws waits 30 s by default: on shutdown, one client that never answered the 1001 held
 * close() that long, past Kubernetes' grace (the pod was killed before its database and traces were
 * closed). The handshake is one round trip; 2 s is ample for any client that answers.
 */
export const WEBSOCKET_CLOSE_TIMEOUT_MS = 2_000;

export interface SubscriptionServerOptions<TCaller> {
  /** The HTTP server whose upgrades on `path` become GraphQL over WebSocket (`graphql-transport-ws`). */
  server: Server;
  path: string;
  schema: GraphQLSchema;
  logger: Logger;
  /**
   * Verifies the token at connect: `connection_init`'s payload `authorization` ("Bearer <JWT>"), else the
   * upgrade request's Authorization header. No token is anonymous; a token that fails closes the
   * connection with 4401 and the verifier's message, never downgraded to anonymous. Called again for
   * every subscription on the connection: one that fails then (expired since connect) refuses that
   * subscription with the verifier's error (UNAUTHENTICATED), the connection staying open.
   */
  verifyToken: (authorization: string | undefined) => Promise<TCaller>;
  /** The server's own validation rules (depth, aliases, directives), run after graphql's standard ones. */
  validationRules: readonly ValidationRule[];
  /** The cost check of the server (query-limits): throws a GraphQLError for a document over the limit. */
  checkCost?: (args: { schema: GraphQLSchema; document: DocumentNode; variables?: Record<string, unknown>; operationName?: string }) => void;
  /** Parser token limit, as for HTTP requests. */
  maxTokens: number;
  /** Subscriptions open at once on one connection; one more is refused with an error naming the cap. */
  maxPerConnection: number;
  /**
   * Connections open at once per caller, counted under `connectionKey` (the verified subject, else the
   * address): one more is closed at connect with TOO_MANY_CONNECTIONS_CLOSE and a reason naming the cap.
   * Unset: no cap (a subgraph, whose only client is the gateway).
   */
  maxConnectionsPerCaller?: { max: number; connectionKey: (request: IncomingMessage, caller: TCaller) => string; onRefused?: (caller: TCaller) => void };
  /** The per-operation context value resolvers get, from the caller verified at connect and the token it came with. */
  context: (caller: TCaller, authorization: string | undefined) => object;
  /**
   * Runs a subscription; by default graphql-js's `subscribe` over `schema` (a subgraph). The gateway
   * plans and fans out here instead.
   */
  subscribe?: (
    args: ExecutionArgs,
    caller: TCaller,
    /** The connection the subscription runs on (same object for all of its subscriptions). */
    connection: object,
  ) => Promise<AsyncIterable<ExecutionResult> | ExecutionResult> | AsyncIterable<ExecutionResult> | ExecutionResult;
}

export interface RunningSubscriptionServer {
  /** Closes every subscription and socket (clients see close code 1001, going away), then the server. */
  close(): Promise<void>;
}

interface ConnectionState<TCaller> {
  caller?: TCaller;
  authorization?: string;
  open: Set<string>;
  /** The key counted in `connectionsPerCaller` while this connection is open. */
  countedAs?: string;
}

/**
 * GraphQL subscriptions over WebSocket with graphql-ws (protocol `graphql-transport-ws`) on the same
 * path as the HTTP endpoint, the one way the gateway and every subgraph serve them: token verified at
 * connect, limits applied to every subscription document, a cap per connection. Only subscriptions:
 * queries and mutations stay on HTTP, where the rate limit, audit and in-flight sharing are.
 */
export function serveSubscriptions<TCaller>(options: SubscriptionServerOptions<TCaller>): RunningSubscriptionServer {
  // closeTimeout is ws's own option (ws 8.23 here); @types/ws 8.18.2, the latest, does not list it yet.
  const wsOptions: ServerOptions & { closeTimeout: number } = { server: options.server, path: options.path, closeTimeout: WEBSOCKET_CLOSE_TIMEOUT_MS };
  const wsServer = new WebSocketServer(wsOptions);
  const states = new WeakMap<object, ConnectionState<TCaller>>();
  const stateOf = (ctx: { extra: object }) => {
    let state = states.get(ctx.extra);
    if (!state) {
      state = { open: new Set() };
      states.set(ctx.extra, state);
    }
    return state;
  };
  const callers = new WeakMap<object, { caller: TCaller; connection: object }>();
  const connectionsPerCaller = new Map<string, number>();
  const release = (state: ConnectionState<TCaller>) => {
    if (state.countedAs === undefined) return;
    const left = (connectionsPerCaller.get(state.countedAs) ?? 1) - 1;
    if (left > 0) connectionsPerCaller.set(state.countedAs, left);
    else connectionsPerCaller.delete(state.countedAs);
    state.countedAs = undefined;
  };
  const refuse = (message: string, code: string, extensions: Record<string, unknown> = {}) => [
    new GraphQLError(message, { extensions: { code, ...extensions } }),
  ];

  const disposable = useServer<Record<string, unknown> | undefined>(
    {
      schema: options.schema,
      async onConnect(ctx) {
        const fromPayload = ctx.connectionParams?.authorization;
        const authorization = typeof fromPayload === 'string' ? fromPayload : ctx.extra.request.headers.authorization;
        try {
          const caller = await options.verifyToken(authorization);
          const state = stateOf(ctx);
          state.caller = caller;
          state.authorization = authorization;
          const cap = options.maxConnectionsPerCaller;
          if (cap) {
            const key = cap.connectionKey(ctx.extra.request, caller);
            if ((connectionsPerCaller.get(key) ?? 0) >= cap.max) {
              cap.onRefused?.(caller);
              ctx.extra.socket.close(
                TOO_MANY_CONNECTIONS_CLOSE,
                `At most ${cap.max} subscription connections per caller: close one first (MAX_SUBSCRIPTION_CONNECTIONS_PER_CALLER).`,
              );
              return false;
            }
            connectionsPerCaller.set(key, (connectionsPerCaller.get(key) ?? 0) + 1);
            state.countedAs = key;
          }
          return true;
        } catch (error) {
          // Closed here with the verifier's words: graphql-ws's own refusal (4403) would say only "Forbidden".
          ctx.extra.socket.close(UNAUTHENTICATED_CLOSE, (error instanceof Error ? error.message : 'Not authenticated.').slice(0, 120));
          return false;
        }
      },
      async onSubscribe(ctx, id, payload: SubscribePayload) {
        const state = stateOf(ctx);
        // The token again for every subscription: a connection outlives the token it opened with, and a
        // token that has expired since connect must not open anything (refused UNAUTHENTICATED, as a
        // graphql-ws `error` message; the connection stays for the client to send a fresh one).
        try {
          state.caller = await options.verifyToken(state.authorization);
        } catch (error) {
          return error instanceof GraphQLError ? [error] : refuse(error instanceof Error ? error.message : 'Not authenticated.', 'UNAUTHENTICATED');
        }
        if (state.open.size >= options.maxPerConnection) {
          return refuse(
            `At most ${options.maxPerConnection} subscriptions may be open on one connection: complete one first, or open another connection.`,
            'SUBSCRIPTION_LIMIT',
            { maxPerConnection: options.maxPerConnection },
          );
        }
        // The same bound as over HTTP, before anything (parse, cost, the resolvers) walks the payload.
        try {
          requireShallowParams(payload, '');
        } catch (error) {
          if (error instanceof HttpError) return refuse(error.message, error.code);
          throw error;
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))].map(
            (e) => new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
          );
        }
        const errors = validate(options.schema, document, undefined, { maxErrors: 20 });
        const limited = errors.length > 0 ? errors : validate(options.schema, document, options.validationRules);
        if (limited.length > 0)
          return limited.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...e.extensions } }));
        const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
        const operation = payload.operationName
          ? operations.find((o) => o.name?.value === payload.operationName)
          : operations.length === 1
            ? operations[0]
            : undefined;
        if (!operation) return refuse('Name the operation to run (operationName): the document has none by that name, or several.', 'BAD_REQUEST');
        if (operation.operation !== 'subscription')
          return refuse(`Only subscriptions are served over WebSocket here; send a ${operation.operation} as an HTTP POST to ${options.path}.`, 'BAD_REQUEST');
        try {
          options.checkCost?.({
            schema: options.schema,
            document,
            variables: payload.variables ?? undefined,
            operationName: payload.operationName ?? undefined,
          });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        state.open.add(id);
        const contextValue = options.context(state.caller as TCaller, state.authorization);
        callers.set(contextValue, { caller: state.caller as TCaller, connection: state });
        return { schema: options.schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      onComplete(ctx, id) {
        stateOf(ctx).open.delete(id);
      },
      // Called for every socket that closes, after graphql-ws has ended its subscriptions.
      onClose(ctx) {
        release(stateOf(ctx));
      },
      subscribe: options.subscribe
        ? (args) => {
            const { caller, connection } = callers.get(args.contextValue as object)!;
            return options.subscribe!(args, caller, connection);
          }
        : undefined,
      onError(_ctx, _id, _payload, errors) {
        options.logger.debug({ errors: errors.map((e) => e.message) }, 'subscription refused');
      },
    },
    wsServer,
  );

  return {
    async close() {
      for (const socket of wsServer.clients) socket.close(1001, 'Server is shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
