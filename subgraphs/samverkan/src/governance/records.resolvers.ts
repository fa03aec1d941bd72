import { badUserInput, requireRole, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { recordAttendance, type AttendanceInput } from './attendance.service';
import { registerPeople } from './bodies.service';
import { recordDecision, type DecisionInput } from './decisions.service';
import type { GovernanceLoaders } from './governance.loaders';
import { addAgendaItem, recordMeeting, requireMeeting, type AgendaItemInput, type MeetingInput } from './meetings.service';

/**
 * The secretariat's writes of the records themselves: people, meetings with attendance, agenda items
 * with proposals, decisions. Each runs in one transaction, so a refused write leaves nothing behind.
 * The caller comes from the verified token, never from an argument.
 */
export const recordsResolvers: SubgraphResolvers<GovernanceLoaders> = {
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
    addAgendaItem: (_root, { input }: { input: Omit<AgendaItemInput, 'parentId'> & { parentId?: string | null } }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      const parentId = input.parentId ? rowId(input.parentId, 'parentId', 'agenda item') : null;
      return em.transactional(async (tx) => (await addAgendaItem(tx, { ...input, parentId })).item);
    },
    recordDecision: (_root, { input }: { input: Omit<DecisionInput, 'itemId' | 'proposalId'> & { itemId: string; proposalId?: string | null } }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      const itemId = rowId(input.itemId, 'itemId', 'agenda item');
      const proposalId = input.proposalId ? rowId(input.proposalId, 'proposalId', 'proposal') : null;
      return em.transactional((tx) => recordDecision(tx, { ...input, itemId, proposalId }));
    },
  },
};

/** Items and proposals have numeric ids; anything else cannot name one. */
function rowId(id: string, field: string, what: string): number {
  const value = Number(id);
  if (!Number.isSafeInteger(value) || value <= 0) throw badUserInput(`Unknown ${what} "${id}".`, field);
  return value;
}
