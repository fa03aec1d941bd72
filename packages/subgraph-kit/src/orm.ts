import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM as PostgresORM } from '@mikro-orm/postgresql';
import { MikroORM as LibsqlORM } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntitySchema, EventSubscriber, MigrationObject, MikroORM, Options } from '@mikro-orm/core';
import type { DatabaseConfig } from './database-config';
import { AuditRecord } from './audit-record.entity';
import { IdempotentWrite } from './idempotent-write.entity';
import { NfcTextSubscriber } from './nfc-storage';
import { CommittedChangesSubscriber } from './committed-changes';

export interface OrmDefinition {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- schemas of any entity type
  entities: EntitySchema<any, any>[];
  /** PostgreSQL migrations, listed explicitly (globs misbehave under bundlers and jest). */
  migrations: MigrationObject[];
  /** Storage event subscribers of the subgraph's areas. */
  subscribers?: EventSubscriber[];
}

export interface OrmOptions {
  /** Called with every SQL statement; used by tests and logs to count queries per request. */
  onQuery?: (sql: string) => void;
  debug?: boolean;
}

/** The definition's entities plus what the kit stores for every subgraph: its own audit log. */
export function ormEntities(definition: OrmDefinition): OrmDefinition['entities'] {
  return [...definition.entities, AuditRecord, IdempotentWrite];
}

/**
 * Opens the instance's database and brings its schema up to date: migrations on PostgreSQL (the
 * production path), the schema generator on the embedded SQLite file (its own path; a test proves
 * both reach the same model). The definition's `name` and `shardKey` (a SubgraphDefinition has them) say
 * where committed changes come from (onCommittedChanges).
 */
export async function initORM(
  definition: OrmDefinition & { name?: string; shardKey?: string },
  database: DatabaseConfig,
  options: OrmOptions = {},
): Promise<MikroORM> {
  const origin = { subgraph: definition.name ?? 'unnamed', ...(definition.shardKey === undefined ? {} : { shardKey: definition.shardKey }) };
  const common: Partial<Options> = {
    entities: ormEntities(definition),
    // Text is stored in NFC by every subgraph, before its own subscribers see it; every commit is then
    // announced in-process (committed-changes.ts: subscriptions, cache invalidation).
    subscribers: [new NfcTextSubscriber(), ...(definition.subscribers ?? []), new CommittedChangesSubscriber(origin)],
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
    debug: options.onQuery ? ['query'] : false,
    colors: false,
    logger: (message: string) => options.onQuery?.(message.replace(/^\[query\] /, '').replace(/ \[took .*$/, '')),
  };
  if (database.kind === 'postgresql') {
    const orm = await PostgresORM.init({
      ...common,
      clientUrl: database.url,
      extensions: [Migrator],
      migrations: { migrationsList: definition.migrations, transactional: true, allOrNothing: true },
    } as Options);
    await orm.schema.ensureDatabase({ create: true });
    await orm.getMigrator().up();
    return orm as unknown as MikroORM;
  }
  if (database.file !== ':memory:') mkdirSync(dirname(database.file), { recursive: true });
  const orm = await LibsqlORM.init({ ...common, dbName: database.file } as Options);
  await orm.schema.updateSchema({ safe: true });
  return orm as unknown as MikroORM;
}
