import { defineArea } from '@orebro/subgraph-kit';
import { IndicatorValue } from './indicator-value.entity';
import { createIndicatorValueLoaders } from './indicator-values.loaders';
import { indicatorValueResolvers } from './indicator-values.resolvers';
import { seedIndicatorValues } from './indicator-values.seed';

/** The region's own values for the joint follow-up model's indicators. */
export const indicatorValuesArea = defineArea({
  name: 'indicator-values',
  entities: [IndicatorValue],
  loaders: createIndicatorValueLoaders,
  resolvers: indicatorValueResolvers,
  seed: seedIndicatorValues,
});
