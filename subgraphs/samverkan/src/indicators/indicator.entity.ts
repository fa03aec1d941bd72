import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { sourcedRecord } from '@orebro/subgraph-kit';

/**
 * An indicator of the joint follow-up model (uppföljningsmodell). The id is the Kolada KPI id where one
 * maps (e.g. "N01951"), else a slug: never a field named `code`, so the gateway sends references to every
 * kommun instance and merges their value lists. Kinds are plain strings validated in the service
 * (SQLite cannot round-trip enum check constraints); see indicator-kinds.ts for the values.
 */
export const Indicator = defineEntity({
  name: 'Indicator',
  tableName: 'indicator',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    description: p.text(),
    unit: p.string(),
    /** How the unit reads in Swedish, e.g. "antal per 100 000 invånare 65 år och äldre". */
    unitLabel: p.string(),
    direction: p.string(),
    level: p.string(),
    periodType: p.string(),
    aggregation: p.string(),
    /** Why the aggregation rule is what it is, in particular why there is none. */
    aggregationNote: p.text().nullable(),
    koladaKpi: p.string().nullable(),
    /** Where the definition comes from: the plan and section, or that it is a proposal. */
    source: p.text(),
  },
});
export type Indicator = InferEntity<typeof Indicator>;

/** A target value (målvärde) for one year, as the deciding document states it. */
export const IndicatorTarget = defineEntity({
  name: 'IndicatorTarget',
  tableName: 'indicator_target',
  uniques: [{ properties: ['indicatorId', 'year'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    indicatorId: p.string().index(),
    year: p.integer(),
    kind: p.string(),
    min: p.double().nullable(),
    minInclusive: p.boolean(),
    max: p.double().nullable(),
    maxInclusive: p.boolean(),
    /** The target in the document's own words, e.g. "ska uppgå till minst 90 procent". */
    text: p.text(),
    ...sourcedRecord(),
  },
});
export type IndicatorTarget = InferEntity<typeof IndicatorTarget>;

/**
 * A goal the indicator follows up, referenced by a stable text id (e.g. "handlingsplan-2019-2022/delmal-3"):
 * plans are modelled elsewhere, so this area keeps the reference loose and readable on its own.
 */
export const IndicatorGoal = defineEntity({
  name: 'IndicatorGoal',
  tableName: 'indicator_goal',
  uniques: [{ properties: ['indicatorId', 'goalId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    indicatorId: p.string().index(),
    goalId: p.string().index(),
    plan: p.string(),
    name: p.text(),
  },
});
export type IndicatorGoal = InferEntity<typeof IndicatorGoal>;
