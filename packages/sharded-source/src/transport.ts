import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
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

const agents = { http: new Agent({ keepAlive: true, maxSockets: 128 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 128 }) };

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

function post(url: string, body: ShardRequestBody, headers: Record<string, string>, timeoutMs: number, span: Span | undefined): Promise<ShardReply> {
  return new Promise((resolve, reject) => {
    const payload = payloadOf(body);
    const secure = url.startsWith('https:');
    let timedOut = false;
    // ETIMEDOUT: callers tell a timeout from other failures by code (metrics count timeouts apart).
    const timeout = () => Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' });
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(timedOut ? timeout() : error);
    };
    const req = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        headers: { 'accept-encoding': ACCEPT_ENCODING, ...headers, 'content-type': 'application/json', 'content-length': payload.length },
      },
      (res) => {
        if (span) {
          span.setAttribute('http.response.status_code', res.statusCode ?? 0);
          if ((res.statusCode ?? 0) >= 500) markFailed(span, `HTTP ${res.statusCode}`);
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('aborted', () => fail(new Error(`HTTP ${res.statusCode}: the answer was cut off`)));
        res.on('end', () => {
          clearTimeout(timer);
          if (timedOut) return reject(timeout());
          let text: string;
          try {
            text = decodeBody(Buffer.concat(chunks), res.headers['content-encoding']).toString('utf8');
          } catch (error) {
            return reject(new Error(`HTTP ${res.statusCode}: ${(error as Error).message}`));
          }
          try {
            const parsed = JSON.parse(text) as ShardResponse;
            if (typeof parsed !== 'object' || parsed === null || (!('data' in parsed) && !('errors' in parsed))) {
              reject(new Error(`HTTP ${res.statusCode}: not a GraphQL response`));
            } else resolve({ response: parsed, headers: res.headers });
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: not a GraphQL response`));
          }
        });
      },
    );
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', fail);
    req.end(payload);
  });
}
