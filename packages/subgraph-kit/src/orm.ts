import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM as LibsqlORM } from '@mikro-orm/libsql';
import {
  DefaultLogger,
  type EntitySchema,
  type EventSubscriber,
  type LogContext,
  type LoggerOptions,
  type MigrationObject,
  type MikroORM,
  type Options,
} from '@mikro-orm/core';
import type { Logger } from '@orebro/http';
import { recordFinishedSpan, SpanKind, tracingEnabled } from '@orebro/telemetry';
import type { DatabaseConfig } from './database-config';
import { AuditRecord } from './audit-record.entity';
import { IdempotentWrite } from './idempotent-write.entity';
import { NfcTextSubscriber } from './nfc-storage';
import { CommittedChangesSubscriber } from './committed-changes';
import { EmbeddedLibSqlDialect } from './libsql-dialect';

export interface OrmDefinition {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- schemas of any entity type
  entities: EntitySchema<any, any>[];
  /**
   * PostgreSQL migrations, listed explicitly (globs misbehave under bundlers and jest); a function, called
   * only on PostgreSQL, so their classes (and @mikro-orm/migrations under them) load only there.
   */
  migrations: () => MigrationObject[];
  /** Storage event subscribers of the subgraph's areas. */
  subscribers?: EventSubscriber[];
}

export interface OrmOptions {
  /** Called with every SQL statement; used by tests and logs to count queries per request. */
  onQuery?: (sql: string) => void;
  debug?: boolean;
  /** Told which migrations ran (PostgreSQL) or how the schema was brought up to date (embedded SQLite). */
  logger?: Logger;
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
    // Required only here: the PostgreSQL driver (pg) and the migrator (umzug, which loads its command
    // line and JSON-schema validation too) are about 4 MB of heap that a process on the embedded file,
    // as every one `npm start` runs, would otherwise carry for nothing.
    /* eslint-disable @typescript-eslint/no-require-imports -- deliberately lazy, see above */
    const { MikroORM: PostgresORM } = require('@mikro-orm/postgresql') as typeof import('@mikro-orm/postgresql');
    const { Migrator } = require('@mikro-orm/migrations') as typeof import('@mikro-orm/migrations');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const orm = await PostgresORM.init({
      ...common,
      loggerFactory: (loggerOptions: LoggerOptions) => new SqlSpanLogger(loggerOptions, 'postgresql'),
      clientUrl: database.url,
      extensions: [Migrator],
      migrations: { migrationsList: definition.migrations(), transactional: true, allOrNothing: true },
    } as Options);
    await orm.schema.ensureDatabase({ create: true });
    const applied = await orm.getMigrator().up();
    options.logger?.info(
      { migrations: applied.map((m) => m.name) },
      applied.length > 0 ? `applied ${applied.length} migration(s)` : 'database schema up to date (no migration to apply)',
    );
    return orm as unknown as MikroORM;
  }
  if (database.file !== ':memory:') mkdirSync(dirname(database.file), { recursive: true });
  const orm = await LibsqlORM.init({
    ...common,
    dbName: database.file,
    // knex's client, merged over MikroORM's: its libsql dialect with prepared statements kept and the
    // write-ahead log (libsql-dialect.ts).
    driverOptions: { client: EmbeddedLibSqlDialect },
    loggerFactory: (loggerOptions: LoggerOptions) => new SqlSpanLogger(loggerOptions, 'sqlite'),
  } as Options);
  // Only asked for when someone listens: the diff costs a schema read.
  const changes = options.logger ? (await orm.schema.getUpdateSchemaSQL({ safe: true, wrap: false })).split(';').filter((sql) => sql.trim() !== '') : [];
  await orm.schema.updateSchema({ safe: true });
  options.logger?.info(
    { schemaStatements: changes.length },
    changes.length > 0 ? `schema generator brought the embedded database up to date (${changes.length} statement(s))` : 'database schema up to date',
  );
  return orm as unknown as MikroORM;
}

/**
 * MikroORM's own logger, plus one finished CLIENT span per SQL statement when tracing is on (within a
 * traced request only: start-up migrations make none). MikroORM 6 reports every statement to its
 * logger's `logQuery` once it has run, with its duration (`took`, whole ms) — for both drivers, and
 * whether or not query logging is on — so the span is made then, ending now and lasting `took`. The
 * statement text has placeholders, never parameter values (those are personal data at times).
 */
class SqlSpanLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly system: 'postgresql' | 'sqlite',
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (tracingEnabled() && context.query) {
      const operation = /^\s*(\w+)/.exec(context.query)?.[1]?.toUpperCase() ?? 'SQL';
      recordFinishedSpan(
        `${operation} ${this.system}`,
        { durationMs: context.took ?? 0 },
        {
          'db.system.name': this.system,
          'db.operation.name': operation,
          'db.query.text': context.query.length > MAX_QUERY_TEXT ? `${context.query.slice(0, MAX_QUERY_TEXT)}…` : context.query,
          ...(context.results !== undefined ? { 'db.response.returned_rows': context.results } : {}),
        },
        { kind: SpanKind.CLIENT, error: context.level === 'error' ? 'the statement failed' : undefined },
      );
    }
    super.logQuery(context);
  }
}

/** Long statements (an IN list of hundreds of ids) are cut: a span is not the place for kilobytes. */
const MAX_QUERY_TEXT = 2_000;
