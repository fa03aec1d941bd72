import { defineEntity, p, type MikroORM } from '@mikro-orm/core';
import { createTestDatabase, testsUsePostgres, type TestDatabase } from './test-database';
import { initORM } from './orm';
import { KEPT_STATEMENTS_PER_CONNECTION, StatementCachingLibSqlDialect } from './libsql-statement-cache';

const Note = defineEntity({
  name: 'StatementCacheNote',
  tableName: 'statement_cache_note',
  properties: { id: p.integer().primary(), text: p.string().unique() },
});

interface KnexClient {
  acquireConnection(): Promise<object>;
  releaseConnection(connection: object): Promise<void>;
}
const knexOf = (orm: MikroORM) => (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex();

// The dialect is the embedded database's only: PostgreSQL runs keep pg's own path.
const describeOnLibsql = testsUsePostgres() ? describe.skip : describe;

describeOnLibsql('StatementCachingLibSqlDialect: libsql statements prepared once per connection', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let prepared: string[];
  let prepare: jest.SpyInstance;

  beforeEach(async () => {
    database = createTestDatabase('statement_cache');
    orm = await initORM({ entities: [Note], migrations: () => [] }, database.config);
    prepared = [];
    // The real driver's connection class: its prepare is counted, never replaced.
    const client = knexOf(orm).client;
    const connection = await client.acquireConnection();
    await client.releaseConnection(connection);
    const driver = Object.getPrototypeOf(connection) as { prepare(sql: string): unknown };
    const real = driver.prepare;
    prepare = jest.spyOn(driver, 'prepare').mockImplementation(function (this: unknown, sql: string) {
      prepared.push(sql);
      return real.call(this, sql);
    });
  });

  afterEach(async () => {
    prepare.mockRestore();
    await orm.close(true);
    await database.drop();
  });

  const findAll = () => orm.em.fork().find(Note, {}, { orderBy: { id: 'asc' } });

  it('is the dialect the kit opens the embedded database with', () => {
    expect(knexOf(orm).client).toBeInstanceOf(StatementCachingLibSqlDialect);
  });

  it('prepares a statement once and answers every later run from it, with the rows as they are now', async () => {
    const em = orm.em.fork();
    em.create(Note, { id: 1, text: 'första' });
    await em.flush();
    expect(await findAll()).toEqual([expect.objectContaining({ id: 1, text: 'första' })]);
    const select = prepared.filter((sql) => sql.startsWith('select'));
    expect(select).toHaveLength(1);

    const later = orm.em.fork();
    later.create(Note, { id: 2, text: 'andra' });
    await later.flush();
    expect((await findAll()).map((n) => n.text)).toEqual(['första', 'andra']);
    expect((await findAll()).map((n) => n.text)).toEqual(['första', 'andra']);
    expect(prepared.filter((sql) => sql.startsWith('select'))).toEqual(select);
  });

  it('drops a read that failed, so the next run starts from a fresh statement; keeps no write', async () => {
    const connection = orm.em.getConnection();
    // Prepares fine, fails when run (SQLite's integer overflow).
    const failing = 'select abs(-9223372036854775807 - 1) as n';
    await expect(connection.execute(failing)).rejects.toThrow(/integer overflow/);
    await expect(connection.execute(failing)).rejects.toThrow(/integer overflow/);
    expect(prepared.filter((sql) => sql === failing)).toHaveLength(2);

    // A write's text carries its values (MikroORM formats them in): each is prepared for its run only.
    const insert = async (id: number, text: string) => {
      const em = orm.em.fork();
      em.create(Note, { id, text });
      await em.flush();
    };
    await insert(1, 'en');
    await expect(insert(2, 'en')).rejects.toThrow(/UNIQUE constraint failed/);
    await insert(3, 'tre');
    expect((await findAll()).map((n) => [n.id, n.text])).toEqual([
      [1, 'en'],
      [3, 'tre'],
    ]);
    const deleteAll = 'delete from statement_cache_note';
    await connection.execute(deleteAll, [], 'run');
    await connection.execute(deleteAll, [], 'run');
    expect(prepared.filter((sql) => sql === deleteAll)).toHaveLength(2);
    expect(await findAll()).toEqual([]);
  });

  it('sees a schema change through a kept statement (SQLite re-prepares it)', async () => {
    const connection = orm.em.getConnection();
    await connection.execute("insert into statement_cache_note (id, text) values (1, 'en')");
    expect(await connection.execute('select * from statement_cache_note')).toEqual([{ id: 1, text: 'en' }]);
    await connection.execute("alter table statement_cache_note add column note text default 'ny'");
    expect(await connection.execute('select * from statement_cache_note')).toEqual([{ id: 1, text: 'en', note: 'ny' }]);
  });

  it(`keeps at most ${KEPT_STATEMENTS_PER_CONNECTION} statements per connection, the least recently used dropped first`, async () => {
    const connection = orm.em.getConnection();
    const ask = (n: number) => connection.execute(`select ${n} as n`);
    for (let n = 0; n <= KEPT_STATEMENTS_PER_CONNECTION; n++) await ask(n);
    // 0 was dropped to keep the last one; 1 was used again just before, so 2 went next.
    await ask(1);
    prepared.length = 0;
    await ask(0);
    await ask(1);
    expect(prepared).toEqual(['select 0 as n']);
    expect(await ask(7)).toEqual([{ n: 7 }]);
  });
});
