import { requireWriterFor, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { requireOwnKommun } from '../shared/own-kommun';
import type { FactsLoaders } from '../facts/facts.loaders';
import type { PopulationFigure } from '../facts/population-figure.entity';
import type { ImportInput } from '@orebro/huvudman-reporting';
import type { IndicatorValue } from './indicator-value.entity';
import type { IndicatorValueLoaders } from './indicator-values.loaders';
import { importKommunIndicatorValues, POPULATION_KPI } from './indicator-values.service';

type Loaders = IndicatorValueLoaders & FactsLoaders;

/** A value as the graph shows it (IndicatorValue in the schema). */
export interface GraphValue {
  indicatorId: string;
  huvudmanId: string;
  period: string;
  gender: string;
  value: number | null;
  status: string | null;
  source: string;
  isExample: boolean;
}

const GENDER_ORDER = ['T', 'K', 'M'];

/**
 * This instance adds its own values to the joint Indicator entity; the gateway asks every kommun instance
 * and concatenates the lists. It always answers with an object (maybe an empty list), never null, and
 * names itself in `respondingKommuner` so the joint views can tell silence from unreachability.
 */
export function createIndicatorValueResolvers(ownCode: string): SubgraphResolvers<Loaders> {
  const valuesOf = async (indicatorId: string, loaders: Loaders): Promise<GraphValue[]> => {
    const stored = (await loaders.indicatorValues.load(indicatorId)).map((row) => toGraph(row, ownCode));
    // The total population is the facts area's figure: derived here, never stored twice.
    const derived = indicatorId === POPULATION_KPI ? (await loaders.populations.load(ownCode)).map((f) => populationValue(f, ownCode)) : [];
    return [...derived, ...stored].sort((a, b) => a.period.localeCompare(b.period) || GENDER_ORDER.indexOf(a.gender) - GENDER_ORDER.indexOf(b.gender));
  };
  const weight = async (v: GraphValue, loaders: Loaders) => nearestYear(await loaders.populations.load(ownCode), Number(v.period.slice(0, 4)));

  return {
    Query: {
      kommunIndicatorValues: (_root, { kommunCode, indicatorId }: { kommunCode: string; indicatorId: string }, { loaders }) =>
        kommunCode === ownCode ? valuesOf(indicatorId, loaders) : [],
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
      kommunValues: ({ id }: { id: string }, _args, { loaders }) => valuesOf(id, loaders),
      respondingKommuner: () => [ownCode],
    },
    IndicatorValue: {
      populationWeight: async (v: GraphValue, _args, { loaders }) => (await weight(v, loaders))?.value ?? null,
      populationYear: async (v: GraphValue, _args, { loaders }) => (await weight(v, loaders))?.year ?? null,
    },
  };
}

function toGraph(row: IndicatorValue, ownCode: string): GraphValue {
  const value = row.value === null || row.value === undefined ? null : Number(row.value);
  return {
    indicatorId: row.indicatorId,
    huvudmanId: ownCode,
    period: row.period,
    gender: row.gender,
    value,
    status: row.status ?? null,
    source: row.source,
    isExample: row.isExample,
  };
}

function populationValue(f: PopulationFigure, ownCode: string): GraphValue {
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
