import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader } from '@orebro/subgraph-kit';
import { Huvudman } from './huvudman.entity';
import { Lansdel } from './lansdel.entity';

/** One SQL query per entity type per request, whatever the number of references. */
export function createRegisterLoaders(em: EntityManager) {
  return {
    huvudman: batchLoader<string, Huvudman>((ids) => em.find(Huvudman, { id: { $in: [...ids] } }), (h) => h.id),
    lansdel: batchLoader<string, Lansdel>((ids) => em.find(Lansdel, { id: { $in: [...ids] } }), (l) => l.id),
    huvudmenByLansdel: groupLoader<string, Huvudman>(
      (ids) => em.find(Huvudman, { lansdelId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (h) => h.lansdelId!,
    ),
  };
}
export type RegisterLoaders = ReturnType<typeof createRegisterLoaders>;
