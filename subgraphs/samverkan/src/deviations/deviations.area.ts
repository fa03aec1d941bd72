import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { JointProcess, JointRiskAnalysis, JointRiskAnalysisStatusChange } from './joint-process.entity';
import { createDeviationsLoaders, type DeviationsLoaders } from './deviations.loaders';
import { deviationsResolvers } from './deviations.resolvers';
import { seedDeviations } from './deviations.seed';

/**
 * Joint handling of deviations (issue 16): the shared process list, joint risk analyses, and the joins and län
 * views over deviations that each huvudman stores in its own subgraph (this area stores none).
 */
export const deviationsArea = defineArea<DeviationsLoaders>({
  name: 'deviations',
  entities: [JointProcess, JointRiskAnalysis, JointRiskAnalysisStatusChange],
  loaders: createDeviationsLoaders,
  // The resolvers also use the register's loaders (huvudman): all areas' loaders are merged per request.
  resolvers: deviationsResolvers as SubgraphResolvers<DeviationsLoaders>,
  seed: seedDeviations,
});
