import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { sourcedRecord } from '@orebro/subgraph-kit';

/** Validated in the service (not p.enum: SQLite cannot round-trip enum checks). */
export const GrantAreas = ['NARA_VARD', 'PSYKISK_HALSA', 'SUICIDPREVENTION'] as const;
export const GrantRecipientGroups = ['REGIONS', 'KOMMUNER', 'JOINT', 'SKR'] as const;

/** A state grant programme (stimulansmedel) for one year, with its national total in whole SEK. */
export const GrantProgramme = defineEntity({
  name: 'GrantProgramme',
  tableName: 'grant_programme',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    area: p.string(),
    year: p.integer(),
    agreement: p.string().nullable(),
    nationalTotalSek: p.bigint('number').nullable(),
    distribution: p.text().nullable(),
    ...sourcedRecord(),
  },
});
export type GrantProgramme = InferEntity<typeof GrantProgramme>;

/** How the national total is split between recipient groups (regions, kommuner, jointly, SKR). */
export const GrantNationalPart = defineEntity({
  name: 'GrantNationalPart',
  tableName: 'grant_national_part',
  uniques: [{ properties: ['programmeId', 'recipients'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    programmeId: p.string().index(),
    recipients: p.string(),
    amountSek: p.bigint('number'),
    ...sourcedRecord(),
  },
});
export type GrantNationalPart = InferEntity<typeof GrantNationalPart>;

/** A joint pot (länsgemensamma medel) the huvudmän of the län hold together. */
export const GrantPot = defineEntity({
  name: 'GrantPot',
  tableName: 'grant_pot',
  properties: {
    id: p.string().primary(),
    programmeId: p.string().index(),
    name: p.string(),
    amountSek: p.bigint('number').nullable(),
    administeredById: p.string().nullable(),
    note: p.text().nullable(),
    ...sourcedRecord(),
  },
});
export type GrantPot = InferEntity<typeof GrantPot>;

/**
 * A decision on the use of grant money. The deciding body is kept as a name (bodies live in the
 * governance area); `reference` points into its protocol.
 */
export const GrantDecision = defineEntity({
  name: 'GrantDecision',
  tableName: 'grant_decision',
  properties: {
    id: p.string().primary(),
    title: p.text(),
    area: p.string(),
    programmeId: p.string().nullable().index(),
    potId: p.string().nullable().index(),
    serviceId: p.string().nullable().index(),
    amountSek: p.bigint('number').nullable(),
    decidedOn: p.string(),
    decidedBy: p.string(),
    reference: p.text().nullable(),
    condition: p.text().nullable(),
    ...sourcedRecord(),
  },
});
export type GrantDecision = InferEntity<typeof GrantDecision>;
