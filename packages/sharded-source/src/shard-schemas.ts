import { buildSubgraphSchema } from '@apollo/subgraph';
import { BreakingChangeType, findBreakingChanges, GraphQLSchema, isObjectType, parse, validate, type DocumentNode, type GraphQLObjectType } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';
import type { ShardTransport } from './transport';

export interface Shard {
  /** The shard key value this shard owns, e.g. a kommun code. */
  key: string;
  url: string;
}

/** What the gateway knows of the schema one shard serves. */
export type ShardSchemaState =
  { phase: 'unknown'; reason: string } | { phase: 'compatible'; schema: GraphQLSchema } | { phase: 'incompatible'; schema: GraphQLSchema; problems: string[] };

/** Breaking changes that matter to clients; directive and federation-internal differences do not. */
const CLIENT_BREAKING = new Set<string>([
  BreakingChangeType.TYPE_REMOVED,
  BreakingChangeType.TYPE_CHANGED_KIND,
  BreakingChangeType.FIELD_REMOVED,
  BreakingChangeType.FIELD_CHANGED_KIND,
  BreakingChangeType.ARG_REMOVED,
  BreakingChangeType.ARG_CHANGED_KIND,
  BreakingChangeType.REQUIRED_ARG_ADDED,
  BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
  BreakingChangeType.TYPE_REMOVED_FROM_UNION,
]);

/**
 * Version skew: each shard upgrades on its own schedule, so the gateway asks each one for its schema
 * (`_service { sdl }`), reports those that cannot serve the composed subgraph schema, and checks each
 * operation against the shard's own schema before sending it there.
 */
export class ShardSchemas {
  private readonly states = new Map<string, ShardSchemaState>();
  private readonly verdicts = new Map<string, string[]>();
  private readonly lastAsked = new Map<string, number>();
  private readonly askable: GraphQLSchema | undefined;

  constructor(
    private readonly shards: readonly Shard[],
    private readonly transport: ShardTransport,
    expected: GraphQLSchema | undefined,
    private readonly timeoutMs: number,
    /** Sees the headers of every answer (the wiring check reads which shard an instance serves). */
    private readonly onReply: (key: string, headers: IncomingHttpHeaders) => void = () => undefined,
    /** Sent with each `_service` request, e.g. the shared secret a production subgraph asks for. */
    private readonly headers: Record<string, string> = {},
  ) {
    this.askable = expected && askablePart(expected);
    for (const shard of shards) this.states.set(shard.key, { phase: 'unknown', reason: 'not yet asked' });
  }

  state(key: string): ShardSchemaState {
    return this.states.get(key) ?? { phase: 'unknown', reason: 'no such shard' };
  }

  /** Asks every shard (or one) for its schema; a shard that does not answer keeps its last known schema. */
  async refresh(keys: readonly string[] = this.shards.map((s) => s.key)): Promise<void> {
    await Promise.all(keys.map((key) => this.refreshOne(key)));
  }

  /**
   * Validation errors of `document` against the shard's schema; empty when it can serve it or when
   * its schema is not known yet (then the shard is asked and its answer decides).
   */
  problemsWith(key: string, query: string, document: DocumentNode): string[] {
    const state = this.state(key);
    if (state.phase !== 'incompatible') return [];
    const cacheKey = `${key}\u0000${query}`;
    let problems = this.verdicts.get(cacheKey);
    if (!problems) {
      problems = validate(state.schema, document).map((e) => e.message);
      this.verdicts.set(cacheKey, problems);
    }
    return problems;
  }

  /** Asks one shard again in the background, at most once per `minIntervalMs` (a late start is picked up). */
  refreshSoon(key: string, minIntervalMs = 2_000): void {
    const last = this.lastAsked.get(key) ?? 0;
    if (Date.now() - last < minIntervalMs) return;
    this.lastAsked.set(key, Date.now());
    void this.refreshOne(key);
  }

  private async refreshOne(key: string): Promise<void> {
    this.lastAsked.set(key, Date.now());
    const shard = this.shards.find((s) => s.key === key);
    if (!shard) return;
    let sdl: string;
    try {
      const { response, headers } = await this.transport(shard.url, { query: '{ _service { sdl } }' }, this.headers, this.timeoutMs);
      this.onReply(key, headers);
      sdl = (response.data?._service as { sdl?: string } | undefined)?.sdl ?? '';
      if (!sdl) throw new Error(response.errors?.[0]?.message ?? 'no SDL in answer');
    } catch (error) {
      if (this.state(key).phase === 'unknown') this.states.set(key, { phase: 'unknown', reason: (error as Error).message });
      return;
    }
    this.states.set(key, this.judge(sdl));
    for (const cacheKey of this.verdicts.keys()) if (cacheKey.startsWith(`${key}\u0000`)) this.verdicts.delete(cacheKey);
  }

  private judge(sdl: string): ShardSchemaState {
    let schema: GraphQLSchema;
    try {
      schema = buildSubgraphSchema(parse(sdl));
    } catch (error) {
      return { phase: 'unknown', reason: `unreadable schema: ${(error as Error).message}` };
    }
    if (!this.askable) return { phase: 'compatible', schema };
    const problems = findBreakingChanges(this.askable, schema)
      .filter((c) => CLIENT_BREAKING.has(c.type) && !/^(_|link__|federation__|join__)/.test(c.description))
      .map((c) => c.description);
    return problems.length === 0 ? { phase: 'compatible', schema } : { phase: 'incompatible', schema, problems };
  }
}

/**
 * The part of the expected schema the composed graph can ask a shard for: the types reachable from its
 * root fields (entities through `_entities`), without directive definitions. A type the expected schema
 * mentions only in a directive definition (a standard scalar such as `Int` in `@cost(weight: Int!)`)
 * is no field a client can select, so a shard without it is not judged for it.
 */
function askablePart(expected: GraphQLSchema): GraphQLSchema {
  const roots = { query: expected.getQueryType(), mutation: expected.getMutationType(), subscription: expected.getSubscriptionType(), directives: [] };
  const reachable = new GraphQLSchema(roots);
  // An object type reached only through an interface it implements can still be asked (`... on Type`).
  const implementations = Object.values(expected.getTypeMap()).filter(
    (type): type is GraphQLObjectType =>
      isObjectType(type) && !reachable.getType(type.name) && type.getInterfaces().some((i) => reachable.getType(i.name) !== undefined),
  );
  return implementations.length === 0 ? reachable : new GraphQLSchema({ ...roots, types: implementations });
}
