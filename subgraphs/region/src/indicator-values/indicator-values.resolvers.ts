import { REGION_ID } from '@orebro/reference-data';
import { requireWriterFor, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { ImportInput } from '@orebro/huvudman-reporting';
import type { IndicatorValue } from './indicator-value.entity';
import type { IndicatorValueLoaders } from './indicator-values.loaders';
import { importRegionIndicatorValues } from './indicator-values.service';

const GENDER_ORDER = ['T', 'K', 'M'];

/** The region adds its own values to the joint Indicator entity; an unknown id gives an empty list, never null. */
export const indicatorValueResolvers: SubgraphResolvers<IndicatorValueLoaders> = {
  Query: {
    regionIndicatorValues: (_root, { indicatorId }: { indicatorId: string }, { loaders }) => valuesOf(indicatorId, loaders),
  },
  Mutation: {
    importRegionIndicatorValues: (_root, { input }: { input: ImportInput }, ctx) => {
      requireWriterFor(ctx.caller, REGION_ID);
      return importRegionIndicatorValues(ctx.em, input);
    },
  },
  Indicator: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    regionValues: ({ id }: { id: string }, _args, { loaders }) => valuesOf(id, loaders),
  },
  IndicatorValue: {
    // The region reports for itself or the whole län: it carries no kommun population weight.
    populationWeight: () => null,
    populationYear: () => null,
  },
};

async function valuesOf(indicatorId: string, loaders: IndicatorValueLoaders) {
  const rows = await loaders.regionIndicatorValues.load(indicatorId);
  return rows
    .map((row: IndicatorValue) => ({
      indicatorId: row.indicatorId,
      huvudmanId: REGION_ID,
      period: row.period,
      gender: row.gender,
      value: row.value === null || row.value === undefined ? null : Number(row.value),
      status: row.status ?? null,
      source: row.source,
      isExample: row.isExample,
    }))
    .sort((a, b) => a.period.localeCompare(b.period) || GENDER_ORDER.indexOf(a.gender) - GENDER_ORDER.indexOf(b.gender));
}
