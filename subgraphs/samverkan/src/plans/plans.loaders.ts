import type { EntityManager } from '@mikro-orm/core';
import { groupLoader, once } from '@orebro/subgraph-kit';
import { JointPlan, JointPlanGoal, PlanStatement } from './joint-plan.entity';
import { ActivityArea, ActivityFollowUp, PlanActivity } from './plan-activity.entity';

/**
 * Joint plans are a handful of documents with tens of goals and activities each, read together: every
 * table is read whole, once per request, and lists are cut from it in memory. Follow-ups grow over time
 * and are batched per activity. Either way: one SQL query per entity type per request. The huvudmän
 * come from the register's own read (`allHuvudmen`).
 */
export function createPlansLoaders(em: EntityManager) {
  return {
    allPlans: once(() => em.find(JointPlan, {}, { orderBy: { validFrom: 'asc' } })),
    allGoals: once(() => em.find(JointPlanGoal, {}, { orderBy: { planId: 'asc', position: 'asc' } })),
    allStatements: once(() => em.find(PlanStatement, {}, { orderBy: { planId: 'asc', kind: 'asc', number: 'asc' } })),
    allAreas: once(() => em.find(ActivityArea, {}, { orderBy: { planId: 'asc', position: 'asc' } })),
    allActivities: once(() => em.find(PlanActivity, {}, { orderBy: { planId: 'asc', position: 'asc' } })),
    followUpsByActivity: groupLoader<string, ActivityFollowUp>(
      (ids) => em.find(ActivityFollowUp, { activityId: { $in: [...ids] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } }),
      (f) => f.activityId,
    ),
  };
}
export type PlansLoaders = ReturnType<typeof createPlansLoaders>;
