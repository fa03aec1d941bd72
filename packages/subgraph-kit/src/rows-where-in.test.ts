import { defineEntity, p, type MikroORM } from '@mikro-orm/core';
import { createTestDatabase, testsUsePostgres } from './test-database';
import { initORM } from './orm';
import { allRows, rowsWhereIn } from './rows-where-in';

/** Every kind of column the subgraphs' loaders read this way: text, integer, bigint as number, double, boolean, nullable. */
const Cost = defineEntity({
  name: 'RowsTestCost',
  tableName: 'rows_test_cost',
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.string().index(),
    ownerCode: p.string(),
    year: p.integer(),
    amountSek: p.bigint('number'),
    share: p.double().nullable(),
    note: p.text().nullable(),
    isExample: p.boolean(),
  },
});

/** Dates and JSON, as the deviation records have them, and a day as text for ranges. */
const Stamped = defineEntity({
  name: 'RowsTestStamped',
  tableName: 'rows_test_stamped',
  properties: {
    id: p.integer().primary().autoincrement(),
    occurredOn: p.string(),
    recordedAt: p.datetime(),
    closedAt: p.datetime().nullable(),
    concerned: p.json<string[]>(),
  },
});

/** A relation: refused (its rows would need a join or references). */
const Linked = defineEntity({
  name: 'RowsTestLinked',
  tableName: 'rows_test_linked',
  properties: { id: p.integer().primary().autoincrement(), cost: () => p.manyToOne(Cost) },
});

/**
 * Runs `body` against a fresh test database with these test entities' tables, collecting each SQL
 * statement run in `statements`; closes and drops the database after.
 */
async function withTestOrm(name: string, body: (orm: MikroORM, statements: string[]) => Promise<void>): Promise<void> {
  const database = createTestDatabase(name);
  const statements: string[] = [];
  const orm = await initORM({ entities: [Cost, Stamped, Linked], migrations: () => [] }, database.config, { onQuery: (sql) => statements.push(sql) });
  try {
    // On PostgreSQL the kit runs migrations, of which these test entities have none: create their tables.
    await orm.schema.updateSchema({ safe: true });
    await body(orm, statements);
  } finally {
    await orm.close();
    await database.drop();
  }
}

