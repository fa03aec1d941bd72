import { copyFileSync, existsSync, statSync } from 'node:fs';
import { defineEntity, p, type MikroORM } from '@mikro-orm/core';
import { createTestDatabase, testsUsePostgres, type TestDatabase } from './test-database';
import { initORM } from './orm';
import { EmbeddedLibSqlDialect } from './libsql-dialect';

const Entry = defineEntity({
  name: 'WalEntry',
  tableName: 'wal_entry',
  properties: { id: p.integer().primary(), text: p.string() },
});

interface LibsqlConnection {
  prepare(sql: string): { get(): Record<string, unknown> };
}
interface KnexClient {
  acquireConnection(): Promise<LibsqlConnection>;
  releaseConnection(connection: object): Promise<void>;
  acquireRawConnection(): Promise<LibsqlConnection & { close(): void }>;
}
const clientOf = (orm: MikroORM) => (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex().client;
const pragma = (connection: LibsqlConnection, name: string) => Object.values(connection.prepare(`PRAGMA ${name}`).get())[0];

// The embedded database's dialect only: PostgreSQL runs keep pg's own path.
const describeOnLibsql = testsUsePostgres() ? describe.skip : describe;

describeOnLibsql('EmbeddedLibSqlDialect: the embedded database commits to a write-ahead log', () => {
  let database: TestDatabase;
  let orm: MikroORM;

  beforeEach(async () => {
    database = createTestDatabase('wal');
    orm = await initORM({ entities: [Entry], migrations: () => [] }, database.config);
  });
  afterEach(async () => {
    await orm.close(true);
    await database.drop();
  });

  it('is the dialect the kit opens the embedded database with', () => {
    expect(clientOf(orm)).toBeInstanceOf(EmbeddedLibSqlDialect);
  });

  it('puts every connection it opens in WAL mode with synchronous NORMAL, including the pool’s replacements', async () => {
    const client = clientOf(orm);
    const pooled = await client.acquireConnection();
    try {
      expect({ journal: pragma(pooled, 'journal_mode'), synchronous: pragma(pooled, 'synchronous') }).toEqual({ journal: 'wal', synchronous: 1 });
    } finally {
      await client.releaseConnection(pooled);
    }
    // What the pool opens when it replaces a connection (every 10 s): synchronous is per connection.
    const fresh = await client.acquireRawConnection();
    try {
      expect(pragma(fresh, 'synchronous')).toBe(1);
    } finally {
      fresh.close();
    }
  });

  it('once closed, the database file holds every commit on its own (a copy without the -wal file has them)', async () => {
    const em = orm.em.fork();
    em.create(Entry, { id: 1, text: 'sparad' });
    await em.flush();
    const file = (database.config as { file: string }).file;
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    await orm.close(true);
    const copy = createTestDatabase('wal_copy');
    const copied = (copy.config as { file: string }).file;
    copyFileSync(file, copied);
    expect(existsSync(`${copied}-wal`)).toBe(false);
    const reopened = await initORM({ entities: [Entry], migrations: () => [] }, copy.config);
    try {
      expect(await reopened.em.fork().find(Entry, {})).toEqual([expect.objectContaining({ id: 1, text: 'sparad' })]);
    } finally {
      await reopened.close(true);
      await copy.drop();
    }
    orm = await initORM({ entities: [Entry], migrations: () => [] }, database.config);
  });
});
