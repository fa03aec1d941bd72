import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput } from '@orebro/subgraph-kit';
import { Huvudman } from '../register/huvudman.entity';
import { JointPlanGoal, PlanStatement } from './joint-plan.entity';
import { ActivityArea, PlanActivity, PlanActivityStatuses, ResponsibilityKinds } from './plan-activity.entity';
import type { PlanActivityStatus, ResponsibilityKind } from './plan-activity.entity';
import { requireChildId, requirePlan } from './plans.service';

export interface ActivityAreaInput {
  id: string;
  planId: string;
  name: string;
  heading: string | null;
  note: string | null;
}

export async function addActivityArea(em: EntityManager, input: ActivityAreaInput): Promise<ActivityArea> {
  requireChildId(input.id, input.planId);
  await requirePlan(em, input.planId);
  requireNoIdentityNumber(input.note, 'note');
  const position = (await em.count(ActivityArea, { planId: input.planId })) + 1;
  const area = em.create(ActivityArea, { ...input, position });
  await em.flush();
  return area;
}

export interface PlanActivityInput {
  id: string;
  planId: string;
  areaId: string | null;
  prerequisiteId: string | null;
  goalIds: string[];
  title: string;
  status: PlanActivityStatus;
  /** Uppdragsdirektiv fields: null where the plan leaves them open. */
  timeline: string | null;
  assignment: string | null;
  execution: string | null;
  financing: string | null;
  followUp: string | null;
  handledIn: string | null;
  responsibility: { kind: ResponsibilityKind; huvudmanIds: string[]; bodyName: string | null; basis: string | null };
}

const FREE_TEXT = ['title', 'timeline', 'assignment', 'execution', 'financing', 'followUp', 'handledIn'] as const;

/** Every reference must exist in the same plan, and the responsibility must say who: validated before anything is stored. */
export async function addPlanActivity(em: EntityManager, input: PlanActivityInput): Promise<PlanActivity> {
  requireChildId(input.id, input.planId);
  await requirePlan(em, input.planId);
  if (!PlanActivityStatuses.includes(input.status)) throw badUserInput(`Unknown activity status "${input.status}".`, 'status');
  if (input.title.trim() === '') throw badUserInput('An activity needs its title.', 'title');
  if (input.areaId !== null) {
    const area = await em.findOne(ActivityArea, input.areaId);
    if (!area || area.planId !== input.planId) throw badUserInput(`Unknown area "${input.areaId}" in plan ${input.planId}.`, 'areaId');
  }
  if (input.prerequisiteId !== null) {
    const prerequisite = await em.findOne(PlanStatement, input.prerequisiteId);
    if (prerequisite?.kind !== 'PREREQUISITE' || prerequisite.planId !== input.planId) {
      throw badUserInput(`Unknown prerequisite "${input.prerequisiteId}" in plan ${input.planId}.`, 'prerequisiteId');
    }
  }
  const goals = await em.find(JointPlanGoal, { id: { $in: input.goalIds }, planId: input.planId });
  const missing = input.goalIds.filter((id) => !goals.some((g) => g.id === id));
  if (missing.length > 0) throw badUserInput(`Unknown goal(s) ${missing.join(', ')} in plan ${input.planId}.`, 'goalIds');
  await requireResponsibility(em, input.responsibility);
  for (const field of FREE_TEXT) requireNoIdentityNumber(input[field], field);
  requireNoIdentityNumber(input.responsibility.basis, 'responsibility.basis');

  const { responsibility, ...rest } = input;
  const position = (await em.count(PlanActivity, { planId: input.planId })) + 1;
  const activity = em.create(PlanActivity, {
    ...rest,
    position,
    responsibilityKind: responsibility.kind,
    responsibleHuvudmanIds: responsibility.huvudmanIds,
    responsibleBodyName: responsibility.bodyName,
    responsibilityBasis: responsibility.basis,
  });
  await em.flush();
  return activity;
}

/** JOINT means every participant, so it names none; HUVUDMAN names existing huvudmän; BODY names the body. */
async function requireResponsibility(em: EntityManager, r: PlanActivityInput['responsibility']): Promise<void> {
  const field = 'responsibility';
  if (!ResponsibilityKinds.includes(r.kind)) throw badUserInput(`Unknown responsibility kind "${r.kind}".`, `${field}.kind`);
  if (r.kind === 'JOINT' && r.huvudmanIds.length > 0) throw badUserInput('Joint responsibility covers every huvudman; list none.', `${field}.huvudmanIds`);
  if (r.kind === 'BODY' && !r.bodyName?.trim()) throw badUserInput("Responsibility of a body needs the body's name.", `${field}.bodyName`);
  if (r.kind === 'HUVUDMAN') {
    if (r.huvudmanIds.length === 0) throw badUserInput('Name at least one responsible huvudman.', `${field}.huvudmanIds`);
    const found = await em.count(Huvudman, { id: { $in: r.huvudmanIds } });
    if (found !== new Set(r.huvudmanIds).size) throw badUserInput(`Unknown huvudman among ${r.huvudmanIds.join(', ')}.`, `${field}.huvudmanIds`);
  }
}
