import type { EntityManager } from '@mikro-orm/core';
import { groupLoader } from '@orebro/subgraph-kit';
import { GrantUse } from './grant-use.entity';

/** One SQL query per request, however many programmes are asked for. */
export function createGrantUseLoaders(em: EntityManager) {
  return {
    grantUseByProgramme: groupLoader<string, GrantUse>(
      (ids) => em.find(GrantUse, { programmeId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (u) => u.programmeId,
    ),
  };
}
export type GrantUseLoaders = ReturnType<typeof createGrantUseLoaders>;
