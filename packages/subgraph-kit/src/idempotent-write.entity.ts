import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A create-style write done under a client's idempotency key: the same key for the same operation
 * replays the first result instead of writing again. Kept in the database of the subgraph that did the
 * write, in the write's own transaction.
 */
export const IdempotentWrite = defineEntity({
  name: 'IdempotentWrite',
  tableName: 'idempotent_write',
  uniques: [{ properties: ['operation', 'key'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    /** The GraphQL field, e.g. `Mutation.addAgendaItem`. */
    operation: p.string().length(100),
    /** The client's key; at most 100 characters, as every `idempotencyKey` argument documents. */
    key: p.string().length(100),
    /** SHA-256 of the write's arguments: the same key with other arguments is refused, never replayed. */
    inputHash: p.string().length(64),
    /** The id of what the write created. */
    resultId: p.string(),
    at: p.datetime(),
  },
});
export type IdempotentWrite = InferEntity<typeof IdempotentWrite>;
