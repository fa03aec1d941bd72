import type { EntityManager } from '@mikro-orm/core';
import { groupLoader, rowsWhereIn } from '@orebro/subgraph-kit';
import { ContributionActivity, ContributionCost, ContributionStaff } from './contribution.entity';

/**
 * The owner's rows per service: one SQL query per table per request, however many services are asked for;
 * read as plain rows (rowsWhereIn), since every kommun instance answers each broadcast fetch with them.
 */
export function createContributionsLoaders(em: EntityManager) {
  return {
    staffByService: groupLoader<string, ContributionStaff>(
      (ids) => rowsWhereIn(em, ContributionStaff, 'serviceId', ids, { orderBy: { startsOn: 'asc', role: 'asc' } }),
      (s) => s.serviceId,
    ),
    costsByService: groupLoader<string, ContributionCost>(
      (ids) => rowsWhereIn(em, ContributionCost, 'serviceId', ids, { orderBy: { year: 'asc' } }),
      (c) => c.serviceId,
    ),
    activityByService: groupLoader<string, ContributionActivity>(
      (ids) => rowsWhereIn(em, ContributionActivity, 'serviceId', ids, { orderBy: { month: 'asc', measure: 'asc', patientHomeKommunCode: 'asc' } }),
      (a) => a.serviceId,
    ),
  };
}
export type ContributionsLoaders = ReturnType<typeof createContributionsLoaders>;
