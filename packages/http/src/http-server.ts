import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inServerSpan, markFailed, stopTracing, tracingEnabled, type Span } from '@orebro/telemetry';
import { beginAccess, writeAccessLine } from './access-log';
import type { Logger } from './logger';
import { HttpError } from './body';
import { sendHttpError } from './graphql-handler';
import { metricsRoute, observeRequest } from './metrics';

export type Route = (req: IncomingMessage, res: ServerResponse, search: string) => Promise<void> | void;

export interface HttpServerOptions {
  logger: Logger;
  /** Exact paths, e.g. `/health`; `/graphql` is an ordinary route. */
  routes: Record<string, Route>;
  /** Paths under a prefix, e.g. `/ide/` for static assets. */
  prefixRoutes?: Record<string, Route>;
  /** Exact paths that get one access line per request (see access-log.ts); default `/graphql`. */
  accessLogRoutes?: readonly string[];
  /**
   * Whether this server answers Prometheus `GET /metrics` (default true). False for a public port when
   * the management port serves them (METRICS_PORT, metrics-server.ts): then /metrics is a 404 here.
   */
  serveMetrics?: boolean;
}

/** Probes and scrapes: polled every few seconds, they get no span (they would bury the traces that matter). */
const UNTRACED = new Set(['/metrics', '/health', '/ready']);

/**
 * A node:http server that dispatches on path (and serves Prometheus `GET /metrics` unless told not to), turns
 * thrown errors into JSON and keeps connections alive. With tracing on (@orebro/telemetry), each
 * request but probes runs in a SERVER span continuing the caller's `traceparent`; each request to an
 * access-logged route writes one access line when it is answered.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const accessLogged = new Set(options.accessLogRoutes ?? ['/graphql']);
  const metricsHere = options.serveMetrics !== false;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? '' : url.slice(queryAt);
    if (!tracingEnabled() || UNTRACED.has(path)) return void handle(req, res, path, search, undefined);
    const attributes = { 'http.request.method': req.method ?? 'GET', 'url.path': path };
    void inServerSpan(req.headers, req.method ?? 'GET', attributes, (span) => handle(req, res, path, search, span));
  });
  const handle = async (req: IncomingMessage, res: ServerResponse, path: string, search: string, span: Span | undefined): Promise<void> => {
    const exact = (path === '/metrics' ? (metricsHere ? metricsRoute : undefined) : options.routes[path]) as Route | undefined;
    // Metrics served elsewhere are a 404 here, not whatever a prefix route (the app at `/`) would answer.
    const prefix = exact || path === '/metrics' ? undefined : prefixOf(options.prefixRoutes, path);
    const route = exact ?? (prefix === undefined ? undefined : options.prefixRoutes![prefix]);
    // Labelled by route, not by path: a scanner's or an asset's path cannot grow the metric without bound.
    const label = exact ? path : (prefix ?? 'unmatched');
    observeRequest(label, res);
    span?.updateName(`${req.method ?? 'GET'} ${label}`).setAttribute('http.route', label);
    const access = exact && accessLogged.has(path) ? beginAccess(req, path) : undefined;
    try {
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`No route for ${path}`);
        return;
      }
      await route(req, res, search);
    } catch (error) {
      // A client's mistake (invalid JSON, a body over the limit, a refused token …) is one line at info,
      // naming it and the status; only a real fault of ours is an error with its stack.
      if (error instanceof HttpError && error.status < 500)
        options.logger.info({ path, status: error.status, code: error.code }, `request refused: ${error.message}`);
      else options.logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendHttpError(res, error);
      else res.end();
    } finally {
      span?.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) markFailed(span, `HTTP ${res.statusCode}`);
      if (access) writeAccessLine(options.logger, access, res);
    }
  };
  // Longer than a typical client's idle timeout, so a gateway's pooled connections are not cut under it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  trackConnections(server);
  return server;
}

function prefixOf(prefixes: Record<string, Route> | undefined, path: string): string | undefined {
  if (!prefixes) return undefined;
  return Object.keys(prefixes).find((prefix) => path.startsWith(prefix));
}

export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/**
 * How long a stopping server waits for its clients (a request to finish, a connection to go idle)
 * before it cuts the connections still open, in ms. 15 s: longer than one request may take within the
 * gateway's and the subgraphs' own limits (SUBGRAPH_TIMEOUT_MS, EXECUTION_TIMEOUT_MS, 10 s each), and
 * short enough that the database and the buffered spans are closed before Kubernetes kills the pod
 * (terminationGracePeriodSeconds 30 in deploy/kubernetes).
 */
export const SHUTDOWN_GRACE_MS = 15_000;

/** Each createHttpServer server's open connections, so that closeServer can close those Node's closeIdleConnections leaves. */
const openConnections = new WeakMap<Server, Set<Socket>>();

function trackConnections(server: Server): void {
  const open = new Set<Socket>();
  openConnections.set(server, open);
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
}

/**
 * Stops accepting, lets requests in progress finish, and closes each keep-alive connection as soon as
 * it is idle (not only those idle right now), so a pooled client connection cannot hold the close open
 * until its keep-alive timeout. A connection on which the client has sent nothing is closed at once.
 * After `graceMs` (default SHUTDOWN_GRACE_MS) every connection still open is cut: a request over every
 * limit, a client sending its headers a byte at a time, an upgraded (WebSocket) connection. Resolves
 * when the server is closed; never rejects.
 */
export async function closeServer(server: Server, graceMs: number = SHUTDOWN_GRACE_MS): Promise<void> {
  const open = openConnections.get(server);
  await new Promise<void>((resolve) => {
    const sweep = () => {
      server.closeIdleConnections();
      // Node's closeIdleConnections (20 and 24 alike) leaves a connection on which no request has begun.
      // undici keeps a spare one open for 4 s after a request it aborted, and any client may open one and
      // send nothing: either held the close until the client let go.
      if (open) for (const socket of open) if (socket.bytesRead === 0) socket.destroy();
    };
    const sweeper = setInterval(sweep, 50);
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      // An upgraded connection is no longer the HTTP server's to close (closeAllConnections skips it), yet it holds server.close.
      if (open) for (const socket of open) socket.destroy();
    }, graceMs);
    server.close(() => {
      clearInterval(sweeper);
      clearTimeout(deadline);
      resolve();
    });
    sweep();
  });
}

/**
 * ApolloServer options for a service whose shutdown stopOnSignals owns. Apollo's own signal handlers
 * (on unless NODE_ENV=test) stop only Apollo and then re-raise the signal, which killed the process
 * before its HTTP servers, database and tracing were closed: it exited on SIGTERM (status 143), not 0.
 */
export const APOLLO_SHUTDOWN_BY_STOP_ON_SIGNALS = { stopOnTerminationSignals: false } as const;

/** Runs `stop` once on SIGTERM or SIGINT, sends the spans still buffered (@orebro/telemetry), then exits; a second signal exits at once. */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop()
      .then(() => stopTracing())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
