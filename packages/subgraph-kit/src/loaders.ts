import DataLoader from 'dataloader';

/**
 * A per-request loader that answers many keys with one batched query and hands results back in key
 * order. `fetch` gets the distinct keys and returns rows; `keyOf` reads a row's key.
 */
export function batchLoader<K extends string | number, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R | null> {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, R>();
    for (const row of rows) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Like `batchLoader`, for one-to-many: every key gets the list of rows that carry it (possibly empty). */
export function groupLoader<K extends string | number, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R[]> {
  return new DataLoader<K, R[]>(async (keys) => {
    const byKey = groupRows(await fetch(keys), keyOf);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** Rows grouped by key, in their order; every key of `keys` is present, with an empty list if no row has it. */
export function groupRows<K, R>(rows: readonly R[], keyOf: (row: R) => K, keys: readonly K[] = []): Map<K, R[]> {
  const byKey = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return byKey;
}

/**
 * A read done at most once per request, whichever field asks first (loaders live for one request):
 * for small tables read whole and shared by every path that reaches them.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}

/**
 * Hands rows already read to a `groupLoader`, grouped by key, so that loading those keys later costs no
 * query; `keys` that were asked for but have no rows get an empty list. Keys the loader already holds are
 * left as they are.
 */
export function primeGroups<K extends string | number, R>(loader: DataLoader<K, R[]>, rows: readonly R[], keyOf: (row: R) => K, keys: readonly K[] = []): void {
  for (const [key, list] of groupRows(rows, keyOf, keys)) loader.prime(key, list);
}

/** Per loader, the sibling lists (one array per request, from another loader's cache) already asked for. */
const askedSiblings = new WeakMap<object, WeakSet<readonly unknown[]>>();

/**
 * `loader.load(key)`, with every key of `siblings` asked for in the same batch the first time this
 * sibling list is seen: rows of things that sit at several depths of one view (a meeting's items and
 * sub-items, its decisions) then cost one query, and each later sibling finds its rows in the loader's
 * cache. `siblings` must be the same array for every sibling (a loader's cached result), so the whole
 * list is asked for once per request rather than once per sibling.
 */
export function loadWithSiblings<K, V, S>(loader: DataLoader<K, V>, key: K, siblings: readonly S[], keyOf: (sibling: S) => K): Promise<V> {
  let asked = askedSiblings.get(loader);
  if (!asked) askedSiblings.set(loader, (asked = new WeakSet()));
  if (!asked.has(siblings)) {
    asked.add(siblings);
    void loader.loadMany(siblings.map(keyOf)); // never rejects: a failed key is an Error in its place, and load() reports it
  }
  return loader.load(key);
}
