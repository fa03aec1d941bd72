import { requireWriterFor, type SubgraphResolvers } from '@orebro/subgraph-kit';
import {
  balanceFigures,
  ownerContribution,
  ownerContributionResolvers,
  reportContribution,
  type ContributionsLoaders,
  type ServiceContributionInput,
} from '@orebro/huvudman-reporting';
import { requireOwnKommun } from '../shared/own-kommun';

/**
 * The instance adds a LIST to the joint CoOwnedService, empty unless its own kommun reported on the
 * service, so the gateway can concatenate every kommun's list; a reference always resolves to an object.
 */
export function createContributionsResolvers(ownCode: string): SubgraphResolvers<ContributionsLoaders> {
  return {
    ...ownerContributionResolvers,
    Mutation: {
      reportKommunContribution: async (_root, { kommunCode, input }: { kommunCode: string; input: ServiceContributionInput }, { em, caller }) => {
        requireWriterFor(caller, ownCode);
        requireOwnKommun(ownCode, kommunCode, 'a contribution');
        await reportContribution(em, ownCode, input);
        return { serviceId: input.serviceId, huvudmanId: ownCode };
      },
    },
    CoOwnedService: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      kommunContributions: async (s: { id: string }, _args, { loaders }) => {
        const own = await ownerContribution(s.id, ownCode, loaders);
        return own ? [own] : [];
      },
      // Only for the gateway to complete `balance` (@inaccessible): withheld, not denied, for non-staff.
      kommunBalanceFigures: async (s: { id: string }, _args, ctx, info) => {
        const own = await balanceFigures(s.id, ownCode, ctx, info);
        return own ? [own] : [];
      },
    },
  };
}
