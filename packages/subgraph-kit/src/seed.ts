import type { EntityManager, EntitySchema, MikroORM } from '@mikro-orm/core';
import type { Logger } from '@orebro/http';

/** One area's seed and the tables it fills. */
export interface AreaSeed {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- schemas of any entity type
  entities: EntitySchema<any, any>[];
  seed: (em: EntityManager, logger: Logger) => Promise<void>;
}

/**
 * Seeds every area whose tables are all empty, in area order and in one transaction: a fresh
 * database gets everything, an existing one gets only the areas added since (an upgrade), and a
 * half-seeded database never stays. Logs what it did: the rows seeded per table of each area seeded,
 * and the areas found already seeded. Returns the names of the areas seeded.
 */
export async function seedEmptyAreas(orm: MikroORM, seeds: readonly AreaSeed[], logger: Logger): Promise<string[]> {
  const em = orm.em.fork();
  const empty: AreaSeed[] = [];
  for (const area of seeds) {
    const counts = await Promise.all(area.entities.map((entity) => em.count(entity.meta.className)));
    if (counts.every((count) => count === 0)) empty.push(area);
  }
  const alreadySeeded = seeds.filter((area) => !empty.includes(area)).map((a) => a.name);
  if (empty.length === 0) {
    logger.info({ alreadySeeded }, seeds.length > 0 ? 'already seeded' : 'nothing to seed');
    return [];
  }
  await em.transactional(async (tx) => {
    for (const area of empty) await area.seed(tx, logger);
  });
  const names = empty.map((a) => a.name);
  const counter = orm.em.fork();
  const rows: Record<string, number> = {};
  for (const area of empty) for (const entity of area.entities) rows[entity.meta.className] = await counter.count(entity.meta.className);
  logger.info({ areas: names, rows, alreadySeeded }, 'seeded empty areas');
  return names;
}
