import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { analyseOperation, type AnalysedOperation } from './operation';
import { mergeShardValues, type MergeConflict } from './merge';
import { callShard, type ShardCallContext, type ShardOutcome } from './shard-call';
import { ShardSchemas, type Shard } from './shard-schemas';
import { shardKeyOfRepresentation, shardKeysOfField } from './targets';
import { httpTransport, type ShardGraphQLError, type ShardRequestBody, type ShardResponse, type ShardTransport } from './transport';

export interface ShardedDataSourceOptions<TContext> {
  /** The logical subgraph's name in the supergraph. */
  subgraphName: string;
  /** Field and argument names that hold the shard key, e.g. `['code']`. */
  shardKeyNames: string[];
  /** Shard key → URL, in the order lists are concatenated. */
  shards: Shard[];
  /** Each shard's own time limit. */
  timeoutMs?: number;
  /** The subgraph schema from the composed supergraph, to detect shards that cannot serve it. */
  expectedSchema?: GraphQLSchema;
  /** `extensions.code` of the error for a shard that did not answer. */
  unavailableCode?: string;
  /** The extension naming the missing shard's key. */
  shardExtension?: string;
  /** Headers to forward to every shard, e.g. the caller's Authorization. */
  headers?: (context: TContext) => Record<string, string>;
  /** Headers sent when asking a shard for its schema, e.g. `x-subgraph-sdl-secret`. */
  schemaRequestHeaders?: Record<string, string>;
  transport?: ShardTransport;
  onShardFailure?: (shard: Shard, error: unknown) => void;
}

interface Answer {
  data: Record<string, unknown> | null;
  errors: ShardGraphQLError[];
}

/**
 * One logical subgraph served by many instances, one per shard key (ARCHITECTURE.md, "The sharded
 * kommun subgraph"). Splits entity fetches by shard key, routes root fields by their shard-key
 * argument, broadcasts what has none and merges the answers, sends a mutation to exactly one shard,
 * and returns whatever the reachable shards give with one error per missing shard.
 */
export class ShardedDataSource<TContext extends Record<string, unknown> = Record<string, unknown>> implements GraphQLDataSource<TContext> {
  readonly schemas: ShardSchemas;
  private readonly shardsByKey: Map<string, Shard>;
  private readonly timeoutMs: number;
  private readonly transport: ShardTransport;

  constructor(private readonly options: ShardedDataSourceOptions<TContext>) {
    if (options.shards.length === 0) throw new Error(`Sharded subgraph "${options.subgraphName}" needs at least one shard.`);
    this.shardsByKey = new Map(options.shards.map((s) => [s.key, s]));
    if (this.shardsByKey.size !== options.shards.length) throw new Error(`Sharded subgraph "${options.subgraphName}" lists a shard key twice.`);
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.transport = options.transport ?? httpTransport;
    this.schemas = new ShardSchemas(options.shards, this.transport, options.expectedSchema, this.timeoutMs, options.schemaRequestHeaders);
  }

  get shards(): readonly Shard[] {
    return this.options.shards;
  }

  async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<ShardResponse> {
    const { query, operationName, variables = {} } = options.request;
    if (!query) return fail('The request holds no query.', 'BAD_REQUEST');
    let operation: AnalysedOperation;
    try {
      operation = analyseOperation(query);
    } catch (error) {
      return fail((error as Error).message, 'GRAPHQL_PARSE_FAILED');
    }
    const call: ShardCallContext = {
      transport: this.transport,
      schemas: this.schemas,
      timeoutMs: this.timeoutMs,
      headers: this.options.headers?.(options.context as TContext) ?? {},
      onFailure: (shard, error) => this.options.onShardFailure?.(shard, error),
    };
    const body = { query, operationName, variables };
    const answer = operation.representationsVariable
      ? await this.fetchEntities(operation, body, operation.representationsVariable, call)
      : await this.fetchRootFields(operation, body, call);
    return answer.errors.length > 0 ? answer : { data: answer.data };
  }

  /** Rules 1 and 2: owned representations go to their shard only, joint ones to every shard and are merged. */
  private async fetchEntities(operation: AnalysedOperation, body: ShardRequestBody, variable: string, call: ShardCallContext): Promise<Answer> {
    const representations = (body.variables?.[variable] ?? []) as unknown[];
    const owner: (string | undefined)[] = representations.map((r) => shardKeyOfRepresentation(r, this.options.shardKeyNames));
    const joint = owner.flatMap((key, index) => (key === undefined ? [index] : []));
    const plan = this.options.shards
      .map((shard) => ({ shard, indices: [...owner.flatMap((key, index) => (key === shard.key ? [index] : [])), ...joint].sort((a, b) => a - b) }))
      .filter((p) => p.indices.length > 0);

    const outcomes = await Promise.all(
      plan.map((p) =>
        callShard(p.shard, { ...body, variables: { ...body.variables, [variable]: p.indices.map((i) => representations[i]) } }, operation.document, call),
      ),
    );

    const entities: unknown[] = representations.map(() => null);
    const errors: ShardGraphQLError[] = [];
    const jointParts = new Map<number, { shard: string; value: unknown }[]>(joint.map((i) => [i, []]));
    outcomes.forEach((outcome, n) => {
      const { indices } = plan[n];
      if (outcome.status !== 'answered') {
        const firstOwned = indices.find((i) => owner[i] === outcome.shard.key);
        errors.push(this.unavailable(outcome, firstOwned === undefined ? undefined : ['_entities', firstOwned]));
        return;
      }
      const answered = (outcome.response.data?._entities ?? []) as unknown[];
      indices.forEach((original, j) => {
        if (owner[original] === undefined) jointParts.get(original)!.push({ shard: outcome.shard.key, value: answered[j] });
        else entities[original] = answered[j] ?? null;
      });
      for (const error of outcome.response.errors ?? []) {
        errors.push(this.tag(error, outcome.shard, remapEntityPath(error.path, indices)));
      }
    });
    const conflicts: MergeConflict[] = [];
    for (const [index, parts] of jointParts) entities[index] = mergeShardValues(parts, conflicts, ['_entities', index]) ?? null;
    errors.push(...conflicts.map(conflictError));
    return { data: { _entities: entities }, errors };
  }

