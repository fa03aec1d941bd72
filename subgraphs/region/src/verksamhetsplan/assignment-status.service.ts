import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, notFound, requireTransition, staleWrite } from '@orebro/subgraph-kit';
import type { GraphQLError } from 'graphql';
import { BoardAssignment, BoardAssignmentStatusChange, BoardAssignmentStatuses, type BoardAssignmentStatus } from './board-assignment.entity';

export interface AssignmentStatusInput {
  assignmentId: string;
  status: BoardAssignmentStatus;
  note: string;
  /** The version the caller read; a write based on an older one is refused. */
  expectedVersion: number;
}

/** Where an uppdrag may go next; DONE (återrapporterat/slutfört) and CANCELLED are final. */
export const ASSIGNMENT_TRANSITIONS: Record<BoardAssignmentStatus, readonly BoardAssignmentStatus[]> = {
  ASSIGNED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

const MAX_NOTE = 4000;

/** Reports on an uppdrag in one transaction; a refused report leaves the uppdrag and its history as they were. */
export async function updateAssignmentStatus(em: EntityManager, input: AssignmentStatusInput): Promise<BoardAssignment> {
  if (!BoardAssignmentStatuses.includes(input.status)) throw badUserInput(`Unknown uppdrag status "${input.status}".`, 'status');
  const note = input.note.trim();
  if (note === '') throw badUserInput('A status report needs a note saying what happened.', 'note');
  if (note.length > MAX_NOTE) throw badUserInput(`A note may be at most ${MAX_NOTE} characters.`, 'note');
  requireNoIdentityNumber(note, 'note');
  if (!Number.isInteger(input.expectedVersion)) throw badUserInput('expectedVersion must be the version you read.', 'expectedVersion');

  try {
    return await em.transactional(async (tx) => {
      const assignment = await tx.findOne(BoardAssignment, input.assignmentId);
      if (!assignment) throw notFound(`Uppdrag "${input.assignmentId}"`);
      if (assignment.version !== input.expectedVersion) throw staleVersion(assignment.version);
      const from = assignment.status as BoardAssignmentStatus;
      requireTransition(ASSIGNMENT_TRANSITIONS, from, input.status, 'An uppdrag', { sameWith: 'a note' });
      const now = new Date();
      tx.create(BoardAssignmentStatusChange, { assignmentId: assignment.id, recordedAt: now, fromStatus: from, toStatus: input.status, note });
      assignment.status = input.status;
      assignment.lastChangeAt = now;
      return assignment;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw staleVersion(null);
    throw error;
  }
}

function staleVersion(current: number | null): GraphQLError {
  return staleWrite('The uppdrag', current ?? undefined);
}
