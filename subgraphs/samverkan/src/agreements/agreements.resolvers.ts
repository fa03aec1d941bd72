import { loadWithSiblings, requireIsoDate } from '@orebro/subgraph-kit';
import type { SubgraphResolvers } from '@orebro/subgraph-kit';
import type { GovernanceLoaders } from '../governance/governance.loaders';
import { todayInSweden } from '../shared/dates';
import type { Decision } from '../governance/decision.entity';
import type { Huvudman } from '../register/huvudman.entity';
import type { RegisterLoaders } from '../register/register.loaders';
import { Agreement } from './agreement.entity';
import type { AgreementsLoaders } from './agreements.loaders';

type Loaders = AgreementsLoaders & GovernanceLoaders & RegisterLoaders;

const notNull = <T>(value: T | null): value is T => value !== null;

export const agreementsResolvers: SubgraphResolvers<Loaders> = {
  Query: {
    agreements: async (_root, { stage }: { stage?: string | null }, { em, loaders }) => {
      const agreements = await em.find(Agreement, stage ? { stage } : {}, { orderBy: { name: 'asc' } });
      agreements.forEach((a) => loaders.agreement.prime(a.id, a));
      return agreements;
    },
    agreement: (_root, { id }: { id: string }, { loaders }) => loaders.agreement.load(id),
  },
  Agreement: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => loaders.agreement.load(id),
    parties: async (a: Agreement, _args, { loaders }) =>
      (await loaders.huvudman.loadMany((await loaders.partiesByAgreement.load(a.id)).map((p) => p.huvudmanId))).filter(
        (h): h is Huvudman => h !== null && !(h instanceof Error),
      ),
    adoptedBy: (a: Agreement, _args, { loaders }) => (a.adoptedByDecisionId ? loaders.decision.load(a.adoptedByDecisionId) : null),
    adoptedByBody: (a: Agreement, _args, { loaders }) => (a.adoptedByBodyId ? loaders.body.load(a.adoptedByBodyId) : null),
    discussedIn: async (a: Agreement, _args, { loaders }) =>
      (await Promise.all((await loaders.itemsByAgreement.load(a.id)).map((i) => loaders.agendaItem.load(i.agendaItemId)))).filter(notNull),
    inForce: (a: Agreement, { asOf }: { asOf?: string | null }) => {
      const on = asOf ?? todayInSweden();
      requireIsoDate(on, 'asOf');
      if (!a.validFrom) return null; // the documents do not say since when: unknown, not false
      return a.validFrom <= on && (!a.validTo || on <= a.validTo);
    },
  },
  Huvudman: {
    agreements: async (h: Huvudman, _args, { loaders }) =>
      (await Promise.all((await loaders.partiesByHuvudman.load(h.id)).map((p) => loaders.agreement.load(p.agreementId)))).filter(notNull),
  },
  Decision: {
    // Fetched for every decision of the meeting at once: decisions sit at several depths of a meeting's record.
    adoptsAgreements: async (d: Decision, _args, { loaders }) =>
      loadWithSiblings(loaders.agreementsAdoptedBy, d.id, await loaders.decisionsByMeeting.load(d.meetingId), (s) => s.id),
  },
};
