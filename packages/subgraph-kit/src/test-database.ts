import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from './database-config';

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

let counter = 0;

/** True when tests run against PostgreSQL (CI sets TEST_DATABASE=postgresql); otherwise embedded SQLite. */
export const testsUsePostgres = () => process.env.TEST_DATABASE === 'postgresql';
export const testPostgresServer = () => process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

/**
 * A fresh, empty database of the kind this test run uses: a new PostgreSQL database (created by the
 * kit at start, dropped here) or a new SQLite file. Never a mock.
 */
export function createTestDatabase(name: string): TestDatabase {
  const id = `test_${name.replace(/\W/g, '_')}_${process.pid}_${++counter}`;
  if (testsUsePostgres()) {
    return { config: { kind: 'postgresql', url: `${testPostgresServer()}/${id}` }, drop: () => dropPostgresDatabase(id) };
  }
  const file = join(tmpdir(), `orebro-${id}.sqlite`);
  // With the write-ahead log (libsql-dialect.ts), SQLite's -wal and -shm files beside it, if a connection was left open.
  return { config: { kind: 'libsql', file }, drop: async () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true })) };
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  // Required here: the kit's index exports these test helpers, so a service bundle includes this file,
  // and a top-level import would load pg into every subgraph process, on PostgreSQL or not.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy, see above
  const { Client } = require('pg') as typeof import('pg');
  const client = new Client({ connectionString: `${testPostgresServer()}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
