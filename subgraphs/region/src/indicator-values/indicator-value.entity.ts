import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { indicatorValueProperties } from '@orebro/huvudman-reporting';

/**
 * A value Region Örebro län reports for an indicator of the joint follow-up model, one row per period
 * and gender (T, K, M) as Kolada gives it: for its own organisation, or for the whole län (see the
 * indicator's level in the samverkan subgraph).
 */
export const IndicatorValue = defineEntity({
  name: 'IndicatorValue',
  tableName: 'indicator_value',
  uniques: [{ properties: ['indicatorId', 'period', 'gender'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    ...indicatorValueProperties(),
  },
});
export type IndicatorValue = InferEntity<typeof IndicatorValue>;
