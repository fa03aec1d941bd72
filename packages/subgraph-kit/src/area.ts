import type { EntityManager, EntitySchema, EventSubscriber } from '@mikro-orm/core';
import type { Logger } from '@orebro/http';
import type { AreaSeed } from './seed';
import type { SubgraphResolvers } from './subgraph-definition';

/**
 * One domain area of a subgraph (the register, governance, indicators, ...): its entities, loaders,
 * resolvers and seed, kept together so areas grow side by side without touching each other.
 * Its schema lives in a `.graphql` file in the area's folder.
 */
export interface SubgraphArea<TLoaders extends object> {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- schemas of any entity type
  entities: EntitySchema<any, any>[];
  loaders: (em: EntityManager) => TLoaders;
  /** Typed with this area's loaders (intersect another area's loader type to use its loaders too). */
  resolvers: SubgraphResolvers<TLoaders>;
  /** Runs on an empty database, in area order, through the same services as real writes. */
  seed?: (em: EntityManager, logger: Logger) => Promise<void>;
  /** Storage events the area reacts to within the writer's own flush (e.g. keeping an index current). */
  subscribers?: EventSubscriber[];
}

/** Every area's loaders, merged into one object per request. */
type AllLoaders = Record<string, unknown>;

export function defineArea<TLoaders extends object>(area: SubgraphArea<TLoaders>): SubgraphArea<TLoaders> {
  return area;
}

/** Merges areas into what `defineSubgraph` takes; two areas resolving the same field is a mistake caught here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each area brings its own loader type
export function combineAreas(areas: SubgraphArea<any>[]) {
  const resolvers: SubgraphResolvers<AllLoaders> = {};
  for (const area of areas) {
    for (const [typeName, fields] of Object.entries(area.resolvers)) {
      const merged = (resolvers[typeName] ??= {}) as Record<string, unknown>;
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in merged) throw new Error(`Areas both resolve ${typeName}.${field} (second: ${area.name}).`);
        merged[field] = resolver;
      }
    }
  }
  return {
    entities: areas.flatMap((a) => a.entities),
    subscribers: areas.flatMap((a) => a.subscribers ?? []),
    resolvers,
    loaders: (em: EntityManager): AllLoaders => Object.assign({}, ...areas.map((a) => a.loaders(em))),
    seeds: areas.flatMap((area): AreaSeed[] => (area.seed ? [{ name: area.name, entities: area.entities, seed: area.seed }] : [])),
  };
}
