import { loadWithSiblings, requireIsoDate } from '@orebro/subgraph-kit';
import type { SubgraphResolvers } from '@orebro/subgraph-kit';
import type { RegisterLoaders } from '../register/register.loaders';
import type { AgendaItem, Presenter, Proposal } from './agenda.entity';

import type { GovernanceLoaders } from './governance.loaders';
import { Attendance, Meeting } from './meeting.entity';

type Loaders = GovernanceLoaders & RegisterLoaders;

/**
 * An item's rows (presenters, proposals, questions), fetched for every item of its meeting at once:
 * items and their sub-items sit at different depths of a view, and would otherwise cost one batch each.
 */
async function ofItem<T>(loader: Parameters<typeof loadWithSiblings<number, T[], AgendaItem>>[0], item: AgendaItem, loaders: Loaders): Promise<T[]> {
  return loadWithSiblings(loader, item.id, await loaders.itemsByMeeting.load(item.meetingId), (i) => i.id);
}

export const meetingsResolvers: SubgraphResolvers<Loaders> = {
  Query: {
    meeting: (_root, { id }: { id: string }, { loaders }) => loaders.meeting.load(id),
    meetings: async (_root, { bodyId, from, to }: { bodyId?: string | null; from?: string | null; to?: string | null }, { em }) => {
      if (from) requireIsoDate(from, 'from');
      if (to) requireIsoDate(to, 'to');
      const date = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
      return em.find(Meeting, { ...(bodyId ? { bodyId } : {}), ...(from || to ? { date } : {}) }, { orderBy: { date: 'asc', id: 'asc' } });
    },
  },
  Meeting: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => loaders.meeting.load(id),
    body: (m: Meeting, _args, { loaders }) => loaders.body.load(m.bodyId),
    secretary: (m: Meeting, _args, { loaders }) => (m.secretaryPersonId ? loaders.person.load(m.secretaryPersonId) : null),
    attendance: (m: Meeting, _args, { loaders }) => loaders.attendanceByMeeting.load(m.id),
    items: async (m: Meeting, _args, { loaders }) => (await loaders.itemsByMeeting.load(m.id)).filter((i) => i.parentId === null),
    decisions: (m: Meeting, _args, { loaders }) => loaders.decisionsByMeeting.load(m.id),
    comingMeetings: (m: Meeting, _args, { loaders }) => loaders.meetingsAnnouncedIn.load(m.id),
    announcedIn: (m: Meeting, _args, { loaders }) => (m.announcedInMeetingId ? loaders.meeting.load(m.announcedInMeetingId) : null),
  },
  Attendance: {
    person: (a: Attendance, _args, { loaders }) => loaders.person.load(a.personId),
    huvudman: (a: Attendance, _args, { loaders }) => loaders.huvudman.load(a.huvudmanId),
    membership: (a: Attendance, _args, { loaders }) => (a.membershipId ? loaders.membership.load(a.membershipId) : null),
  },
  AgendaItem: {
    meeting: (i: AgendaItem, _args, { loaders }) => loaders.meeting.load(i.meetingId),
    presenters: (i: AgendaItem, _args, { loaders }) => ofItem(loaders.presentersByItem, i, loaders),
    reportingBody: (i: AgendaItem, _args, { loaders }) => (i.reportingBodyId ? loaders.body.load(i.reportingBodyId) : null),
    proposals: (i: AgendaItem, _args, { loaders }) => ofItem(loaders.proposalsByItem, i, loaders),
    decisions: async (i: AgendaItem, _args, { loaders }) => (await loaders.decisionsByMeeting.load(i.meetingId)).filter((d) => d.itemId === i.id),
    questions: async (i: AgendaItem, _args, { loaders }) => (await ofItem(loaders.questionsByItem, i, loaders)).map((q) => q.text),
    // Siblings come from the meeting's one item query, so sub-items and parents cost nothing more.
    parent: async (i: AgendaItem, _args, { loaders }) =>
      i.parentId === null ? null : ((await loaders.itemsByMeeting.load(i.meetingId)).find((other) => other.id === i.parentId) ?? null),
    subItems: async (i: AgendaItem, _args, { loaders }) => (await loaders.itemsByMeeting.load(i.meetingId)).filter((other) => other.parentId === i.id),
  },
  Presenter: {
    person: (p: Presenter, _args, { loaders }) => loaders.person.load(p.personId),
    huvudman: (p: Presenter, _args, { loaders }) => loaders.huvudman.load(p.huvudmanId),
  },
  Proposal: {
    decision: (p: Proposal, _args, { loaders }) => loaders.decisionByProposal.load(p.id),
  },
};
