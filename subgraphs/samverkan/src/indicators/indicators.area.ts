import { defineArea } from '@orebro/subgraph-kit';
import { Indicator, IndicatorGoal, IndicatorTarget } from './indicator.entity';
import { createIndicatorLoaders } from './indicators.loaders';
import { indicatorResolvers } from './indicators.resolvers';
import { seedIndicators } from './indicators.seed';

/** The joint follow-up model: indicator definitions, targets, goal references and the cross-huvudman views. */
export const indicatorsArea = defineArea({
  name: 'indicators',
  entities: [Indicator, IndicatorTarget, IndicatorGoal],
  loaders: createIndicatorLoaders,
  resolvers: indicatorResolvers,
  seed: seedIndicators,
});
