import type { ChangeSet, EventSubscriber, FlushEventArgs, TransactionEventArgs, UnitOfWork } from '@mikro-orm/core';
import { helper } from '@mikro-orm/core';

/**
 * One kind of change to one entity type, in one committed transaction of one subgraph instance.
 *
 * This shape is a contract (the gateway's subscriptions and the response cache's invalidation use it):
 * add optional fields if needed, never rename or remove one.
 */
export interface CommittedChange {
  /** The entity's name as MikroORM knows it (`defineEntity({ name })`), e.g. `Deviation`. */
  entity: string;
  /**
   * Primary keys of the changed rows, serialised by MikroORM (`helper(entity).getSerializedPrimaryKey()`):
   * the key as a string; a composite key's parts joined by `~~~`. Never empty.
   */
  ids: string[];
  kind: 'created' | 'updated' | 'deleted';
  /** The subgraph that stored the change, e.g. `region`, `kommun` (`'unnamed'` for an ORM opened without one). */
  subgraph: string;
  /** For an instance of a sharded subgraph: the shard it serves (a kommun code); absent otherwise. */
  shardKey?: string;
  /** When the commit was seen, just after the database confirmed it. */
  at: Date;
}

/** Receives the changes of one committed transaction, grouped by entity and kind. */
export type CommittedChangesListener = (changes: CommittedChange[]) => void;

const listeners = new Set<CommittedChangesListener>();

/**
 * Subscribes to every committed change of every subgraph ORM opened by the kit in this process
 * (`initORM`, hence `startSubgraph`). A listener is called once per committed transaction, only after
 * the database confirmed the commit (never for a rollback), synchronously and with the changes grouped
 * by entity and kind; filter on `subgraph`/`shardKey` when several instances share a process (tests).
 * A listener that throws is reported as a process warning and does not affect the write or the other
 * listeners. Returns the function that unsubscribes.
 *
 * What it sees: every write through the unit of work (`em.flush()`, `em.transactional`, `em.begin`/
 * `em.commit`). What it does not see: writes that bypass it (`em.nativeInsert`/`nativeUpdate`/
 * `nativeDelete`, query builders, raw SQL) and writes by other processes to the same database. A nested
 * transaction rolled back to its savepoint while its root commits is still announced with the root: an
 * announcement too many (harmless for invalidation and for subscriptions, which read the row again), never
 * one too few.
 */
export function onCommittedChanges(listener: CommittedChangesListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function publish(changes: CommittedChange[]): void {
  if (changes.length === 0) return;
  for (const listener of [...listeners]) {
    try {
      listener(changes);
    } catch (error) {
      process.emitWarning(`A committed-changes listener failed: ${error instanceof Error ? error.message : String(error)}`, 'CommittedChangesListener');
    }
  }
}

/** Where changes are stored: the subgraph and, for a sharded one, the shard its instance serves. */
export interface ChangeOrigin {
  subgraph: string;
  shardKey?: string;
}

type Kind = CommittedChange['kind'];
type Pending = Map<string, { entity: string; kind: Kind; ids: Set<string> }>;

/**
 * Why two events: MikroORM calls `afterTransactionCommit` only for a root transaction and only after its
 * COMMIT returned, on libsql and PostgreSQL alike. A plain `em.flush()` runs in its own implicit
 * transaction, whose commit event carries the unit of work (its change sets are still there, with the
 * keys the database assigned). A flush inside an explicit transaction (`em.transactional`, `em.begin`)
 * commits nothing itself: its `afterFlush` sees the change sets, which wait here, keyed by the root
 * transaction, until that transaction's commit event publishes them, or its rollback drops them.
 */
export class CommittedChangesSubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<object, Pending>();
  /** Change sets of a flush in progress, taken before the database work (a delete's leaves the unit of work). */
  private readonly flushing = new WeakMap<UnitOfWork, ChangeSet<object>[]>();

  constructor(private readonly origin: ChangeOrigin) {}

  onFlush(args: FlushEventArgs): void {
    this.flushing.set(args.uow, [...args.uow.getChangeSets()] as ChangeSet<object>[]);
  }

  afterFlush(args: FlushEventArgs): void {
    const changeSets = this.flushing.get(args.uow) ?? [];
    this.flushing.delete(args.uow);
    if (!args.em.isInTransaction()) return; // its implicit transaction's commit event published it already
    const transaction = args.em.getTransactionContext<object>();
    if (!transaction) return;
    const root = rootTransaction(transaction);
    const pending = this.pending.get(root) ?? new Map();
    collect(changeSets, pending);
    this.pending.set(root, pending);
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    const pending: Pending = new Map();
    if (args.uow) collect(this.flushing.get(args.uow) ?? [], pending);
    if (args.transaction) {
      const waiting = this.pending.get(args.transaction as object);
      this.pending.delete(args.transaction as object);
      for (const [key, value] of waiting ?? []) merge(pending, key, value.entity, value.kind, value.ids);
    }
    publish(this.toChanges(pending, new Date()));
  }

  afterTransactionRollback(args: TransactionEventArgs): void {
    if (args.transaction) this.pending.delete(args.transaction as object);
  }

  private toChanges(pending: Pending, at: Date): CommittedChange[] {
    return [...pending.values()].map(({ entity, kind, ids }) => ({
      entity,
      ids: [...ids],
      kind,
      subgraph: this.origin.subgraph,
      ...(this.origin.shardKey === undefined ? {} : { shardKey: this.origin.shardKey }),
      at,
    }));
  }
}

