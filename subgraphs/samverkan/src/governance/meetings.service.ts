import { LockMode, OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireIsoDate, requireText, staleWrite } from '@orebro/subgraph-kit';
import { AgendaItem, ItemQuestion, Presenter, Proposal } from './agenda.entity';
import { requireBody, requireHuvudman } from './bodies.service';
import { isClockTime, todayInSweden } from '../shared/dates';
import { isOneOf } from '../shared/allowed-values';
import { MeetingStatuses, type MeetingStatus } from './kinds';
import { Meeting } from './meeting.entity';
import { Person } from './person.entity';

export interface MeetingInput {
  bodyId: string;
  status: MeetingStatus;
  date: string;
  endDate?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  place?: string | null;
  secretaryPersonId?: string | null;
  organiser?: string | null;
  announcedInMeetingId?: string | null;
  source: string;
  /** Needed when a HELD meeting completes the body's PLANNED one on that date: the version read. */
  expectedVersion?: number | null;
}

/**
 * Records a meeting, or completes the body's planned meeting on that date once it has been held (the
 * protocol of an announced meeting). A held meeting cannot lie in the future.
 */
export async function recordMeeting(em: EntityManager, input: MeetingInput, today = todayInSweden()): Promise<Meeting> {
  const { expectedVersion, ...fields } = input;
  await requireBody(em, input.bodyId, 'bodyId');
  if (!isOneOf(MeetingStatuses, input.status)) throw badUserInput(`Unknown meeting status "${input.status}".`, 'status');
  requireIsoDate(input.date, 'date');
  if (input.status === 'HELD' && input.date > today)
    throw badUserInput(`A held meeting cannot be dated in the future (${input.date}); record it as PLANNED.`, 'date');
  if (input.endDate) {
    requireIsoDate(input.endDate, 'endDate');
    if (input.endDate <= input.date) throw badUserInput('endDate must be after date (leave it out for a one-day meeting).', 'endDate');
  }
  for (const field of ['startTime', 'endTime'] as const) {
    const time = input[field];
    if (time && !isClockTime(time)) throw badUserInput(`${field} must be HH:MM, got "${time}".`, field);
  }
  if (input.startTime && input.endTime && input.endTime <= input.startTime) throw badUserInput('endTime must be after startTime.', 'endTime');
  requireText(input.source, 'source');
  for (const field of ['place', 'organiser', 'source'] as const) requireNoIdentityNumber(input[field], field);
  if (input.secretaryPersonId) await requirePerson(em, input.secretaryPersonId, 'secretaryPersonId');
  if (input.announcedInMeetingId) {
    const announcer = await requireMeeting(em, input.announcedInMeetingId, 'announcedInMeetingId');
    if (input.date <= announcer.date) throw badUserInput('A coming meeting must be after the meeting that announced it.', 'date');
  }
  const id = `${input.bodyId}-${input.date}`;
  const existing = await em.findOne(Meeting, id);
  if (existing) return completePlanned(em, existing, fields, expectedVersion);
  const meeting = em.create(Meeting, {
    endDate: null,
    startTime: null,
    endTime: null,
    place: null,
    secretaryPersonId: null,
    organiser: null,
    announcedInMeetingId: null,
    ...fields,
    id,
  });
  await em.flush();
  return meeting;
}

/** A planned meeting becomes held with the protocol's details; what it was announced in is kept. */
async function completePlanned(
  em: EntityManager,
  planned: Meeting,
  fields: Omit<MeetingInput, 'expectedVersion'>,
  expectedVersion: number | null | undefined,
): Promise<Meeting> {
  if (planned.status === 'HELD' || fields.status !== 'HELD') throw badUserInput(`The body already has a meeting on ${planned.date} (${planned.id}).`, 'date');
  if (expectedVersion === undefined || expectedVersion === null) {
    throw badUserInput(`${planned.id} is planned (version ${planned.version}); send expectedVersion to record it as held.`, 'expectedVersion');
  }
  if (expectedVersion !== planned.version) throw staleWrite(`Meeting ${planned.id}`, planned.version);
  // What the protocol leaves out (e.g. the place) stays as the notice gave it.
  em.assign(planned, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null)));
  try {
    await em.lock(planned, LockMode.OPTIMISTIC, expectedVersion);
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw staleWrite(`Meeting ${planned.id}`); // a concurrent writer won
    throw error;
  }
  return planned;
}

export interface AgendaItemInput {
  meetingId: string;
  parentId?: number | null;
  number?: string | null;
  title: string;
  summary?: string | null;
  decisionWording?: string | null;
  reportingBodyId?: string | null;
  presenters?: { personId: string; huvudmanId: string }[];
  proposals?: string[];
  questions?: string[];
}

/** An item with its presenters, proposals and questions, in the protocol's order. */
export async function addAgendaItem(em: EntityManager, input: AgendaItemInput): Promise<{ item: AgendaItem; proposals: Proposal[] }> {
  await requireMeeting(em, input.meetingId, 'meetingId');
  requireText(input.title, 'title');
  if (input.parentId) {
    const parent = await em.findOne(AgendaItem, input.parentId);
    if (!parent || parent.meetingId !== input.meetingId) throw badUserInput('The parent item is not an item of this meeting.', 'parentId');
    if (input.number) throw badUserInput('A sub-item has no number of its own.', 'number');
  } else if (!input.number) {
    throw badUserInput('A top-level item needs its number.', 'number');
  }
  if (input.reportingBodyId) await requireBody(em, input.reportingBodyId, 'reportingBodyId');
  requireNoIdentityNumber(input.summary, 'summary');
  requireNoIdentityNumber(input.decisionWording, 'decisionWording');
  (input.proposals ?? []).forEach((text) => (requireText(text, 'proposals'), requireNoIdentityNumber(text, 'proposals')));
  (input.questions ?? []).forEach((text) => (requireText(text, 'questions'), requireNoIdentityNumber(text, 'questions')));
  for (const presenter of input.presenters ?? []) {
    await requirePerson(em, presenter.personId, 'presenters');
    await requireHuvudman(em, presenter.huvudmanId, 'presenters');
  }
  const siblings = await em.count(AgendaItem, { meetingId: input.meetingId, parentId: input.parentId ?? null });
  const item = em.create(AgendaItem, {
    meetingId: input.meetingId,
    parentId: input.parentId ?? null,
    number: input.number ?? null,
    position: siblings + 1,
    title: input.title,
    summary: input.summary ?? null,
    decisionWording: input.decisionWording ?? null,
    reportingBodyId: input.reportingBodyId ?? null,
  });
  await em.flush();
  (input.presenters ?? []).forEach((p, i) => em.create(Presenter, { itemId: item.id, ...p, position: i + 1 }));
  (input.questions ?? []).forEach((text, i) => em.create(ItemQuestion, { itemId: item.id, position: i + 1, text }));
  const proposals = (input.proposals ?? []).map((text, i) => em.create(Proposal, { itemId: item.id, position: i + 1, text }));
  await em.flush();
  return { item, proposals };
}

export async function requireMeeting(em: EntityManager, id: string, field: string): Promise<Meeting> {
  const meeting = await em.findOne(Meeting, id);
  if (!meeting) throw badUserInput(`Unknown meeting "${id}".`, field);
  return meeting;
}

export async function requirePerson(em: EntityManager, id: string, field: string): Promise<Person> {
  const person = await em.findOne(Person, id);
  if (!person) throw badUserInput(`Unknown person "${id}".`, field);
  return person;
}
