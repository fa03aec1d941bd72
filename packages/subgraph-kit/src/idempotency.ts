import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { IdempotentWrite } from './idempotent-write.entity';

export interface WriteOnceOptions<T> {
  /** The GraphQL field, e.g. `Mutation.addAgendaItem`. */
  operation: string;
  /** The client's `idempotencyKey`; without one the write simply runs. */
  key: string | null | undefined;
  /** The write's arguments, compared (by hash) when a key comes again. */
  input: unknown;
  /** The write itself, in the transaction that also records the key. */
  write: (tx: EntityManager) => Promise<T>;
  /** The id of what the write created, kept with the key. */
  idOf: (result: T) => string | number;
  /** Loads the first write's result for a replay. */
  load: (em: EntityManager, id: string) => Promise<T>;
}

/**
 * Runs a write that creates something at most once per idempotency key, so a client that did not learn
 * the outcome (a timeout, OUTCOME_UNKNOWN) can safely send it again: a repeat with the same key and the
 * same arguments answers the first result; the same key with other arguments is refused (CONFLICT). The
 * key is recorded in the write's own transaction, so a refused write leaves no key behind.
 */
export async function writeOnce<T>(em: EntityManager, options: WriteOnceOptions<T>): Promise<T> {
  if (!options.key) return em.transactional((tx) => options.write(tx));
  const inputHash = createHash('sha256').update(JSON.stringify(options.input)).digest('hex');
  const replay = async (): Promise<T | undefined> => {
    const prior = await em.fork().findOne(IdempotentWrite, { operation: options.operation, key: options.key! });
    if (!prior) return undefined;
    if (prior.inputHash !== inputHash) {
      throw new GraphQLError(
        `idempotencyKey "${options.key}" was already used for a different ${options.operation}; use a new key for a new write. Nothing was saved.`,
        {
          extensions: { code: 'CONFLICT', field: 'idempotencyKey' },
        },
      );
    }
    return options.load(em, prior.resultId);
  };
  const earlier = await replay();
  if (earlier !== undefined) return earlier;
  try {
    return await em.transactional(async (tx) => {
      const result = await options.write(tx);
      tx.create(IdempotentWrite, { operation: options.operation, key: options.key!, inputHash, resultId: String(options.idOf(result)), at: new Date() });
      await tx.flush();
      return result;
    });
  } catch (error) {
    // Two sends of the same write at once: the one that lost the race answers the winner's result.
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await replay();
      if (winner !== undefined) return winner;
    }
    throw error;
  }
}
