import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader, once } from '@orebro/subgraph-kit';
import { Indicator, IndicatorGoal, IndicatorTarget } from './indicator.entity';

/**
 * One SQL query per entity type per request, however many indicators a view covers. The register
 * (huvudmän, länsdelar) comes from the register's own whole-table reads (`allHuvudmen`, `allLansdelar`).
 */
export function createIndicatorLoaders(em: EntityManager) {
  // Goal links are few (each indicator follows up a few goals) and reached along two paths (a goal's
  // indicators, an indicator's goals): all of them are read once per request and both are cut from that read.
  const goalLinks = once(() => em.find(IndicatorGoal, {}, { orderBy: { indicatorId: 'asc', goalId: 'asc' } }));
  return {
    indicator: batchLoader<string, Indicator>(
      (ids) => em.find(Indicator, { id: { $in: [...ids] } }),
      (i) => i.id,
    ),
    targets: groupLoader<string, IndicatorTarget>(
      (ids) => em.find(IndicatorTarget, { indicatorId: { $in: [...ids] } }, { orderBy: { year: 'asc' } }),
      (t) => t.indicatorId,
    ),
    /** An indicator's goals, in goal-id order. */
    goals: groupLoader<string, IndicatorGoal>(goalLinks, (g) => g.indicatorId),
    /** The ids of the indicators that follow up one goal. */
    indicatorIdsForGoal: async (goalId: string) => (await goalLinks()).filter((g) => g.goalId === goalId).map((g) => g.indicatorId),
  };
}
export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;
