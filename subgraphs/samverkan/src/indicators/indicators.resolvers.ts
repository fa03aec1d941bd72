import { allRows, badUserInput, requireRole, rowsWhereIn, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { Indicator, type IndicatorTarget } from './indicator.entity';
import { PERIOD_PATTERN, type Gender, type PeriodType } from './indicator-kinds';
import type { RegisterLoaders } from '../register/register.loaders';
import type { IndicatorLoaders } from './indicators.loaders';
import { defineIndicator, type IndicatorInput } from './indicators.service';
import { buildMatrix, buildReporting, reports, type MatrixInput, type ReportedValue } from './matrix';

/** An indicator as resolved here, with the values the gateway gathered when a view @requires them. */
type IndicatorParent = Indicator & { kommunValues?: ReportedValue[]; regionValues?: ReportedValue[]; respondingKommuner?: string[] };

type Loaders = IndicatorLoaders & RegisterLoaders;

const MAX_TREND_PERIODS = 30;

export const indicatorResolvers: SubgraphResolvers<Loaders> = {
  Query: {
    indicators: async (_root, { goal }: { goal?: string | null }, { em, loaders }) => {
      if (!goal) return allRows(em, Indicator, { orderBy: { id: 'asc' } });
      return rowsWhereIn(em, Indicator, 'id', await loaders.indicatorIdsForGoal(goal), { orderBy: { id: 'asc' } });
    },
    indicator: (_root, { id }: { id: string }, { loaders }) => loaders.indicator.load(id),
  },
  Mutation: {
    defineIndicator: (_root, { input }: { input: IndicatorInput }, ctx) => {
      requireRole(ctx.caller, 'secretariat');
      return defineIndicator(ctx.em, input);
    },
  },
  Indicator: {
    __resolveReference: async (reference: Partial<IndicatorParent> & { id: string }, { loaders }) => {
      const indicator = await loaders.indicator.load(reference.id);
      return indicator ? Object.assign(Object.create(null), indicator, reference) : null;
    },
    targets: (i: IndicatorParent, _args, { loaders }) => loaders.targets.load(i.id),
    target: async (i: IndicatorParent, { year }: { year: number }, { loaders }) =>
      (await loaders.targets.load(i.id)).find((t: IndicatorTarget) => t.year === year) ?? null,
    goals: async (i: IndicatorParent, _args, { loaders }) => (await loaders.goals.load(i.id)).map((g) => ({ id: g.goalId, plan: g.plan, name: g.name })),
    reporters: async (i: IndicatorParent, _args, { loaders }) => (await loaders.allHuvudmen()).filter((h) => reports(i.level, h)),
    matrix: async (i: IndicatorParent, { period, gender }: { period: string; gender: Gender }, { loaders }) => {
      requirePeriodOf(i, period);
      return buildMatrix(await matrixInput(i, loaders), period, gender);
    },
    reporting: async (i: IndicatorParent, { period, gender }: { period: string; gender: Gender }, { loaders }) => {
      requirePeriodOf(i, period);
      return buildReporting({ indicator: i, huvudmen: await loaders.allHuvudmen(), ...reportedBy(i) }, period, gender);
    },
    trend: async (i: IndicatorParent, { fromYear, toYear, gender }: { fromYear: number; toYear: number; gender: Gender }, { loaders }) => {
      const periods = periodsBetween(i.periodType as PeriodType, fromYear, toYear);
      const input = await matrixInput(i, loaders);
      return periods.map((period) => buildMatrix(input, period, gender));
    },
  },
  IndicatorTarget: {
    min: (t: IndicatorTarget) => (t.min == null ? null : Number(t.min)),
    max: (t: IndicatorTarget) => (t.max == null ? null : Number(t.max)),
  },
};

/** @throws BAD_USER_INPUT naming `period` when it is not one of the indicator's periods (a year, or a month). */
function requirePeriodOf(i: IndicatorParent, period: string): void {
  if (PERIOD_PATTERN[i.periodType as PeriodType].test(period)) return;
  const shape = i.periodType === 'YEAR' ? 'yearly periods such as "2024"' : 'monthly periods such as "2024-03"';
  throw badUserInput(`Indicator ${i.id} has ${shape}; "${period}" is not one.`, 'period');
}

async function matrixInput(i: IndicatorParent, loaders: Loaders): Promise<MatrixInput> {
  const [targets, huvudmen, lansdelar] = await Promise.all([loaders.targets.load(i.id), loaders.allHuvudmen(), loaders.allLansdelar()]);
  return { indicator: i, targets, huvudmen, lansdelar, ...reportedBy(i) };
}

/**
 * What the gateway gathered (@requires): every huvudman's values, and which kommun instances and whether the region answered.
 * Their shape is checked before any field that requires them resolves (the kit's guardRequiredFields).
 */
function reportedBy(i: IndicatorParent) {
  return {
    values: [...(i.kommunValues ?? []), ...(i.regionValues ?? [])],
    responding: new Set(i.respondingKommuner ?? []),
    // The list is non-null whenever the region answered; absent, its subgraph did not.
    regionAnswered: Array.isArray(i.regionValues),
  };
}

function periodsBetween(type: PeriodType, fromYear: number, toYear: number): string[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) throw badUserInput('fromYear must not be after toYear.', 'fromYear');
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, k) => String(fromYear + k));
  const periods = type === 'YEAR' ? years : years.flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`));
  if (periods.length > MAX_TREND_PERIODS) throw badUserInput(`A trend covers at most ${MAX_TREND_PERIODS} periods; ask for fewer years.`, 'toYear');
  return periods;
}
