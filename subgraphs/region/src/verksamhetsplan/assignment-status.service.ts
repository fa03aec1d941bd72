import type { EntityManager } from '@mikro-orm/core';
import { writeFollowUp, type FollowUpRules } from '@orebro/subgraph-kit';
import { BoardAssignment, BoardAssignmentStatusChange, type BoardAssignmentStatus } from './board-assignment.entity';

export interface AssignmentStatusInput {
  assignmentId: string;
  status: BoardAssignmentStatus;
  note: string;
  /** The version the caller read; a write based on an older one is refused. */
  expectedVersion: number;
}

/** Where an uppdrag may go next; DONE (återrapporterat/slutfört) and CANCELLED are final. Keeping the status records a note only. */
export const ASSIGNMENT_FOLLOW_UP: FollowUpRules<BoardAssignmentStatus> = {
  what: 'Uppdrag',
  transitions: {
    ASSIGNED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
    IN_PROGRESS: ['DONE', 'CANCELLED'],
    DONE: [],
    CANCELLED: [],
  },
  keepStatusWithNote: true,
};

/** Reports on an uppdrag in one transaction (the kit's writeFollowUp); a refused report leaves the uppdrag and its history as they were. */
export function updateAssignmentStatus(em: EntityManager, input: AssignmentStatusInput): Promise<BoardAssignment> {
  return writeFollowUp(em, ASSIGNMENT_FOLLOW_UP, {
    entity: BoardAssignment,
    id: input.assignmentId,
    idField: 'assignmentId',
    expectedVersion: input.expectedVersion,
    status: input.status,
    note: input.note,
    apply: (tx, assignment, { from, to, note }) => {
      const now = new Date();
      tx.create(BoardAssignmentStatusChange, { assignmentId: assignment.id, recordedAt: now, fromStatus: from, toStatus: to ?? from, note });
      assignment.status = to ?? from;
      assignment.lastChangeAt = now;
    },
  });
}
