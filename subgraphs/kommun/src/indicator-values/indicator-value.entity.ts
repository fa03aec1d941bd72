import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { indicatorValueProperties } from '@orebro/huvudman-reporting';

/**
 * A value this kommun reports for an indicator of the joint follow-up model, one row per period and
 * gender (T, K, M) as Kolada gives it. Only this kommun's own values are ever stored here. The total
 * population (N01951, T) is not stored here: it is the facts area's population figure.
 */
export const IndicatorValue = defineEntity({
  name: 'IndicatorValue',
  tableName: 'indicator_value',
  uniques: [{ properties: ['kommunCode', 'indicatorId', 'period', 'gender'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    kommunCode: p.string(),
    ...indicatorValueProperties(),
  },
});
export type IndicatorValue = InferEntity<typeof IndicatorValue>;
