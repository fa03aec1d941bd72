import { StatementCachingLibSqlDialect } from './libsql-statement-cache';

/**
 * SQLite settings of every connection to an embedded database, as recommended for an application's
 * own database (sqlite.org/wal.html; Rails 8 sets the same by default):
 *
 * - `journal_mode = WAL`: a commit appends to the write-ahead log instead of writing a rollback journal,
 *   syncing it and deleting it again. Kept in the file once set; the `-wal` and `-shm` files beside it
 *   are SQLite's own: a file copied without its `-wal` lacks the commits not yet checkpointed into it,
 *   so a connection the pool closes checkpoints the log into the file first (below).
 * - `synchronous = NORMAL`: in WAL mode a commit is not synced to disk on its own, only at checkpoints.
 *   The database stays consistent after any crash; a power loss or an operating-system crash (not a
 *   crashed process) may lose the last commits. The embedded file is for trying the graph out and for
 *   tests (README: production runs PostgreSQL, which syncs every commit).
 *
 * Why: libsql is synchronous, so a commit holds the event loop until the disk answers. Every read of
 * internal data commits an audit record, and the deviation views make one in each of the thirteen
 * huvudmän's instances per request: on the rollback journal with full sync a commit took about 1.3 ms
 * of wall time (0.5 ms CPU), in WAL with NORMAL about 30 µs (`node` over libsql 0.5.29, 500 single-row
 * commits, this machine), and those commits were a fifth of the hosted kommun instances' CPU under
 * examples/deviation-overview.
 */
export const EMBEDDED_PRAGMAS: readonly string[] = ['journal_mode = WAL', 'synchronous = NORMAL'];

interface LibsqlConnection {
  exec(sql: string): unknown;
}

interface KnexConnectionCloser {
  destroyRawConnection(connection: LibsqlConnection): Promise<void>;
}

/**
 * The knex client of the embedded database (MikroORM's libsql dialect, through its `driverOptions.client`):
 * prepared reads kept per connection (StatementCachingLibSqlDialect), and EMBEDDED_PRAGMAS on every
 * connection it opens. `synchronous` belongs to a connection, and MikroORM's pool replaces its libsql
 * connection every 10 s, so it is set on each, not once.
 */
export class EmbeddedLibSqlDialect extends StatementCachingLibSqlDialect {
  override async acquireRawConnection(): Promise<LibsqlConnection> {
    const connection = (await super.acquireRawConnection()) as LibsqlConnection;
    for (const pragma of EMBEDDED_PRAGMAS) connection.exec(`PRAGMA ${pragma}`);
    return connection;
  }

  /**
   * Checkpoints the log into the database file, then closes. SQLite would do that itself on the last
   * close, but libsql closes a connection only once its prepared statements are gone, and the kept ones
   * (StatementCachingLibSqlDialect) go only when V8 collects them: a process that stops before that
   * would leave its last commits in the `-wal` file alone. A checkpoint that cannot run now loses
   * nothing (the log stays, and SQLite replays it on the next open), so its failure does not stop the close.
   */
  // knex's (better-sqlite3's) own, which closes the connection; its typings do not declare it.
  async destroyRawConnection(connection: LibsqlConnection): Promise<void> {
    try {
      connection.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } catch {
      // Kept in the log; see above.
    }
    await (StatementCachingLibSqlDialect.prototype as unknown as KnexConnectionCloser).destroyRawConnection.call(this, connection);
  }
}
