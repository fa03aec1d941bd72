import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

export interface SubgraphServerOptions {
  /**
   * Answer a request body seen before from memory. The data never changes, so the answer is the
   * same; it keeps the subgraphs' cost small next to the gateway's, as the standard's Rust subgraphs do.
   */
  memo: boolean;
}

/**
 * A subgraph on plain node:http and graphql-js: parse and validate once per query text, execute
 * against the `@apollo/subgraph` schema. No framework, so the gateway, not the subgraph, is measured.
 */
export async function serveSubgraph(schema: GraphQLSchema, port: number, options: SubgraphServerOptions): Promise<{ server: Server; port: number }> {
  const documents = new Map<string, DocumentNode | readonly Error[]>();
  const answers = new Map<string, string>();
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let answer = options.memo ? answers.get(text) : undefined;
      if (answer === undefined) {
        answer = await run(schema, documents, text);
        if (options.memo && answers.size < 10_000) answers.set(text, answer);
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) }).end(answer);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function run(schema: GraphQLSchema, documents: Map<string, DocumentNode | readonly Error[]>, text: string): Promise<string> {
  let body: { query?: string; variables?: Record<string, unknown>; operationName?: string };
  try {
    body = JSON.parse(text);
  } catch {
    return JSON.stringify({ errors: [{ message: 'Request body is not valid JSON.' }] });
  }
  const query = body.query ?? '';
  let document = documents.get(query);
  if (!document) {
    try {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      document = errors.length > 0 ? errors : parsed;
    } catch (error) {
      document = [error as Error];
    }
    documents.set(query, document);
  }
  if (Array.isArray(document)) return JSON.stringify({ errors: document.map((e) => ({ message: e.message })) });
  const result = await execute({ schema, document: document as DocumentNode, variableValues: body.variables, operationName: body.operationName });
  return JSON.stringify(result);
}
