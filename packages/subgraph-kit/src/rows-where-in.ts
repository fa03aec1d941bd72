import type { EntityManager, EntityMetadata, EntityName, EntityProperty, Platform, QueryOrderMap } from '@mikro-orm/core';
import { keptStatement } from './kept-statements';

/** A SQL entity manager's query builder, as far as this file uses it (both drivers' managers have it). */
interface QueryBuilding {
  createQueryBuilder(entity: EntityName<object>): {
    select(fields: '*' | string[]): {
      where(where: object): { orderBy(order: object): { toQuery(): { _sql: { sql: string; bindings: readonly unknown[] } } } };
    };
  };
}

/** A prepared shape: the statement text (with `?` placeholders), what fills each placeholder, the properties whose values need converting. */
interface Statement {
  sql: string;
  /** Per placeholder in order: `k<i>` (the i-th key) or `w<i>` (the i-th value of `where`). */
  bindings: string[];
  converted: EntityProperty[];
}

/** A value a condition compares a column with. */
type ConditionValue = string | number;

/** A property's condition: equal to a value, or within a range (`$gte`/`$lte`, either or both; inclusive). */
export type RowCondition = ConditionValue | { $gte?: ConditionValue; $lte?: ConditionValue };

/** What to read besides the keys. */
export interface RowsWhereInOptions<T> {
  orderBy?: QueryOrderMap<T>;
  /**
   * Further conditions, all of which a row meets: a property equal to a value (`{ kommunCode: '1880' }`)
   * or within a range (`{ occurredOn: { $gte: '2025-01-01', $lte: '2025-12-31' } }`).
   */
  where?: Partial<Record<keyof T & string, RowCondition>>;
  /**
   * Only these properties (and the keyed property, always): each row then carries no others. For a
   * read that a query asks of many instances with a small selection: libsql 0.5 turns each column of
   * each row into a JavaScript value at about half a microsecond, so 3 columns of 9 halve the read.
   */
  fields?: readonly (keyof T & string)[];
}

/**
 * The rows of `entity` whose `property` is one of `keys` (and that meet `where`'s conditions),
 * ordered by `orderBy`, as plain objects with
 * the entity's property names and JavaScript values — the same values `em.find` gives (booleans from
 * SQLite's 0/1, PostgreSQL's bigint text as the property's number, JSON, Dates in the configured time
 * zone, and the like), without managed entities.
 *
 * For per-request read loaders: a kommun instance answers each broadcast fetch with two or three reads,
 * and building each query (MikroORM's criteria, knex's compiler) plus hydrating entities into the
 * identity map was most of its CPU per request. Here the statement is built once per shape through
 * MikroORM's query builder and kept: knex's text with `?` placeholders, never a value, so no write can
 * make it stale. Each call runs it through the entity manager's connection, which fills the
 * placeholders the driver's way on SQLite and PostgreSQL alike (query logging and counting see it as
 * before), in the manager's transaction if it has one. Pending unflushed changes in `em` are not
 * flushed first (em.find would): loaders read what is committed.
 *
 * @throws Error if the entity has a relation or an embedded property (rows would need joins or
 *   references, which this does not do): read such entities with em.find.
 */
export async function rowsWhereIn<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  property: keyof T & string,
  keys: readonly (string | number)[],
  options: RowsWhereInOptions<T> = {},
): Promise<T[]> {
  if (keys.length === 0) return [];
  return plainRows(em, entity, { property, keys }, options);
}

/**
 * Every row of `entity` (whose properties equal `where`'s values), ordered by `orderBy`, as plain
 * objects exactly as rowsWhereIn gives them: for the small whole-table reads a request makes once (a
 * register, a catalogue), which em.find would hydrate into managed entities on every request.
 *
 * @throws Error as rowsWhereIn does, for an entity with a relation or an embedded property.
 */
export async function allRows<T extends object>(em: EntityManager, entity: EntityName<T>, options: RowsWhereInOptions<T> = {}): Promise<T[]> {
  return plainRows(em, entity, undefined, options);
}