describe(`rowsWhereIn: rows as em.find gives them, without entities (${testsUsePostgres() ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('gives the same values, types, order and count of statements as em.find, for every number of keys and conditions', async () => {
    await withTestOrm('rows_where_in', async (orm, statements) => {
      const em = orm.em.fork();
      em.create(Cost, { serviceId: 'a', ownerCode: '1880', year: 2025, amountSek: 9_000_000_000, share: 0.125, note: null, isExample: true });
      em.create(Cost, { serviceId: 'a', ownerCode: '1881', year: 2024, amountSek: 12, share: null, note: 'Örebro', isExample: false });
      em.create(Cost, { serviceId: 'b', ownerCode: '1880', year: 2024, amountSek: 0, share: 33.5, note: "it's 'quoted' ?", isExample: false });
      em.create(Cost, { serviceId: 'c', ownerCode: '1881', year: 2023, amountSek: 5, share: 1, note: null, isExample: true });
      await em.flush();

      const cases: { keys: string[]; where?: { ownerCode?: string; year?: number } }[] = [
        { keys: ['a'] },
        { keys: ['a', 'b'] },
        { keys: ['c', 'b', 'a', 'x'] },
        { keys: ['x'] },
        { keys: ["it's", '?', 'b'] },
        { keys: ['a', 'b', 'c'], where: { ownerCode: '1880' } },
        { keys: ['a', 'c'], where: { ownerCode: '1881', year: 2023 } },
        { keys: ['a', 'b'], where: { ownerCode: 'none' } },
      ];
      for (const { keys, where = {} } of cases) {
        const found = await orm.em.fork().find(Cost, { ...where, serviceId: { $in: keys } }, { orderBy: { year: 'asc', id: 'asc' } });
        statements.length = 0;
        const rows = await rowsWhereIn(orm.em.fork(), Cost, 'serviceId', keys, { orderBy: { year: 'asc', id: 'asc' }, where });
        expect(rows).toEqual(found.map((entity) => ({ ...entity })));
        expect(statements).toHaveLength(1);
        // Each kind of column as its JavaScript type: PostgreSQL gives a bigint column as text.
        for (const row of rows) {
          expect([typeof row.amountSek, typeof row.isExample, typeof row.year]).toEqual(['number', 'boolean', 'number']);
          expect(row.share === null || typeof row.share === 'number').toBe(true);
        }
      }
      expect((await rowsWhereIn(orm.em.fork(), Cost, 'serviceId', ['a', 'b', 'c'], { where: { ownerCode: '1881' } })).map((r) => r.serviceId).sort()).toEqual([
        'a',
        'c',
      ]);

      // A value written after the statement was first built is read: only the statement's text is kept.
      const writer = orm.em.fork();
      writer.create(Cost, { serviceId: 'b', ownerCode: '1880', year: 2026, amountSek: 7, share: null, note: null, isExample: false });
      await writer.flush();
      expect((await rowsWhereIn(orm.em.fork(), Cost, 'serviceId', ['b'], { orderBy: { year: 'asc' } })).map((r) => r.year)).toEqual([2024, 2026]);
      expect(await rowsWhereIn(orm.em.fork(), Cost, 'serviceId', [])).toEqual([]);

      // A whole table (allRows), with and without conditions: the same rows and values as em.find, in one statement.
      for (const where of [{}, { ownerCode: '1880' }, { ownerCode: '1881', year: 2023 }, { ownerCode: 'none' }]) {
        const found = await orm.em.fork().find(Cost, where, { orderBy: { year: 'desc', id: 'asc' } });
        statements.length = 0;
        const rows = await allRows(orm.em.fork(), Cost, { orderBy: { year: 'desc', id: 'asc' }, where });
        expect(rows).toEqual(found.map((entity) => ({ ...entity })));
        expect(rows).toHaveLength(where.ownerCode === 'none' ? 0 : found.length);
        expect(statements).toHaveLength(1);
      }
      expect((await allRows(orm.em.fork(), Cost)).length).toBe(5);

      // Only some columns (`fields`): those and the keyed property, each as em.find gives it, nothing else;
      // the same statement for the same columns, another for other columns.
      for (const fields of [['amountSek', 'isExample'], ['year'], ['serviceId', 'share', 'note']] as const) {
        const found = await orm.em.fork().find(Cost, { serviceId: { $in: ['a', 'b'] } }, { orderBy: { year: 'asc', id: 'asc' } });
        statements.length = 0;
        const rows = await rowsWhereIn(orm.em.fork(), Cost, 'serviceId', ['a', 'b'], { orderBy: { year: 'asc', id: 'asc' }, fields });
        const read = ['serviceId', ...fields.filter((f) => f !== 'serviceId')];
        expect(rows).toEqual(found.map((entity) => Object.fromEntries(read.map((f) => [f, entity[f as keyof typeof entity]]))));
        expect(statements).toHaveLength(1);
        expect(statements[0]).not.toMatch(/\*/);
      }
      const lean = await allRows(orm.em.fork(), Cost, { fields: ['year'], where: { ownerCode: '1881' }, orderBy: { year: 'asc' } });
      expect(lean).toEqual([{ year: 2023 }, { year: 2024 }]);

      // A relation would need a join or references: refused, naming the property.
      await expect(rowsWhereIn(orm.em.fork(), Linked, 'id', [1])).rejects.toThrow(/RowsTestLinked\.cost is a m:1/);
      await expect(allRows(orm.em.fork(), Linked)).rejects.toThrow(/RowsTestLinked\.cost is a m:1/);
    });
  });
});

describe(`rowsWhereIn and allRows with Dates, JSON and ranges (${testsUsePostgres() ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('gives Dates (to the millisecond, whatever the time zone) and JSON as em.find does, and the rows a range selects', async () => {
    await withTestOrm('rows_where_in_dates', async (orm, statements) => {
      const em = orm.em.fork();
      const days = ['2024-12-31', '2025-01-01', '2025-06-15', '2025-12-31', '2026-01-01'];
      days.forEach((occurredOn, i) =>
        em.create(Stamped, {
          occurredOn,
          // Across a summer-time change in Stockholm, with milliseconds, one at the epoch's first day.
          recordedAt: new Date(i === 0 ? 86_400_000 : Date.UTC(2025, 2 + i, 30, 1, 30, 15, 123 + i)),
          closedAt: i % 2 === 0 ? null : new Date(Date.UTC(2025, 9, 26, 0, 59, 59, 999)),
          concerned: i === 2 ? [] : ['18', `18${i}0`, 'Örebro "län"'],
        }),
      );
      await em.flush();

      const ranges = [
        { occurredOn: { $gte: '2025-01-01', $lte: '2025-12-31' } },
        { occurredOn: { $gte: '2025-06-15' } },
        { occurredOn: { $lte: '2025-01-01' } },
        { occurredOn: { $gte: '2026-02-01', $lte: '2026-12-31' } },
        { occurredOn: { $gte: '2025-12-31', $lte: '2025-12-31' } },
        {},
      ];
      for (const where of ranges) {
        const found = await orm.em.fork().find(Stamped, where, { orderBy: { occurredOn: 'desc' } });
        statements.length = 0;
        const rows = await allRows(orm.em.fork(), Stamped, { where, orderBy: { occurredOn: 'desc' } });
        expect(rows).toEqual(found.map((entity) => ({ ...entity })));
        expect(statements).toHaveLength(1);
        for (const row of rows) {
          expect(row.recordedAt).toBeInstanceOf(Date);
          expect(Array.isArray(row.concerned)).toBe(true);
        }
      }
      // The same shape with other bounds reuses the statement and reads by the new values.
      const inRange = (from: string, to: string) =>
        allRows(orm.em.fork(), Stamped, { where: { occurredOn: { $gte: from, $lte: to } }, orderBy: { occurredOn: 'asc' } });
      expect((await inRange('2025-01-01', '2025-12-31')).map((r) => r.occurredOn)).toEqual(['2025-01-01', '2025-06-15', '2025-12-31']);
      expect((await inRange('2024-01-01', '2025-01-01')).map((r) => r.occurredOn)).toEqual(['2024-12-31', '2025-01-01']);
      // A bound is a value, never SQL: this one is text that sorts just before "2025-", so it selects 2025.
      expect((await inRange("2025' or 1=1 --", '2025-13')).map((r) => r.occurredOn)).toEqual(['2025-01-01', '2025-06-15', '2025-12-31']);
      // Keys and a range together, and a range with no bound refused.
      const keyed = await rowsWhereIn(orm.em.fork(), Stamped, 'id', [1, 2, 3, 4, 5], { where: { occurredOn: { $gte: '2025-06-15' } }, orderBy: { id: 'asc' } });
      expect(keyed.map((r) => r.occurredOn)).toEqual(['2025-06-15', '2025-12-31', '2026-01-01']);
      await expect(allRows(orm.em.fork(), Stamped, { where: { occurredOn: {} } })).rejects.toThrow(/occurredOn names no bound/);
      // The stored instants themselves, not only equality with em.find.
      const all = await allRows(orm.em.fork(), Stamped, { orderBy: { id: 'asc' } });
      expect(all.map((r) => r.recordedAt.toISOString())).toEqual([
        '1970-01-02T00:00:00.000Z',
        '2025-04-30T01:30:15.124Z',
        '2025-05-30T01:30:15.125Z',
        '2025-06-30T01:30:15.126Z',
        '2025-07-30T01:30:15.127Z',
      ]);
      expect(all.map((r) => r.closedAt?.toISOString() ?? null)).toEqual([null, '2025-10-26T00:59:59.999Z', null, '2025-10-26T00:59:59.999Z', null]);
      expect(all[1].concerned).toEqual(['18', '1810', 'Örebro "län"']);
    });
  });
});
