import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader, rowsWhereIn } from '@orebro/subgraph-kit';
import { KommunProfile } from './kommun-profile.entity';
import { PopulationFigure } from './population-figure.entity';

export function createFactsLoaders(em: EntityManager) {
  return {
    profile: batchLoader<string, KommunProfile>(
      (codes) => rowsWhereIn(em, KommunProfile, 'code', codes),
      (k) => k.code,
    ),
    populations: groupLoader<string, PopulationFigure>(
      (codes) => rowsWhereIn(em, PopulationFigure, 'kommunCode', codes, { orderBy: { year: 'asc' } }),
      (f) => f.kommunCode,
    ),
  };
}
export type FactsLoaders = ReturnType<typeof createFactsLoaders>;
