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
  return mergeValues(parts, conflicts, [...path]);
}

/**
 * The merge itself, on the gateway's hot path for every broadcast answer (one call per field of every
 * object more than one shard answers): `path` is one array pushed and popped on the way down, copied
 * only when a conflict is recorded, and a field only one shard gives is taken without a copy.
 */
function mergeValues(parts: ShardValue[], conflicts: MergeConflict[], path: (string | number)[]): unknown {
  let present = 0;
  let first: ShardValue | undefined;
  let sawNull = false;
  for (const part of parts) {
    if (part.value === null) sawNull = true;
    else if (part.value !== undefined) {
      present++;
      first ??= part;
    }
  }
  if (!first) return sawNull ? null : undefined;
  if (present === 1) return first.value;
  const given = present === parts.length ? parts : parts.filter((p) => p.value !== null && p.value !== undefined);
  if (Array.isArray(first.value)) {
    const list: unknown[] = [];
    for (const p of given) {
      if (Array.isArray(p.value)) for (const item of p.value) list.push(item);
      else list.push(p.value);
    }
    return list;
  }
  if (typeof first.value === 'object') {
    const merged: Record<string, unknown> = {};
    const keys = new Set<string>();
    for (const p of given) for (const key of Object.keys(p.value as object)) keys.add(key);
    for (const key of keys) {
      const values = given.map((p) => ({ shard: p.shard, value: (p.value as Record<string, unknown>)[key] }));
      path.push(key);
      merged[key] = mergeValues(values, conflicts, path);
      path.pop();
    }
    return merged;
  }
  const differing = given.find((p) => p.value !== first.value);
  if (differing) {
    conflicts.push({ path: [...path], values: [first.value, differing.value], shards: [first.shard, differing.shard] });
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
