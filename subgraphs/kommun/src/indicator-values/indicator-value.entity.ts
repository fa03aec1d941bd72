import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { sourcedRecord } from '@orebro/subgraph-kit';

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
    /** The indicator's id in the samverkan subgraph: its Kolada KPI id where one maps. */
    indicatorId: p.string().index(),
    /** "2024", or "2024-03" for a monthly indicator. */
    period: p.string(),
    /** T (totalt), K (kvinnor) or M (män); validated in the service. */
    gender: p.string(),
    /** Null when the source gives no value (Kolada then usually gives a status). */
    value: p.double().nullable(),
    status: p.string().nullable(),
    ...sourcedRecord(),
  },
});
export type IndicatorValue = InferEntity<typeof IndicatorValue>;
