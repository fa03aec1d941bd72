import { defineArea } from '@orebro/subgraph-kit';
import { JointPlan, JointPlanGoal, PlanStatement } from './joint-plan.entity';
import { ActivityArea, ActivityFollowUp, PlanActivity } from './plan-activity.entity';
import { createPlansLoaders } from './plans.loaders';
import { plansResolvers } from './plans.resolvers';
import { seedPlans } from './plans.seed';

/** Joint plans: the handlingsplan 2019–2022 and the färdplan nära vård 2023–2026, with goals and activities. */
export const plansArea = defineArea({
  name: 'plans',
  entities: [JointPlan, JointPlanGoal, PlanStatement, ActivityArea, PlanActivity, ActivityFollowUp],
  loaders: createPlansLoaders,
  resolvers: plansResolvers,
  seed: seedPlans,
});
