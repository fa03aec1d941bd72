import type { EntityManager, EntityMetadata, EntityName, QueryOrderMap } from '@mikro-orm/core';

/** A SQL entity manager's query builder, as far as this file uses it (both drivers' managers have it). */
interface QueryBuilding {
  createQueryBuilder(entity: EntityName<object>): {
    select(fields: '*'): { where(where: object): { orderBy(order: object): { getQuery(): string } } };
  };
}

/** Statement text by ORM (its metadata) and shape: entity, property, number of keys and order. */
const statements = new WeakMap<object, Map<string, string>>();

/**
 * The rows of `entity` whose `property` is one of `keys`, ordered by `orderBy`, as plain objects with
 * the entity's property names and JavaScript values (booleans, bigint-as-number and the like converted
 * as the ORM does) — the same values `em.find` gives, without managed entities.
 *
 * For per-request read loaders: a kommun instance answered each broadcast fetch with two or three
 * `em.find` calls, and building the query (MikroORM's criteria, knex's compiler) plus hydrating
 * entities into the identity map was most of its CPU per request. Here the statement text is built once
 * per shape through MikroORM's query builder and kept (it holds placeholders only, never a value, so no
 * write can make it stale); each call runs it with the keys and maps the rows through the driver. It
 * runs in the entity manager's transaction, if any, and through its connection, so query logging and
 * counting see it as before. Pending unflushed changes in `em` are not flushed first (em.find would):
 * loaders read what is committed.
 *
 * @throws Error if the entity has a relation (its rows would need joins or references, which this does not make).
 */
export async function rowsWhereIn<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  property: keyof T & string,
  keys: readonly (string | number)[],
  orderBy: QueryOrderMap<T> = {},
): Promise<T[]> {
  if (keys.length === 0) return [];
  const meta = em.getMetadata().get<T>(typeof entity === 'string' ? entity : (entity as { name: string }).name) as EntityMetadata<T>;
  const sql = statementFor(em, meta, entity, property, keys.length, orderBy);
  const rows: Record<string, unknown>[] = await em.getConnection().execute(sql, [...keys], 'all', em.getTransactionContext());
  const driver = em.getDriver();
  return rows.map((row) => driver.mapResult(row as never, meta) as T);
}

function statementFor<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  entity: EntityName<T>,
  property: string,
  count: number,
  orderBy: QueryOrderMap<T>,
): string {
  let byShape = statements.get(em.getMetadata());
  if (!byShape) statements.set(em.getMetadata(), (byShape = new Map()));
  const shape = `${meta.className}|${property}|${count}|${JSON.stringify(orderBy)}`;
  let sql = byShape.get(shape);
  if (sql === undefined) {
    const relation = meta.props.find((p) => p.kind !== 'scalar');
    if (relation) throw new Error(`rowsWhereIn reads scalar columns only; ${meta.className}.${relation.name} is a relation.`);
    // Distinct placeholder keys, so the builder keeps all `count` of them.
    const placeholders = Array.from({ length: count }, (_, i) => `k${i}`);
    sql = (em as unknown as QueryBuilding)
      .createQueryBuilder(entity as EntityName<object>)
      .select('*')
      .where({ [property]: { $in: placeholders } })
      .orderBy(orderBy)
      .getQuery();
    byShape.set(shape, sql);
  }
  return sql;
}
