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

/** A response path, relative to the value being merged. */
export type ResponsePath = (string | number)[];

/**
 * Where a position in one shard's answer ended up in the value `mergeShardValues(parts)` built: the
 * same path with each concatenated list's index offset by the items earlier shards put before it.
 * Undefined when the position cannot be mapped: the shard gave no value there and another shard's
 * value fills it, or the index lies beyond the shard's own list. A position below a null that no
 * shard filled keeps its path (as in any GraphQL answer, an error may point below a null it caused).
 */
export function mergedPath(parts: ShardValue[], shard: string, path: ResponsePath): ResponsePath | undefined {
  const own = parts.find((p) => p.shard === shard);
  if (!own) return undefined;
  const present = parts.filter((p) => p.value !== null && p.value !== undefined);
  if (present.length === 0) return path;
  if (own.value === null || own.value === undefined) return undefined;
  if (present.length === 1 || path.length === 0) return path;
  const [step, ...rest] = path;
  if (Array.isArray(present[0].value)) {
    // Concatenated: the shard's items follow those of the shards before it, and are its own below.
    if (typeof step !== 'number') return undefined;
    const ownLength = Array.isArray(own.value) ? own.value.length : 1;
    if (step < 0 || step >= ownLength) return undefined;
    let offset = 0;
    for (const p of present) {
      if (p === own) break;
      offset += Array.isArray(p.value) ? p.value.length : 1;
    }
    return [offset + step, ...rest];
  }
  if (typeof present[0].value === 'object' && typeof step === 'string') {
    const inner = mergedPath(
      present.map((p) => ({ shard: p.shard, value: (p.value as Record<string, unknown>)[step] })),
      shard,
      rest,
    );
    return inner && [step, ...inner];
  }
  return undefined;
}
