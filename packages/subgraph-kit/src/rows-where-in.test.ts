import { defineEntity, p } from '@mikro-orm/core';
import { createTestDatabase } from './test-database';
import { initORM } from './orm';
import { rowsWhereIn } from './rows-where-in';

const Cost = defineEntity({
  name: 'RowsTestCost',
  tableName: 'rows_test_cost',
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.string().index(),
    year: p.integer(),
    amountSek: p.bigint('number'),
    note: p.string().nullable(),
    isExample: p.boolean(),
  },
});

describe('rowsWhereIn: rows as em.find gives them, without entities', () => {
  it('gives the same values, order and count of statements as em.find, for every number of keys', async () => {
    const database = createTestDatabase('rows_where_in');
    const statements: string[] = [];
    const orm = await initORM({ entities: [Cost], migrations: () => [] }, database.config, { onQuery: (sql) => statements.push(sql) });
    try {
      const em = orm.em.fork();
      em.create(Cost, { serviceId: 'a', year: 2025, amountSek: 9_000_000_000, note: null, isExample: true });
      em.create(Cost, { serviceId: 'a', year: 2024, amountSek: 12, note: 'Örebro', isExample: false });
      em.create(Cost, { serviceId: 'b', year: 2024, amountSek: 0, note: 'b', isExample: false });
      em.create(Cost, { serviceId: 'c', year: 2023, amountSek: 5, note: null, isExample: true });
      await em.flush();

      for (const keys of [['a'], ['a', 'b'], ['c', 'b', 'a', 'x'], ['x'], ['b']]) {
        const found = await orm.em.fork().find(Cost, { serviceId: { $in: keys } }, { orderBy: { year: 'asc', id: 'asc' } });
        statements.length = 0;
        const rows = await rowsWhereIn(orm.em.fork(), Cost, 'serviceId', keys, { year: 'asc', id: 'asc' });
        expect(rows).toEqual(found.map((entity) => ({ ...entity })));
        expect(statements).toHaveLength(1);
      }
      // A value written after the statement was first built is read: only the statement's text is kept.
      const writer = orm.em.fork();
      writer.create(Cost, { serviceId: 'b', year: 2026, amountSek: 7, note: null, isExample: false });
      await writer.flush();
      expect((await rowsWhereIn(orm.em.fork(), Cost, 'serviceId', ['b'], { year: 'asc' })).map((r) => r.year)).toEqual([2024, 2026]);
      expect(await rowsWhereIn(orm.em.fork(), Cost, 'serviceId', [])).toEqual([]);
    } finally {
      await orm.close();
      await database.drop();
    }
  });
});
