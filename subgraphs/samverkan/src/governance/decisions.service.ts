import { LockMode, OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireIsoDate, requireOneOf, requireText, staleWrite } from '@orebro/subgraph-kit';
import { GraphQLError } from 'graphql';
import { AgendaItem, Proposal } from './agenda.entity';
import { requireBody, requireHuvudman } from './bodies.service';
import { isOneOf } from '../shared/allowed-values';
import { todayInSweden } from '../shared/dates';
import { Decision, DecisionNote } from './decision.entity';
import { DecisionStatuses, DecisionTransitions, RecordableDecisionStatuses, type DecisionStatus } from './kinds';
import { requireMeeting, requirePerson } from './meetings.service';

export interface DecisionInput {
  itemId: number;
  proposalId?: number | null;
  text: string;
  status: DecisionStatus;
  ownerBodyId?: string | null;
  ownerHuvudmanId?: string | null;
  ownerPersonId?: string | null;
  ownerDescription?: string | null;
  dueDate?: string | null;
  timeframe?: string | null;
  condition?: string | null;
  conditionBodyId?: string | null;
  addition?: string | null;
}

/** A decision point of an item, as the protocol records it; decided ones date from the meeting. */
export async function recordDecision(em: EntityManager, input: DecisionInput): Promise<Decision> {
  const item = await em.findOne(AgendaItem, input.itemId);
  if (!item) throw badUserInput(`Unknown agenda item ${input.itemId}.`, 'itemId');
  const meeting = await requireMeeting(em, item.meetingId, 'itemId');
  if (input.proposalId) {
    const proposal = await em.findOne(Proposal, input.proposalId);
    if (!proposal || proposal.itemId !== item.id) throw badUserInput('The proposal belongs to another item.', 'proposalId');
    if (await em.findOne(Decision, { proposalId: input.proposalId })) throw badUserInput('That proposal already has its decision.', 'proposalId');
  }
  requireOneOf(input.status, DecisionStatuses, 'status');
  const recordable = meeting.status === 'HELD' ? RecordableDecisionStatuses : (['PROPOSED'] as const);
  if (!isOneOf(recordable, input.status)) {
    throw badUserInput(
      `A decision of a ${meeting.status.toLowerCase()} meeting is recorded as ${recordable.join(' or ')}; later statuses come with a follow-up note (changeDecisionStatus).`,
      'status',
    );
  }
  requireText(input.text, 'text');
  for (const field of ['text', 'ownerDescription', 'timeframe', 'condition', 'addition'] as const) requireNoIdentityNumber(input[field], field);
  if (input.ownerBodyId) await requireBody(em, input.ownerBodyId, 'ownerBodyId');
  if (input.conditionBodyId) await requireBody(em, input.conditionBodyId, 'conditionBodyId');
  if (input.ownerHuvudmanId) await requireHuvudman(em, input.ownerHuvudmanId, 'ownerHuvudmanId');
  if (input.ownerPersonId) await requirePerson(em, input.ownerPersonId, 'ownerPersonId');
  if (input.dueDate) {
    requireIsoDate(input.dueDate, 'dueDate');
    if (input.dueDate < meeting.date) throw badUserInput(`dueDate ${input.dueDate} is before the meeting (${meeting.date}).`, 'dueDate');
  }
  const count = await em.count(Decision, { meetingId: meeting.id });
  const decision = em.create(Decision, {
    proposalId: null,
    ownerBodyId: null,
    ownerHuvudmanId: null,
    ownerPersonId: null,
    ownerDescription: null,
    dueDate: null,
    timeframe: null,
    condition: null,
    conditionBodyId: null,
    addition: null,
    ...input,
    id: `${meeting.id}-b${String(count + 1).padStart(2, '0')}`,
    bodyId: meeting.bodyId,
    meetingId: meeting.id,
    raisedOn: meeting.date,
    decidedOn: input.status === 'PROPOSED' ? null : meeting.date,
    lastNoteOn: null,
    noteCount: 0,
  });
  await em.flush();
  return decision;
}

export interface FollowUpInput {
  decisionId: string;
  /** The version the writer last read; anything else means someone changed it since. */
  expectedVersion: number;
  text: string;
  date?: string | null;
  /** The huvudman the note reports for; defaults to the caller's own. */
  authorHuvudmanId: string;
  /** The caller's token subject, kept for the record (internal). */
  recordedBy: string | null;
}

/** Adds a follow-up note. Everything is checked before anything is written. */
export async function addDecisionNote(em: EntityManager, input: FollowUpInput, today = todayInSweden()): Promise<Decision> {
  const decision = await requireFollowUp(em, input, today, 'text');
  return write(em, decision, input, today, null);
}

/** Moves a decision to its next status with a note saying why; DONE and CANCELLED are final. */
export async function changeDecisionStatus(em: EntityManager, input: FollowUpInput & { status: string }, today = todayInSweden()): Promise<Decision> {
  requireOneOf(input.status, DecisionStatuses, 'status');
  const decision = await requireFollowUp(em, input, today, 'note');
  const allowed = DecisionTransitions[decision.status as DecisionStatus];
  if (!allowed.includes(input.status)) {
    const reason = allowed.length === 0 ? `${decision.status} is final` : `from ${decision.status} it may go to ${allowed.join(', ')}`;
    throw badUserInput(`Decision ${decision.id} cannot go from ${decision.status} to ${input.status}: ${reason}.`, 'status');
  }
  return write(em, decision, input, today, input.status);
}

/** `textField` names the text as the caller's input does (a status change calls it `note`). */
async function requireFollowUp(em: EntityManager, input: FollowUpInput, today: string, textField: 'text' | 'note'): Promise<Decision> {
  requireText(input.text, textField);
  requireNoIdentityNumber(input.text, textField);
  const decision = await em.findOne(Decision, input.decisionId);
  if (!decision) throw new GraphQLError(`Decision "${input.decisionId}" was not found.`, { extensions: { code: 'NOT_FOUND', field: 'decisionId' } });
  await requireHuvudman(em, input.authorHuvudmanId, 'authorHuvudmanId');
  const date = input.date ?? today;
  requireIsoDate(date, 'date');
  if (date > today) throw badUserInput(`date ${date} is in the future.`, 'date');
  if (date < decision.raisedOn) throw badUserInput(`date ${date} is before the decision was raised (${decision.raisedOn}).`, 'date');
  if (input.expectedVersion !== decision.version) throw staleWrite(`Decision ${decision.id}`, decision.version);
  return decision;
}

async function write(em: EntityManager, decision: Decision, input: FollowUpInput, today: string, statusTo: DecisionStatus | null): Promise<Decision> {
  const date = input.date ?? today;
  try {
    // One flush, one transaction: the note and the decision's UPDATE ... WHERE version = expected go
    // together, so of two writers racing on the same version only one wins and the other leaves no note.
    await em.lock(decision, LockMode.OPTIMISTIC, input.expectedVersion);
    em.create(DecisionNote, {
      decisionId: decision.id,
      date,
      text: input.text,
      authorHuvudmanId: input.authorHuvudmanId,
      statusFrom: statusTo ? decision.status : null,
      statusTo,
      recordedBy: input.recordedBy,
    });
    if (statusTo === 'DECIDED') decision.decidedOn = date;
    if (statusTo) decision.status = statusTo;
    if (!decision.lastNoteOn || date > decision.lastNoteOn) decision.lastNoteOn = date;
    decision.noteCount += 1; // always a change, so every write moves the version on
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw staleWrite(`Decision ${decision.id}`); // a concurrent writer won between our read and our write
    throw error;
  }
  return decision;
}
