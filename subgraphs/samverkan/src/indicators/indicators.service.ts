import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireOneOf, requireSource, requireText, requireYear } from '@orebro/subgraph-kit';
import { Indicator, IndicatorGoal, IndicatorTarget } from './indicator.entity';
import {
  ADDITIVE_UNITS,
  Aggregations,
  Directions,
  Levels,
  PeriodTypes,
  RATIO_UNITS,
  TargetKinds,
  Units,
  type Aggregation,
  type Direction,
  type Level,
  type PeriodType,
  type TargetKind,
  type Unit,
} from './indicator-kinds';

export interface TargetInput {
  year: number;
  kind: TargetKind;
  min?: number | null;
  minInclusive?: boolean | null;
  max?: number | null;
  maxInclusive?: boolean | null;
  text: string;
  source: string;
  isExample: boolean;
}

export interface GoalInput {
  id: string;
  plan: string;
  name: string;
}

export interface IndicatorInput {
  id: string;
  name: string;
  description: string;
  unit: Unit;
  unitLabel: string;
  direction: Direction;
  level: Level;
  periodType: PeriodType;
  aggregation: Aggregation;
  aggregationNote?: string | null;
  koladaKpi?: string | null;
  source: string;
  targets: TargetInput[];
  goals: GoalInput[];
}

/**
 * Creates or replaces an indicator definition with its targets and goal references, in one flush (one
 * transaction): a refused definition leaves the stored one as it was. The seed uses this like any writer.
 */
export async function defineIndicator(em: EntityManager, input: IndicatorInput): Promise<Indicator> {
  requireDefinition(input);
  input.targets.forEach((t, i) => requireTarget(t, `targets[${i}]`));
  const years = input.targets.map((t) => t.year);
  if (new Set(years).size !== years.length) throw badUserInput('Each year may have one target only.', 'targets');
  requireGoals(input.goals);

  const { targets, goals, ...fields } = input;
  const definition = { ...fields, aggregationNote: fields.aggregationNote ?? null, koladaKpi: fields.koladaKpi ?? null };
  const existing = await em.findOne(Indicator, input.id);
  const indicator = existing ? em.assign(existing, definition) : em.create(Indicator, definition);
  if (existing) {
    em.remove(await em.find(IndicatorTarget, { indicatorId: input.id }));
    em.remove(await em.find(IndicatorGoal, { indicatorId: input.id }));
  }
  for (const t of targets) {
    em.create(IndicatorTarget, {
      indicatorId: input.id,
      year: t.year,
      kind: t.kind,
      min: t.min ?? null,
      minInclusive: t.minInclusive ?? true,
      max: t.max ?? null,
      maxInclusive: t.maxInclusive ?? true,
      text: t.text,
      source: t.source,
      isExample: t.isExample,
    });
  }
  for (const g of goals) em.create(IndicatorGoal, { indicatorId: input.id, goalId: g.id, plan: g.plan, name: g.name });
  await em.flush();
  return indicator;
}

function requireDefinition(input: IndicatorInput): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/.test(input.id))
    throw badUserInput(`Indicator id "${input.id}" must be a Kolada KPI id or a slug of letters, digits and dashes.`, 'id');
  requireOneOf(input.unit, Units, 'unit');
  requireOneOf(input.direction, Directions, 'direction');
  requireOneOf(input.level, Levels, 'level');
  requireOneOf(input.periodType, PeriodTypes, 'periodType');
  requireOneOf(input.aggregation, Aggregations, 'aggregation');
  if (input.koladaKpi != null) {
    if (!/^[A-Z]\d{5}$/.test(input.koladaKpi)) throw badUserInput(`Kolada KPI id "${input.koladaKpi}" must look like N01951.`, 'koladaKpi');
    // Imports are keyed by the Kolada id, so a definition that maps to Kolada must carry it as its id.
    if (input.koladaKpi !== input.id) throw badUserInput(`An indicator that maps to Kolada ${input.koladaKpi} must have that as its id.`, 'id');
  }
  requireText(input.name, 'name');
  requireText(input.unitLabel, 'unitLabel');
  requireSource(input.source);
  for (const field of ['name', 'description', 'unitLabel', 'aggregationNote', 'source'] as const) requireNoIdentityNumber(input[field], field);
  requireAggregation(input);
}

/** The unit decides how values combine across huvudmän; a rule that would give a meaningless figure is refused. */
function requireAggregation({ aggregation, unit, level, aggregationNote }: IndicatorInput): void {
  if (aggregation === 'SUM' && !ADDITIVE_UNITS.includes(unit))
    throw badUserInput(`Values in ${unit} do not add up; use POPULATION_WEIGHTED_MEAN or NONE.`, 'aggregation');
  if (aggregation === 'SUM' && level !== 'KOMMUN' && level !== 'HUVUDMAN')
    throw badUserInput(`An indicator reported at level ${level} has one reporter; there is nothing to sum.`, 'aggregation');
  if (aggregation === 'POPULATION_WEIGHTED_MEAN' && !RATIO_UNITS.includes(unit))
    throw badUserInput(`Only rates and shares combine as population-weighted means, not ${unit}.`, 'aggregation');
  // The weights are the kommuner's populations; the region reports for itself and has no such weight.
  if (aggregation === 'POPULATION_WEIGHTED_MEAN' && level !== 'KOMMUN')
    throw badUserInput('Population-weighted means need one value per kommun (level KOMMUN).', 'aggregation');
  if (aggregation === 'NONE' && !aggregationNote?.trim()) throw badUserInput('Say in aggregationNote why the indicator has no aggregate.', 'aggregationNote');
}

function requireTarget(t: TargetInput, field: string): void {
  requireYear(t.year, `${field}.year`);
  requireOneOf(t.kind, TargetKinds, `${field}.kind`);
  const bounded = t.min != null || t.max != null;
  if (t.kind === 'LEVEL' && !bounded) throw badUserInput('A LEVEL target needs a min or a max.', field);
  if (t.kind === 'IMPROVEMENT' && bounded) throw badUserInput('An IMPROVEMENT target compares with the previous period and takes no bounds.', field);
  if (t.min != null && t.max != null && t.min > t.max) throw badUserInput(`Target min ${t.min} is above max ${t.max}.`, field);
  requireText(t.text, `${field}.text`);
  requireSource(t.source, `${field}.source`);
  if (t.isExample && !/exempel/i.test(t.source)) throw badUserInput('An example target must say so in its source ("Exempelmål ...").', `${field}.source`);
  requireNoIdentityNumber(t.text, `${field}.text`);
  requireNoIdentityNumber(t.source, `${field}.source`);
}

function requireGoals(goals: GoalInput[]): void {
  const seen = new Set<string>();
  goals.forEach((g, i) => {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)+$/.test(g.id)) throw badUserInput(`Goal id "${g.id}" must look like "handlingsplan-2019-2022/delmal-3".`, `goals[${i}].id`);
    if (seen.has(g.id)) throw badUserInput(`Goal ${g.id} is listed twice.`, `goals[${i}].id`);
    seen.add(g.id);
    requireNoIdentityNumber(g.name, `goals[${i}].name`);
  });
}
