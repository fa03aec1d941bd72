import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, rowsWhereIn } from '@orebro/subgraph-kit';
import { DeviationRecord, DeviationResponseRecord } from './deviation.entity';

/**
 * The owner's deviations and responses by deviation id: one SQL query per table per request, read as plain
 * rows (rowsWhereIn): the views only read them, and every deviation view asks each of the thirteen instances.
 */
export function createDeviationLoaders(em: EntityManager) {
  return {
    deviationById: batchLoader<string, DeviationRecord>(
      (ids) => rowsWhereIn(em, DeviationRecord, 'id', ids),
      (d) => d.id,
    ),
    responseByDeviation: batchLoader<string, DeviationResponseRecord>(
      (ids) => rowsWhereIn(em, DeviationResponseRecord, 'deviationId', ids),
      (r) => r.deviationId,
    ),
  };
}
export type DeviationLoaders = ReturnType<typeof createDeviationLoaders>;
