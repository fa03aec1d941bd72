import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A decision point (beslut) of a body, followed up until done or cancelled. */
export const Decision = defineEntity({
  name: 'Decision',
  tableName: 'decision',
  properties: {
    /** `<meeting id>-b<n>`, e.g. "chefsgrupp-2021-05-28-b03". */
    id: p.string().primary(),
    bodyId: p.string().index(),
    meetingId: p.string().index(),
    itemId: p.integer().index(),
    proposalId: p.integer().nullable().index(),
    text: p.text(),
    /** One of DecisionStatuses. */
    status: p.string().index(),
    /** The date of the meeting that raised it. */
    raisedOn: p.string(),
    decidedOn: p.string().nullable(),
    ownerBodyId: p.string().nullable(),
    ownerHuvudmanId: p.string().nullable().index(),
    ownerPersonId: p.string().nullable().index(),
    ownerDescription: p.text().nullable(),
    dueDate: p.string().nullable(),
    /** When, in the protocol's words ("under hösten 2021"), where it gives no date. */
    timeframe: p.string().nullable(),
    condition: p.text().nullable(),
    conditionBodyId: p.string().nullable(),
    /** An addition the body made to the proposal when deciding (tillägg). */
    addition: p.text().nullable(),
    lastNoteOn: p.string().nullable(),
    noteCount: p.integer(),
    /** Optimistic concurrency: every change increments it; a write based on an older version is refused. */
    version: p.integer().version(),
  },
});
export type Decision = InferEntity<typeof Decision>;

/** A follow-up note on a decision, possibly recording a change of status. */
export const DecisionNote = defineEntity({
  name: 'DecisionNote',
  tableName: 'decision_note',
  properties: {
    id: p.integer().primary().autoincrement(),
    decisionId: p.string().index(),
    date: p.string(),
    text: p.text(),
    authorHuvudmanId: p.string(),
    statusFrom: p.string().nullable(),
    statusTo: p.string().nullable(),
    /** The token subject of whoever recorded it (internal); null for seeded notes. */
    recordedBy: p.string().nullable(),
  },
});
export type DecisionNote = InferEntity<typeof DecisionNote>;
