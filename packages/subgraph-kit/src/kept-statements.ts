import type { EntityManager } from '@mikro-orm/core';

/** By ORM (its metadata, one per MikroORM instance) and shape: whatever `build` made for that shape. */
const kept = new WeakMap<object, Map<string, unknown>>();

/**
 * What `build` makes for `shape` (a statement's text and the like), built once per ORM and shape and
 * kept for the ORM's lifetime. `build` must depend only on the shape and the ORM's metadata and
 * platform, never on a value: the kept result is reused for every later call with the same shape.
 * Per ORM, because two ORMs (SQLite and PostgreSQL in one test run) quote and map differently.
 */
export function keptStatement<S>(em: EntityManager, shape: string, build: () => S): S {
  const metadata = em.getMetadata();
  let byShape = kept.get(metadata);
  if (!byShape) kept.set(metadata, (byShape = new Map()));
  if (!byShape.has(shape)) byShape.set(shape, build());
  return byShape.get(shape) as S;
}
