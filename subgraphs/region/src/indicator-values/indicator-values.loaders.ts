import type { EntityManager } from '@mikro-orm/core';
import { groupLoader, rowsWhereIn } from '@orebro/subgraph-kit';
import { IndicatorValue } from './indicator-value.entity';

/** One SQL query for the region's values of every indicator a request touches, read as plain rows (rowsWhereIn). */
export function createIndicatorValueLoaders(em: EntityManager) {
  return {
    regionIndicatorValues: groupLoader<string, IndicatorValue>(
      (ids) => rowsWhereIn(em, IndicatorValue, 'indicatorId', ids, { orderBy: { period: 'asc', id: 'asc' } }),
      (v) => v.indicatorId,
    ),
  };
}
export type IndicatorValueLoaders = ReturnType<typeof createIndicatorValueLoaders>;
