import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { SHARD_KEY_HEADER } from '@orebro/http';
import { analyseOperation, OperationError, type AnalysedOperation, type RootField } from './operation';
import { mergedPath, mergeShardValues, type MergeConflict, type ResponsePath, type ShardValue } from './merge';
import { callShard, type MissingReason, type ShardCallContext, type ShardOutcome } from './shard-call';
import { ShardSchemas, type Shard } from './shard-schemas';
import { shardKeyOfRepresentation, shardKeysOfField } from './targets';
import { httpTransport, type ShardGraphQLError, type ShardRequestBody, type ShardResponse, type ShardTransport } from './transport';
import { ShardWiring } from './wiring';
import { instanceUnavailable } from '@orebro/http';
import { InstanceCircuits } from './circuits';
import { unansweredEntities } from './unanswered-entities';
import { cacheHintOf, restrictCachePolicy, UNCACHEABLE } from './cache-hints';

export interface ShardedDataSourceOptions<TContext> {
  /** The logical subgraph's name in the supergraph. */
  subgraphName: string;
  /** Field and argument names that hold the shard key, e.g. `['code']`. */
  shardKeyNames: string[];
  /** Shard key → URL, in the order lists are concatenated. */
  shards: Shard[];
  /**
   * Every shard key that should have an instance (e.g. all kommun codes). A key listed here but not in
   * `shards` is answered as unavailable (reason NOT_CONFIGURED), never with a silent null. Default: the
   * keys of `shards`.
   */
  expectedShardKeys?: readonly string[];
  /** The response header in which an instance names the shard it serves (default `x-shard-key`). */
  shardKeyHeader?: string;
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
  /** Circuit breakers per instance (see circuits.ts); default: DEFAULT_CIRCUIT_OPTIONS. */
  circuits?: InstanceCircuits;
  onShardFailure?: (shard: Shard, error: unknown) => void;
}

interface Answer {
  data: Record<string, unknown> | null;
  errors: ShardGraphQLError[];
  /** Each asked instance's outcome (none when nothing was sent): their cache hints bound the answer's. */
  outcomes: ShardOutcome[];
}

/** A shard's part that is missing, whether asked and failed or never configured. */
interface Missing {
  key: string;
  reason: MissingReason;
  detail: string;
}

/**
 * One logical subgraph served by many instances, one per shard key (ARCHITECTURE.md, "The sharded
 * kommun subgraph"; the rules are in this package's README). Splits entity fetches by shard key,
 * routes root fields by their shard-key argument, broadcasts what has none and merges the answers
 * (error paths moved to where each shard's data ended up), sends a mutation to exactly one shard, and
 * returns whatever the reachable shards give with one error per missing shard.
 */
export class ShardedDataSource<TContext extends Record<string, unknown> = Record<string, unknown>> implements GraphQLDataSource<TContext> {
  readonly schemas: ShardSchemas;
  readonly wiring: ShardWiring;
  private readonly shardsByKey: Map<string, Shard>;
  private readonly timeoutMs: number;
  private readonly transport: ShardTransport;
  readonly circuits: InstanceCircuits;

  constructor(private readonly options: ShardedDataSourceOptions<TContext>) {
    if (options.shards.length === 0) throw new Error(`Sharded subgraph "${options.subgraphName}" needs at least one shard.`);
    this.shardsByKey = new Map(options.shards.map((s) => [s.key, s]));
    if (this.shardsByKey.size !== options.shards.length) throw new Error(`Sharded subgraph "${options.subgraphName}" lists a shard key twice.`);
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.transport = options.transport ?? httpTransport;
    this.circuits = options.circuits ?? new InstanceCircuits();
    const expectedKeys = options.expectedShardKeys ?? options.shards.map((s) => s.key);
    this.wiring = new ShardWiring(options.shards, (options.shardKeyHeader ?? SHARD_KEY_HEADER).toLowerCase(), expectedKeys, options.subgraphName);
    this.schemas = new ShardSchemas(
      options.shards,
      this.transport,
      options.expectedSchema,
      this.timeoutMs,
      (key, headers) => this.wiring.observe(key, headers),
      options.schemaRequestHeaders,
    );
  }

