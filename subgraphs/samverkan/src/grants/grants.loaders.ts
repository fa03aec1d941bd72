import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader, once } from '@orebro/subgraph-kit';
import { GrantDecision, GrantNationalPart, GrantPot, GrantProgramme } from './grant.entity';

/** One SQL query per table per request, however many programmes, pots or decisions are asked for. */
export function createGrantsLoaders(em: EntityManager) {
  // Decisions on grant money are few (a handful per programme) and reached along three paths at different
  // depths of one view (a programme's, a pot's, a service's): all are read once per request and every path
  // is cut from that read.
  const decisions = once(() => em.find(GrantDecision, {}, { orderBy: { decidedOn: 'asc', id: 'asc' } }));
  const decisionsBy = (key: 'programmeId' | 'potId' | 'serviceId') => groupLoader<string, GrantDecision>(decisions, (d) => d[key]!);
  return {
    grantProgramme: batchLoader<string, GrantProgramme>(
      (ids) => em.find(GrantProgramme, { id: { $in: [...ids] } }),
      (g) => g.id,
    ),
    nationalPartsByProgramme: groupLoader<string, GrantNationalPart>(
      (ids) => em.find(GrantNationalPart, { programmeId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (p) => p.programmeId,
    ),
    grantPot: batchLoader<string, GrantPot>(
      (ids) => em.find(GrantPot, { id: { $in: [...ids] } }),
      (p) => p.id,
    ),
    potsByProgramme: groupLoader<string, GrantPot>(
      (ids) => em.find(GrantPot, { programmeId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (p) => p.programmeId,
    ),
    decisionsByProgramme: decisionsBy('programmeId'),
    decisionsByPot: decisionsBy('potId'),
    decisionsByService: decisionsBy('serviceId'),
  };
}
export type GrantsLoaders = ReturnType<typeof createGrantsLoaders>;
