import type { MikroORM } from '@mikro-orm/core';
import { Counter, Gauge, Histogram, METRIC_PREFIX, type Metric } from '@orebro/http';
import type { AuditEvent } from './audit-trail';

/** Audit records stored, by action (read, write) and outcome (allowed, succeeded, denied, failed). */
export const auditRecords = new Counter({
  name: `${METRIC_PREFIX}audit_records_total`,
  help: "Audit records written to the subgraph's audit log, by action (read, write) and outcome (allowed, succeeded, denied, failed).",
  labelNames: ['action', 'outcome'] as const,
  registers: [], // a subgraph registers it when it starts (SUBGRAPH_METRICS)
});

/** Audit trails that could not be stored (their transaction failed): each one is also logged. */
export const auditWriteFailures = new Counter({
  name: `${METRIC_PREFIX}audit_write_failures_total`,
  help: "Audit trails (one request's records) that could not be written to the audit log.",
  registers: [], // a subgraph registers it when it starts (SUBGRAPH_METRICS)
});

export function countAudited(events: readonly AuditEvent[]): void {
  for (const event of events) auditRecords.inc({ action: event.action, outcome: event.outcome });
}

/** The connection pool of a knex client (tarn.js), as MikroORM's SQL drivers hold it. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}
interface KnexLike {
  client: { pool?: TarnPool; config?: { client?: unknown } };
  on(event: string, listener: (...args: never[]) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
}

const pools = new Map<MikroORM, { database: string; knex: KnexLike }>();

/**
 * Connections of each watched database's pool, by state, read at scrape time (no cost between scrapes).
 * PostgreSQL: knex's tarn pool (used, free, pending = requests waiting for a connection). The embedded
 * libsql file: MikroORM keeps one connection, shown the same way (used while a statement runs).
 */
export const poolConnections = new Gauge({
  name: `${METRIC_PREFIX}db_pool_connections`,
  help: "Database connections of the subgraph's pool by state: used, free, pending (requests waiting for a connection).",
  labelNames: ['database', 'state'] as const,
  registers: [], // a subgraph registers it when it starts (SUBGRAPH_METRICS)
  collect() {
    this.reset();
    for (const { database, knex } of pools.values()) {
      const pool = knex.client.pool;
      if (!pool) continue;
      this.inc({ database, state: 'used' }, pool.numUsed());
      this.inc({ database, state: 'free' }, pool.numFree());
      this.inc({ database, state: 'pending' }, pool.numPendingAcquires() + pool.numPendingCreates());
    }
  },
});

export const poolMax = new Gauge({
  name: `${METRIC_PREFIX}db_pool_max_connections`,
  help: "The most connections the subgraph's database pool opens.",
  labelNames: ['database'] as const,
  registers: [], // a subgraph registers it when it starts (SUBGRAPH_METRICS)
  collect() {
    this.reset();
    for (const { database, knex } of pools.values()) if (knex.client.pool) this.inc({ database }, knex.client.pool.max);
  },
});

/** Every SQL statement: seconds from sending to its result, by statement kind and outcome. */
export const queryDuration = new Histogram({
  name: `${METRIC_PREFIX}db_query_duration_seconds`,
  help: 'SQL statements the subgraph ran, by statement kind (select, insert, update, delete, transaction, other) and outcome (ok, error): seconds until the result.',
  labelNames: ['database', 'statement', 'outcome'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [], // a subgraph registers it when it starts (SUBGRAPH_METRICS)
});

const STATEMENTS: Record<string, string> = {
  select: 'select',
  insert: 'insert',
  update: 'update',
  delete: 'delete',
  with: 'select',
  begin: 'transaction',
  commit: 'transaction',
  rollback: 'transaction',
  savepoint: 'transaction',
  release: 'transaction',
};

function statementKind(sql: string): string {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? '';
  return STATEMENTS[word] ?? 'other';
}

interface KnexQuery {
  __knexQueryUid?: string;
  sql?: string;
}

/**
 * Records the ORM's pool and statements in the process's metrics until the returned function is called
 * (at stop). `database` is `postgresql` or `libsql`. Statements are timed through knex's own `query`,
 * `query-response` and `query-error` events (MikroORM's SQL drivers run on knex): one map entry per
 * statement in flight.
 */
export function watchDatabase(orm: MikroORM, database: string): () => void {
  const knex = (orm.em.getConnection() as unknown as { getKnex?: () => KnexLike }).getKnex?.();
  if (!knex) return () => {};
  pools.set(orm, { database, knex });
  const started = new Map<string, number>();
  const onQuery = (query: KnexQuery) => {
    if (query.__knexQueryUid) started.set(query.__knexQueryUid, performance.now());
  };
  const finish = (outcome: string) => (_result: unknown, query: KnexQuery) => {
    const at = query.__knexQueryUid === undefined ? undefined : started.get(query.__knexQueryUid);
    if (at === undefined) return;
    started.delete(query.__knexQueryUid!);
    queryDuration.observe({ database, statement: statementKind(query.sql ?? ''), outcome }, (performance.now() - at) / 1000);
  };
  const onResponse = finish('ok');
  const onError = finish('error');
  knex.on('query', onQuery);
  knex.on('query-response', onResponse);
  knex.on('query-error', onError);
  return () => {
    pools.delete(orm);
    knex.removeListener('query', onQuery);
    knex.removeListener('query-response', onResponse);
    knex.removeListener('query-error', onError);
  };
}

/** What only a subgraph produces: audit records, its database pool and statements (registered by startSubgraph). */
export const SUBGRAPH_METRICS: readonly Metric[] = [auditRecords, auditWriteFailures, poolConnections, poolMax, queryDuration];
