import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireIsoDate, requireOneOf, requireYear } from '@orebro/subgraph-kit';
import { JointPlan, JointPlanGoal, JointPlanGoalKinds, JointPlanKinds, PlanStatement, PlanStatementKinds } from './joint-plan.entity';
import { ActivityArea } from './plan-activity.entity';
import type { JointPlanGoalKind, JointPlanKind, PlanStatementKind } from './joint-plan.entity';

export interface JointPlanInput {
  id: string;
  kind: JointPlanKind;
  name: string;
  validFrom: number;
  validTo: number;
  summary: string;
  adoptedBy: string | null;
  adoptedOn: string | null;
  diarienummer: string | null;
  approvedBy: string[];
  presentedTo: string[];
  followUp: string | null;
  replacesPlanId: string | null;
  source: string;
}

/** Writes a joint plan; the seed goes through here like any other write. */
export async function createJointPlan(em: EntityManager, input: JointPlanInput): Promise<JointPlan> {
  requireSlug(input.id, 'id');
  requireOneOf(input.kind, JointPlanKinds, 'kind');
  requireYear(input.validFrom, 'validFrom');
  requireYear(input.validTo, 'validTo');
  if (input.validTo < input.validFrom) throw badUserInput(`A plan's period must run forward, got ${input.validFrom}–${input.validTo}.`, 'validTo');
  if (input.adoptedOn !== null) requireIsoDate(input.adoptedOn, 'adoptedOn');
  if (input.replacesPlanId !== null && !(await em.findOne(JointPlan, input.replacesPlanId))) {
    throw badUserInput(`Unknown plan "${input.replacesPlanId}".`, 'replacesPlanId');
  }
  for (const field of ['name', 'summary', 'followUp'] as const) requireNoIdentityNumber(input[field], field);
  const plan = em.create(JointPlan, input);
  await em.flush();
  return plan;
}

export interface PlanGoalInput {
  id: string;
  planId: string;
  kind: JointPlanGoalKind;
  number: number | null;
  title: string;
  description: string | null;
  parentId: string | null;
  areaId: string | null;
}

export async function addPlanGoal(em: EntityManager, input: PlanGoalInput): Promise<JointPlanGoal> {
  requireChildId(input.id, input.planId);
  await requirePlan(em, input.planId);
  if (!JointPlanGoalKinds.includes(input.kind)) throw badUserInput(`Unknown goal kind "${input.kind}".`, 'kind');
  if (input.areaId !== null) {
    const area = await em.findOne(ActivityArea, input.areaId);
    if (!area || area.planId !== input.planId) throw badUserInput(`Unknown area "${input.areaId}" in plan ${input.planId}.`, 'areaId');
  }
  if (input.parentId !== null) {
    const parent = await em.findOne(JointPlanGoal, input.parentId);
    if (!parent || parent.planId !== input.planId) throw badUserInput(`Unknown goal "${input.parentId}" in plan ${input.planId}.`, 'parentId');
  }
  requireNoIdentityNumber(input.title, 'title');
  requireNoIdentityNumber(input.description, 'description');
  const position = await em.count(JointPlanGoal, { planId: input.planId });
  const goal = em.create(JointPlanGoal, { ...input, position: position + 1 });
  await em.flush();
  return goal;
}

export interface PlanStatementInput {
  /** `<planId>/<slug>`, e.g. "fardplan-nara-vard-2023-2026/uppfoljningsmodell". */
  id: string;
  planId: string;
  kind: PlanStatementKind;
  title: string | null;
  text: string;
}

/** Statements are numbered per plan and kind in the order they are added, as in the document. */
export async function addPlanStatement(em: EntityManager, input: PlanStatementInput): Promise<PlanStatement> {
  requireChildId(input.id, input.planId);
  await requirePlan(em, input.planId);
  if (!PlanStatementKinds.includes(input.kind)) throw badUserInput(`Unknown statement kind "${input.kind}".`, 'kind');
  if (input.text.trim() === '') throw badUserInput('A statement needs its text.', 'text');
  requireNoIdentityNumber(input.title, 'title');
  requireNoIdentityNumber(input.text, 'text');
  const number = (await em.count(PlanStatement, { planId: input.planId, kind: input.kind })) + 1;
  const statement = em.create(PlanStatement, { ...input, number });
  await em.flush();
  return statement;
}

export async function requirePlan(em: EntityManager, planId: string): Promise<JointPlan> {
  const plan = await em.findOne(JointPlan, planId);
  if (!plan) throw badUserInput(`Unknown plan "${planId}".`, 'planId');
  return plan;
}

export function requireSlug(id: string, field: string): void {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw badUserInput(`Id "${id}" must be lower-case ASCII words joined by hyphens.`, field);
}

/**
 * Everything a plan holds is named `<planId>/<slug>` (e.g. "handlingsplan-2019-2022/delmal-3"): the ids
 * other areas (indicators) and subgraphs use to refer to a plan's goals.
 */
export function requireChildId(id: string, planId: string): void {
  const slug = id.startsWith(`${planId}/`) ? id.slice(planId.length + 1) : null;
  if (slug === null || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw badUserInput(`Id "${id}" must be "${planId}/" followed by lower-case ASCII words joined by hyphens.`, 'id');
  }
}
