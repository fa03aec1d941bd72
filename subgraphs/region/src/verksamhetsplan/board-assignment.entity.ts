import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A beredning (preparatory committee) of Hälso- och sjukvårdsnämnden. */
export const PreparatoryCommittee = defineEntity({
  name: 'PreparatoryCommittee',
  tableName: 'preparatory_committee',
  properties: {
    id: p.string().primary(),
    position: p.integer(),
    name: p.string(),
    note: p.text().nullable(),
  },
});
export type PreparatoryCommittee = InferEntity<typeof PreparatoryCommittee>;

export const BoardAssignmentStatuses = ['ASSIGNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type BoardAssignmentStatus = (typeof BoardAssignmentStatuses)[number];

export interface AssignmentPart {
  letter: string;
  text: string;
}

/**
 * An uppdrag (assignment) the nämnd gives in its verksamhetsplan. Perspectives, beredningar and the
 * joint plan it follows are kept as ids; `version` guards status changes against stale writes.
 */
export const BoardAssignment = defineEntity({
  name: 'BoardAssignment',
  tableName: 'board_assignment',
  uniques: [{ properties: ['planId', 'number'] }],
  properties: {
    id: p.string().primary(),
    planId: p.string().index(),
    number: p.integer(),
    text: p.text(),
    parts: p.json<AssignmentPart[]>(),
    assignee: p.string(),
    perspectiveIds: p.json<string[]>(),
    committeeIds: p.json<string[]>(),
    /** A joint plan in the samverkan subgraph, by its id there. */
    jointPlanId: p.string().nullable(),
    status: p.string(),
    lastChangeAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
});
export type BoardAssignment = InferEntity<typeof BoardAssignment>;

/** One status report on an uppdrag: a status change (or none) with a note. */
export const BoardAssignmentStatusChange = defineEntity({
  name: 'BoardAssignmentStatusChange',
  tableName: 'board_assignment_status_change',
  properties: {
    id: p.integer().primary().autoincrement(),
    assignmentId: p.string().index(),
    recordedAt: p.datetime(),
    fromStatus: p.string(),
    toStatus: p.string(),
    note: p.text(),
  },
});
export type BoardAssignmentStatusChange = InferEntity<typeof BoardAssignmentStatusChange>;
