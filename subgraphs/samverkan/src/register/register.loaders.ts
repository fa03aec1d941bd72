import type { EntityManager } from '@mikro-orm/core';
import { allRows, batchLoader, groupLoader, once } from '@orebro/subgraph-kit';
import { Huvudman } from './huvudman.entity';
import { Lansdel } from './lansdel.entity';

/** One SQL query per table per request, whatever the number of references. */
export function createRegisterLoaders(em: EntityManager) {
  // The register is small (the region, twelve kommuner, four länsdelar), written only by the seed, and
  // referenced from every level of a view (employers, owners, members, parties, reporters): each table is
  // read whole once per request, whichever path reaches it first, and every other area uses these reads.
  // As plain rows (allRows): nothing here is written through a request's entity manager.
  const allHuvudmen = once(() => allRows(em, Huvudman, { orderBy: { id: 'asc' } }));
  const allLansdelar = once(() => allRows(em, Lansdel, { orderBy: { id: 'asc' } }));
  return {
    /** Every huvudman, in id order. */
    allHuvudmen,
    /** Every länsdel, in id order. */
    allLansdelar,
    huvudman: batchLoader<string, Huvudman>(allHuvudmen, (h) => h.id),
    lansdel: batchLoader<string, Lansdel>(allLansdelar, (l) => l.id),
    huvudmenByLansdel: groupLoader<string, Huvudman>(
      async () => (await allHuvudmen()).filter((h) => h.lansdelId !== null),
      (h) => h.lansdelId!,
    ),
  };
}
export type RegisterLoaders = ReturnType<typeof createRegisterLoaders>;
