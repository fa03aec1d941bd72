import type { EntityManager } from '@mikro-orm/core';
import { allRows, batchLoader, groupLoader, once, rowsWhereIn } from '@orebro/subgraph-kit';
import { Indicator, IndicatorGoal, IndicatorTarget } from './indicator.entity';

/**
 * One SQL query per entity type per request, however many indicators a view covers. The register
 * (huvudmän, länsdelar) comes from the register's own whole-table reads (`allHuvudmen`, `allLansdelar`).
 */
export function createIndicatorLoaders(em: EntityManager) {
  // Goal links are few (each indicator follows up a few goals) and reached along two paths (a goal's
  // indicators, an indicator's goals): all of them are read once per request and both are cut from that read.
  // Read as plain rows (rowsWhereIn, allRows): the views only read them, and defineIndicator loads its own.
  const goalLinks = once(() => allRows(em, IndicatorGoal, { orderBy: { indicatorId: 'asc', goalId: 'asc' } }));
  return {
    indicator: batchLoader<string, Indicator>(
      (ids) => rowsWhereIn(em, Indicator, 'id', ids),
      (i) => i.id,
    ),
    targets: groupLoader<string, IndicatorTarget>(
      (ids) => rowsWhereIn(em, IndicatorTarget, 'indicatorId', ids, { orderBy: { year: 'asc', id: 'asc' } }),
      (t) => t.indicatorId,
    ),
    /** An indicator's goals, in goal-id order. */
    goals: groupLoader<string, IndicatorGoal>(goalLinks, (g) => g.indicatorId),
    /** The ids of the indicators that follow up one goal. */
    indicatorIdsForGoal: async (goalId: string) => (await goalLinks()).filter((g) => g.goalId === goalId).map((g) => g.indicatorId),
  };
}
export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;
