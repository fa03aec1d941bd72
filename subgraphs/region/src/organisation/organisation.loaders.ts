import type { EntityManager } from '@mikro-orm/core';
import { batchLoader } from '@orebro/subgraph-kit';
import { Hospital, Narsjukvardsomrade, RegionProfile } from './region-organisation.entity';

export function createOrganisationLoaders(em: EntityManager) {
  return {
    profile: batchLoader<string, RegionProfile>((ids) => em.find(RegionProfile, { id: { $in: [...ids] } }), (r) => r.id),
    area: batchLoader<string, Narsjukvardsomrade>((ids) => em.find(Narsjukvardsomrade, { id: { $in: [...ids] } }), (a) => a.id),
    /** The region's lists are small and wanted whole: one query each, shared by every field in the request. */
    allAreas: once(() => em.find(Narsjukvardsomrade, {}, { orderBy: { id: 'asc' } })),
    allHospitals: once(() => em.find(Hospital, {}, { orderBy: { id: 'asc' } })),
  };
}
export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}
