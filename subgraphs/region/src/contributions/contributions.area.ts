import { defineArea } from '@orebro/subgraph-kit';
import { ContributionActivity, ContributionCost, ContributionStaff } from '@orebro/huvudman-reporting';
import { createContributionsLoaders } from '@orebro/huvudman-reporting';
import { contributionsResolvers } from './contributions.resolvers';
import { seedContributions } from './contributions.seed';

/** Region Örebro län's own staff, costs and activity in the co-owned services it owns a share of. */
export const contributionsArea = defineArea({
  name: 'contributions',
  entities: [ContributionStaff, ContributionCost, ContributionActivity],
  loaders: createContributionsLoaders,
  resolvers: contributionsResolvers,
  seed: seedContributions,
});
