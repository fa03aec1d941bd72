import { defineEntity, p } from '@mikro-orm/core';
import { createLogger } from '@orebro/http';
import { createTestDatabase } from './test-database';
import { initORM } from './orm';
import { seedEmptyAreas, type AreaSeed } from './seed';

const Plan = defineEntity({ name: 'SeedTestPlan', properties: { id: p.integer().primary().autoincrement(), name: p.string() } });
const Goal = defineEntity({ name: 'SeedTestGoal', properties: { id: p.integer().primary().autoincrement(), text: p.string() } });
const logger = createLogger('seed-test');
logger.level = 'silent';

const area = (name: string, entity: typeof Plan | typeof Goal, rows: number, fail = false): AreaSeed => ({
  name,
  entities: [entity],
  seed: async (em) => {
    for (let i = 0; i < rows; i++) em.create(entity.meta.className, entity === Plan ? { name: `${name} ${i}` } : { text: `${name} ${i}` });
    await em.flush();
    if (fail) throw new Error('seed failed half way');
  },
});

/** These test entities have no migrations: create their tables directly, on either database. */
async function testOrm(database: ReturnType<typeof createTestDatabase>) {
  const orm = await initORM({ entities: [Plan, Goal], migrations: () => [] }, database.config);
  await orm.schema.updateSchema();
  return orm;
}

describe('seedEmptyAreas', () => {
  it('seeds a fresh database, then on a later start only an area added since (an upgrade)', async () => {
    const database = createTestDatabase('seed_upgrade');
    const orm = await testOrm(database);
    try {
      expect(await seedEmptyAreas(orm, [area('plans', Plan, 2)], logger)).toEqual(['plans']);
      expect(await seedEmptyAreas(orm, [area('plans', Plan, 2), area('goals', Goal, 3)], logger)).toEqual(['goals']);
      expect(await seedEmptyAreas(orm, [area('plans', Plan, 2), area('goals', Goal, 3)], logger)).toEqual([]);
      expect([await orm.em.fork().count(Plan), await orm.em.fork().count(Goal)]).toEqual([2, 3]);
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  it('leaves nothing behind when one area fails to seed', async () => {
    const database = createTestDatabase('seed_failure');
    const orm = await testOrm(database);
    try {
      await expect(seedEmptyAreas(orm, [area('plans', Plan, 2), area('goals', Goal, 3, true)], logger)).rejects.toThrow('seed failed half way');
      expect([await orm.em.fork().count(Plan), await orm.em.fork().count(Goal)]).toEqual([0, 0]);
    } finally {
      await orm.close();
      await database.drop();
    }
  });
});
