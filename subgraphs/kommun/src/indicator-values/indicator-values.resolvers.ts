import { requireWriterFor, selectedFieldNames, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { requireOwnKommun } from '../shared/own-kommun';
import type { FactsLoaders } from '../facts/facts.loaders';
import type { PopulationFigure } from '../facts/population-figure.entity';
import { byPeriodAndGender, indicatorValueView, type ImportInput, type IndicatorValueView } from '@orebro/huvudman-reporting';
import type { IndicatorValueLoaders, ReportedPeriodRow } from './indicator-values.loaders';
import { importKommunIndicatorValues, POPULATION_KPI } from './indicator-values.service';

type Loaders = IndicatorValueLoaders & FactsLoaders;

/** A value with the kommun's population weight for its year (the nearest year held; null when none). */
type WeightedValue = IndicatorValueView & { populationWeight: number | null; populationYear: number | null };

/**
 * This instance adds its own values to the joint Indicator entity; the gateway asks every kommun instance
 * and concatenates the lists. It always answers with an object (maybe an empty list), never null, and
 * names itself in `respondingKommuner` so the joint views can tell silence from unreachability.
 */
export function createIndicatorValueResolvers(ownCode: string): SubgraphResolvers<Loaders> {
  // The weight is attached here, once per value, rather than by two async field resolvers per value:
  // every broadcast indicator view asks all twelve instances for every value with its weight. Only what
  // the selection needs is read: the population figures when a weight is asked for (or for the
  // population KPI itself), and only the period columns when nothing but who reported when is asked,
  // as `Indicator.reporting` asks of all twelve instances (examples/indicator-reporting-gaps).
  const valuesOf = async (indicatorId: string, loaders: Loaders, info: GraphQLResolveInfo): Promise<WeightedValue[]> => {
    const selected = selectedFieldNames(info);
    const weighs = selected.has('populationWeight') || selected.has('populationYear');
    const periodsOnly = [...selected].every((name) => REPORTED_PERIOD_FIELDS.has(name));
    const [stored, figures] = await Promise.all([
      periodsOnly
        ? loaders.reportedPeriods.load(indicatorId).then((rows) => rows.map((row) => reportedPeriodView(row, ownCode)))
        : loaders.indicatorValues.load(indicatorId).then((rows) => rows.map((row) => indicatorValueView(row, ownCode))),
      weighs || indicatorId === POPULATION_KPI ? loaders.populations.load(ownCode) : NO_FIGURES,
    ]);
    // The total population is the facts area's figure: derived here, never stored twice.
    const derived = indicatorId === POPULATION_KPI ? figures.map((f) => populationValue(f, ownCode)) : [];
    const weights = new Map<number, PopulationFigure | null>();
    return [...derived, ...stored].sort(byPeriodAndGender).map((v) => {
      const year = Number(v.period.slice(0, 4));
      let figure = weights.get(year);
      if (figure === undefined) weights.set(year, (figure = nearestYear(figures, year)));
      return weighted(v, figure);
    });
  };

  return {
    Query: {
      kommunIndicatorValues: (_root, { kommunCode, indicatorId }: { kommunCode: string; indicatorId: string }, { loaders }, info) =>
        kommunCode === ownCode ? valuesOf(indicatorId, loaders, info) : [],
    },
    Mutation: {
      importKommunIndicatorValues: (_root, { kommunCode, input }: { kommunCode: string; input: ImportInput }, ctx) => {
        requireWriterFor(ctx.caller, ownCode);
        requireOwnKommun(ownCode, kommunCode, 'an import');
        return importKommunIndicatorValues(ctx.em, ownCode, input);
      },
    },
    Indicator: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      kommunValues: ({ id }: { id: string }, _args, { loaders }, info) => valuesOf(id, loaders, info),
      respondingKommuner: () => [ownCode],
    },
  };
}

const NO_FIGURES: PopulationFigure[] = [];

/** The fields of IndicatorValue that say who reported which period and gender, and nothing else. */
const REPORTED_PERIOD_FIELDS = new Set(['__typename', 'indicatorId', 'huvudmanId', 'period', 'gender']);

/**
 * A value for a selection of REPORTED_PERIOD_FIELDS only: the columns it did not read are not asked
 * for, so they are given empty (null, '' and false) and never reach an answer.
 */
function reportedPeriodView(row: ReportedPeriodRow, ownCode: string): IndicatorValueView {
  return { indicatorId: row.indicatorId, huvudmanId: ownCode, period: row.period, gender: row.gender, value: null, status: null, source: '', isExample: false };
}

/**
 * The value with its weight, every field written out: on Node 20 (V8 11.3) `{ ...v, populationWeight }`
 * made a new hidden class for each value (about 4 µs and old-space garbage per value; 47 ns on Node 24),
 * which was a tenth of a kommun instance's CPU under the broadcast indicator views.
 */
function weighted(v: IndicatorValueView, figure: PopulationFigure | null): WeightedValue {
  return {
    indicatorId: v.indicatorId,
    huvudmanId: v.huvudmanId,
    period: v.period,
    gender: v.gender,
    value: v.value,
    status: v.status,
    source: v.source,
    isExample: v.isExample,
    populationWeight: figure?.value ?? null,
    populationYear: figure?.year ?? null,
  };
}

function populationValue(f: PopulationFigure, ownCode: string): IndicatorValueView {
  return {
    indicatorId: POPULATION_KPI,
    huvudmanId: ownCode,
    period: String(f.year),
    gender: 'T',
    value: f.value,
    status: null,
    source: f.source,
    isExample: f.isExample,
  };
}

/** The population figure of the year, else of the nearest year held (the earlier one on a tie). */
export function nearestYear(figures: PopulationFigure[], year: number): PopulationFigure | null {
  let best: PopulationFigure | null = null;
  for (const f of figures) {
    if (!best || Math.abs(f.year - year) < Math.abs(best.year - year) || (Math.abs(f.year - year) === Math.abs(best.year - year) && f.year < best.year))
      best = f;
  }
  return best;
}
