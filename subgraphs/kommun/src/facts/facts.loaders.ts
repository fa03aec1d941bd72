import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader } from '@orebro/subgraph-kit';
import { KommunProfile } from './kommun-profile.entity';
import { PopulationFigure } from './population-figure.entity';

export function createFactsLoaders(em: EntityManager) {
  return {
    profile: batchLoader<string, KommunProfile>(
      (codes) => em.find(KommunProfile, { code: { $in: [...codes] } }),
      (k) => k.code,
    ),
    populations: groupLoader<string, PopulationFigure>(
      (codes) => em.find(PopulationFigure, { kommunCode: { $in: [...codes] } }, { orderBy: { year: 'asc' } }),
      (f) => f.kommunCode,
    ),
  };
}
export type FactsLoaders = ReturnType<typeof createFactsLoaders>;
