import { LibSqlKnexDialect } from '@mikro-orm/libsql';

/**
 * How many prepared reads one connection keeps, least recently used dropped first: a bound on the
 * native memory. The hot reads are few texts (a view asks the same ids each time it is opened).
 */
export const KEPT_STATEMENTS_PER_CONNECTION = 500;

/** A libsql connection's prepared statements by their SQL text (a Map keeps insertion order: the LRU). */
const preparedBy = new WeakMap<object, Map<string, PreparedStatement>>();

interface PreparedStatement {
  all(bindings: unknown[]): unknown;
}

interface LibsqlConnection {
  prepare(sql: string): PreparedStatement;
}

interface KnexQuery {
  sql?: string;
  bindings?: unknown[];
  method?: string;
  response?: { lastInsertRowid?: unknown; changes?: unknown };
  context?: { lastID?: unknown; changes?: unknown };
}

/** What LibSqlKnexDialect has but does not declare public. */
interface DialectInternals {
  getCallMethod(obj: KnexQuery): string;
  _formatBindings(bindings: unknown[] | undefined): unknown[];
}

/**
 * MikroORM's libsql dialect (6.6.16), with each connection's prepared reads kept by their text instead
 * of prepared anew for every run, as LibSqlKnexDialect._query does.
 *
 * Why by hand: neither MikroORM nor knex keeps prepared statements for SQLite, and libsql's prepare is
 * dear: 70 µs for a 15-id IN query against 100 µs for running it (`node` over libsql 0.5.29 on this
 * machine), so under the broadcast views preparing was a quarter of a kommun instance's time in libsql.
 * MikroORM writes the values into the statement's text (Connection.execute formats the query), so a
 * text recurs only when the same read is asked again, which is what a dashboard does: only `select`s
 * are kept, since a write's text (its values) seldom recurs and would push the reads out.
 * A kept statement is the object SQLite re-prepares by itself when the schema changes; one that failed
 * is dropped, so the next run starts from a fresh one. Statements go with their connection (MikroORM's
 * pool replaces a libsql connection after 10 s; a WeakMap lets the old one's go with it).
 *
 * Used through MikroORM's `driverOptions.client` (merged into knex's options), so nothing else changes.
 */
export class StatementCachingLibSqlDialect extends LibSqlKnexDialect {
  override async _query(connection: LibsqlConnection, obj: KnexQuery): Promise<KnexQuery> {
    const internals = this as unknown as DialectInternals;
    // Anything but a read (and an empty query, refused there) takes MikroORM's own path unchanged.
    if (!connection || !obj.sql || !READ.test(obj.sql) || internals.getCallMethod(obj) !== 'all') return super._query(connection, obj);
    const statements = statementsOf(connection);
    let response: KnexQuery['response'];
    try {
      response = keptStatement(connection, statements, obj.sql).all(internals._formatBindings(obj.bindings)) as KnexQuery['response'];
    } catch (error) {
      statements.delete(obj.sql);
      throw error;
    }
    obj.response = response;
    obj.context = { lastID: response?.lastInsertRowid, changes: response?.changes };
    return obj;
  }
}

function statementsOf(connection: LibsqlConnection): Map<string, PreparedStatement> {
  let statements = preparedBy.get(connection);
  if (!statements) preparedBy.set(connection, (statements = new Map()));
  return statements;
}

/** A read: what is kept (a `select`, not a `with` that may write or an `insert ... returning`). */
const READ = /^\s*select\b/i;

function keptStatement(connection: LibsqlConnection, statements: Map<string, PreparedStatement>, sql: string): PreparedStatement {
  let statement = statements.get(sql);
  if (statement) {
    // Most recently used last: the Map's first key is the one to drop.
    statements.delete(sql);
  } else {
    statement = connection.prepare(sql);
    if (statements.size >= KEPT_STATEMENTS_PER_CONNECTION) statements.delete(statements.keys().next().value!);
  }
  statements.set(sql, statement);
  return statement;
}
