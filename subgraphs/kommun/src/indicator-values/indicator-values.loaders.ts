import type { EntityManager } from '@mikro-orm/core';
import { groupLoader } from '@orebro/subgraph-kit';
import { IndicatorValue } from './indicator-value.entity';

/** One SQL query for the values of every indicator a request touches. */
export const createIndicatorValueLoaders = (ownCode: string) => (em: EntityManager) => ({
  indicatorValues: groupLoader<string, IndicatorValue>(
    (ids) => em.find(IndicatorValue, { kommunCode: ownCode, indicatorId: { $in: [...ids] } }, { orderBy: { period: 'asc', id: 'asc' } }),
    (v) => v.indicatorId,
  ),
});
export type IndicatorValueLoaders = ReturnType<ReturnType<typeof createIndicatorValueLoaders>>;
