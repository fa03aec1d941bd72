import { requireIsoDate } from '@orebro/subgraph-kit';
import type { SubgraphResolvers } from '@orebro/subgraph-kit';
import type { Huvudman } from '../register/huvudman.entity';
import type { Lansdel } from '../register/lansdel.entity';
import type { RegisterLoaders } from '../register/register.loaders';
import { Body, type BodyRelation } from './body.entity';

import type { GovernanceLoaders } from './governance.loaders';
import { BodyKinds, OpenDecisionStatuses, type DecisionStatus } from './kinds';
import type { Membership, Person } from './person.entity';

type Loaders = GovernanceLoaders & RegisterLoaders;

/** Seats held on `asOf` (an open end counts as held); all seats without it. */
export function heldOn(memberships: Membership[], asOf: string | null | undefined): Membership[] {
  if (!asOf) return memberships;
  requireIsoDate(asOf, 'asOf');
  return memberships.filter((m) => (!m.periodFrom || m.periodFrom <= asOf) && (!m.periodTo || m.periodTo >= asOf));
}

const kindRank = (b: Body) => BodyKinds.indexOf(b.kind as (typeof BodyKinds)[number]);

export const bodiesResolvers: SubgraphResolvers<Loaders> = {
  Query: {
    bodies: async (_root, { kind }: { kind?: string | null }, { em, loaders }) => {
      const bodies = await em.find(Body, kind ? { kind } : {});
      bodies.forEach((b) => loaders.body.prime(b.id, b)); // later references to these bodies cost no query
      return bodies.sort((a, b) => kindRank(a) - kindRank(b) || a.name.localeCompare(b.name, 'sv'));
    },
    body: (_root, { id }: { id: string }, { loaders }) => loaders.body.load(id),
    person: (_root, { id }: { id: string }, { loaders }) => loaders.person.load(id),
  },
  Body: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => loaders.body.load(id),
    lansdel: (b: Body, _args, { loaders }) => (b.lansdelId ? loaders.lansdel.load(b.lansdelId) : null),
    relations: async (b: Body, _args, { loaders }) => (await loaders.bodyRelations.load(b.id)).map((r) => r.relation),
    members: async (b: Body, { asOf }: { asOf?: string | null }, { loaders }) => heldOn(await loaders.membershipsByBody.load(b.id), asOf),
    meetings: (b: Body, _args, { loaders }) => loaders.meetingsByBody.load(b.id),
    decisions: async (b: Body, { statuses }: { statuses?: DecisionStatus[] | null }, { loaders }) => {
      const decisions = await loaders.decisionsByBody.load(b.id);
      return statuses ? decisions.filter((d) => statuses.includes(d.status as DecisionStatus)) : decisions;
    },
    openDecisions: async (b: Body, _args, { loaders }) =>
      (await loaders.decisionsByBody.load(b.id)).filter((d) => OpenDecisionStatuses.includes(d.status as DecisionStatus)),
  },
  BodyRelation: {
    from: (r: BodyRelation, _args, { loaders }) => loaders.body.load(r.fromBodyId),
    to: (r: BodyRelation, _args, { loaders }) => loaders.body.load(r.toBodyId),
  },
  Person: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => loaders.person.load(id),
    huvudman: (p: Person, _args, { loaders }) => loaders.huvudman.load(p.huvudmanId),
    memberships: (p: Person, _args, { loaders }) => loaders.membershipsByPerson.load(p.id),
    ownedDecisions: (p: Person, _args, { loaders }) => loaders.decisionsByOwnerPerson.load(p.id),
  },
  Membership: {
    body: (m: Membership, _args, { loaders }) => loaders.body.load(m.bodyId),
    huvudman: (m: Membership, _args, { loaders }) => loaders.huvudman.load(m.huvudmanId),
    person: (m: Membership, _args, { loaders }) => (m.personId ? loaders.person.load(m.personId) : null),
    deputyFor: (m: Membership, _args, { loaders }) => (m.deputyForPersonId ? loaders.person.load(m.deputyForPersonId) : null),
  },
  Huvudman: {
    memberships: async (h: Huvudman, { asOf }: { asOf?: string | null }, { loaders }) => heldOn(await loaders.membershipsByHuvudman.load(h.id), asOf),
    ownedDecisions: async (h: Huvudman, { open }: { open?: boolean | null }, { loaders }) => {
      const decisions = await loaders.decisionsByOwnerHuvudman.load(h.id);
      if (open === null || open === undefined) return decisions;
      return decisions.filter((d) => OpenDecisionStatuses.includes(d.status as DecisionStatus) === open);
    },
  },
  Lansdel: {
    group: (l: Lansdel, _args, { loaders }) => loaders.bodyByLansdel.load(l.id),
  },
};
