import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Validated in the service (not p.enum: SQLite cannot round-trip enum checks), as the GraphQL enums list them. */
export const DeviationSeverities = ['LOW', 'MODERATE', 'HIGH', 'SEVERE'] as const;
export type DeviationSeverity = (typeof DeviationSeverities)[number];
export const DeviationStatuses = ['REPORTED', 'UNDER_INVESTIGATION', 'CLOSED', 'WITHDRAWN'] as const;
export type DeviationStatus = (typeof DeviationStatuses)[number];
export const DeviationResponseStatuses = ['INVESTIGATING', 'CLOSED'] as const;
export type DeviationResponseStatus = (typeof DeviationResponseStatuses)[number];

/**
 * A deviation in samverkan (avvikelse i samverkan) as its reporter stores it. Every row of this table is the
 * instance's own huvudman's report (`reporterId` is always the owner): no subgraph stores another's record.
 * `version` guards changes against stale writes (optimistic locking).
 */
export const DeviationRecord = defineEntity({
  name: 'DeviationRecord',
  tableName: 'deviation',
  properties: {
    id: p.string().primary(),
    reporterId: p.string(),
    occurredOn: p.string().index(),
    processCode: p.string(),
    processVersion: p.integer(),
    description: p.text(),
    concernedHuvudmanIds: p.json<string[]>(),
    severity: p.string(),
    status: p.string().index(),
    responseDueOn: p.string(),
    reportedAt: p.datetime(),
    updatedAt: p.datetime(),
    source: p.text(),
    isExample: p.boolean(),
    version: p.integer().version(),
  },
});
export type DeviationRecord = InferEntity<typeof DeviationRecord>;

/** One status change of a deviation at its reporter, with the note saying why. */
export const DeviationStatusChange = defineEntity({
  name: 'DeviationStatusChange',
  tableName: 'deviation_status_change',
  properties: {
    id: p.integer().primary().autoincrement(),
    deviationId: p.string().index(),
    recordedAt: p.datetime(),
    fromStatus: p.string(),
    toStatus: p.string(),
    note: p.text(),
  },
});
export type DeviationStatusChange = InferEntity<typeof DeviationStatusChange>;

/**
 * The instance's own huvudman's response to a deviation reported by another huvudman: its investigation,
 * measures and closing. One per deviation (`responderId` is always the owner). The deviation itself stays in
 * its reporter's subgraph; only its id is kept here, as a reference.
 */
export const DeviationResponseRecord = defineEntity({
  name: 'DeviationResponseRecord',
  tableName: 'deviation_response',
  properties: {
    id: p.integer().primary().autoincrement(),
    deviationId: p.string().unique(),
    responderId: p.string(),
    status: p.string(),
    investigation: p.text(),
    measures: p.text().nullable(),
    closedOn: p.string().nullable(),
    recordedAt: p.datetime(),
    updatedAt: p.datetime(),
    source: p.text(),
    isExample: p.boolean(),
    version: p.integer().version(),
  },
});
export type DeviationResponseRecord = InferEntity<typeof DeviationResponseRecord>;
