import type { IncomingHttpHeaders } from 'node:http';
import { instanceFetchSeconds, instanceTimeouts } from '@orebro/http';
import type { DocumentNode } from 'graphql';
import type { ShardSchemas, Shard } from './shard-schemas';
import type { ShardRequestBody, ShardResponse, ShardTransport } from './transport';
import type { ShardWiring } from './wiring';
import { CircuitOpenError, type InstanceCircuits } from './circuits';

/** Why a shard's part is missing, as `extensions.reason` of its error. */
export type MissingReason = 'UNREACHABLE' | 'CIRCUIT_OPEN' | 'INCOMPATIBLE_SCHEMA' | 'WRONG_INSTANCE' | 'NOT_CONFIGURED';

/** One shard's part of a fan-out: answered, or missing with a reason a client may see. */
export type ShardOutcome =
  /** `headers`: the instance's HTTP response headers (its `Cache-Control` hint among them). */
  | { shard: Shard; status: 'answered'; response: ShardResponse; headers: IncomingHttpHeaders }
  /** `requestSent` (UNREACHABLE only): false when the request cannot have reached the instance (refused, no such host). */
  | { shard: Shard; status: 'missing'; reason: MissingReason; detail: string; requestSent?: boolean };

export interface ShardCallContext {
  transport: ShardTransport;
  schemas: ShardSchemas;
  wiring: ShardWiring;
  timeoutMs: number;
  headers: Record<string, string>;
  onFailure: (shard: Shard, error: unknown) => void;
  /** Per-instance circuit breakers; absent = every call goes out. */
  circuits?: InstanceCircuits;
  /** A write is sent at most once (never retried). */
  isWrite: boolean;
  /** The logical subgraph's name, for metrics. */
  subgraphName: string;
}

/**
 * Calls one shard with its own timeout; never rejects, so one shard's trouble cannot fail the others.
 * An answer from an instance that says it serves another shard is not used (rule 9).
 */
export async function callShard(shard: Shard, body: ShardRequestBody, document: DocumentNode, ctx: ShardCallContext): Promise<ShardOutcome> {
  const end = instanceFetchSeconds.startTimer({ subgraph: ctx.subgraphName, instance: shard.key });
  const outcome = await callShardOnce(shard, body, document, ctx);
  end({ outcome: outcome.status === 'answered' ? 'answered' : outcome.reason });
  return outcome;
}

async function callShardOnce(shard: Shard, body: ShardRequestBody, document: DocumentNode, ctx: ShardCallContext): Promise<ShardOutcome> {
  const problems = ctx.schemas.problemsWith(shard.key, body.query, document);
  if (problems.length > 0) return { shard, status: 'missing', reason: 'INCOMPATIBLE_SCHEMA', detail: `its schema cannot serve this request (${problems[0]})` };
  let reply: { response: ShardResponse; headers: IncomingHttpHeaders };
  try {
    const send = () => ctx.transport(shard.url, body, ctx.headers, ctx.timeoutMs, `${ctx.subgraphName} ${shard.key}`);
    reply = ctx.circuits ? await ctx.circuits.execute(shard.url, ctx.isWrite, send) : await send();
  } catch (error) {
    if (error instanceof CircuitOpenError) return { shard, status: 'missing', reason: 'CIRCUIT_OPEN', detail: error.message, requestSent: false };
    if (isTimeout(error)) instanceTimeouts.inc({ subgraph: ctx.subgraphName, instance: shard.key });
    ctx.onFailure(shard, error);
    return {
      shard,
      status: 'missing',
      reason: 'UNREACHABLE',
      detail: describeFailure(error),
      requestSent: !NOT_SENT.has(String((error as NodeJS.ErrnoException).code)),
    };
  }
  const served = ctx.wiring.observe(shard.key, reply.headers);
  if (served !== undefined && served !== shard.key) {
    ctx.onFailure(shard, new Error(`the instance configured for ${shard.key} serves ${served}`));
    return {
      shard,
      status: 'missing',
      reason: 'WRONG_INSTANCE',
      detail: `the instance configured for it serves ${served} (a wiring mistake in the gateway's configuration)`,
    };
  }
  if (ctx.schemas.state(shard.key).phase === 'unknown' || reply.response.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')) {
    ctx.schemas.refreshSoon(shard.key);
  }
  return { shard, status: 'answered', response: reply.response, headers: reply.headers };
}

/** The transport's time budget ran out (httpTransport's ETIMEDOUT, or a TimeoutError from another transport). */
export function isTimeout(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || (error as Error | undefined)?.name === 'TimeoutError';
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
