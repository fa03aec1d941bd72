import type { GraphQLResolveInfo } from 'graphql';
import { REGION_ID } from '@orebro/reference-data';
import { readInternal, requireWriterFor, type SubgraphContext, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { ContributionStaff } from '@orebro/huvudman-reporting';
import type { ServiceContributionInput } from '@orebro/huvudman-reporting';
import { reportContribution } from './contributions.service';
import type { ContributionsLoaders } from '@orebro/huvudman-reporting';
import { SekScalar } from '@orebro/huvudman-reporting';

/** The region's report on one service; its rows are read through the loaders when asked for. */
interface OwnerContribution {
  serviceId: string;
  huvudmanId: string;
}

type Context = SubgraphContext<ContributionsLoaders>;

/** Null when the region has no rows for the service, so the region is not shown as an owner it is not. */
async function contributionOf(serviceId: string, loaders: ContributionsLoaders): Promise<OwnerContribution | null> {
  const [staff, costs, activity] = await Promise.all([
    loaders.staffByService.load(serviceId),
    loaders.costsByService.load(serviceId),
    loaders.activityByService.load(serviceId),
  ]);
  return staff.length + costs.length + activity.length > 0 ? { serviceId, huvudmanId: REGION_ID } : null;
}

/** Costs, staff and activity are internal: staff of a participating huvudman only, every read audited here. */
const internal =
  <K extends keyof ContributionsLoaders>(loader: K) =>
  (c: OwnerContribution, _args: unknown, ctx: Context, info: GraphQLResolveInfo) => {
    readInternal(ctx, info, 'OwnerContribution', [c.serviceId]);
    return ctx.loaders[loader].load(c.serviceId);
  };

export const contributionsResolvers: SubgraphResolvers<ContributionsLoaders> = {
  Sek: SekScalar,
  Mutation: {
    reportRegionContribution: async (_root, { input }: { input: ServiceContributionInput }, { em, caller }) => {
      requireWriterFor(caller, REGION_ID);
      await reportContribution(em, REGION_ID, input);
      return { serviceId: input.serviceId, huvudmanId: REGION_ID };
    },
  },
  CoOwnedService: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    regionContribution: (s: { id: string }, _args, { loaders }) => contributionOf(s.id, loaders),
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
