import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const JointPlanKinds = ['ACTION_PLAN', 'ROADMAP'] as const;
export type JointPlanKind = (typeof JointPlanKinds)[number];

/**
 * A joint plan (gemensam plan) of the region and the kommuner. Bodies are kept by name: the governance
 * area owns the bodies, and a plan names them as its document does.
 */
export const JointPlan = defineEntity({
  name: 'JointPlan',
  tableName: 'joint_plan',
  properties: {
    id: p.string().primary(),
    kind: p.string(),
    name: p.string(),
    validFrom: p.integer(),
    validTo: p.integer(),
    summary: p.text(),
    adoptedBy: p.string().nullable(),
    adoptedOn: p.string().nullable(),
    diarienummer: p.string().nullable(),
    approvedBy: p.json<string[]>(),
    presentedTo: p.json<string[]>(),
    followUp: p.text().nullable(),
    replacesPlanId: p.string().nullable(),
    source: p.text(),
  },
});
export type JointPlan = InferEntity<typeof JointPlan>;

export const JointPlanGoalKinds = ['EFFECT_GOAL', 'DESIRED_STATE', 'FOCUS_AREA', 'SUB_GOAL', 'GOAL'] as const;
export type JointPlanGoalKind = (typeof JointPlanGoalKinds)[number];

/** A node of a plan's goal tree: effektmål, önskvärt läge, insatsområde, delmål or a färdplan mål. */
export const JointPlanGoal = defineEntity({
  name: 'JointPlanGoal',
  tableName: 'joint_plan_goal',
  properties: {
    id: p.string().primary(),
    planId: p.string().index(),
    kind: p.string(),
    position: p.integer(),
    number: p.integer().nullable(),
    title: p.text(),
    description: p.text().nullable(),
    parentId: p.string().nullable().index(),
    areaId: p.string().nullable().index(),
  },
});
export type JointPlanGoal = InferEntity<typeof JointPlanGoal>;

export const PlanStatementKinds = ['PRINCIPLE', 'PERSPECTIVE', 'RISK', 'PREREQUISITE', 'RESPONSIBILITY'] as const;
export type PlanStatementKind = (typeof PlanStatementKinds)[number];

/**
 * The plans' short numbered statements, one table because they share a shape: vägledande principer,
 * genomsyrande perspektiv, risker, förutsättningar på systemnivå and who is responsible for what.
 */
export const PlanStatement = defineEntity({
  name: 'PlanStatement',
  tableName: 'joint_plan_statement',
  properties: {
    id: p.string().primary(),
    planId: p.string().index(),
    kind: p.string(),
    number: p.integer(),
    title: p.text().nullable(),
    text: p.text(),
  },
});
export type PlanStatement = InferEntity<typeof PlanStatement>;
