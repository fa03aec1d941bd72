import type { GraphQLResolveInfo } from 'graphql';
import { readInternal, requireWriterFor, type SubgraphContext, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { ContributionStaff } from '@orebro/huvudman-reporting';
import type { ServiceContributionInput } from '@orebro/huvudman-reporting';
import { reportContribution } from './contributions.service';
import type { ContributionsLoaders } from '@orebro/huvudman-reporting';
import { SekScalar } from '@orebro/huvudman-reporting';

/** This kommun's report on one service; its rows are read through the loaders when asked for. */
interface OwnerContribution {
  serviceId: string;
  huvudmanId: string;
}

type Context = SubgraphContext<ContributionsLoaders>;

/** Costs, staff and activity are internal: staff of a participating huvudman only, every read audited here. */
const internal =
  <K extends keyof ContributionsLoaders>(loader: K) =>
  (c: OwnerContribution, _args: unknown, ctx: Context, info: GraphQLResolveInfo) => {
    readInternal(ctx, info, 'OwnerContribution', [c.serviceId]);
    return ctx.loaders[loader].load(c.serviceId);
  };

/**
 * The instance adds a LIST to the joint CoOwnedService, empty unless its own kommun reported on the
 * service, so the gateway can concatenate every kommun's list; a reference always resolves to an object.
 */
export function createContributionsResolvers(ownCode: string): SubgraphResolvers<ContributionsLoaders> {
  async function contributionsOf(serviceId: string, loaders: ContributionsLoaders): Promise<OwnerContribution[]> {
    const [staff, costs, activity] = await Promise.all([
      loaders.staffByService.load(serviceId),
      loaders.costsByService.load(serviceId),
      loaders.activityByService.load(serviceId),
    ]);
    return staff.length + costs.length + activity.length > 0 ? [{ serviceId, huvudmanId: ownCode }] : [];
  }

  return {
    Sek: SekScalar,
    Mutation: {
      reportKommunContribution: async (_root, { kommunCode, input }: { kommunCode: string; input: ServiceContributionInput }, { em, caller }) => {
        requireWriterFor(caller, ownCode);
        await reportContribution(em, ownCode, kommunCode, input);
        return { serviceId: input.serviceId, huvudmanId: ownCode };
      },
    },
    CoOwnedService: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      kommunContributions: (s: { id: string }, _args, { loaders }) => contributionsOf(s.id, loaders),
    },
    OwnerContribution: {
      reportedYears: async (c: OwnerContribution, _args, { loaders }) => {
        const [costs, activity] = await Promise.all([loaders.costsByService.load(c.serviceId), loaders.activityByService.load(c.serviceId)]);
        return [...new Set([...costs.map((x) => x.year), ...activity.map((a) => Number(a.month.slice(0, 4)))])].sort((a, b) => a - b);
      },
      staff: internal('staffByService'),
      costs: internal('costsByService'),
      activity: internal('activityByService'),
    },
    StaffContribution: {
      fte: (s: ContributionStaff) => s.fteHundredths / 100,
    },
  };
}
