import type { EntityManager } from '@mikro-orm/core';
import { groupLoader, keptStatement, rowsWhereIn } from '@orebro/subgraph-kit';
import { ContributionActivity, ContributionCost, ContributionStaff } from './contribution.entity';

/** One row of what an owner reported on a service: a year of costs or activity, or `year` null for staff. */
export interface ReportedYear {
  serviceId: string;
  year: number | null;
}

/**
 * The owner's rows per service: one SQL query per table per request, however many services are asked for;
 * read as plain rows (rowsWhereIn), since every kommun instance answers each broadcast fetch with them.
 * `reportedByService` answers the public questions (has the owner reported on the service, for which
 * years) in one query over the three tables, instead of reading all three tables' rows: every kommun
 * instance answers it for every co-owned service view.
 */
export function createContributionsLoaders(em: EntityManager) {
  return {
    staffByService: groupLoader<string, ContributionStaff>(
      (ids) => rowsWhereIn(em, ContributionStaff, 'serviceId', ids, { orderBy: { startsOn: 'asc', role: 'asc' } }),
      (s) => s.serviceId,
    ),
    costsByService: groupLoader<string, ContributionCost>(
      (ids) => rowsWhereIn(em, ContributionCost, 'serviceId', ids, { orderBy: { year: 'asc' } }),
      (c) => c.serviceId,
    ),
    activityByService: groupLoader<string, ContributionActivity>(
      (ids) => rowsWhereIn(em, ContributionActivity, 'serviceId', ids, { orderBy: { month: 'asc', measure: 'asc', patientHomeKommunCode: 'asc' } }),
      (a) => a.serviceId,
    ),
    reportedByService: groupLoader<string, ReportedYear>(
      (ids) => reportedYears(em, ids),
      (r) => r.serviceId,
    ),
  };
}
export type ContributionsLoaders = ReturnType<typeof createContributionsLoaders>;

/**
 * Distinct (service, year) pairs the owner reported for `serviceIds`: the years of its costs, the years
 * of its activity months (YYYY-MM), and one row with year null per service with staff. Plain SQL that
 * SQLite and PostgreSQL both run (`substr`, `cast … as integer`, `union`), with table and column names
 * from the entities' metadata and `?` placeholders the connection fills.
 */
async function reportedYears(em: EntityManager, serviceIds: readonly string[]): Promise<ReportedYear[]> {
  const rows: { service_id: string; year: number | string | null }[] = await em
    .getConnection()
    .execute(reportedStatement(em, serviceIds.length), [...serviceIds, ...serviceIds, ...serviceIds], 'all', em.getTransactionContext());
  return rows.map((row) => ({ serviceId: row.service_id, year: row.year === null ? null : Number(row.year) }));
}

/** reportedYears' statement text for `count` services, kept per ORM (keptStatement): it never holds a value. */
function reportedStatement(em: EntityManager, count: number): string {
  return keptStatement(em, `reportedYears|${count}`, () => {
    const metadata = em.getMetadata();
    const platform = em.getPlatform();
    const table = (name: string) => platform.quoteIdentifier(metadata.get(name).tableName);
    const column = (name: string, property: string) => platform.quoteIdentifier(metadata.get(name).properties[property].fieldNames[0]);
    const within = (name: string) => `${column(name, 'serviceId')} in (${Array.from({ length: count }, () => '?').join(', ')})`;
    const [staff, cost, activity] = [ContributionStaff.meta.className, ContributionCost.meta.className, ContributionActivity.meta.className];
    return [
      `select ${column(cost, 'serviceId')} as service_id, ${column(cost, 'year')} as year from ${table(cost)} where ${within(cost)}`,
      `select ${column(activity, 'serviceId')}, cast(substr(${column(activity, 'month')}, 1, 4) as integer) from ${table(activity)} where ${within(activity)}`,
      `select ${column(staff, 'serviceId')}, cast(null as integer) from ${table(staff)} where ${within(staff)}`,
    ].join(' union ');
  });
}
