import type { EntityManager } from '@mikro-orm/core';
import { badUserInput, requireOneOf, requireYear, requireChildSlug } from '@orebro/subgraph-kit';
import { BoardAssignment, BoardAssignmentStatuses, PreparatoryCommittee, type AssignmentPart, type BoardAssignmentStatus } from './board-assignment.entity';
import {
  OperationalGoal,
  OperationalGoalKinds,
  OperationalIndicator,
  OperationalPerspective,
  OperationalPlan,
  TargetComparisons,
} from './operational-plan.entity';
import type { OperationalGoalKind, TargetComparison } from './operational-plan.entity';

/** Writes to the nämnd's verksamhetsplan; the seed goes through here like any other writer. Ids are `<plan>/<slug>`. */
export async function createOperationalPlan(em: EntityManager, input: { id: string; year: number; name: string; owner: string; source: string }) {
  if (!/^[a-z0-9-]+$/.test(input.id)) throw badUserInput(`Plan id "${input.id}" must be lower-case ASCII words joined by hyphens.`, 'id');
  requireYear(input.year, 'year');
  const plan = em.create(OperationalPlan, input);
  await em.flush();
  return plan;
}

export async function addPerspective(em: EntityManager, input: { id: string; planId: string; name: string }) {
  await requireChildOf(em, input.id, input.planId);
  const position = (await em.count(OperationalPerspective, { planId: input.planId })) + 1;
  const perspective = em.create(OperationalPerspective, { ...input, position });
  await em.flush();
  return perspective;
}

export interface GoalInput {
  id: string;
  planId: string;
  perspectiveId: string;
  kind: OperationalGoalKind;
  number: number | null;
  text: string;
  indicators: { text: string; target: { comparison: TargetComparison; low: number; high?: number | null; unit: string } | null }[];
}

/** A goal with its indicators, all or nothing: every indicator is checked before anything is stored. */
export async function addGoal(em: EntityManager, input: GoalInput): Promise<OperationalGoal> {
  await requireChildOf(em, input.id, input.planId);
  const perspective = await em.findOne(OperationalPerspective, input.perspectiveId);
  if (perspective?.planId !== input.planId) throw badUserInput(`Unknown perspective "${input.perspectiveId}".`, 'perspectiveId');
  requireOneOf(input.kind, OperationalGoalKinds, 'kind');
  if ((input.kind === 'EFFECT_GOAL') !== (input.number !== null)) throw badUserInput('An effektmål has a number; a mål has none.', 'number');
  input.indicators.forEach(({ target }, i) => {
    if (!target) return;
    const field = `indicators[${i}].target`;
    requireOneOf(target.comparison, TargetComparisons, field);
    if ((target.comparison === 'BETWEEN') !== (target.high != null)) throw badUserInput('Only a BETWEEN target has an upper bound, and it must.', field);
    if (target.high != null && target.high < target.low) throw badUserInput('A target interval must run upwards.', field);
  });
  const position = (await em.count(OperationalGoal, { planId: input.planId })) + 1;
  const { indicators, ...goalData } = input;
  const goal = em.create(OperationalGoal, { ...goalData, position });
  indicators.forEach((indicator, i) =>
    em.create(OperationalIndicator, {
      id: `${input.id}/indikator-${i + 1}`,
      goalId: input.id,
      position: i + 1,
      text: indicator.text,
      targetComparison: indicator.target?.comparison ?? null,
      targetLow: indicator.target?.low ?? null,
      targetHigh: indicator.target?.high ?? null,
      targetUnit: indicator.target?.unit ?? null,
    }),
  );
  await em.flush();
  return goal;
}

export async function addCommittee(em: EntityManager, input: { id: string; name: string; note: string | null }) {
  const position = (await em.count(PreparatoryCommittee)) + 1;
  const committee = em.create(PreparatoryCommittee, { ...input, position });
  await em.flush();
  return committee;
}

export interface AssignmentInput {
  planId: string;
  number: number;
  text: string;
  parts: string[];
  assignee: string;
  perspectiveIds: string[];
  committeeIds: string[];
  jointPlanId: string | null;
  status: BoardAssignmentStatus;
}

/** Uppdrag "nr N" of a plan; its perspectives and beredningar must exist, parts are lettered a, b, c … */
export async function addAssignment(em: EntityManager, input: AssignmentInput): Promise<BoardAssignment> {
  if (!(await em.findOne(OperationalPlan, input.planId))) throw badUserInput(`Unknown plan "${input.planId}".`, 'planId');
  if (!Number.isInteger(input.number) || input.number < 1) throw badUserInput('An uppdrag number is a whole number from 1.', 'number');
  requireOneOf(input.status, BoardAssignmentStatuses, 'status');
  const perspectives = await em.count(OperationalPerspective, { id: { $in: input.perspectiveIds }, planId: input.planId });
  if (perspectives !== input.perspectiveIds.length) throw badUserInput(`Unknown perspective among ${input.perspectiveIds.join(', ')}.`, 'perspectiveIds');
  const committees = await em.count(PreparatoryCommittee, { id: { $in: input.committeeIds } });
  if (committees !== input.committeeIds.length) throw badUserInput(`Unknown beredning among ${input.committeeIds.join(', ')}.`, 'committeeIds');
  if (await em.findOne(BoardAssignment, { planId: input.planId, number: input.number })) {
    throw badUserInput(`The plan already has an uppdrag nr ${input.number}.`, 'number');
  }
  const parts: AssignmentPart[] = input.parts.map((text, i) => ({ letter: String.fromCharCode(97 + i), text }));
  const assignment = em.create(BoardAssignment, { ...input, id: `${input.planId}/uppdrag-${input.number}`, parts, lastChangeAt: null });
  await em.flush();
  return assignment;
}

async function requireChildOf(em: EntityManager, id: string, planId: string): Promise<void> {
  requireChildSlug(id, planId);
  if (!(await em.findOne(OperationalPlan, planId))) throw badUserInput(`Unknown plan "${planId}".`, 'planId');
}
