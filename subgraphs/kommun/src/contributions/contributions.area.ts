import { defineArea } from '@orebro/subgraph-kit';
import type { KommunFacts } from '@orebro/reference-data';
import { ContributionActivity, ContributionCost, ContributionStaff } from '@orebro/huvudman-reporting';
import { createContributionsLoaders } from '@orebro/huvudman-reporting';
import { createContributionsResolvers } from './contributions.resolvers';
import { seedContributions } from './contributions.seed';

/** The kommun's own staff, costs and activity in the co-owned services it owns a share of. */
export const contributionsArea = (kommun: KommunFacts) =>
  defineArea({
    name: 'contributions',
    entities: [ContributionStaff, ContributionCost, ContributionActivity],
    loaders: createContributionsLoaders,
    resolvers: createContributionsResolvers(kommun.code),
    seed: seedContributions(kommun),
  });
