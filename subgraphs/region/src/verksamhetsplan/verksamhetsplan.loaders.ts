import type { EntityManager } from '@mikro-orm/core';
import { groupLoader, once } from '@orebro/subgraph-kit';
import { BoardAssignment, BoardAssignmentStatusChange, PreparatoryCommittee } from './board-assignment.entity';
import { OperationalGoal, OperationalIndicator, OperationalPerspective, OperationalPlan } from './operational-plan.entity';

/**
 * A verksamhetsplan is one document a year with tens of goals, indicators and uppdrag, read together:
 * each table is read whole once per request and cut in memory; status reports are batched per uppdrag.
 * One SQL query per entity type per request.
 */
export function createVerksamhetsplanLoaders(em: EntityManager) {
  return {
    allOperationalPlans: once(() => em.find(OperationalPlan, {}, { orderBy: { year: 'desc' } })),
    allPerspectives: once(() => em.find(OperationalPerspective, {}, { orderBy: { planId: 'asc', position: 'asc' } })),
    allOperationalGoals: once(() => em.find(OperationalGoal, {}, { orderBy: { planId: 'asc', position: 'asc' } })),
    allIndicators: once(() => em.find(OperationalIndicator, {}, { orderBy: { goalId: 'asc', position: 'asc' } })),
    allCommittees: once(() => em.find(PreparatoryCommittee, {}, { orderBy: { position: 'asc' } })),
    allAssignments: once(() => em.find(BoardAssignment, {}, { orderBy: { planId: 'asc', number: 'asc' } })),
    statusChangesByAssignment: groupLoader<string, BoardAssignmentStatusChange>(
      (ids) => em.find(BoardAssignmentStatusChange, { assignmentId: { $in: [...ids] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } }),
      (c) => c.assignmentId,
    ),
  };
}
export type VerksamhetsplanLoaders = ReturnType<typeof createVerksamhetsplanLoaders>;
