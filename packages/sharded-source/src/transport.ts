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

/** A broadcast sends one body object to every shard: serialise it once, not once per shard. */
const payloads = new WeakMap<ShardRequestBody, Buffer>();
function payloadOf(body: ShardRequestBody): Buffer {
  let payload = payloads.get(body);
  if (!payload) {
    payload = Buffer.from(JSON.stringify(body));
    payloads.set(body, payload);
  }
  return payload;
}

/** POST over pooled keep-alive connections, so a fan-out to twelve shards opens no new sockets when warm. */
export const httpTransport: ShardTransport = (url, body, headers, timeoutMs) =>
  new Promise((resolve, reject) => {
    const payload = payloadOf(body);
    const secure = url.startsWith('https:');
    const req = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.length },
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
