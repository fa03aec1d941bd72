import { REGION_ID } from '@orebro/reference-data';
import { requireWriterFor, type SubgraphResolvers } from '@orebro/subgraph-kit';
import {
  balanceFigures,
  ownerContribution,
  ownerContributionResolvers,
  type ContributionsLoaders,
  type ServiceContributionInput,
  reportContribution,
} from '@orebro/huvudman-reporting';

export const contributionsResolvers: SubgraphResolvers<ContributionsLoaders> = {
  ...ownerContributionResolvers,
  Mutation: {
    reportRegionContribution: async (_root, { input }: { input: ServiceContributionInput }, { em, caller }) => {
      requireWriterFor(caller, REGION_ID);
      await reportContribution(em, REGION_ID, input);
      return { serviceId: input.serviceId, huvudmanId: REGION_ID };
    },
  },
  CoOwnedService: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    // Null when the region has reported nothing for the service.
    regionContribution: (s: { id: string }, _args, { loaders }) => ownerContribution(s.id, REGION_ID, loaders),
    // Only for the gateway to complete `balance` (@inaccessible): withheld, not denied, for non-staff.
    regionBalanceFigures: (s: { id: string }, _args, ctx, info) => balanceFigures(s.id, REGION_ID, ctx, info),
  },
};
