import { requireIsoDate } from '@orebro/subgraph-kit';
import type { SubgraphResolvers } from '@orebro/subgraph-kit';
import type { RegisterLoaders } from '../register/register.loaders';
import type { AgendaItem, Presenter, Proposal } from './agenda.entity';

import type { GovernanceLoaders } from './governance.loaders';
import { Attendance, Meeting } from './meeting.entity';

type Loaders = GovernanceLoaders & RegisterLoaders;

/** Per loader, the meetings (their item lists, one array per request) whose items were all asked for. */
const askedForWholeMeeting = new WeakMap<object, WeakSet<readonly AgendaItem[]>>();

/**
 * An item's rows (presenters, proposals, questions), fetched for every item of its meeting at once:
 * items and their sub-items sit at different depths of a view, and would otherwise cost one batch each.
 * The whole meeting is asked for once per loader and request (it used to be once per item, a loadMany
 * of every item for each of them); later items find their rows in the loader's cache.
 */
async function ofItem<T>(
  loader: { load(id: number): Promise<T[]>; loadMany(ids: number[]): Promise<(T[] | Error)[]> },
  item: AgendaItem,
  loaders: Loaders,
): Promise<T[]> {
  const items = await loaders.itemsByMeeting.load(item.meetingId);
  let asked = askedForWholeMeeting.get(loader);
  if (!asked) askedForWholeMeeting.set(loader, (asked = new WeakSet()));
  if (!asked.has(items)) {
    asked.add(items);
    void loader.loadMany(items.map((i) => i.id)); // never rejects: a failed key is an Error in its place, and load() below reports it
  }
  return loader.load(item.id);
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
