import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { accessRecordOf, linkContext, outcomeOfBody, type AccessRecord } from './access-log';
import { HttpError, parseJsonBody, readBody } from './body';
import { requireShallowParams } from './input-depth';
import { sharedRequests } from './metrics';

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /**
   * Builds the request's context; `params` is the parsed body (or null for a GET), e.g. to audit a
   * refused write. `clientGone` aborts when the connection closes before the answer is sent (the
   * client gave up, e.g. the gateway after its timeout): work for it can stop.
   */
  context: (req: IncomingMessage, params: unknown, clientGone: AbortSignal) => Promise<TContext>;
  bodyLimitBytes: number;
  /**
   * Sees each request's GraphQL parameters (the JSON body, or the query string of a GET) before
   * execution; may complete them (e.g. a registered query by hash) or refuse with an HttpError.
   */
  inspect?: (params: Record<string, unknown>) => void;
  /**
   * In-flight de-duplication: when it returns a key, a request arriving while another with the same
   * key is being executed gets that one's answer instead of executing again. Return a key only for
   * requests whose answer cannot depend on who asks (e.g. anonymous queries, never mutations), and
   * make the key hold everything the answer depends on (body text, query string, accept header).
   */
  share?: (req: IncomingMessage, params: unknown, text: string, search: string) => string | undefined;
}

type HTTPGraphQLResponse = Awaited<ReturnType<ApolloServer['executeHTTPGraphQLRequest']>>;

/** Serves an Apollo Server over plain node:http: no framework between the socket and the executor. */
export function graphqlHandler<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>) {
  const inFlight = new Map<string, Promise<HTTPGraphQLResponse>>();
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const isJson = (headers.get('content-type') ?? '').includes('json');
    const text = req.method === 'POST' ? await readBody(req, options.bodyLimitBytes) : '';
    const body = isJson ? parseJsonBody(text) : text;
    requireShallowParams(body, search);
    if (options.inspect) search = inspectParams(options.inspect, body, search);
    const clientGone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) clientGone.abort();
    });
    const access = accessRecordOf(req);
    const execute = async () => {
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
        context: async () => {
          const context = await options.context(req, req.method === 'POST' ? body : null, clientGone.signal);
          linkContext(context, access);
          return context;
        },
      });
      if (access) answeredFor.set(result, access);
      return result;
    };
    const key = options.share?.(req, body, text, search);
    let result = key === undefined ? await execute() : await shared(inFlight, key, execute);
    // A streamed (incremental) answer can be read once only: a follower executes on its own.
    if (result.body.kind !== 'complete' && key !== undefined && !ownsStream.delete(result)) result = await execute();
    if (access) describeAnswer(access, result);
    for (const [name, value] of result.headers) res.setHeader(name, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** The access record of the request that executed an answer: a request sharing it reports the same outcome. */
const answeredFor = new WeakMap<HTTPGraphQLResponse, AccessRecord>();

/**
 * Completes a request's access record from its answer: the executing request's record (filled by
 * accessLogPlugin) for one that shared it; the answer's body when no plugin saw it (Apollo refused it
 * before executing, e.g. the context threw for a bad token), read only then.
 */
function describeAnswer(access: AccessRecord, result: HTTPGraphQLResponse): void {
  const executed = answeredFor.get(result);
  if (executed && executed !== access && access.outcome === undefined) {
    access.operation = executed.operation;
    access.operationType = executed.operationType;
    access.outcome = executed.outcome;
    access.codes = executed.codes;
  }
  if (access.outcome === undefined && result.body.kind === 'complete') outcomeOfBody(access, result.body.string);
}

/** Streamed answers not yet taken by the request that started them (see `shared`). */
const ownsStream = new WeakSet<object>();

/** Joins the execution in flight under `key`, or starts it; it is forgotten once it settles. */
async function shared(
  inFlight: Map<string, Promise<HTTPGraphQLResponse>>,
  key: string,
  execute: () => Promise<HTTPGraphQLResponse>,
): Promise<HTTPGraphQLResponse> {
  const pending = inFlight.get(key);
  if (pending) {
    sharedRequests.inc();
    return pending;
  }
  const started = execute().then((result) => {
    if (result.body.kind !== 'complete') ownsStream.add(result);
    return result;
  });
  inFlight.set(key, started);
  const forget = () => void inFlight.delete(key);
  started.then(forget, forget);
  return started;
}

function inspectParams(inspect: (params: Record<string, unknown>) => void, body: unknown, search: string): string {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    inspect(body as Record<string, unknown>);
    return search;
  }
  const params = new URLSearchParams(search);
  const fromQueryString: Record<string, unknown> = { query: params.get('query') ?? undefined };
  const extensions = params.get('extensions');
  if (extensions) {
    try {
      fromQueryString.extensions = JSON.parse(extensions);
    } catch {
      throw new HttpError(400, 'BAD_REQUEST', 'The extensions parameter is not valid JSON.');
    }
  }
  inspect(fromQueryString);
  if (typeof fromQueryString.query === 'string') params.set('query', fromQueryString.query);
  return params.size > 0 ? `?${params.toString()}` : search;
}

export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendHttpError(res: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
    sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
    return;
  }
  sendJson(res, 500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
