import type { IncomingHttpHeaders } from 'node:http';
import { Agent as UndiciAgent, type Dispatcher } from 'undici';
import { inClientSpan, markFailed, tracingEnabled, type Span } from '@orebro/telemetry';
import { decodeBody, ACCEPT_ENCODING } from './content-encoding';

export interface ShardRequestBody {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}

export interface ShardResponse {
  data?: Record<string, unknown> | null;
  errors?: ShardGraphQLError[];
}

export interface ShardGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** One instance's answer: the GraphQL response and the HTTP headers it came with (e.g. `x-shard-key`). */
export interface ShardReply {
  response: ShardResponse;
  headers: IncomingHttpHeaders;
}

/**
 * Sends one GraphQL request to one shard; rejects on network failure, timeout or a non-GraphQL answer.
 * `target` names the instance in the request's trace span (e.g. `kommun 1880`); default its URL's host.
 */
export type ShardTransport = (url: string, body: ShardRequestBody, headers: Record<string, string>, timeoutMs: number, target?: string) => Promise<ShardReply>;

/**
 * The JSON text of each query seen, so a request body is the cached query text plus its (usually
 * small) variables: Apollo sends the same few subgraph queries over and over, and serialising a
 * query of a few kilobytes per request showed in the gateway's profile. Bounded: oldest dropped.
 */
const queryJson = new Map<string, string>();
const QUERY_JSON_ENTRIES = 500;

/** A broadcast sends one body object to every shard: serialise it once, not once per shard. */
const payloads = new WeakMap<ShardRequestBody, Buffer>();
function payloadOf(body: ShardRequestBody): Buffer {
  let payload = payloads.get(body);
  if (!payload) {
    let query = queryJson.get(body.query);
    if (query === undefined) {
      query = JSON.stringify(body.query);
      if (queryJson.size >= QUERY_JSON_ENTRIES) queryJson.delete(queryJson.keys().next().value!);
      queryJson.set(body.query, query);
    }
    // The same text JSON.stringify(body) gives: undefined members are left out.
    let text = `{"query":${query}`;
    if (body.operationName !== undefined) text += `,"operationName":${JSON.stringify(body.operationName)}`;
    if (body.variables !== undefined) text += `,"variables":${JSON.stringify(body.variables)}`;
    payload = Buffer.from(`${text}}`);
    payloads.set(body, payload);
  }
  return payload;
}

/**
 * POST over pooled keep-alive connections, so a fan-out to twelve shards opens no new sockets when warm.
 * Asks for and decodes gzip, deflate and br (an instance, or a proxy in front of it, may compress).
 * Within a traced request (@orebro/telemetry) the call is a CLIENT span and carries its W3C
 * `traceparent`, so the instance continues the trace; the caller's headers are not changed.
 * The deadline is one plain timer per request, cleared with the answer (AbortSignal.timeout cost
 * more per request on the gateway's hot path: a signal, a timer and weak bookkeeping for each).
 */
export const httpTransport: ShardTransport = (url, body, headers, timeoutMs, target) =>
  tracingEnabled()
    ? inClientSpan(`POST ${target ?? new URL(url).host}`, { 'http.request.method': 'POST', 'url.full': url }, headers, (sent, span) =>
        post(url, body, sent, timeoutMs, span),
      )
    : post(url, body, headers, timeoutMs, undefined);

/**
 * undici (the Node team's HTTP/1.1 client, the one behind `fetch`) rather than node:http: a fan-out
 * sends one request per instance, and node:http's ClientRequest, Agent bookkeeping, URL parsing and
 * stream events per request were most of the gateway's own cost per added instance (issue 17). The
 * low-level `dispatch` is used, not `request`/`fetch`, so no body stream or Response object is built
 * for an answer that is read whole anyway. One Agent holds a keep-alive pool per instance origin.
 */
const dispatcher = new UndiciAgent({ connections: 128 });

/** Each instance URL split once into what `dispatch` takes (the same few URLs are asked over and over). */
const targets = new Map<string, { origin: string; path: string }>();
function targetOf(url: string): { origin: string; path: string } {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    targets.set(url, target);
  }
  return target;
}

/**
 * undici's "the connection closed" (`UND_ERR_SOCKET`, e.g. a keep-alive socket the instance had
 * just closed) before any response byte is what node:http calls ECONNRESET ("socket hang up"): no
 * answer came, so a read may be sent again (circuits.ts) and a write's outcome is unknown.
 */
function beforeResponse(error: Error): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'UND_ERR_SOCKET') {
    const cause = (error as Error & { cause?: NodeJS.ErrnoException }).cause;
    return Object.assign(new Error(`connection reset (${cause?.message ?? error.message})`), { code: cause?.code ?? 'ECONNRESET' });
  }
  return error;
}

function post(url: string, body: ShardRequestBody, headers: Record<string, string>, timeoutMs: number, span: Span | undefined): Promise<ShardReply> {
  return new Promise((resolve, reject) => {
    const { origin, path } = targetOf(url);
    let timedOut = false;
    let settled = false;
    let status = 0;
    let responseHeaders: IncomingHttpHeaders = {};
    let abort: ((reason: Error) => void) | undefined;
    const chunks: Buffer[] = [];
    // ETIMEDOUT: callers tell a timeout from other failures by code (metrics count timeouts apart).
    const timeout = () => Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' });
    const settle = (error: Error | undefined, reply?: ShardReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(timedOut ? timeout() : error);
      else resolve(reply!);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      const error = timeout();
      if (abort) abort(error);
      settle(error);
    }, timeoutMs);
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(controller) {
        abort = (reason) => controller.abort(reason);
        if (timedOut) controller.abort(timeout());
      },
      onResponseStart(_controller, statusCode, received) {
        status = statusCode;
        responseHeaders = received;
        if (span) {
          span.setAttribute('http.response.status_code', statusCode);
          if (statusCode >= 500) markFailed(span, `HTTP ${statusCode}`);
        }
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        const answer = answerOf(status, responseHeaders, chunks);
        if (answer instanceof Error) settle(answer);
        else settle(undefined, answer);
      },
      onResponseError(_controller, error) {
        settle(status === 0 ? beforeResponse(error) : new Error(`HTTP ${status}: the answer was cut off`));
      },
    };
    dispatcher.dispatch(
      {
        origin,
        path,
        method: 'POST',
        headers: { 'accept-encoding': ACCEPT_ENCODING, ...headers, 'content-type': 'application/json' },
        body: payloadOf(body),
      },
      handler,
    );
  });
}

/** An instance's whole answer as a GraphQL response, or why it is not one. */
function answerOf(status: number, headers: IncomingHttpHeaders, chunks: Buffer[]): ShardReply | Error {
  let text: string;
  try {
    const encoding = headers['content-encoding'];
    text = decodeBody(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), Array.isArray(encoding) ? encoding.join(', ') : encoding).toString('utf8');
  } catch (error) {
    return new Error(`HTTP ${status}: ${(error as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as ShardResponse;
    if (typeof parsed !== 'object' || parsed === null || (!('data' in parsed) && !('errors' in parsed)))
      return new Error(`HTTP ${status}: not a GraphQL response`);
    return { response: parsed, headers };
  } catch {
    return new Error(`HTTP ${status}: not a GraphQL response`);
  }
}
