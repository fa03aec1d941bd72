import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { Indicator, IndicatorGoal, IndicatorTarget } from './indicator.entity';
import { createIndicatorLoaders, type IndicatorLoaders } from './indicators.loaders';
import { indicatorResolvers } from './indicators.resolvers';
import { seedIndicators } from './indicators.seed';

/** The joint follow-up model: indicator definitions, targets, goal references and the cross-huvudman views. */
export const indicatorsArea = defineArea<IndicatorLoaders>({
  name: 'indicators',
  entities: [Indicator, IndicatorTarget, IndicatorGoal],
  loaders: createIndicatorLoaders,
  // The resolvers also use the register's loaders (allHuvudmen, ...): all areas' loaders are merged per request.
  resolvers: indicatorResolvers as SubgraphResolvers<IndicatorLoaders>,
  seed: seedIndicators,
});