async function plainRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  keyed: { property: string; keys: readonly (string | number)[] } | undefined,
  { orderBy = {}, where = {}, fields }: RowsWhereInOptions<T>,
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(typeof entity === 'string' ? entity : (entity as { name: string }).name) as EntityMetadata<T>;
  const conditions = Object.entries(where) as [string, RowCondition][];
  const read = fields && [...new Set([...(keyed ? [keyed.property] : []), ...fields])];
  const statement = statementFor(em, meta, entity, keyed && { property: keyed.property, count: keyed.keys.length }, conditions, orderBy, read);
  const params = statement.bindings.map((b) =>
    b[0] === 'k' ? keyed!.keys[Number(b.slice(1))] : conditionValue(conditions[Number.parseInt(b.slice(1), 10)][1], b),
  );
  const rows: Record<string, unknown>[] = await em.getConnection().execute(statement.sql, params, 'all', em.getTransactionContext());
  const driver = em.getDriver();
  const platform = em.getPlatform();
  return rows.map((row) => convert(driver.mapResult(row as never, meta) as Record<string, unknown>, statement.converted, platform) as T);
}

/** The value that fills a condition's placeholder `w<i>` (equality) or `w<i>$gte` / `w<i>$lte` (a bound of a range). */
function conditionValue(condition: RowCondition, binding: string): ConditionValue {
  if (typeof condition !== 'object') return condition;
  return condition[binding.slice(binding.indexOf('$')) as '$gte' | '$lte']!;
}

/** The bounds a range condition gives, in placeholder order. */
function boundsOf(range: { $gte?: ConditionValue; $lte?: ConditionValue }): ('$gte' | '$lte')[] {
  return (['$gte', '$lte'] as const).filter((bound) => range[bound] !== undefined);
}

/** A condition's part of the shape: `=` for equality, else which bounds a range has. */
function conditionShape([name, condition]: [string, RowCondition]): string {
  if (typeof condition !== 'object') return `${name}=`;
  const bounds = boundsOf(condition);
  if (bounds.length === 0) throw new Error(`The condition on ${name} names no bound ($gte, $lte).`);
  return `${name}${bounds.join('')}`;
}

/** Applies the properties' mapped types (e.g. bigint text → number) as hydration would. */
function convert(row: Record<string, unknown>, converted: readonly EntityProperty[], platform: Platform): Record<string, unknown> {
  for (const prop of converted) {
    const value = row[prop.name];
    if (value !== undefined && value !== null) row[prop.name] = prop.customType!.convertToJSValue(value, platform);
  }
  return row;
}

function statementFor<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  entity: EntityName<T>,
  keyed: { property: string; count: number } | undefined,
  conditions: readonly [string, RowCondition][],
  orderBy: QueryOrderMap<T>,
  fields: readonly string[] | undefined,
): Statement {
  // Kept per ORM and shape: entity, property and number of keys (none for a whole table), conditions, order and columns.
  const shape = `${meta.className}|${keyed ? `${keyed.property}|${keyed.count}` : '*'}|${conditions.map(conditionShape).join(',')}|${JSON.stringify(orderBy)}|${fields?.join(',') ?? '*'}`;
  return keptStatement(em, `rowsWhereIn|${shape}`, (): Statement => {
    const unsupported = meta.props.find((p) => p.kind !== 'scalar');
    if (unsupported) throw new Error(`rowsWhereIn and allRows read scalar columns only; ${meta.className}.${unsupported.name} is a ${unsupported.kind}.`);
    // Distinct placeholder values, so the builder keeps all `count` keys and its bindings say which
    // placeholder is which. `_sql` is knex's compiled statement, with `?` placeholders on every platform
    // (`getQuery()` gives the driver's native `$1` form on PostgreSQL, which the connection's execute
    // does not fill).
    const criteria = Object.fromEntries(
      conditions.map(([name, condition], i) => [
        name,
        typeof condition === 'object' ? Object.fromEntries(boundsOf(condition).map((bound) => [bound, `w${i}${bound}`])) : `w${i}`,
      ]),
    );
    const built = (em as unknown as QueryBuilding)
      .createQueryBuilder(entity as EntityName<object>)
      .select(fields ? [...fields] : '*')
      .where(keyed ? { ...criteria, [keyed.property]: { $in: Array.from({ length: keyed.count }, (_, i) => `k${i}`) } } : criteria)
      .orderBy(orderBy)
      .toQuery()._sql;
    const converted = meta.props.filter((p) => p.customType !== undefined && p.runtimeType !== 'boolean' && (!fields || fields.includes(p.name)));
    return { sql: built.sql, bindings: built.bindings.map(String), converted };
  });
}
