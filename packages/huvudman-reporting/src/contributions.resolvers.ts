import type { GraphQLResolveInfo } from 'graphql';
import { readInternal, type SubgraphContext, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { ContributionStaff } from './contribution.entity';
import type { ContributionsLoaders } from './contributions.loaders';
import { SekScalar } from './sek.scalar';

/** An owner's report on one service; its rows are read through the loaders when asked for. */
export interface OwnerContribution {
  serviceId: string;
  huvudmanId: string;
}

/** The owner's report, or null when it has no rows for the service (so it is not shown as an owner it is not). */
export async function ownerContribution(serviceId: string, huvudmanId: string, loaders: ContributionsLoaders): Promise<OwnerContribution | null> {
  const [staff, costs, activity] = await Promise.all([
    loaders.staffByService.load(serviceId),
    loaders.costsByService.load(serviceId),
    loaders.activityByService.load(serviceId),
  ]);
  return staff.length + costs.length + activity.length > 0 ? { serviceId, huvudmanId } : null;
}

/** Costs, staff and activity are internal: staff of a participating huvudman only, every read audited here. */
const internal =
  <K extends keyof ContributionsLoaders>(loader: K) =>
  (c: OwnerContribution, _args: unknown, ctx: SubgraphContext<ContributionsLoaders>, info: GraphQLResolveInfo) => {
    readInternal(ctx, info, 'OwnerContribution', [c.serviceId]);
    return ctx.loaders[loader].load(c.serviceId);
  };

/** The shared types of schema/contributions.graphql, resolved the same in the region and every kommun. */
export const ownerContributionResolvers: SubgraphResolvers<ContributionsLoaders> = {
  Sek: SekScalar,
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