  get shards(): readonly Shard[] {
    return this.options.shards;
  }

  async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<ShardResponse> {
    const { query, operationName, variables = {} } = options.request;
    if (!query) return fail('The request holds no query.', 'BAD_REQUEST');
    let operation: AnalysedOperation;
    try {
      operation = analyseOperation(query, operationName, variables);
    } catch (error) {
      if (error instanceof OperationError) return fail(error.message, error.code);
      throw error;
    }
    const call: ShardCallContext = {
      transport: this.transport,
      schemas: this.schemas,
      wiring: this.wiring,
      timeoutMs: this.timeoutMs,
      headers: this.options.headers?.(options.context as TContext) ?? {},
      onFailure: (shard, error) => this.options.onShardFailure?.(shard, error),
      circuits: this.circuits,
      isWrite: operation.kind === 'mutation',
      subgraphName: this.options.subgraphName,
    };
    const body = { query, operationName, variables };
    const answer = operation.representationsVariable
      ? await this.fetchEntities(operation, body, operation.representationsVariable, call)
      : await this.fetchRootFields(operation, body, call);
    // The answer may be kept only as long as its shortest-lived part: every asked instance's hint, and
    // none (not cacheable) for a missing or unconfigured one (an answer missing a shard's data).
    restrictCachePolicy(options, [
      ...answer.outcomes.map((o) => (o.status === 'answered' ? cacheHintOf(o.headers) : UNCACHEABLE)),
      ...(answer.errors.length > 0 ? [UNCACHEABLE] : []),
    ]);
    return answer.errors.length > 0 ? { data: answer.data, errors: answer.errors } : { data: answer.data };
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
        // Object.assign, not `{ ...body, variables }`: a property after a leading spread makes a new hidden class per call on Node 20.
        callShard(
          p.shard,
          Object.assign({}, body, { variables: Object.assign({}, body.variables, { [variable]: p.indices.map((i) => representations[i]) }) }),
          operation.document,
          call,
        ),
      ),
    );

    const entities: unknown[] = representations.map(() => null);
    const errors: ShardGraphQLError[] = [];
    const jointParts = new Map<number, ShardValue[]>(joint.map((i) => [i, []]));
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
    });
    // Error paths after every part is known: a joint entity's lists are concatenated over all shards.
    outcomes.forEach((outcome, n) => {
      if (outcome.status !== 'answered') return;
      const { indices } = plan[n];
      const onlyShard = plan.length === 1 && indices.length === representations.length;
      for (const error of outcome.response.errors ?? []) {
        const path = onlyShard ? error.path : entityPath(error.path, indices, owner, jointParts, outcome.shard.key);
        errors.push(this.tag(error, outcome.shard, path));
      }
    });
    errors.push(...this.notConfigured(owner, joint.length > 0));
    const conflicts: MergeConflict[] = [];
    // A joint entity no instance answered gets its asked fields null (not a null entity), so views that
    // @require them still run for the other owners (issue 11.13).
    const unanswered = unansweredEntities(operation, representations);
    for (const [index, parts] of jointParts) {
      entities[index] = parts.length === 0 && unanswered ? unanswered[index] : (mergeShardValues(parts, conflicts, ['_entities', index]) ?? null);
    }
    errors.push(...conflicts.map(conflictError));
    return { data: { _entities: entities }, errors, outcomes };
  }

  /** Rules 3 and 4: a field naming a shard goes there; others go everywhere; a mutation goes to exactly one shard. */
  private async fetchRootFields(operation: AnalysedOperation, body: ShardRequestBody, call: ShardCallContext): Promise<Answer> {
    // Everything at the root skipped (e.g. `... @include(if: false)`): nothing to ask anyone.
    if (operation.rootFields.length === 0) return { data: {}, errors: [], outcomes: [] };
    const targets = operation.rootFields.map((field) => ({
      field,
      keys: field.name === '__typename' ? new Set<string>() : shardKeysOfField(field, this.options.shardKeyNames, operation.variables),
    }));
    const named = new Set(targets.flatMap((t) => [...t.keys]));
    const broadcast = targets.some((t) => t.keys.size === 0 && t.field.name !== '__typename') || named.size === 0;

    if (operation.kind === 'mutation') {
      const refusal = this.refuseMutation(targets.map((t) => ({ name: t.field.name, keys: t.keys })));
      if (refusal) return refusal;
    }
    const writeTarget = operation.kind === 'mutation' ? this.mutationTarget(targets) : undefined;
    const asked = writeTarget ? [writeTarget] : this.options.shards.filter((s) => broadcast || named.has(s.key));
    const outcomes = await Promise.all(asked.map((shard) => callShard(shard, body, operation.document, call)));

    const data: Record<string, unknown> = {};
    const errors: ShardGraphQLError[] = [];
    const conflicts: MergeConflict[] = [];
    const partsByKey = new Map<string, ShardValue[]>();
    for (const { field, keys } of targets) {
      const relevant = outcomes.filter((o) => keys.size === 0 || keys.has(o.shard.key));
      const parts = relevant.flatMap((o) => (o.status === 'answered' ? [{ shard: o.shard.key, value: o.response.data?.[field.responseKey] }] : []));
      partsByKey.set(field.responseKey, parts);
      data[field.responseKey] = mergeShardValues(parts, conflicts, [field.responseKey]) ?? null;
    }
    for (const outcome of outcomes) {
      if (outcome.status !== 'answered') {
        const soleTarget = targets.find((t) => t.keys.size === 1 && t.keys.has(outcome.shard.key));
        errors.push(this.unavailable(outcome, soleTarget ? [soleTarget.field.responseKey] : undefined, operation.kind === 'mutation'));
      } else {
        for (const error of outcome.response.errors ?? []) {
          errors.push(this.tag(error, outcome.shard, rootPath(error.path, partsByKey, outcome.shard.key)));
        }
      }
    }
    errors.push(...this.unconfiguredRootErrors(targets, broadcast));
    errors.push(...conflicts.map(conflictError));
    return { data, errors, outcomes };
  }

  /**
   * Rule 4 with one possible target: an untargeted mutation of a one-shard source can only mean that
   * shard (and one that names its shard has one target anyway). Otherwise a write names its target.
   */
  private mutationTarget(targets: { keys: Set<string> }[]): Shard | undefined {
    const named = new Set(targets.flatMap((t) => [...t.keys]));
    if (named.size === 1) return this.shardsByKey.get([...named][0]);
    return this.options.shards.length === 1 ? this.options.shards[0] : undefined;
  }

  /** A write goes to exactly one shard that exists; anything else is refused before a byte is sent. */
  private refuseMutation(fields: { name: string; keys: Set<string> }[]): Answer | undefined {
    const keyNames = this.options.shardKeyNames.join(' or ');
    const writes = fields.filter((f) => f.name !== '__typename');
    const untargeted = writes.find((f) => f.keys.size === 0) ?? (writes.length === 0 ? fields[0] : undefined);
    if (untargeted && this.options.shards.length > 1) {
      return refusal(`Mutation ${untargeted.name} names no target: give the ${keyNames} of the one ${this.options.subgraphName} instance it writes to.`);
    }
    const keys = new Set(fields.flatMap((f) => [...f.keys]));
    if (keys.size > 1) {
      return refusal(`A mutation may write to one ${this.options.subgraphName} instance only; this one names ${[...keys].join(', ')}.`);
    }
    const [key] = keys;
    if (key !== undefined && !this.shardsByKey.has(key)) {
      if (this.wiring.isExpected(key)) {
        return {
          data: null,
          errors: [this.unavailable({ key, reason: 'NOT_CONFIGURED', detail: 'no instance is configured for it' }, undefined)],
          outcomes: [],
        };
      }
      return refusal(`No ${this.options.subgraphName} instance serves "${key}".`);
    }
    return undefined;
  }

  /** Representations owned by an expected shard with no instance (one error per shard), and joint ones missing its part. */
  private notConfigured(owner: (string | undefined)[], hasJoint: boolean): ShardGraphQLError[] {
    return this.wiring.notConfigured().flatMap((key) => {
      const first = owner.indexOf(key);
      if (first === -1 && !hasJoint) return [];
      return [this.unavailable({ key, reason: 'NOT_CONFIGURED', detail: 'no instance is configured for it' }, first === -1 ? undefined : ['_entities', first])];
    });
  }

  /** Root fields naming an expected shard with no instance, and broadcasts, which lack its part. */
  private unconfiguredRootErrors(targets: { field: RootField; keys: Set<string> }[], broadcast: boolean): ShardGraphQLError[] {
    return this.wiring.notConfigured().flatMap((key) => {
      const naming = targets.find((t) => t.keys.has(key));
      if (!naming && !broadcast) return [];
      const soleTarget = naming && naming.keys.size === 1 ? [naming.field.responseKey] : undefined;
      return [this.unavailable({ key, reason: 'NOT_CONFIGURED', detail: 'no instance is configured for it' }, soleTarget)];
    });
  }

  /**
   * A shard's missing part. For a write that may have reached the instance (a timeout, a reset, a broken
   * answer) the outcome is unknown, not "missing": reason OUTCOME_UNKNOWN tells the caller to read back
   * (or retry with the same idempotency key or expected version) instead of blindly writing again.
   */
  private unavailable(missing: Missing | Exclude<ShardOutcome, { status: 'answered' }>, path: ResponsePath | undefined, isWrite = false): ShardGraphQLError {
    const key = 'shard' in missing ? missing.shard.key : missing.key;
    const shardName = `The ${this.options.subgraphName} instance for ${key}`;
    const unknown = isWrite && 'requestSent' in missing && missing.requestSent === true;
    instanceUnavailable.inc({ subgraph: this.options.subgraphName, instance: key, reason: unknown ? 'OUTCOME_UNKNOWN' : missing.reason });
    return {
      message: unknown
        ? `${shardName} did not confirm the write: ${missing.detail}. It may or may not have been saved; read the data back, or retry with the same idempotency key or expected version.`
        : `${shardName} is unavailable: ${missing.detail}. ${isWrite ? 'Nothing was written.' : 'Its data is missing from this answer.'}`,
      ...(path ? { path } : {}),
      extensions: {
        code: this.options.unavailableCode ?? 'SHARD_UNAVAILABLE',
        [this.options.shardExtension ?? 'shard']: key,
        reason: unknown ? 'OUTCOME_UNKNOWN' : missing.reason,
      },
    };
  }

  /** The shard's error with its path moved into the merged answer; without a path when it cannot be mapped. */
  private tag(error: ShardGraphQLError, shard: Shard, path: ResponsePath | undefined): ShardGraphQLError {
    const { path: _ownPath, ...rest } = error;
    return { ...rest, ...(path ? { path } : {}), extensions: { ...error.extensions, [this.options.shardExtension ?? 'shard']: shard.key } };
  }
}

