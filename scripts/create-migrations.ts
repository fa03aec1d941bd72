/**
 * Generates PostgreSQL migrations for every subgraph whose entities changed, against a scratch database
 * on the local server (PGURL, default postgres://postgres@127.0.0.1:5432), and rewrites each subgraph's
 * `migrations/index.ts` so migrations stay listed explicitly.
 *   npm run migrations:create
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { federationMembers } from '@orebro/gateway/src/members';
import { ormEntities } from '@orebro/subgraph-kit';
import { subgraphCodeBases } from './subgraph-definitions';

const server = process.env.PGURL ?? 'postgres://postgres@127.0.0.1:5432';

const migrationsDir = (folder: string) => join(__dirname, '..', folder, 'src', 'migrations');

async function main(): Promise<void> {
  // The definitions import each migrations/index.ts: make those match the files before loading them
  // (subgraphCodeBases() loads each subgraph's code only when called).
  for (const { folder } of federationMembers) writeIndex(migrationsDir(folder));
  for (const { folder, definition } of subgraphCodeBases()) {
    const dir = migrationsDir(folder);
    const orm = await MikroORM.init({
      entities: ormEntities(definition),
      clientUrl: `${server}/migrations_scratch_${definition.name}_${process.pid}`,
      extensions: [Migrator],
      migrations: { path: dir, pathTs: dir, emit: 'ts', snapshot: false, migrationsList: definition.migrations() },
      debug: false,
    });
    try {
      await orm.schema.dropDatabase();
      await orm.schema.ensureDatabase({ create: true });
      await orm.getMigrator().up();
      const created = await orm.getMigrator().createMigration(dir, false, definition.migrations().length === 0);
      console.log(created.fileName ? `${folder}: created ${created.fileName}` : `${folder}: no changes`);
      await orm.schema.dropDatabase();
    } finally {
      await orm.close();
    }
    writeIndex(dir);
  }
}

const HEADER = [
  '// Listed explicitly (rewritten by `npm run migrations:create`): globs misbehave under jest and bundlers.',
  '// Each class is required when the list is asked for, at a PostgreSQL start: the classes extend',
  '// @mikro-orm/migrations, which loads umzug and its command line, unused by a process on the embedded',
  '// SQLite file (every one `npm start` runs) and about 3 MB of heap in each.',
  '/* eslint-disable @typescript-eslint/no-require-imports -- deliberately lazy, see above */',
].join('\n');

function writeIndex(dir: string): void {
  const names = readdirSync(dir)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    HEADER,
    "import type { MigrationObject } from '@mikro-orm/core';",
    '',
    'export const migrations = (): MigrationObject[] => [',
    ...names.map((n) => `  { name: '${n}', class: (require('./${n}') as typeof import('./${n}')).${n} },`),
    '];',
    '',
  ];
  writeFileSync(join(dir, 'index.ts'), lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
