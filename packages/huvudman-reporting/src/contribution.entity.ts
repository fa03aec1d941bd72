import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { sourcedRecord } from '@orebro/subgraph-kit';

/** Measures are validated in the service (not p.enum: SQLite cannot round-trip enum checks). */
export const ActivityMeasures = ['ENROLLED_PATIENTS', 'VISITS', 'CONTACTS'] as const;

/** Staff an owner puts into a co-owned service: a role, FTE in hundredths (exact), and a period. */
export const ContributionStaff = defineEntity({
  name: 'ContributionStaff',
  tableName: 'contribution_staff',
  uniques: [{ properties: ['serviceId', 'huvudmanId', 'role', 'startsOn'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.string().index(),
    huvudmanId: p.string(),
    role: p.string(),
    fteHundredths: p.integer(),
    startsOn: p.string(),
    endsOn: p.string().nullable(),
    ...sourcedRecord(),
  },
});
export type ContributionStaff = InferEntity<typeof ContributionStaff>;

/** What the owner paid for a co-owned service in a year, in whole SEK. */
export const ContributionCost = defineEntity({
  name: 'ContributionCost',
  tableName: 'contribution_cost',
  uniques: [{ properties: ['serviceId', 'huvudmanId', 'year'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.string().index(),
    huvudmanId: p.string(),
    year: p.integer(),
    amountSek: p.bigint('number'),
    ...sourcedRecord(),
  },
});
export type ContributionCost = InferEntity<typeof ContributionCost>;

/** A monthly activity volume of the owner's part of a service, by the patient's home kommun. */
export const ContributionActivity = defineEntity({
  name: 'ContributionActivity',
  tableName: 'contribution_activity',
  uniques: [{ properties: ['serviceId', 'huvudmanId', 'month', 'measure', 'patientHomeKommunCode'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.string().index(),
    huvudmanId: p.string(),
    month: p.string(),
    measure: p.string(),
    patientHomeKommunCode: p.string(),
    count: p.integer(),
    ...sourcedRecord(),
  },
});
export type ContributionActivity = InferEntity<typeof ContributionActivity>;
