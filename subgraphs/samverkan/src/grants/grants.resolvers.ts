import { requireRole, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { RegisterLoaders } from '../register/register.loaders';
import type { CoOwnedServicesLoaders } from '../co-owned-services/co-owned-services.loaders';
import { allocate, type Allocation } from './allocation';
import { GrantDecision, GrantProgramme, type GrantPot } from './grant.entity';
import { recordGrantDecision, type GrantDecisionInput } from './grant-decision.service';
import { saveGrantPot, saveGrantProgramme, type GrantPotInput, type GrantProgrammeInput } from './grants.service';
import type { GrantsLoaders } from './grants.loaders';

type Loaders = GrantsLoaders & CoOwnedServicesLoaders & RegisterLoaders;

/** Allocations are computed on read from the national parts: never stored, so never stale. */
async function allocationsOf(programme: GrantProgramme, loaders: Loaders) {
  return allocate(await loaders.nationalPartsByProgramme.load(programme.id));
}

export const grantsResolvers: SubgraphResolvers<Loaders> = {
  Query: {
    grantProgrammes: (_root, { area, year }: { area?: string | null; year?: number | null }, { em }) =>
      em.find(GrantProgramme, { ...(area ? { area } : {}), ...(year ? { year } : {}) }, { orderBy: { year: 'desc', name: 'asc' } }),
    grantProgramme: (_root, { id }: { id: string }, { loaders }) => loaders.grantProgramme.load(id),
    grantDecisions: (_root, { area }: { area?: string | null }, { em }) =>
      em.find(GrantDecision, area ? { area } : {}, { orderBy: { decidedOn: 'asc', id: 'asc' } }),
  },
  Mutation: {
    saveGrantProgramme: (_root, { input }: { input: GrantProgrammeInput }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      return saveGrantProgramme(em, input);
    },
    saveGrantPot: (_root, { input }: { input: GrantPotInput }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      return saveGrantPot(em, input);
    },
    recordGrantDecision: (_root, { input }: { input: GrantDecisionInput }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      return recordGrantDecision(em, input);
    },
  },
  GrantProgramme: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => loaders.grantProgramme.load(id),
    nationalParts: (g: GrantProgramme, _args, { loaders }) => loaders.nationalPartsByProgramme.load(g.id),
    unspecifiedSek: async (g: GrantProgramme, _args, { loaders }) => {
      const parts = await loaders.nationalPartsByProgramme.load(g.id);
      const rest = g.nationalTotalSek == null || parts.length === 0 ? 0 : g.nationalTotalSek - parts.reduce((sum, p) => sum + p.amountSek, 0);
      return rest > 0 ? rest : null;
    },
    lanShare: async (g: GrantProgramme, _args, { loaders }) => {
      const { lanShare } = await allocationsOf(g, loaders);
      return lanShare && { computed: true, ...lanShare };
    },
    allocations: async (g: GrantProgramme, _args, { loaders }) => (await allocationsOf(g, loaders)).allocations,
    allocation: async (g: GrantProgramme, { huvudmanId }: { huvudmanId: string }, { loaders }) =>
      (await allocationsOf(g, loaders)).allocations.find((a) => a.huvudmanId === huvudmanId) ?? null,
    pots: (g: GrantProgramme, _args, { loaders }) => loaders.potsByProgramme.load(g.id),
    decisions: (g: GrantProgramme, _args, { loaders }) => loaders.decisionsByProgramme.load(g.id),
  },
  GrantAllocation: {
    huvudman: (a: Allocation, _args, { loaders }) => loaders.huvudman.load(a.huvudmanId),
    computed: () => true,
  },
  GrantPot: {
    programme: (p: GrantPot, _args, { loaders }) => loaders.grantProgramme.load(p.programmeId),
    administeredBy: (p: GrantPot, _args, { loaders }) => (p.administeredById ? loaders.huvudman.load(p.administeredById) : null),
    decisions: (p: GrantPot, _args, { loaders }) => loaders.decisionsByPot.load(p.id),
    decidedSek: async (p: GrantPot, _args, { loaders }) => decided(await loaders.decisionsByPot.load(p.id)),
    remainingSek: async (p: GrantPot, _args, { loaders }) => (p.amountSek == null ? null : p.amountSek - decided(await loaders.decisionsByPot.load(p.id))),
  },
  GrantDecision: {
    programme: (d: GrantDecision, _args, { loaders }) => (d.programmeId ? loaders.grantProgramme.load(d.programmeId) : null),
    pot: (d: GrantDecision, _args, { loaders }) => (d.potId ? loaders.grantPot.load(d.potId) : null),
    service: (d: GrantDecision, _args, { loaders }) => (d.serviceId ? loaders.coOwnedService.load(d.serviceId) : null),
  },
  CoOwnedService: {
    fundingDecisions: (s: { id: string }, _args, { loaders }) => loaders.decisionsByService.load(s.id),
  },
};

const decided = (decisions: GrantDecision[]): number => decisions.reduce((sum, d) => sum + (d.amountSek ?? 0), 0);