const KINDS: Record<string, Kind> = { create: 'created', update: 'updated', delete: 'deleted' };

function collect(changeSets: ChangeSet<object>[], into: Pending): void {
  for (const changeSet of changeSets) {
    const kind = KINDS[changeSet.type];
    if (!kind) continue; // `delete_early`/`update_early` are followed by their ordinary change set
    const id = helper(changeSet.entity).getSerializedPrimaryKey();
    merge(into, `${changeSet.name}\u0000${kind}`, changeSet.name, kind, [id]);
  }
}

function merge(into: Pending, key: string, entity: string, kind: Kind, ids: Iterable<string>): void {
  const entry = into.get(key) ?? { entity, kind, ids: new Set<string>() };
  for (const id of ids) entry.ids.add(id);
  into.set(key, entry);
}

/**
 * The root of a nested transaction (a savepoint). MikroORM's SQL connection links a nested transaction
 * to its parent under a private symbol (`Symbol('parentTransaction')`, AbstractSqlConnection); there is
 * no public accessor, so it is found by its description. Without it the transaction is its own root.
 */
function rootTransaction(transaction: object): object {
  let current = transaction;
  for (;;) {
    const symbol = Object.getOwnPropertySymbols(current).find((s) => s.description === 'parentTransaction');
    const parent = symbol ? (current as Record<symbol, unknown>)[symbol] : undefined;
    if (!parent || (typeof parent !== 'object' && typeof parent !== 'function')) return current; // a knex transaction is a function
    current = parent;
  }
}

/**
 * The committed changes this process sees, as an async iterator for a subscription resolver: each item
 * one change that `accept` keeps (filter on subgraph, shard key, entity and kind). Changes arriving while
 * the consumer is busy wait in order. `return()` (the client completed, or the connection closed)
 * unsubscribes at once, also while waiting.
 */
export function committedChangesStream(accept: (change: CommittedChange) => boolean): AsyncIterableIterator<CommittedChange> {
  const buffered: CommittedChange[] = [];
  let waiting: ((result: IteratorResult<CommittedChange>) => void) | undefined;
  let done = false;
  const unsubscribe = onCommittedChanges((changes) => {
    for (const change of changes) {
      if (done || !accept(change)) continue;
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value: change, done: false });
      } else buffered.push(change);
    }
  });
  const finish = (): IteratorResult<CommittedChange> => {
    done = true;
    unsubscribe();
    buffered.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = undefined;
    return { value: undefined, done: true };
  };
  return {
    next: () => {
      const change = buffered.shift();
      if (change) return Promise.resolve({ value: change, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: () => Promise.resolve(finish()),
    throw: (error?: unknown) => {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * A subscription's event stream made from committed changes: `toEvents` turns each accepted change into
 * zero or more events (reading the rows, checking access). Unlike a plain async generator, `return()`
 * ends it at once even while it waits for the next change, so a client that completes leaves no listener.
 */
export function eventsFromCommittedChanges<T>(
  accept: (change: CommittedChange) => boolean,
  toEvents: (change: CommittedChange) => AsyncIterable<T>,
): AsyncIterableIterator<T> {
  const changes = committedChangesStream(accept);
  async function* run(): AsyncGenerator<T> {
    for await (const change of changes) yield* toEvents(change);
  }
  const events = run();
  return {
    next: () => events.next(),
    return: async (value?: unknown) => {
      await changes.return!();
      return events.return(value as T);
    },
    throw: async (error?: unknown) => {
      await changes.return!();
      return events.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
