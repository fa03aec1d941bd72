import { GraphQLError } from 'graphql';
import { readInternal, requireRole, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { RegisterLoaders } from '../register/register.loaders';
import { computeBalance, type OwnerBalance, type ReportedContribution, type ServiceBalance } from './balance';
import { CoOwnedService, type ServiceLeadership, type ServiceOwnership } from './co-owned-service.entity';
import { SekScalar } from '@orebro/huvudman-reporting';
import { saveCoOwnedService, setServiceBudget, type CoOwnedServiceInput, type ServiceBudgetInput } from './co-owned-services.service';
import { splitByWeight } from './shares';
import type { CoOwnedServicesLoaders } from './co-owned-services.loaders';

type Loaders = CoOwnedServicesLoaders & RegisterLoaders;

/** One owner's figures as the gateway hands them over for `balance` (BalanceFigures, @requires). */
type OwnerFigures = ReportedContribution & { withheld: boolean };

/**
 * A service as the gateway hands it back for `balance`: the row plus each owner's figures. A list or
 * entry that is null or absent is an owner whose subgraph did not answer: its figures count as missing.
 */
type ServiceWithReports = CoOwnedService & { regionBalanceFigures?: OwnerFigures | null; kommunBalanceFigures?: (OwnerFigures | null)[] | null };

export const coOwnedServicesResolvers: SubgraphResolvers<Loaders> = {
  Sek: SekScalar,
  Query: {
    coOwnedServices: async (_root, { lansdelId, kind }: { lansdelId?: string | null; kind?: string | null }, { em, loaders }) => {
      const services = lansdelId ? await servicesIn(lansdelId, loaders) : await em.find(CoOwnedService, kind ? { kind } : {});
      return services.filter((s) => !kind || s.kind === kind).sort(bySwedishName);
    },
    coOwnedService: (_root, { id }: { id: string }, { loaders }) => loaders.coOwnedService.load(id),
  },
  Mutation: {
    saveCoOwnedService: (_root, { input }: { input: CoOwnedServiceInput }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      return saveCoOwnedService(em, input);
    },
    setCoOwnedServiceBudget: async (_root, { input }: { input: ServiceBudgetInput }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      await setServiceBudget(em, input);
      return em.findOneOrFail(CoOwnedService, input.serviceId);
    },
  },
  CoOwnedService: {
    /** Keeps the owners' reports the gateway sends along (@requires) beside the stored row. */
    __resolveReference: async (ref: { id: string } & Partial<ServiceWithReports>, { loaders }) => {
      const service = await loaders.coOwnedService.load(ref.id);
      return service && { regionBalanceFigures: ref.regionBalanceFigures, kommunBalanceFigures: ref.kommunBalanceFigures, ...service };
    },
    owners: (s: CoOwnedService, _args, { loaders }) => loaders.ownersByService.load(s.id),
    leadership: (s: CoOwnedService, _args, { loaders }) => loaders.leadershipByService.load(s.id),
    employer: (s: CoOwnedService, _args, { loaders }) => (s.employerId ? loaders.huvudman.load(s.employerId) : null),
    lansdelar: async (s: CoOwnedService, _args, { loaders }) => {
      const links = await loaders.lansdelLinksByService.load(s.id);
      return (await loaders.lansdel.loadMany(links.map((l) => l.lansdelId))).filter((l) => l && !(l instanceof Error));
    },
    budgets: (s: CoOwnedService, _args, { loaders }) => loaders.budgetsByService.load(s.id),
    budget: async (s: CoOwnedService, { year }: { year: number }, { loaders }) =>
      (await loaders.budgetsByService.load(s.id)).find((b) => b.year === year) ?? null,
    balance: async (s: ServiceWithReports, { year }: { year: number }, ctx, info) => {
      readInternal(ctx, info, 'CoOwnedService', [s.id]);
      const [owners, budgets] = await Promise.all([ctx.loaders.ownersByService.load(s.id), ctx.loaders.budgetsByService.load(s.id)]);
      const reports = [s.regionBalanceFigures ?? null, ...(s.kommunBalanceFigures ?? [])].filter((r): r is OwnerFigures => r != null);
      // The owners decide with the same rule as readInternal above; figures withheld from a caller this
      // subgraph let through would make the balance wrong, so say so instead of computing it.
      const withheld = reports.filter((r) => r.withheld).map((r) => r.huvudmanId);
      if (withheld.length > 0)
        throw new GraphQLError(`Huvudman ${withheld.join(', ')} withheld its figures from this caller; the balance cannot be computed.`, {
          extensions: { code: 'FORBIDDEN', huvudman: withheld },
        });
      return computeBalance(year, owners, budgets.find((b) => b.year === year)?.amountSek ?? null, reports);
    },
  },
  ServiceBalance: {
    owners: (b: ServiceBalance, { huvudmanId }: { huvudmanId?: string | null }) => b.owners.filter((o) => !huvudmanId || o.huvudmanId === huvudmanId),
  },
  OwnerBalance: {
    huvudman: (o: OwnerBalance, _args, { loaders }) => loaders.huvudman.load(o.huvudmanId),
    agreedSharePercent: (o: OwnerBalance) => o.agreedShareBasisPoints / 100,
  },
  ServiceLeadership: {
    service: (l: ServiceLeadership, _args, { loaders }) => loaders.coOwnedService.load(l.serviceId),
    huvudman: (l: ServiceLeadership, _args, { loaders }) => loaders.huvudman.load(l.huvudmanId),
  },
  ServiceOwnership: {
    service: (o: ServiceOwnership, _args, { loaders }) => loaders.coOwnedService.load(o.serviceId),
    huvudman: (o: ServiceOwnership, _args, { loaders }) => loaders.huvudman.load(o.huvudmanId),
    sharePercent: (o: ServiceOwnership) => o.shareBasisPoints / 100,
    budgetParts: (o: ServiceOwnership, _args, { loaders }) => budgetParts(o, loaders),
    budgetPart: async (o: ServiceOwnership, { year }: { year: number }, { loaders }) => (await budgetParts(o, loaders)).find((p) => p.year === year) ?? null,
  },
  Huvudman: {
    coOwnedServices: (h: { id: string }, _args, { loaders }) => loaders.ownershipsByHuvudman.load(h.id),
  },
  Lansdel: {
    coOwnedServices: (l: { id: string }, _args, { loaders }) => servicesIn(l.id, loaders),
  },
};

/** Swedish order (å, ä, ö last), which the database's collation may not give. */
const bySwedishName = (a: CoOwnedService, b: CoOwnedService) => a.name.localeCompare(b.name, 'sv');

async function servicesIn(lansdelId: string, loaders: Loaders): Promise<CoOwnedService[]> {
  const links = await loaders.serviceLinksByLansdel.load(lansdelId);
  const services = await Promise.all(links.map((l) => loaders.coOwnedService.load(l.serviceId)));
  return services.filter((s): s is CoOwnedService => s !== null).sort(bySwedishName);
}

/** Budget × share for every budgeted year, split over all owners at once so the parts add up exactly. */
async function budgetParts(o: ServiceOwnership, loaders: Loaders) {
  const [owners, budgets] = await Promise.all([loaders.ownersByService.load(o.serviceId), loaders.budgetsByService.load(o.serviceId)]);
  const weights = owners.map((w) => ({ key: w.huvudmanId, weight: w.shareBasisPoints }));
  return budgets.map((b) => ({
    year: b.year,
    amountSek: splitByWeight(b.amountSek, weights).get(o.huvudmanId) ?? 0,
    computed: true,
    isExample: b.isExample || o.isExample,
  }));
}
