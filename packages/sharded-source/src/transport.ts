import { Agent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

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

/** Sends one GraphQL request to one shard; rejects on network failure, timeout or a non-GraphQL answer. */
export type ShardTransport = (url: string, body: ShardRequestBody, headers: Record<string, string>, timeoutMs: number) => Promise<ShardResponse>;

const agents = { http: new Agent({ keepAlive: true, maxSockets: 128 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 128 }) };

/** POST over pooled keep-alive connections, so a fan-out to twelve shards opens no new sockets when warm. */
export const httpTransport: ShardTransport = (url, body, headers, timeoutMs) =>
  new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const secure = url.startsWith('https:');
    const req = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const parsed = JSON.parse(text) as ShardResponse;
            if (typeof parsed !== 'object' || parsed === null || (!('data' in parsed) && !('errors' in parsed))) {
              reject(new Error(`HTTP ${res.statusCode}: not a GraphQL response`));
            } else resolve(parsed);
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: not a GraphQL response`));
          }
        });
      },
    );
    req.on('error', (error: Error) => reject(error.name === 'AbortError' || error.name === 'TimeoutError' ? new Error(`no answer within ${timeoutMs} ms`) : error));
    req.end(payload);
  });