/**
 * Where a shard's error inside `_entities` points in the merged answer: the representation's original
 * index, and below a joint entity the position its merge gave the shard's data (lists offset).
 */
function entityPath(
  path: ResponsePath | undefined,
  indices: number[],
  owner: (string | undefined)[],
  jointParts: Map<number, ShardValue[]>,
  shard: string,
): ResponsePath | undefined {
  if (!path) return undefined;
  if (path[0] !== '_entities' || typeof path[1] !== 'number') return undefined;
  const original = indices[path[1]];
  if (original === undefined) return undefined;
  const rest = path.slice(2);
  if (owner[original] !== undefined) return ['_entities', original, ...rest];
  const inner = mergedPath(jointParts.get(original)!, shard, rest);
  return inner && ['_entities', original, ...inner];
}

/** Where a shard's error below a root field points in the merged answer (lists offset by earlier shards). */
function rootPath(path: ResponsePath | undefined, partsByKey: Map<string, ShardValue[]>, shard: string): ResponsePath | undefined {
  if (!path || typeof path[0] !== 'string') return undefined;
  const parts = partsByKey.get(path[0]);
  if (!parts) return undefined;
  const inner = mergedPath(parts, shard, path.slice(1));
  return inner && [path[0], ...inner];
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
  return { data: null, errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }], outcomes: [] };
}
