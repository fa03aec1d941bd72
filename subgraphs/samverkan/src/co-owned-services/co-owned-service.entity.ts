import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Kinds and forms are validated in the service (not p.enum: SQLite cannot round-trip enum checks). */
export const CoOwnedServiceKinds = [
  'MOBILE_CARE_TEAM',
  'DISCHARGE_TEAM',
  'INTERMEDIATE_CARE',
  'NUTRITION_SUPPORT',
  'FAMILY_CENTRE',
  'FIRST_LINE_CHILD_YOUTH',
  'HOME_REHABILITATION',
] as const;
export const ServiceForms = ['PROJECT', 'PILOT', 'PERMANENT'] as const;
/** A huvudman's part in leading a service: it runs it, or it takes part in leading it (samleder). */
export const ServiceLeadershipRoles = ['LEADS', 'TAKES_PART'] as const;

/**
 * A co-owned service (samägd verksamhet). The governing body and the agreement are kept as names:
 * bodies and agreements live in other areas, and a name is what the documents give.
 */
export const CoOwnedService = defineEntity({
  name: 'CoOwnedService',
  tableName: 'co_owned_service',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    kind: p.string(),
    form: p.string().nullable(),
    purpose: p.text(),
    /** ISO 8601 at the precision the documents give: "2017", "2019-06" or "2022-01-01". */
    startsOn: p.string().nullable(),
    endsOn: p.string().nullable(),
    periodNote: p.text().nullable(),
    employerId: p.string().nullable(),
    governingBody: p.string().nullable(),
    agreement: p.string().nullable(),
    source: p.text(),
  },
});
export type CoOwnedService = InferEntity<typeof CoOwnedService>;

/** One owner's agreed share, in basis points: 10 000 is 100 %, so shares add up exactly. */
export const ServiceOwnership = defineEntity({
  name: 'ServiceOwnership',
  tableName: 'service_ownership',
  uniques: [{ properties: ['serviceId', 'huvudmanId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.string().index(),
    huvudmanId: p.string().index(),
    shareBasisPoints: p.integer(),
    source: p.text(),
    isExample: p.boolean(),
  },
});
export type ServiceOwnership = InferEntity<typeof ServiceOwnership>;

/** The agreed budget of a service for one year, in whole SEK (bigint: never floating-point money). */
export const ServiceBudget = defineEntity({
  name: 'ServiceBudget',
  tableName: 'service_budget',
  uniques: [{ properties: ['serviceId', 'year'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.string().index(),
    year: p.integer(),
    amountSek: p.bigint('number'),
    source: p.text(),
    isExample: p.boolean(),
  },
});
export type ServiceBudget = InferEntity<typeof ServiceBudget>;

/**
 * Who leads a service and who takes part in leading it, as the documents state it. Kept apart from the
 * shares: the färdplan speaks of services the huvudmän co-own "and/or" co-lead (samäger och/eller
 * samleder), so leading is not owning, and a document can name a co-leader without giving any share.
 */
export const ServiceLeadership = defineEntity({
  name: 'ServiceLeadership',
  tableName: 'service_leadership',
  uniques: [{ properties: ['serviceId', 'huvudmanId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.string().index(),
    huvudmanId: p.string().index(),
    /** One of ServiceLeadershipRoles. */
    role: p.string(),
    /** What the documents say about this huvudman's part, in their words. */
    basis: p.text(),
    source: p.text(),
    isExample: p.boolean(),
  },
});
export type ServiceLeadership = InferEntity<typeof ServiceLeadership>;

/** The länsdelar a service covers: a table of its own so "services in a länsdel" is one indexed query. */
export const ServiceLansdel = defineEntity({
  name: 'ServiceLansdel',
  tableName: 'service_lansdel',
  uniques: [{ properties: ['serviceId', 'lansdelId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.string().index(),
    lansdelId: p.string().index(),
  },
});
export type ServiceLansdel = InferEntity<typeof ServiceLansdel>;
