import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader } from '@orebro/subgraph-kit';
import { Huvudman } from '../register/huvudman.entity';
import { Lansdel } from '../register/lansdel.entity';
import { Indicator, IndicatorGoal, IndicatorTarget } from './indicator.entity';

/** One SQL query per entity type per request, however many indicators a view covers. */
export function createIndicatorLoaders(em: EntityManager) {
  return {
    indicator: batchLoader<string, Indicator>((ids) => em.find(Indicator, { id: { $in: [...ids] } }), (i) => i.id),
    targets: groupLoader<string, IndicatorTarget>(
      (ids) => em.find(IndicatorTarget, { indicatorId: { $in: [...ids] } }, { orderBy: { year: 'asc' } }),
      (t) => t.indicatorId,
    ),
    goals: groupLoader<string, IndicatorGoal>(
      (ids) => em.find(IndicatorGoal, { indicatorId: { $in: [...ids] } }, { orderBy: { goalId: 'asc' } }),
      (g) => g.indicatorId,
    ),
    /** The register is small and every view wants it whole: read once per request. */
    register: once(async () => ({
      huvudmen: await em.find(Huvudman, {}, { orderBy: { id: 'asc' } }),
      lansdelar: await em.find(Lansdel, {}, { orderBy: { id: 'asc' } }),
    })),
  };
}
export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}
