import type { EntityManager } from '@mikro-orm/core';
import { writeFollowUp, type FollowUpRules } from '@orebro/subgraph-kit';
import { ActivityFollowUp, PlanActivity, type PlanActivityStatus } from './plan-activity.entity';

export interface ActivityStatusInput {
  activityId: string;
  status: PlanActivityStatus;
  note: string;
  /** The version the caller read; a write based on an older one is refused. */
  expectedVersion: number;
}

/** Where an activity may go next; DONE and CANCELLED are final. Keeping the status records a note only. */
export const ACTIVITY_FOLLOW_UP: FollowUpRules<PlanActivityStatus> = {
  what: 'Plan activity',
  transitions: {
    PLANNED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
    IN_PROGRESS: ['DONE', 'CANCELLED'],
    DONE: [],
    CANCELLED: [],
  },
  keepStatusWithNote: true,
};

/**
 * Moves an activity to a status with a follow-up note, in one transaction (the kit's writeFollowUp): a
 * refused write (unknown status, transition not allowed, stale version, personnummer in the note)
 * leaves nothing behind.
 */
export function updateActivityStatus(em: EntityManager, input: ActivityStatusInput, recordedByHuvudmanId: string | null): Promise<PlanActivity> {
  return writeFollowUp(em, ACTIVITY_FOLLOW_UP, {
    entity: PlanActivity,
    id: input.activityId,
    idField: 'activityId',
    expectedVersion: input.expectedVersion,
    status: input.status,
    note: input.note,
    apply: (tx, activity, { from, to, note }) => {
      const now = new Date();
      tx.create(ActivityFollowUp, { activityId: activity.id, recordedAt: now, fromStatus: from, toStatus: to ?? from, note, recordedByHuvudmanId });
      activity.status = to ?? from;
      activity.lastFollowUpAt = now;
    },
  });
}
