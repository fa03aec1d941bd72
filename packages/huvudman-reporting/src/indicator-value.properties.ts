import { p } from '@mikro-orm/core';
import { sourcedRecord } from '@orebro/subgraph-kit';

/**
 * The columns of an indicator value, the same in the region's and every kommun's `indicator_value` table,
 * spread into each subgraph's entity after its own key columns (the kommun's rows also name the kommun).
 * Keep the order: the stored schema follows it, and the migrations must not change.
 */
export function indicatorValueProperties() {
  return {
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
  };
}
