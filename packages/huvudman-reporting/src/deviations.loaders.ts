import type { EntityManager } from '@mikro-orm/core';
import { batchLoader } from '@orebro/subgraph-kit';
import { DeviationRecord, DeviationResponseRecord } from './deviation.entity';

/** The owner's deviations and responses by deviation id: one SQL query per table per request. */
export function createDeviationLoaders(em: EntityManager) {
  return {
    deviationById: batchLoader<string, DeviationRecord>(
      (ids) => em.find(DeviationRecord, { id: { $in: [...ids] } }),
      (d) => d.id,
    ),
    responseByDeviation: batchLoader<string, DeviationResponseRecord>(
      (ids) => em.find(DeviationResponseRecord, { deviationId: { $in: [...ids] } }),
      (r) => r.deviationId,
    ),
  };
}
export type DeviationLoaders = ReturnType<typeof createDeviationLoaders>;
