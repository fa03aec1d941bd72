import type { GraphQLResolveInfo } from 'graphql';
import { readInternal, requireStaff, type SubgraphContext, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { ContributionCost, ContributionStaff } from './contribution.entity';
import type { ContributionsLoaders } from './contributions.loaders';
import { SekScalar } from './sek.scalar';

/** An owner's report on one service; its rows are read through the loaders when asked for. */
export interface OwnerContribution {
  serviceId: string;
  huvudmanId: string;
}

/** The owner's report, or null when it has no rows for the service (so it is not shown as an owner it is not). */
export async function ownerContribution(serviceId: string, huvudmanId: string, loaders: ContributionsLoaders): Promise<OwnerContribution | null> {
  return (await loaders.reportedByService.load(serviceId)).length > 0 ? { serviceId, huvudmanId } : null;
}

/** What `CoOwnedService.balance` needs of one owner's report (BalanceFigures in the schema). */
export interface BalanceFigures {
  huvudmanId: string;
  serviceId: string;
  withheld: boolean;
  staff: ContributionStaff[];
  costs: ContributionCost[];
}

/**
 * The owner's figures for the balance view, or null when it has reported nothing for the service. They
 * are internal, but this field exists only to complete `balance` (the gateway asks for it through
 * @requires, whether or not the caller may see the figures): for a caller who may not, they are withheld
 * WITHOUT an error, so the caller gets the one denial of `balance` itself, at the path it asked for,
 * instead of one denial per owner and field it never selected. Each read and each withholding is audited.
 */
export async function balanceFigures(
  serviceId: string,
  huvudmanId: string,
  ctx: SubgraphContext<ContributionsLoaders>,
  info: GraphQLResolveInfo,
): Promise<BalanceFigures | null> {
  if (!(await ownerContribution(serviceId, huvudmanId, ctx.loaders))) return null;
  const audit = { action: 'read' as const, operation: `${info.parentType.name}.${info.fieldName}`, entity: 'OwnerContribution', entityIds: [serviceId] };
  try {
    requireStaff(ctx.caller);
  } catch {
    ctx.audit.add({ ...audit, outcome: 'denied', detail: 'WITHHELD' });
    return { huvudmanId, serviceId, withheld: true, staff: [], costs: [] };
  }
  ctx.audit.add({ ...audit, outcome: 'allowed' });
  const [staff, costs] = await Promise.all([ctx.loaders.staffByService.load(serviceId), ctx.loaders.costsByService.load(serviceId)]);
  return { huvudmanId, serviceId, withheld: false, staff, costs };
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
      const years = (await loaders.reportedByService.load(c.serviceId)).flatMap((r) => (r.year === null ? [] : [r.year]));
      return [...new Set(years)].sort((a, b) => a - b);
    },
    staff: internal('staffByService'),
    costs: internal('costsByService'),
    activity: internal('activityByService'),
  },
  StaffContribution: {
    fte: (s: ContributionStaff) => s.fteHundredths / 100,
  },
};
