import type { EntityManager } from '@mikro-orm/core';
import { groupLoader, rowsWhereIn } from '@orebro/subgraph-kit';
import { IndicatorValue } from './indicator-value.entity';

/** What a value says of who reported when: all the reporting views (`Indicator.reporting`) select of each value. */
export type ReportedPeriodRow = Pick<IndicatorValue, 'indicatorId' | 'period' | 'gender'>;

/**
 * One SQL query for the values of every indicator a request touches, read as plain rows (rowsWhereIn:
 * every broadcast indicator view asks each instance): `indicatorValues` whole, `reportedPeriods` only
 * the columns saying which period and gender was reported, for selections that ask no more.
 */
export const createIndicatorValueLoaders = (ownCode: string) => (em: EntityManager) => ({
  indicatorValues: groupLoader<string, IndicatorValue>(
    (ids) => rowsWhereIn(em, IndicatorValue, 'indicatorId', ids, { where: { kommunCode: ownCode }, orderBy: { period: 'asc', id: 'asc' } }),
    (v) => v.indicatorId,
  ),
  reportedPeriods: groupLoader<string, ReportedPeriodRow>(
    (ids) =>
      rowsWhereIn(em, IndicatorValue, 'indicatorId', ids, {
        where: { kommunCode: ownCode },
        orderBy: { period: 'asc', id: 'asc' },
        fields: ['period', 'gender'],
      }),
    (v) => v.indicatorId,
  ),
});
export type IndicatorValueLoaders = ReturnType<ReturnType<typeof createIndicatorValueLoaders>>;
