import type { KommunFacts } from '@orebro/reference-data';
import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import {
  createDeviationLoaders,
  DeviationRecord,
  DeviationResponseRecord,
  DeviationStatusChange,
  seedExampleDeviations,
  type DeviationLoaders,
} from '@orebro/huvudman-reporting';
import { createDeviationsResolvers } from './deviations.resolvers';

/** Deviations in samverkan this kommun reports, and its responses to those that concern it (issue 16). */
export const deviationsArea = (kommun: KommunFacts) =>
  defineArea<DeviationLoaders>({
    name: 'deviations',
    entities: [DeviationRecord, DeviationStatusChange, DeviationResponseRecord],
    loaders: createDeviationLoaders,
    // The overview also uses the facts area's population loader: all areas' loaders are merged per request.
    resolvers: createDeviationsResolvers(kommun.code) as SubgraphResolvers<DeviationLoaders>,
    seed: (em) => seedExampleDeviations(em, kommun.code),
  });
