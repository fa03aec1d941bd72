import type { EntityManager } from '@mikro-orm/core';
import { AREA_TIMELINE, areas } from './fardplan-activities.data';
import * as fp from './fardplan.data';
import * as hp from './handlingsplan.data';
import type { JointPlanGoalKind, PlanStatementKind } from './joint-plan.entity';
import { addActivityArea, addPlanActivity, type PlanActivityInput } from './plan-activity.service';
import { addPlanGoal, addPlanStatement, createJointPlan } from './plans.service';

/** Both joint plans, through the same services as any other write. Ids are `<planId>/<slug>`. */
export async function seedPlans(em: EntityManager): Promise<void> {
  await seedHandlingsplan(em);
  await seedFardplan(em);
}

/** Statement slugs in Swedish, numbered per kind: "handlingsplan-2019-2022/risk-3". */
const STATEMENT_SLUG: Record<PlanStatementKind, string> = {
  PRINCIPLE: 'princip',
  PERSPECTIVE: 'perspektiv',
  RISK: 'risk',
  PREREQUISITE: 'forutsattning',
  RESPONSIBILITY: 'ansvar',
};

async function statements(em: EntityManager, planId: string, kind: PlanStatementKind, items: { title?: string; text: string }[]) {
  for (const [i, item] of items.entries()) {
    await addPlanStatement(em, { id: `${planId}/${STATEMENT_SLUG[kind]}-${i + 1}`, planId, kind, title: item.title ?? null, text: item.text });
  }
}

async function seedHandlingsplan(em: EntityManager): Promise<void> {
  const planId = hp.HANDLINGSPLAN_ID;
  await createJointPlan(em, hp.handlingsplan);
  const goal = (slug: string, kind: JointPlanGoalKind, title: string, extra: { number?: number; description?: string; parentId?: string } = {}) =>
    addPlanGoal(em, {
      id: `${planId}/${slug}`,
      planId,
      kind,
      title,
      number: extra.number ?? null,
      description: extra.description ?? null,
      parentId: extra.parentId ?? null,
      areaId: null,
    });

  for (const [i, title] of hp.effectGoals.entries()) await goal(`effektmal-${i + 1}`, 'EFFECT_GOAL', title);
  for (const [i, title] of hp.desiredStates.entries()) await goal(`onskvart-lage-${i + 1}`, 'DESIRED_STATE', title);
  const focus = await goal('insatsomrade', 'FOCUS_AREA', hp.focusArea.title, { description: hp.focusArea.description });
  for (const [i, sub] of hp.subGoals.entries()) {
    await goal(`delmal-${i + 1}`, 'SUB_GOAL', sub.title, { number: i + 1, description: sub.description, parentId: focus.id });
  }
  await statements(em, planId, 'PERSPECTIVE', hp.perspectives);
  await statements(
    em,
    planId,
    'RISK',
    hp.risks.map((text) => ({ text })),
  );
  await statements(em, planId, 'RESPONSIBILITY', hp.responsibilities);
}

/** Färdplan activities are länsgemensamma: a joint responsibility, no body named per activity. */
const JOINT: PlanActivityInput['responsibility'] = {
  kind: 'JOINT',
  huvudmanIds: [],
  bodyName: null,
  basis: 'Länsgemensam aktivitet i Färdplan nära vård; ansvarig för färdplanen är chefsgruppen för samverkan för social välfärd samt vård- och omsorg.',
};
const OPEN = { timeline: null, assignment: null, execution: null, financing: null, followUp: null, handledIn: null };

async function seedFardplan(em: EntityManager): Promise<void> {
  const planId = fp.FARDPLAN_ID;
  await createJointPlan(em, fp.fardplan);
  await statements(
    em,
    planId,
    'PRINCIPLE',
    fp.principles.map((text) => ({ text })),
  );
  await statements(em, planId, 'RESPONSIBILITY', fp.responsibilities);
  for (const [i, pre] of fp.prerequisites.entries()) {
    const { slug, title, text, activity } = pre;
    const statement = await addPlanStatement(em, { id: `${planId}/${slug}`, planId, kind: 'PREREQUISITE', title, text });
    await addPlanActivity(em, {
      ...OPEN,
      ...activity,
      id: `${planId}/2023-forutsattning-${i + 1}`,
      planId,
      areaId: null,
      prerequisiteId: statement.id,
      goalIds: [],
      status: 'PLANNED',
      responsibility: JOINT,
    });
  }
  for (const area of areas) {
    const areaId = `${planId}/${area.id}`;
    await addActivityArea(em, { id: areaId, planId, name: area.name, heading: area.heading, note: area.note });
    let n = 0;
    for (const goalData of area.goals) {
      const goal = await addPlanGoal(em, {
        id: `${planId}/${goalData.slug}`,
        planId,
        kind: 'GOAL',
        number: null,
        title: goalData.title,
        description: null,
        parentId: null,
        areaId,
      });
      for (const activity of goalData.activities) {
        await addPlanActivity(em, {
          ...OPEN,
          id: `${planId}/2023-${area.id}-${++n}`,
          planId,
          areaId,
          prerequisiteId: null,
          goalIds: [goal.id],
          title: activity.title,
          status: activity.status ?? 'PLANNED',
          timeline: AREA_TIMELINE,
          handledIn: activity.handledIn ?? area.handledIn ?? null,
          responsibility: JOINT,
        });
      }
    }
  }
}
