import { requireRole, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { Huvudman } from '../register/huvudman.entity';
import { updateActivityStatus, type ActivityStatusInput } from './activity-status.service';
import type { JointPlan, JointPlanGoal, JointPlanGoalKind, PlanStatement, PlanStatementKind } from './joint-plan.entity';
import type { ActivityArea, ActivityFollowUp, PlanActivity, PlanActivityStatus } from './plan-activity.entity';
import type { RegisterLoaders } from '../register/register.loaders';
import type { PlansLoaders } from './plans.loaders';

type Filter = { status?: PlanActivityStatus | null };
const withStatus = (activities: PlanActivity[], status?: PlanActivityStatus | null) => (status ? activities.filter((a) => a.status === status) : activities);

const planOf = async (loaders: PlansLoaders, id: string | null) => (id ? ((await loaders.allPlans()).find((p) => p.id === id) ?? null) : null);
const statementsOf = async (loaders: PlansLoaders, planId: string, kind: PlanStatementKind) =>
  (await loaders.allStatements()).filter((s) => s.planId === planId && s.kind === kind);
const activitiesWhere = async (loaders: PlansLoaders, keep: (a: PlanActivity) => boolean, status?: PlanActivityStatus | null) =>
  withStatus((await loaders.allActivities()).filter(keep), status);

export const plansResolvers: SubgraphResolvers<PlansLoaders & RegisterLoaders> = {
  Query: {
    jointPlans: (_root, _args, { loaders }) => loaders.allPlans(),
    jointPlan: (_root, { id }: { id: string }, { loaders }) => planOf(loaders, id),
    planActivities: (_root, args: Filter & { planId?: string | null; areaId?: string | null }, { loaders }) =>
      activitiesWhere(loaders, (a) => (!args.planId || a.planId === args.planId) && (!args.areaId || a.areaId === args.areaId), args.status),
  },
  Mutation: {
    updatePlanActivityStatus: (_root, { input }: { input: ActivityStatusInput }, { em, caller }) => {
      const secretariat = requireRole(caller, 'secretariat');
      return updateActivityStatus(em, input, secretariat.huvudman);
    },
  },
  Huvudman: {
    responsibleActivities: (h: Huvudman, { status }: Filter, { loaders }) =>
      activitiesWhere(
        loaders,
        (a) => a.responsibilityKind === 'JOINT' || (a.responsibilityKind === 'HUVUDMAN' && a.responsibleHuvudmanIds.includes(h.id)),
        status,
      ),
  },
  JointPlan: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => planOf(loaders, id),
    replaces: (p: JointPlan, _args, { loaders }) => planOf(loaders, p.replacesPlanId ?? null),
    replacedBy: async (p: JointPlan, _args, { loaders }) => (await loaders.allPlans()).find((other) => other.replacesPlanId === p.id) ?? null,
    goals: async (p: JointPlan, { kind }: { kind?: JointPlanGoalKind | null }, { loaders }) =>
      (await loaders.allGoals()).filter((g) => g.planId === p.id && (!kind || g.kind === kind)),
    perspectives: (p: JointPlan, _args, { loaders }) => statementsOf(loaders, p.id, 'PERSPECTIVE'),
    risks: (p: JointPlan, _args, { loaders }) => statementsOf(loaders, p.id, 'RISK'),
    principles: (p: JointPlan, _args, { loaders }) => statementsOf(loaders, p.id, 'PRINCIPLE'),
    prerequisites: (p: JointPlan, _args, { loaders }) => statementsOf(loaders, p.id, 'PREREQUISITE'),
    responsibilities: (p: JointPlan, _args, { loaders }) => statementsOf(loaders, p.id, 'RESPONSIBILITY'),
    areas: async (p: JointPlan, _args, { loaders }) => (await loaders.allAreas()).filter((a) => a.planId === p.id),
    activities: (p: JointPlan, { status }: Filter, { loaders }) => activitiesWhere(loaders, (a) => a.planId === p.id, status),
  },
  JointPlanGoal: {
    plan: (g: JointPlanGoal, _args, { loaders }) => planOf(loaders, g.planId),
    parent: async (g: JointPlanGoal, _args, { loaders }) => (g.parentId ? ((await loaders.allGoals()).find((o) => o.id === g.parentId) ?? null) : null),
    children: async (g: JointPlanGoal, _args, { loaders }) => (await loaders.allGoals()).filter((o) => o.parentId === g.id),
    area: async (g: JointPlanGoal, _args, { loaders }) => (g.areaId ? ((await loaders.allAreas()).find((a) => a.id === g.areaId) ?? null) : null),
    perspectives: (g: JointPlanGoal, _args, { loaders }) => (g.kind === 'SUB_GOAL' ? statementsOf(loaders, g.planId, 'PERSPECTIVE') : []),
    activities: (g: JointPlanGoal, _args, { loaders }) => activitiesWhere(loaders, (a) => a.goalIds.includes(g.id)),
  },
  CrossCuttingPerspective: { name: (s: PlanStatement) => s.title, description: (s: PlanStatement) => s.text },
  PlanResponsibility: { holder: (s: PlanStatement) => s.title, responsibility: (s: PlanStatement) => s.text },
  SystemPrerequisite: {
    description: (s: PlanStatement) => s.text,
    activities: (s: PlanStatement, _args, { loaders }) => activitiesWhere(loaders, (a) => a.prerequisiteId === s.id),
  },
  ActivityArea: {
    plan: (a: ActivityArea, _args, { loaders }) => planOf(loaders, a.planId),
    goals: async (a: ActivityArea, _args, { loaders }) => (await loaders.allGoals()).filter((g) => g.areaId === a.id),
    activities: (a: ActivityArea, { status }: Filter, { loaders }) => activitiesWhere(loaders, (x) => x.areaId === a.id, status),
  },
  PlanActivity: {
    __resolveReference: async ({ id }: { id: string }, { loaders }) => (await loaders.allActivities()).find((a: PlanActivity) => a.id === id) ?? null,
    plan: (a: PlanActivity, _args, { loaders }) => planOf(loaders, a.planId),
    area: async (a: PlanActivity, _args, { loaders }) => (a.areaId ? ((await loaders.allAreas()).find((x) => x.id === a.areaId) ?? null) : null),
    prerequisite: async (a: PlanActivity, _args, { loaders }) =>
      a.prerequisiteId ? ((await loaders.allStatements()).find((s) => s.id === a.prerequisiteId) ?? null) : null,
    goals: async (a: PlanActivity, _args, { loaders }) => (await loaders.allGoals()).filter((g) => a.goalIds.includes(g.id)),
    // The directive and responsibility read the activity's own columns.
    directive: (a: PlanActivity) => a,
    responsibility: (a: PlanActivity) => a,
    followUps: (a: PlanActivity, _args, { loaders }) => loaders.followUpsByActivity.load(a.id),
  },
  ActivityResponsibility: {
    kind: (a: PlanActivity) => a.responsibilityKind,
    huvudmen: async (a: PlanActivity, _args, { loaders }) => {
      if (a.responsibilityKind === 'BODY') return [];
      const all = await loaders.allHuvudmen();
      return a.responsibilityKind === 'JOINT' ? all : all.filter((h) => a.responsibleHuvudmanIds.includes(h.id));
    },
    bodyName: (a: PlanActivity) => a.responsibleBodyName,
    basis: (a: PlanActivity) => a.responsibilityBasis,
  },
  ActivityFollowUp: {
    recordedAt: (f: ActivityFollowUp) => f.recordedAt.toISOString(),
    recordedBy: async (f: ActivityFollowUp, _args, { loaders }) =>
      f.recordedByHuvudmanId ? ((await loaders.allHuvudmen()).find((h) => h.id === f.recordedByHuvudmanId) ?? null) : null,
  },
};
