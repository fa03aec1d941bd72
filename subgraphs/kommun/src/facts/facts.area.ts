import { defineArea } from '@orebro/subgraph-kit';
import type { KommunFacts } from '@orebro/reference-data';
import { createFactsLoaders } from './facts.loaders';
import { createFactsResolvers } from './facts.resolvers';
import { seedFacts } from './facts.seed';
import { KommunProfile } from './kommun-profile.entity';
import { PopulationFigure } from './population-figure.entity';

/** The kommun's own facts: its profile and population by year. */
export const factsArea = (kommun: KommunFacts) =>
  defineArea({
    name: 'facts',
    entities: [KommunProfile, PopulationFigure],
    loaders: createFactsLoaders,
    resolvers: createFactsResolvers(kommun.code),
    seed: seedFacts(kommun),
  });
