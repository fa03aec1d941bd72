import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Who did or read what, when, with what outcome: kept in the database of the subgraph that owns the
 * data. Never holds a token.
 */
export const AuditRecord = defineEntity({
  name: 'AuditRecord',
  tableName: 'audit_record',
  indexes: [{ properties: ['at'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    at: p.datetime(),
    subject: p.string().nullable(),
    huvudman: p.string().nullable(),
    roles: p.json<string[]>(),
    action: p.string(),
    /** The GraphQL field, e.g. `Mutation.reportContribution`. */
    operation: p.string(),
    entity: p.string(),
    entityIds: p.json<string[]>(),
    // Plain strings, not enums: SQLite cannot round-trip enum check constraints (see AuditEvent for the values).
    outcome: p.string(),
    /** An error code for a denied or failed request. */
    detail: p.string().nullable(),
  },
});
export type AuditRecord = InferEntity<typeof AuditRecord>;
