import type { ShardSchemas, Shard } from './shard-schemas';
import type { ShardRequestBody, ShardResponse, ShardTransport } from './transport';

/** One shard's part of a fan-out, as a discriminated union: answered, failed, or not asked because its schema cannot serve the operation. */
export type ShardOutcome =
  | { shard: Shard; status: 'answered'; response: ShardResponse }
  /** `requestSent`: false when the request cannot have reached the instance (refused, no such host). */
  | { shard: Shard; status: 'failed'; reason: string; requestSent: boolean }
  | { shard: Shard; status: 'incompatible'; reason: string };

export interface ShardCallContext {
  transport: ShardTransport;
  schemas: ShardSchemas;
  timeoutMs: number;
  headers: Record<string, string>;
  onFailure: (shard: Shard, error: unknown) => void;
}

/** Calls one shard with its own timeout; never rejects, so one shard's trouble cannot fail the others. */
export async function callShard(shard: Shard, body: ShardRequestBody, document: Parameters<ShardSchemas['problemsWith']>[2], ctx: ShardCallContext): Promise<ShardOutcome> {
  const problems = ctx.schemas.problemsWith(shard.key, body.query, document);
  if (problems.length > 0) return { shard, status: 'incompatible', reason: `its schema cannot serve this request (${problems[0]})` };
  try {
    const response = await ctx.transport(shard.url, body, ctx.headers, ctx.timeoutMs);
    if (ctx.schemas.state(shard.key).phase === 'unknown' || response.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')) {
      ctx.schemas.refreshSoon(shard.key);
    }
    return { shard, status: 'answered', response };
  } catch (error) {
    ctx.onFailure(shard, error);
    return { shard, status: 'failed', reason: describeFailure(error), requestSent: !NOT_SENT.has(String((error as NodeJS.ErrnoException).code)) };
  }
}

/** Failures before the request left: the instance cannot have acted on it. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** A reason a client may see: what went wrong, not where the instance lives. */
function describeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  return error instanceof Error ? error.message.replace(/https?:\/\/\S+/g, '<instance>') : 'unknown error';
}
