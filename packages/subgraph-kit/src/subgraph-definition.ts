import type { EntityManager } from '@mikro-orm/core';
import type { DocumentNode, GraphQLFieldResolver, GraphQLScalarType } from 'graphql';
import type { Logger } from '@orebro/http';
import type { Caller } from '@orebro/huvudman-auth';
import type { AuditTrail } from './audit-trail';
import type { OrmDefinition } from './orm';
import type { AreaSeed } from './seed';

/** What every resolver receives: a forked EntityManager and loaders that live for one request only. */
export interface SubgraphContext<TLoaders> {
  em: EntityManager;
  loaders: TLoaders;
  logger: Logger;
  /** Who is calling, from the token this subgraph verified itself (never trusted from the gateway). */
  caller: Caller;
  /** Audit events of this request, written to this subgraph's own database after the response. */
  audit: AuditTrail;
  /** Aborted when the client has gone or the execution time limit has passed: start no more work. */
  signal: AbortSignal;
  /**
   * Only in a subscription (over WebSocket): call it for each event, before yielding it. It writes the
   * previous event's audit trail, verifies the connection's token again (throws UNAUTHENTICATED once it
   * has expired, ending the subscription) and gives this context a fresh EntityManager, loaders and trail,
   * so each event reads the data as committed. Returns the caller to check the event's access against.
   */
  nextEvent?: () => Promise<Caller>;
}

/**
 * A field resolver of some parent type. The parent is `never` where Apollo's own map says `any`: each
 * resolver declares the parent it receives, and a function of any parent type is one of `never`.
 */
type FieldResolver<TContext> = GraphQLFieldResolver<never, TContext>;

/**
 * Resolvers by type and field, in the shape `buildSubgraphSchema` takes (Apollo's GraphQLResolverMap,
 * which @apollo/subgraph exports only from its dist): field resolvers, a scalar, or an enum's values.
 */
export interface SubgraphResolvers<TLoaders> {
  [typeName: string]:
    | {
        [fieldName: string]:
          | FieldResolver<SubgraphContext<TLoaders>>
          | { requires?: string; resolve?: FieldResolver<SubgraphContext<TLoaders>> }
          // A Subscription field: the event stream, and the value of each event (see nextEvent).
          | { subscribe: FieldResolver<SubgraphContext<TLoaders>>; resolve?: FieldResolver<SubgraphContext<TLoaders>> };
      }
    | GraphQLScalarType
    | { [enumValue: string]: string | number };
}

/** Everything that makes one subgraph different from another; the kit does the rest the same way. */
export interface SubgraphDefinition<TLoaders> extends OrmDefinition {
  /** The subgraph's name in the supergraph, e.g. `kommun`. */
  name: string;
  /** This running instance, e.g. `kommun-1880`; names its database file and log lines. */
  instance: string;
  /**
   * For one instance of a sharded subgraph: the shard it serves (a kommun code). Every answer then
   * carries it in the `x-shard-key` header and `/health` names it, so the gateway can check its wiring.
   */
  shardKey?: string;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers<TLoaders>;
  loaders: (em: EntityManager) => TLoaders;
  /** Per area, fills its tables when they are empty, through the same services as real writes. */
  seeds?: AreaSeed[];
}

export function defineSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>): SubgraphDefinition<TLoaders> {
  return definition;
}
