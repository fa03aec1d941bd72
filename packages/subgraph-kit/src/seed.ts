import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '@orebro/http';
import type { SubgraphDefinition } from './subgraph-definition';

/** Seeds only a database with no rows at all, in one transaction: a half-seeded database never stays. */
export async function seedIfEmpty<L>(orm: MikroORM, definition: SubgraphDefinition<L>, logger: Logger): Promise<boolean> {
  if (!definition.seed) return false;
  const em = orm.em.fork();
  for (const entity of definition.entities) {
    if ((await em.count(entity.meta.className)) > 0) return false;
  }
  await em.transactional((tx) => definition.seed!(tx, logger));
  logger.info('seeded empty database');
  return true;
}
