import { REGION_ID } from '@orebro/reference-data';
import { defineArea } from '@orebro/subgraph-kit';
import { createDeviationLoaders, DeviationRecord, DeviationResponseRecord, DeviationStatusChange, seedExampleDeviations } from '@orebro/huvudman-reporting';
import { deviationsResolvers } from './deviations.resolvers';

/** Deviations in samverkan the region reports, and its responses to those that concern it (issue 16). */
export const deviationsArea = defineArea({
  name: 'deviations',
  entities: [DeviationRecord, DeviationStatusChange, DeviationResponseRecord],
  loaders: createDeviationLoaders,
  resolvers: deviationsResolvers,
  seed: (em) => seedExampleDeviations(em, REGION_ID),
});
