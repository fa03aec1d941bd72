import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { sourcedRecord } from '@orebro/subgraph-kit';

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
    /** The indicator's id in the samverkan subgraph: its Kolada KPI id where one maps. */
    indicatorId: p.string().index(),
    /** "2024", or "2024-03" for a monthly indicator. */
    period: p.string(),
    /** T (totalt), K (kvinnor) or M (män); validated in the service. */
    gender: p.string(),
    value: p.double().nullable(),
    status: p.string().nullable(),
    ...sourcedRecord(),
  },
});
export type IndicatorValue = InferEntity<typeof IndicatorValue>;
