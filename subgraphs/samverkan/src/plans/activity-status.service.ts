import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, notFound, requireTransition, staleWrite } from '@orebro/subgraph-kit';
import type { GraphQLError } from 'graphql';
import { ActivityFollowUp, PlanActivity, PlanActivityStatuses, type PlanActivityStatus } from './plan-activity.entity';

export interface ActivityStatusInput {
  activityId: string;
  status: PlanActivityStatus;
  note: string;
  /** The version the caller read; a write based on an older one is refused. */
  expectedVersion: number;
}

/** Where an activity may go next; DONE and CANCELLED are final. Keeping the status records a note only. */
export const ACTIVITY_TRANSITIONS: Record<PlanActivityStatus, readonly PlanActivityStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

const MAX_NOTE = 4000;

/**
 * Moves an activity to a status with a follow-up note, in one transaction: a refused write (unknown
 * status, transition not allowed, stale version, personnummer in the note) leaves nothing behind.
 */
export async function updateActivityStatus(em: EntityManager, input: ActivityStatusInput, recordedByHuvudmanId: string | null): Promise<PlanActivity> {
  if (!PlanActivityStatuses.includes(input.status)) throw badUserInput(`Unknown activity status "${input.status}".`, 'status');
  const note = input.note.trim();
  if (note === '') throw badUserInput('A follow-up needs a note saying what happened.', 'note');
  if (note.length > MAX_NOTE) throw badUserInput(`A note may be at most ${MAX_NOTE} characters.`, 'note');
  requireNoIdentityNumber(note, 'note');
  if (!Number.isInteger(input.expectedVersion)) throw badUserInput('expectedVersion must be the version you read.', 'expectedVersion');

  try {
    return await em.transactional(async (tx) => {
      const activity = await tx.findOne(PlanActivity, input.activityId);
      if (!activity) throw notFound(`Plan activity "${input.activityId}"`);
      if (activity.version !== input.expectedVersion) throw staleVersion(activity);
      const from = activity.status as PlanActivityStatus;
      requireTransition(ACTIVITY_TRANSITIONS, from, input.status, 'An activity', { sameWith: 'a note' });
      const now = new Date();
      tx.create(ActivityFollowUp, { activityId: activity.id, recordedAt: now, fromStatus: from, toStatus: input.status, note, recordedByHuvudmanId });
      activity.status = input.status;
      activity.lastFollowUpAt = now;
      return activity;
    });
  } catch (error) {
    // Someone else wrote between our read and our write: the same answer as a stale read.
    if (error instanceof OptimisticLockError) throw staleVersion(null);
    throw error;
  }
}

function staleVersion(current: PlanActivity | null): GraphQLError {
  return staleWrite('The activity', current?.version);
}
