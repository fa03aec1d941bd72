import { readInternal, requireIsoDate, requireRole, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { RegisterLoaders } from '../register/register.loaders';
import { daysBetween, todayInSweden } from '../shared/dates';
import { Decision, type DecisionNote } from './decision.entity';
import { addDecisionNote, changeDecisionStatus } from './decisions.service';
import type { GovernanceLoaders } from './governance.loaders';

type Loaders = GovernanceLoaders & RegisterLoaders;

interface NoteArgs {
  decisionId: string;
  expectedVersion: number;
  text: string;
  date?: string | null;
  authorHuvudmanId?: string | null;
}

export const decisionsResolvers: SubgraphResolvers<Loaders> = {
  Query: {
    decision: (_root, { id }: { id: string }, { loaders }) => loaders.decision.load(id),
    decisions: (_root, args: { bodyId?: string | null; statuses?: string[] | null; ownerHuvudmanId?: string | null }, { em }) =>
      em.find(
        Decision,
        {
          ...(args.bodyId ? { bodyId: args.bodyId } : {}),
          ...(args.statuses ? { status: { $in: args.statuses } } : {}),
          ...(args.ownerHuvudmanId ? { ownerHuvudmanId: args.ownerHuvudmanId } : {}),
        },
        { orderBy: { id: 'asc' } },
      ),
  },
  Mutation: {
    // The caller comes from the verified token, never from an argument; the note's author huvudman
    // defaults to the caller's own and is the huvudman the note reports for.
    addDecisionNote: (_root, { input }: { input: NoteArgs }, { em, caller }) => {
      const staff = requireRole(caller, 'secretariat');
      return addDecisionNote(em, { ...input, authorHuvudmanId: input.authorHuvudmanId ?? staff.huvudman, recordedBy: staff.subject });
    },
    changeDecisionStatus: (_root, { input }: { input: Omit<NoteArgs, 'text'> & { note: string; status: string } }, { em, caller }) => {
      const staff = requireRole(caller, 'secretariat');
      const { note, ...rest } = input;
      return changeDecisionStatus(em, { ...rest, text: note, authorHuvudmanId: input.authorHuvudmanId ?? staff.huvudman, recordedBy: staff.subject });
    },
  },
  Decision: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => loaders.decision.load(id),
    body: (d: Decision, _args, { loaders }) => loaders.body.load(d.bodyId),
    meeting: (d: Decision, _args, { loaders }) => loaders.meeting.load(d.meetingId),
    // From the meeting's one item query, which the item's parent and sub-items then reuse.
    item: async (d: Decision, _args, { loaders }) => (await loaders.itemsByMeeting.load(d.meetingId)).find((i) => i.id === d.itemId),
    proposal: (d: Decision, _args, { loaders }) => (d.proposalId ? loaders.proposal.load(d.proposalId) : null),
    ownerBody: (d: Decision, _args, { loaders }) => (d.ownerBodyId ? loaders.body.load(d.ownerBodyId) : null),
    ownerHuvudman: (d: Decision, _args, { loaders }) => (d.ownerHuvudmanId ? loaders.huvudman.load(d.ownerHuvudmanId) : null),
    ownerPerson: (d: Decision, _args, { loaders }) => (d.ownerPersonId ? loaders.person.load(d.ownerPersonId) : null),
    conditionBody: (d: Decision, _args, { loaders }) => (d.conditionBodyId ? loaders.body.load(d.conditionBodyId) : null),
    ageInDays: (d: Decision, { asOf }: { asOf?: string | null }) => {
      const on = asOf ?? todayInSweden();
      requireIsoDate(on, 'asOf');
      const days = daysBetween(d.decidedOn ?? d.raisedOn, on);
      return days < 0 ? null : days;
    },
    notes: (d: Decision, _args, { loaders }) => loaders.notesByDecision.load(d.id),
  },
  DecisionNote: {
    authorHuvudman: (n: DecisionNote, _args, { loaders }) => loaders.huvudman.load(n.authorHuvudmanId),
    recordedBy: (n: DecisionNote, _args, ctx, info) => {
      readInternal(ctx, info, 'DecisionNote', [n.id]);
      return n.recordedBy;
    },
  },
};
