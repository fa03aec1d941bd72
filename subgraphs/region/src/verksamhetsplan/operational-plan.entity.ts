import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Hälso- och sjukvårdsnämndens verksamhetsplan for one year: the region's own plan. */
export const OperationalPlan = defineEntity({
  name: 'OperationalPlan',
  tableName: 'operational_plan',
  properties: {
    id: p.string().primary(),
    year: p.integer().unique(),
    name: p.string(),
    owner: p.string(),
    source: p.text(),
  },
});
export type OperationalPlan = InferEntity<typeof OperationalPlan>;

/** A perspektiv of the plan: "Invånare och samhälle", "Process" or "Resurs". */
export const OperationalPerspective = defineEntity({
  name: 'OperationalPerspective',
  tableName: 'operational_perspective',
  properties: {
    id: p.string().primary(),
    planId: p.string().index(),
    position: p.integer(),
    name: p.string(),
  },
});
export type OperationalPerspective = InferEntity<typeof OperationalPerspective>;

export const OperationalGoalKinds = ['EFFECT_GOAL', 'GOAL'] as const;
export type OperationalGoalKind = (typeof OperationalGoalKinds)[number];

/** An effektmål (numbered) or an unnumbered mål of the plan, under one perspective. */
export const OperationalGoal = defineEntity({
  name: 'OperationalGoal',
  tableName: 'operational_goal',
  properties: {
    id: p.string().primary(),
    planId: p.string().index(),
    perspectiveId: p.string().index(),
    position: p.integer(),
    kind: p.string(),
    number: p.integer().nullable(),
    text: p.text(),
  },
});
export type OperationalGoal = InferEntity<typeof OperationalGoal>;

export const TargetComparisons = ['AT_LEAST', 'GREATER_THAN', 'BETWEEN'] as const;
export type TargetComparison = (typeof TargetComparisons)[number];

/** An indikator of a goal; the numeric target only where the plan states one (whole numbers in the plan). */
export const OperationalIndicator = defineEntity({
  name: 'OperationalIndicator',
  tableName: 'operational_indicator',
  properties: {
    id: p.string().primary(),
    goalId: p.string().index(),
    position: p.integer(),
    text: p.text(),
    targetComparison: p.string().nullable(),
    targetLow: p.integer().nullable(),
    targetHigh: p.integer().nullable(),
    targetUnit: p.string().nullable(),
  },
});
export type OperationalIndicator = InferEntity<typeof OperationalIndicator>;
