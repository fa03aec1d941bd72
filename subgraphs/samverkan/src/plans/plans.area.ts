import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { JointPlan, JointPlanGoal, PlanStatement } from './joint-plan.entity';
import { ActivityArea, ActivityFollowUp, PlanActivity } from './plan-activity.entity';
import { createPlansLoaders, type PlansLoaders } from './plans.loaders';
import { plansResolvers } from './plans.resolvers';
import { seedPlans } from './plans.seed';

/** Joint plans: the handlingsplan 2019–2022 and the färdplan nära vård 2023–2026, with goals and activities. */
export const plansArea = defineArea<PlansLoaders>({
  name: 'plans',
  entities: [JointPlan, JointPlanGoal, PlanStatement, ActivityArea, PlanActivity, ActivityFollowUp],
  loaders: createPlansLoaders,
  // The resolvers also use the register's loaders (allHuvudmen, ...): all areas' loaders are merged per request.
  resolvers: plansResolvers as SubgraphResolvers<PlansLoaders>,
  seed: seedPlans,
});
