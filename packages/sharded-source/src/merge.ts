/** Two shards gave different non-null values for one scalar: a data error, reported, never picked silently. */
export interface MergeConflict {
  path: (string | number)[];
  values: [unknown, unknown];
  shards: [string, string];
}

export interface ShardValue {
  shard: string;
  value: unknown;
}

/**
 * Merges one value as answered by several shards, in shard order: lists are concatenated, objects
 * merged field by field, a scalar taken from the shard that gives it. Equal scalars (such as
 * `__typename`) agree; different non-null ones are recorded in `conflicts` and become null.
 */
export function mergeShardValues(parts: ShardValue[], conflicts: MergeConflict[], path: (string | number)[] = []): unknown {
  const present = parts.filter((p) => p.value !== null && p.value !== undefined);
  if (present.length === 0) return parts.some((p) => p.value === null) ? null : undefined;
  if (present.length === 1) return present[0].value;
  const first = present[0];
  if (Array.isArray(first.value)) {
    return present.flatMap((p) => (Array.isArray(p.value) ? p.value : [p.value]));
  }
  if (typeof first.value === 'object') {
    const merged: Record<string, unknown> = {};
    const keys = new Set(present.flatMap((p) => Object.keys(p.value as object)));
    for (const key of keys) {
      const values = present.map((p) => ({ shard: p.shard, value: (p.value as Record<string, unknown>)[key] }));
      merged[key] = mergeShardValues(values, conflicts, [...path, key]);
    }
    return merged;
  }
  const differing = present.find((p) => p.value !== first.value);
  if (differing) {
    conflicts.push({ path, values: [first.value, differing.value], shards: [first.shard, differing.shard] });
    return null;
  }
  return first.value;
}
