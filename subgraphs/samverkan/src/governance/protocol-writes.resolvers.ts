import { badUserInput, requireRole, writeOnce, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { AgendaItem } from './agenda.entity';
import { recordAttendance, type AttendanceInput } from './attendance.service';
import { registerPeople } from './bodies.service';
import { recordDecision, type DecisionInput } from './decisions.service';
import type { GovernanceLoaders } from './governance.loaders';
import { Decision } from './decision.entity';
import { addAgendaItem, recordMeeting, requireMeeting, type AgendaItemInput, type MeetingInput } from './meetings.service';

/** A create-style write's optional idempotency key (see writeOnce). */
type Keyed = { idempotencyKey?: string | null };

/**
 * The secretariat's writes of the protocol (the meeting record) itself: people, meetings with attendance, agenda items
 * with proposals, decisions. Each runs in one transaction, so a refused write leaves nothing behind.
 * The caller comes from the verified token, never from an argument.
 */
export const protocolWritesResolvers: SubgraphResolvers<GovernanceLoaders> = {
  Mutation: {
    registerPerson: async (_root, { input }: { input: { name: string; huvudmanId: string } }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      return em.transactional(async (tx) => (await registerPeople(tx, [input]))[0]);
    },
    recordMeeting: (_root, { input }: { input: MeetingInput & { attendance?: AttendanceInput[] | null } }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      const { attendance, ...meeting } = input;
      return em.transactional(async (tx) => {
        const recorded = await recordMeeting(tx, meeting);
        if (attendance) await recordAttendance(tx, recorded.id, attendance);
        return recorded;
      });
    },
    recordAttendance: (_root, { input }: { input: { meetingId: string; attendance: AttendanceInput[] } }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      return em.transactional(async (tx) => (await recordAttendance(tx, input.meetingId, input.attendance), requireMeeting(tx, input.meetingId, 'meetingId')));
    },
    // Both add a row each time: the idempotency key makes a retried write (after OUTCOME_UNKNOWN) happen once.
    addAgendaItem: (
      _root,
      { input: { idempotencyKey, ...input } }: { input: Omit<AgendaItemInput, 'parentId'> & { parentId?: string | null } & Keyed },
      { em, caller },
    ) => {
      requireRole(caller, 'secretariat');
      const parentId = input.parentId ? rowId(input.parentId, 'parentId', 'agenda item') : null;
      return writeOnce(em, {
        operation: 'Mutation.addAgendaItem',
        key: idempotencyKey,
        input,
        write: async (tx) => (await addAgendaItem(tx, { ...input, parentId })).item,
        idOf: (item) => item.id,
        load: (fork, id) => fork.findOneOrFail(AgendaItem, Number(id)),
      });
    },
    recordDecision: (
      _root,
      { input: { idempotencyKey, ...input } }: { input: Omit<DecisionInput, 'itemId' | 'proposalId'> & { itemId: string; proposalId?: string | null } & Keyed },
      { em, caller },
    ) => {
      requireRole(caller, 'secretariat');
      const itemId = rowId(input.itemId, 'itemId', 'agenda item');
      const proposalId = input.proposalId ? rowId(input.proposalId, 'proposalId', 'proposal') : null;
      return writeOnce(em, {
        operation: 'Mutation.recordDecision',
        key: idempotencyKey,
        input,
        write: (tx) => recordDecision(tx, { ...input, itemId, proposalId }),
        idOf: (decision) => decision.id,
        load: (fork, id) => fork.findOneOrFail(Decision, id),
      });
    },
  },
};

/** Items and proposals have numeric ids; anything else cannot name one. */
function rowId(id: string, field: string, what: string): number {
  const value = Number(id);
  if (!Number.isSafeInteger(value) || value <= 0) throw badUserInput(`Unknown ${what} "${id}".`, field);
  return value;
}