  /** Rules 3 and 4: a field naming a shard goes there; others go everywhere; a mutation goes to exactly one shard. */
  private async fetchRootFields(operation: AnalysedOperation, body: ShardRequestBody, call: ShardCallContext): Promise<Answer> {
    const targets = operation.rootFields.map((field) => ({
      field,
      keys: field.name === '__typename' ? new Set<string>() : shardKeysOfField(field, this.options.shardKeyNames, body.variables ?? {}),
    }));
    const named = new Set(targets.flatMap((t) => [...t.keys]));
    const broadcast = targets.some((t) => t.keys.size === 0 && t.field.name !== '__typename') || named.size === 0;

    if (operation.kind === 'mutation') {
      const refusal = this.refuseMutation(targets.map((t) => ({ name: t.field.name, keys: t.keys })));
      if (refusal) return refusal;
    }
    const asked = this.options.shards.filter((s) => broadcast || named.has(s.key));
    const outcomes = await Promise.all(asked.map((shard) => callShard(shard, body, operation.document, call)));

    const data: Record<string, unknown> = {};
    const errors: ShardGraphQLError[] = [];
    const conflicts: MergeConflict[] = [];
    for (const { field, keys } of targets) {
      const relevant = outcomes.filter((o) => keys.size === 0 || keys.has(o.shard.key));
      const parts = relevant.flatMap((o) => (o.status === 'answered' ? [{ shard: o.shard.key, value: o.response.data?.[field.responseKey] }] : []));
      data[field.responseKey] = mergeShardValues(parts, conflicts, [field.responseKey]) ?? null;
    }
    for (const outcome of outcomes) {
      if (outcome.status !== 'answered') {
        const soleTarget = targets.find((t) => t.keys.size === 1 && t.keys.has(outcome.shard.key));
        errors.push(this.unavailable(outcome, soleTarget ? [soleTarget.field.responseKey] : undefined));
      } else {
        for (const error of outcome.response.errors ?? []) errors.push(this.tag(error, outcome.shard, error.path));
      }
    }
    errors.push(...conflicts.map(conflictError));
    return { data, errors };
  }

  /** A write goes to exactly one shard that exists; anything else is refused before a byte is sent. */
  private refuseMutation(fields: { name: string; keys: Set<string> }[]): Answer | undefined {
    const keyNames = this.options.shardKeyNames.join(' or ');
    const untargeted = fields.find((f) => f.keys.size === 0);
    if (untargeted) {
      return refusal(`Mutation ${untargeted.name} names no target: give the ${keyNames} of the one ${this.options.subgraphName} instance it writes to.`);
    }
    const keys = new Set(fields.flatMap((f) => [...f.keys]));
    if (keys.size > 1) {
      return refusal(`A mutation may write to one ${this.options.subgraphName} instance only; this one names ${[...keys].join(', ')}.`);
    }
    const [key] = keys;
    if (!this.shardsByKey.has(key)) {
      return refusal(`No ${this.options.subgraphName} instance serves "${key}".`);
    }
    return undefined;
  }

  private unavailable(outcome: Exclude<ShardOutcome, { status: 'answered' }>, path: (string | number)[] | undefined): ShardGraphQLError {
    return {
      message: `The ${this.options.subgraphName} instance for ${outcome.shard.key} is unavailable: ${outcome.reason}. Its data is missing from this answer.`,
      ...(path ? { path } : {}),
      extensions: {
        code: this.options.unavailableCode ?? 'SHARD_UNAVAILABLE',
        [this.options.shardExtension ?? 'shard']: outcome.shard.key,
        reason: outcome.status === 'incompatible' ? 'INCOMPATIBLE_SCHEMA' : 'UNREACHABLE',
      },
    };
  }

  private tag(error: ShardGraphQLError, shard: Shard, path: (string | number)[] | undefined): ShardGraphQLError {
    return { ...error, ...(path ? { path } : {}), extensions: { ...error.extensions, [this.options.shardExtension ?? 'shard']: shard.key } };
  }
}

function remapEntityPath(path: (string | number)[] | undefined, indices: number[]): (string | number)[] | undefined {
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return path;
  return ['_entities', indices[path[1]] ?? path[1], ...path.slice(2)];
}

function conflictError(conflict: MergeConflict): ShardGraphQLError {
  return {
    message: `Shards ${conflict.shards.join(' and ')} give different values (${JSON.stringify(conflict.values[0])} and ${JSON.stringify(conflict.values[1])}) for one field; neither is used.`,
    path: conflict.path,
    extensions: { code: 'SHARD_DATA_CONFLICT', shards: conflict.shards },
  };
}

function fail(message: string, code: string): ShardResponse {
  return { errors: [{ message, extensions: { code } }] };
}

function refusal(message: string): Answer {
  return { data: null, errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] };
}
