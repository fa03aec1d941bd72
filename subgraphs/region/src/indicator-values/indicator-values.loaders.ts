import type { EntityManager } from '@mikro-orm/core';
import { groupLoader } from '@orebro/subgraph-kit';
import { IndicatorValue } from './indicator-value.entity';

/** One SQL query for the region's values of every indicator a request touches. */
export function createIndicatorValueLoaders(em: EntityManager) {
  return {
    regionIndicatorValues: groupLoader<string, IndicatorValue>(
      (ids) => em.find(IndicatorValue, { indicatorId: { $in: [...ids] } }, { orderBy: { period: 'asc', id: 'asc' } }),
      (v) => v.indicatorId,
    ),
  };
}
export type IndicatorValueLoaders = ReturnType<typeof createIndicatorValueLoaders>;
