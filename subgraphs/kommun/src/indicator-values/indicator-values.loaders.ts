import type { EntityManager } from '@mikro-orm/core';
import { groupLoader, rowsWhereIn } from '@orebro/subgraph-kit';
import { IndicatorValue } from './indicator-value.entity';

/** One SQL query for the values of every indicator a request touches, read as plain rows (rowsWhereIn: every broadcast indicator view asks each instance). */
export const createIndicatorValueLoaders = (ownCode: string) => (em: EntityManager) => ({
  indicatorValues: groupLoader<string, IndicatorValue>(
    (ids) => rowsWhereIn(em, IndicatorValue, 'indicatorId', ids, { where: { kommunCode: ownCode }, orderBy: { period: 'asc', id: 'asc' } }),
    (v) => v.indicatorId,
  ),
});
export type IndicatorValueLoaders = ReturnType<ReturnType<typeof createIndicatorValueLoaders>>;
