import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { HttpError, parseJsonBody, readBody } from './body';

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  bodyLimitBytes: number;
  /**
   * Sees each request's GraphQL parameters (the JSON body, or the query string of a GET) before
   * execution; may complete them (e.g. a registered query by hash) or refuse with an HttpError.
   */
  inspect?: (params: Record<string, unknown>) => void;
}

/** Serves an Apollo Server over plain node:http: no framework between the socket and the executor. */
export function graphqlHandler<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>) {
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const isJson = (headers.get('content-type') ?? '').includes('json');
    const text = req.method === 'POST' ? await readBody(req, options.bodyLimitBytes) : '';
    const body = isJson ? parseJsonBody(text) : text;
    if (options.inspect) search = inspectParams(options.inspect, body, search);
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: () => options.context(req),
    });
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
