import { REGION_ID } from '@orebro/reference-data';
import { requireWriterFor, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { byPeriodAndGender, indicatorValueView, type ImportInput } from '@orebro/huvudman-reporting';
import type { IndicatorValueLoaders } from './indicator-values.loaders';
import { importRegionIndicatorValues } from './indicator-values.service';

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
  return rows.map((row) => indicatorValueView(row, REGION_ID)).sort(byPeriodAndGender);
}
