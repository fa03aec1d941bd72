import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { KommunFacts } from '@orebro/reference-data';
import { IndicatorValue } from './indicator-value.entity';
import { createIndicatorValueLoaders, type IndicatorValueLoaders } from './indicator-values.loaders';
import { createIndicatorValueResolvers } from './indicator-values.resolvers';
import { seedIndicatorValues } from './indicator-values.seed';

/** The kommun's own values for the joint follow-up model's indicators. */
export const indicatorValuesArea = (kommun: KommunFacts) =>
  defineArea({
    name: 'indicator-values',
    entities: [IndicatorValue],
    loaders: createIndicatorValueLoaders(kommun.code),
    // The resolvers also use the facts area's population loader: every area's loaders form one object per request.
    resolvers: createIndicatorValueResolvers(kommun.code) as SubgraphResolvers<IndicatorValueLoaders>,
    seed: seedIndicatorValues(kommun),
  });
