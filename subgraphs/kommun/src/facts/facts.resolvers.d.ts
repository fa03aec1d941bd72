import { type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { FactsLoaders } from './facts.loaders';
/** An instance answers only for its own kommun (null or empty for others), so merged answers stay well defined. */
export declare function createFactsResolvers(ownCode: string): SubgraphResolvers<FactsLoaders>;
