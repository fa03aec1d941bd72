import type { EntityManager } from '@mikro-orm/core';
import { groupLoader, rowsWhereIn } from '@orebro/subgraph-kit';
import { GrantUse } from './grant-use.entity';

/** One SQL query per request, however many programmes are asked for, read as plain rows (rowsWhereIn). */
export function createGrantUseLoaders(em: EntityManager) {
  return {
    grantUseByProgramme: groupLoader<string, GrantUse>(
      (ids) => rowsWhereIn(em, GrantUse, 'programmeId', ids, { orderBy: { id: 'asc' } }),
      (u) => u.programmeId,
    ),
  };
}
export type GrantUseLoaders = ReturnType<typeof createGrantUseLoaders>;
