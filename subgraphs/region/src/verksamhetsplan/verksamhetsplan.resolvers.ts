import { REGION_ID } from '@orebro/reference-data';
import { requireWriterFor, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { updateAssignmentStatus, type AssignmentStatusInput } from './assignment-status.service';
import type { BoardAssignment, BoardAssignmentStatus, BoardAssignmentStatusChange, PreparatoryCommittee } from './board-assignment.entity';
import type { OperationalGoal, OperationalIndicator, OperationalPerspective, OperationalPlan } from './operational-plan.entity';
import type { VerksamhetsplanLoaders } from './verksamhetsplan.loaders';

type Loaders = VerksamhetsplanLoaders;
const planForYear = async (loaders: Loaders, year: number) => (await loaders.allOperationalPlans()).find((p) => p.year === year) ?? null;
const assignmentsWhere = async (loaders: Loaders, keep: (a: BoardAssignment) => boolean) => (await loaders.allAssignments()).filter(keep);

export const verksamhetsplanResolvers: SubgraphResolvers<Loaders> = {
  Query: {
    operationalPlan: (_root, { year }: { year: number }, { loaders }) => planForYear(loaders, year),
  },
  Mutation: {
    updateBoardAssignmentStatus: (_root, { input }: { input: AssignmentStatusInput }, { em, caller }) => {
      requireWriterFor(caller, REGION_ID);
      return updateAssignmentStatus(em, input);
    },
  },
  Region: {
    operationalPlans: (_r: unknown, _args, { loaders }) => loaders.allOperationalPlans(),
    operationalPlan: (_r: unknown, { year }: { year: number }, { loaders }) => planForYear(loaders, year),
  },
  OperationalPlan: {
    perspectives: async (p: OperationalPlan, _args, { loaders }) => (await loaders.allPerspectives()).filter((x) => x.planId === p.id),
    goals: async (p: OperationalPlan, _args, { loaders }) => (await loaders.allOperationalGoals()).filter((g) => g.planId === p.id),
    assignments: (p: OperationalPlan, args: { status?: BoardAssignmentStatus | null; committeeId?: string | null }, { loaders }) =>
      assignmentsWhere(
        loaders,
        (a) => a.planId === p.id && (!args.status || a.status === args.status) && (!args.committeeId || a.committeeIds.includes(args.committeeId)),
      ),
    committees: (_p: OperationalPlan, _args, { loaders }) => loaders.allCommittees(),
  },
  OperationalPerspective: {
    goals: async (x: OperationalPerspective, _args, { loaders }) => (await loaders.allOperationalGoals()).filter((g) => g.perspectiveId === x.id),
    assignments: (x: OperationalPerspective, _args, { loaders }) => assignmentsWhere(loaders, (a) => a.perspectiveIds.includes(x.id)),
  },
  OperationalGoal: {
    perspective: async (g: OperationalGoal, _args, { loaders }) => (await loaders.allPerspectives()).find((x) => x.id === g.perspectiveId),
    indicators: async (g: OperationalGoal, _args, { loaders }) => (await loaders.allIndicators()).filter((i) => i.goalId === g.id),
  },
  OperationalIndicator: {
    number: (i: OperationalIndicator) => i.position,
    target: (i: OperationalIndicator) =>
      i.targetComparison ? { comparison: i.targetComparison, low: i.targetLow, high: i.targetHigh, unit: i.targetUnit } : null,
  },
  BoardAssignment: {
    perspectives: async (a: BoardAssignment, _args, { loaders }) => (await loaders.allPerspectives()).filter((x) => a.perspectiveIds.includes(x.id)),
    followedBy: async (a: BoardAssignment, _args, { loaders }) => (await loaders.allCommittees()).filter((c) => a.committeeIds.includes(c.id)),
    jointPlan: (a: BoardAssignment) => (a.jointPlanId ? { id: a.jointPlanId } : null),
    statusChanges: (a: BoardAssignment, _args, { loaders }) => loaders.statusChangesByAssignment.load(a.id),
  },
  PreparatoryCommittee: {
    assignments: (c: PreparatoryCommittee, _args, { loaders }) => assignmentsWhere(loaders, (a) => a.committeeIds.includes(c.id)),
  },
  BoardAssignmentStatusChange: {
    recordedAt: (c: BoardAssignmentStatusChange) => c.recordedAt.toISOString(),
  },
};
