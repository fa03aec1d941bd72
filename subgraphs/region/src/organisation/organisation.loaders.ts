import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, once } from '@orebro/subgraph-kit';
import { Hospital, Narsjukvardsomrade, RegionProfile } from './region-organisation.entity';

export function createOrganisationLoaders(em: EntityManager) {
  /** The region's lists are small and wanted whole: one query each, shared by every field in the request. */
  const allAreas = once(() => em.find(Narsjukvardsomrade, {}, { orderBy: { id: 'asc' } }));
  return {
    profile: batchLoader<string, RegionProfile>(
      (ids) => em.find(RegionProfile, { id: { $in: [...ids] } }),
      (r) => r.id,
    ),
    /** A hospital's area comes from the same read as the list of areas. */
    area: batchLoader<string, Narsjukvardsomrade>(allAreas, (a) => a.id),
    allAreas,
    allHospitals: once(() => em.find(Hospital, {}, { orderBy: { id: 'asc' } })),
  };
}
export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
