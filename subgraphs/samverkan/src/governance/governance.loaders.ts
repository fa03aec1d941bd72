import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader, once, primeGroups, rowsWhereIn } from '@orebro/subgraph-kit';
import { AgendaItem, ItemQuestion, Presenter, Proposal } from './agenda.entity';
import { Body, BodyRelation } from './body.entity';
import { Decision, DecisionNote } from './decision.entity';
import { Attendance, Meeting } from './meeting.entity';
import { Membership, Person } from './person.entity';

/**
 * One SQL query per entity type and access path per request, whatever the number of parents. A
 * meeting's record (its attendance, items, presenters, proposals, questions and decisions) is read as
 * plain rows through kept statements (rowsWhereIn): building each query and hydrating managed entities
 * was most of samverkan's CPU for the meeting-record view. Writes read what they change with em.find.
 */
export function createGovernanceLoaders(em: EntityManager) {
  const byId = { orderBy: { id: 'asc' } } as const;
  const inOrder = { orderBy: { position: 'asc', id: 'asc' } } as const;
  // Bodies are few and referenced from every level of a view: all of them are read once per request.
  const allBodies = once(() => em.find(Body, {}));
  // So are the people named in the records (members, secretaries, attendees, presenters, owners), reached
  // from every level of a meeting's record. Someone registered later in the same request is not in that
  // read and is looked up by id.
  const allPeople = once(() => em.find(Person, {}));
  const meetingsAnnouncedIn = groupLoader<string, Meeting>(
    (ids) => em.find(Meeting, { announcedInMeetingId: { $in: [...ids] } }, { orderBy: { date: 'asc' } }),
    (m) => m.announcedInMeetingId!,
  );
  return {
    body: batchLoader<string, Body>(allBodies, (b) => b.id),
    bodyByLansdel: batchLoader<string, Body>(
      (ids) => em.find(Body, { lansdelId: { $in: [...ids] } }),
      (b) => b.lansdelId!,
    ),
    /** Relations where the body is on either side: each relation is filed under both its bodies. */
    bodyRelations: groupLoader<string, { bodyId: string; relation: BodyRelation }>(
      async (ids) => {
        const rows = await em.find(BodyRelation, { $or: [{ fromBodyId: { $in: [...ids] } }, { toBodyId: { $in: [...ids] } }] }, byId);
        return rows.flatMap((relation) => [
          { bodyId: relation.fromBodyId, relation },
          { bodyId: relation.toBodyId, relation },
        ]);
      },
      (r) => r.bodyId,
    ),
    person: batchLoader<string, Person>(
      async (ids) => {
        const people = await allPeople();
        const known = new Set(people.map((p) => p.id));
        const unknown = ids.filter((id) => !known.has(id));
        return unknown.length ? [...people, ...(await em.find(Person, { id: { $in: unknown } }))] : people;
      },
      (p) => p.id,
    ),
    membership: batchLoader<number, Membership>(
      (ids) => em.find(Membership, { id: { $in: [...ids] } }),
      (m) => m.id,
    ),
    membershipsByBody: groupLoader<string, Membership>(
      (ids) => em.find(Membership, { bodyId: { $in: [...ids] } }, byId),
      (m) => m.bodyId,
    ),
    membershipsByHuvudman: groupLoader<string, Membership>(
      (ids) => em.find(Membership, { huvudmanId: { $in: [...ids] } }, byId),
      (m) => m.huvudmanId,
    ),
    membershipsByPerson: groupLoader<string, Membership>(
      (ids) => em.find(Membership, { personId: { $in: [...ids] } }, byId),
      (m) => m.personId!,
    ),
    /** With the meetings each one announces, in the same query: a meeting's record lists them one level down. */
    meeting: batchLoader<string, Meeting>(
      async (ids) => {
        const rows = await em.find(Meeting, { $or: [{ id: { $in: [...ids] } }, { announcedInMeetingId: { $in: [...ids] } }] }, { orderBy: { date: 'asc' } });
        const announced = rows.filter((m) => m.announcedInMeetingId && ids.includes(m.announcedInMeetingId));
        primeGroups(meetingsAnnouncedIn, announced, (m) => m.announcedInMeetingId!, ids);
        return rows;
      },
      (m) => m.id,
    ),
    meetingsByBody: groupLoader<string, Meeting>(
      (ids) => em.find(Meeting, { bodyId: { $in: [...ids] } }, { orderBy: { date: 'asc' } }),
      (m) => m.bodyId,
    ),
    meetingsAnnouncedIn,
    attendanceByMeeting: groupLoader<string, Attendance>(
      (ids) => rowsWhereIn(em, Attendance, 'meetingId', ids, inOrder),
      (a) => a.meetingId,
    ),
    /** Every item of a meeting, sub-items included: sub-items are then found without another query. */
    itemsByMeeting: groupLoader<string, AgendaItem>(
      (ids) => rowsWhereIn(em, AgendaItem, 'meetingId', ids, inOrder),
      (i) => i.meetingId,
    ),
    agendaItem: batchLoader<number, AgendaItem>(
      (ids) => em.find(AgendaItem, { id: { $in: [...ids] } }),
      (i) => i.id,
    ),
    presentersByItem: groupLoader<number, Presenter>(
      (ids) => rowsWhereIn(em, Presenter, 'itemId', ids, inOrder),
      (p) => p.itemId,
    ),
    proposalsByItem: groupLoader<number, Proposal>(
      (ids) => rowsWhereIn(em, Proposal, 'itemId', ids, inOrder),
      (p) => p.itemId,
    ),
    questionsByItem: groupLoader<number, ItemQuestion>(
      (ids) => rowsWhereIn(em, ItemQuestion, 'itemId', ids, inOrder),
      (q) => q.itemId,
    ),
    proposal: batchLoader<number, Proposal>(
      (ids) => em.find(Proposal, { id: { $in: [...ids] } }),
      (p) => p.id,
    ),
    decision: batchLoader<string, Decision>(
      (ids) => em.find(Decision, { id: { $in: [...ids] } }),
      (d) => d.id,
    ),
    decisionsByBody: groupLoader<string, Decision>(
      (ids) => em.find(Decision, { bodyId: { $in: [...ids] } }, byId),
      (d) => d.bodyId,
    ),
    decisionsByMeeting: groupLoader<string, Decision>(
      (ids) => rowsWhereIn(em, Decision, 'meetingId', ids, byId),
      (d) => d.meetingId,
    ),
    decisionByProposal: batchLoader<number, Decision>(
      (ids) => em.find(Decision, { proposalId: { $in: [...ids] } }),
      (d) => d.proposalId!,
    ),
    decisionsByOwnerHuvudman: groupLoader<string, Decision>(
      (ids) => em.find(Decision, { ownerHuvudmanId: { $in: [...ids] } }, byId),
      (d) => d.ownerHuvudmanId!,
    ),
    decisionsByOwnerPerson: groupLoader<string, Decision>(
      (ids) => em.find(Decision, { ownerPersonId: { $in: [...ids] } }, byId),
      (d) => d.ownerPersonId!,
    ),
    notesByDecision: groupLoader<string, DecisionNote>(
      (ids) => em.find(DecisionNote, { decisionId: { $in: [...ids] } }, { orderBy: { date: 'asc', id: 'asc' } }),
      (n) => n.decisionId,
    ),
  };
}
export type GovernanceLoaders = ReturnType<typeof createGovernanceLoaders>;
