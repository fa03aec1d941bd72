import type { EntityManager } from '@mikro-orm/core';
import { groupLoader } from '@orebro/subgraph-kit';
import { ContributionActivity, ContributionCost, ContributionStaff } from './contribution.entity';

/** The owner's rows per service: one SQL query per table per request, however many services are asked for. */
export function createContributionsLoaders(em: EntityManager) {
  return {
    staffByService: groupLoader<string, ContributionStaff>(
      (ids) => em.find(ContributionStaff, { serviceId: { $in: [...ids] } }, { orderBy: { startsOn: 'asc', role: 'asc' } }),
      (s) => s.serviceId,
    ),
    costsByService: groupLoader<string, ContributionCost>(
      (ids) => em.find(ContributionCost, { serviceId: { $in: [...ids] } }, { orderBy: { year: 'asc' } }),
      (c) => c.serviceId,
    ),
    activityByService: groupLoader<string, ContributionActivity>(
      (ids) => em.find(ContributionActivity, { serviceId: { $in: [...ids] } }, { orderBy: { month: 'asc', measure: 'asc', patientHomeKommunCode: 'asc' } }),
      (a) => a.serviceId,
    ),
  };
}
export type ContributionsLoaders = ReturnType<typeof createContributionsLoaders>;
