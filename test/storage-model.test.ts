import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { DatabaseSchema, type AbstractSqlConnection, type AbstractSqlPlatform } from '@mikro-orm/knex';
import type { MikroORM } from '@mikro-orm/core';
import { dropPostgresDatabase, initORM, ormEntities, testPostgresServer } from '@orebro/subgraph-kit';
import { federationMembers } from '@orebro/gateway/src/members';
import type { SubgraphDefinition } from '@orebro/subgraph-kit';
import { subgraphDefinition } from '../scripts/subgraph-definitions';

/** Tables and their columns as the database itself reports them. */
async function introspect(orm: MikroORM): Promise<Record<string, string[]>> {
  const em = orm.em.fork();
  const schema = await DatabaseSchema.create(em.getConnection() as AbstractSqlConnection, em.getPlatform() as AbstractSqlPlatform, orm.config);
  return Object.fromEntries(
    schema
      .getTables()
      .filter((t) => t.name !== 'mikro_orm_migrations')
      .map((t) => [
        t.name,
        t
          .getColumns()
          .map((c) => c.name)
          .sort(),
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

describe.each(federationMembers.map((m) => [m.name, m] as const))('%s storage', (name, member) => {
  const pgName = `test_model_${name}_${process.pid}`;
  const sqliteFile = join(tmpdir(), `orebro-model-${name}-${process.pid}.sqlite`);
  let postgres: MikroORM;
  let sqlite: MikroORM;
  let definition: SubgraphDefinition<unknown>;

  beforeAll(async () => {
    definition = subgraphDefinition(member);
    postgres = await initORM(definition, { kind: 'postgresql', url: `${testPostgresServer()}/${pgName}` });
    sqlite = await initORM(definition, { kind: 'libsql', file: sqliteFile });
  });
  afterAll(async () => {
    await postgres?.close();
    await sqlite?.close();
    await dropPostgresDatabase(pgName);
    rmSync(sqliteFile, { force: true });
  });

  it('PostgreSQL migrations leave nothing between the database and the entities', async () => {
    expect(await postgres.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('the embedded schema path leaves nothing between the database and the entities', async () => {
    expect(await sqlite.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('both paths end at the same tables and columns', async () => {
    const [fromMigrations, fromGenerator] = [await introspect(postgres), await introspect(sqlite)];
    expect(Object.keys(fromMigrations).length).toBe(ormEntities(definition).length);
    expect(fromGenerator).toEqual(fromMigrations);
  });
});
