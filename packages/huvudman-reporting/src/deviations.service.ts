import { randomUUID } from 'node:crypto';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { jointProcess, jointProcesses, kommunCodes, REGION_ID } from '@orebro/reference-data';
import {
  requireNoIdentityNumber,
  badUserInput,
  notFound,
  requireIsoDate,
  requireOneOf,
  requireText,
  requireTransition,
  staleWrite,
} from '@orebro/subgraph-kit';
import {
  DeviationRecord,
  DeviationResponseRecord,
  DeviationSeverities,
  DeviationStatusChange,
  type DeviationResponseStatus,
  type DeviationStatus,
} from './deviation.entity';

/** What a huvudman sends to report a deviation (DeviationInput in the schema). */
export interface DeviationInput {
  occurredOn: string;
  processCode: string;
  processVersion?: number | null;
  description: string;
  concernedHuvudmanIds: string[];
  severity: string;
  responseDueOn?: string | null;
  source?: string | null;
  isExample?: boolean | null;
}

/** A change to a deviation's content (DeviationChangeInput): only the fields given change. */
export type DeviationChangeInput = Partial<Omit<DeviationInput, 'source' | 'isExample'>>;

/** A concerned huvudman's investigation (DeviationResponseInput). */
export interface DeviationResponseInput {
  deviationId: string;
  investigation: string;
  measures?: string | null;
  source?: string | null;
  isExample?: boolean | null;
}

/**
 * Where a deviation may go next at its reporter. It is the reporter's to move: concerned huvudmän answer in
 * their own response, which has its own status.
 */
export const DEVIATION_TRANSITIONS: Record<DeviationStatus, readonly DeviationStatus[]> = {
  REPORTED: ['UNDER_INVESTIGATION', 'CLOSED', 'WITHDRAWN'],
  UNDER_INVESTIGATION: ['CLOSED', 'WITHDRAWN'],
  CLOSED: [],
  WITHDRAWN: [],
};

/** A concerned huvudman's response: investigating until closed, and closed is final. */
export const RESPONSE_TRANSITIONS: Record<DeviationResponseStatus, readonly DeviationResponseStatus[]> = {
  INVESTIGATING: ['CLOSED'],
  CLOSED: [],
};

/**
 * Days a concerned huvudman has to respond when the reporter gives no date. A local default, not a decided
 * rule: the Chefsgrupp (2021-05-28 § 6) decided only to build the structure; the reporter may set any date.
 */
export const DEFAULT_RESPONSE_DAYS = 30;

/** The 13 participating huvudmän: the region and the län's kommuner. */
const PARTICIPANTS: readonly string[] = [REGION_ID, ...kommunCodes];
const MIN_DESCRIPTION = 2;
/** An id is its reporter's id, a dash and a suffix of letters, digits and dashes (a UUID for new ones). */
const DEVIATION_ID = /^(\d{2}|\d{4})-[A-Za-z0-9-]{1,74}$/;

/** Today's date (UTC), YYYY-MM-DD. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The reporting huvudman an id names, or a BAD_USER_INPUT error on `field` when it names no participant. */
export function reporterOf(deviationId: string, field = 'deviationId'): string {
  const match = DEVIATION_ID.exec(deviationId);
  if (!match || !PARTICIPANTS.includes(match[1])) {
    throw badUserInput(
      `${field} "${deviationId}" is not a deviation id: it starts with the reporting huvudman's id ("18" or a kommun code) and a dash.`,
      field,
    );
  }
  return match[1];
}

/**
 * Reports a deviation for the instance's own huvudman (`ownerId`), after checking every field: a refused
 * report stores nothing. The process is checked against the shared, versioned list in reference data (the
 * same list samverkan serves): it must exist, and the version must have been in force on `occurredOn`.
 */
export async function reportDeviation(
  em: EntityManager,
  ownerId: string,
  input: DeviationInput,
  now = new Date(),
  /** Only for example data, whose ids other huvudmän's example responses name: a fixed suffix instead of a UUID. */
  idSuffix: string = randomUUID(),
): Promise<DeviationRecord> {
  const checked = checkContent(ownerId, input, now);
  const dueOn = input.responseDueOn ?? addDays(todayUtc(now), DEFAULT_RESPONSE_DAYS);
  checkDueOn(dueOn, todayUtc(now));
  const source = input.source?.trim() || `Rapporterad av personal hos huvudman ${ownerId}`;
  requireNoIdentityNumber(source, 'source');
  return em.transactional(async (tx) => {
    const record = tx.create(DeviationRecord, {
      id: `${ownerId}-${idSuffix}`,
      reporterId: ownerId,
      ...checked,
      status: 'REPORTED',
      responseDueOn: dueOn,
      reportedAt: now,
      updatedAt: now,
      source,
      isExample: input.isExample ?? false,
    });
    await tx.flush();
    return record;
  });
}

/** Changes a deviation's content at its reporter, while it is not final; the whole change is checked first. */
export async function changeDeviation(
  em: EntityManager,
  ownerId: string,
  deviationId: string,
  change: DeviationChangeInput,
  expectedVersion: number,
  now = new Date(),
): Promise<DeviationRecord> {
  requireVersion(expectedVersion);
  return withStaleCheck(() =>
    em.transactional(async (tx) => {
      const record = await ownDeviation(tx, ownerId, deviationId);
      if (record.version !== expectedVersion) throw staleWrite('The deviation', record.version);
      if (DEVIATION_TRANSITIONS[record.status as DeviationStatus].length === 0) {
        throw badUserInput(`The deviation is ${record.status}, which is final; it can no longer be changed.`, 'deviationId');
      }
      const merged: DeviationInput = {
        occurredOn: change.occurredOn ?? record.occurredOn,
        processCode: change.processCode ?? record.processCode,
        processVersion: change.processVersion ?? (change.processCode ? null : record.processVersion),
        description: change.description ?? record.description,
        concernedHuvudmanIds: change.concernedHuvudmanIds ?? record.concernedHuvudmanIds,
        severity: change.severity ?? record.severity,
      };
      const checked = checkContent(ownerId, merged, now);
      const dueOn = change.responseDueOn ?? record.responseDueOn;
      if (change.responseDueOn) checkDueOn(dueOn, record.reportedAt.toISOString().slice(0, 10));
      tx.assign(record, { ...checked, responseDueOn: dueOn, updatedAt: now });
      return record;
    }),
  );
}

/** Moves a deviation to another status (DEVIATION_TRANSITIONS) with a note, recorded in its history. */
export async function changeDeviationStatus(
  em: EntityManager,
  ownerId: string,
  deviationId: string,
  status: string,
  note: string,
  expectedVersion: number,
  now = new Date(),
): Promise<DeviationRecord> {
  requireText(note, 'note');
  requireNoIdentityNumber(note, 'note');
  requireVersion(expectedVersion);
  return withStaleCheck(() =>
    em.transactional(async (tx) => {
      const record = await ownDeviation(tx, ownerId, deviationId);
      if (record.version !== expectedVersion) throw staleWrite('The deviation', record.version);
      const from = record.status as DeviationStatus;
      requireTransition(DEVIATION_TRANSITIONS, from, status as DeviationStatus, 'A deviation');
      tx.create(DeviationStatusChange, { deviationId, recordedAt: now, fromStatus: from, toStatus: status, note: note.trim() });
      tx.assign(record, { status, updatedAt: now });
      return record;
    }),
  );
}

/**
 * Records the instance's own huvudman's response to a deviation another huvudman reported, or revises it
 * (with `expectedVersion`) while it is investigating. The deviation is another huvudman's record in another
 * subgraph, which this one never calls: the id is checked to name a participating reporter other than
 * itself, and the join (samverkan's `Deviation.responses`) shows a response only where the report names this
 * huvudman as concerned.
 */
export async function recordDeviationResponse(
  em: EntityManager,
  ownerId: string,
  input: DeviationResponseInput,
  expectedVersion: number | null | undefined,
  now = new Date(),
): Promise<DeviationResponseRecord> {
  const reporter = reporterOf(input.deviationId);
  if (reporter === ownerId) {
    throw badUserInput(
      `Deviation ${input.deviationId} was reported by huvudman ${ownerId} itself; a response is recorded by a concerned huvudman.`,
      'deviationId',
    );
  }
  requireText(input.investigation, 'investigation');
  const source = input.source?.trim() || `Utredd av personal hos huvudman ${ownerId}`;
  requireNoIdentityNumber(source, 'source');
  if (expectedVersion !== null && expectedVersion !== undefined) requireVersion(expectedVersion);
  return withStaleCheck(() =>
    em.transactional(async (tx) => {
      const existing = await tx.findOne(DeviationResponseRecord, { deviationId: input.deviationId });
      if (!existing) {
        if (expectedVersion !== null && expectedVersion !== undefined) throw notFound(`A response to deviation "${input.deviationId}"`);
        const record = tx.create(DeviationResponseRecord, {
          deviationId: input.deviationId,
          responderId: ownerId,
          status: 'INVESTIGATING',
          investigation: input.investigation.trim(),
          measures: input.measures?.trim() || null,
          closedOn: null,
          recordedAt: now,
          updatedAt: now,
          source,
          isExample: input.isExample ?? false,
        });
        await tx.flush();
        return record;
      }
      if (expectedVersion === null || expectedVersion === undefined) {
        throw new GraphQLError(
          `A response to deviation ${input.deviationId} is already recorded (version ${existing.version}); send expectedVersion to revise it. Nothing was saved.`,
          { extensions: { code: 'CONFLICT', field: 'expectedVersion', currentVersion: existing.version } },
        );
      }
      if (existing.version !== expectedVersion) throw staleWrite('The response', existing.version);
      if (existing.status === 'CLOSED') throw badUserInput('The response is CLOSED, which is final; it can no longer be changed.', 'deviationId');
      tx.assign(existing, { investigation: input.investigation.trim(), measures: input.measures?.trim() || existing.measures, updatedAt: now });
      return existing;
    }),
  );
}

/** Closes the instance's own huvudman's response with the measures taken (INVESTIGATING → CLOSED). */
export async function closeDeviationResponse(
  em: EntityManager,
  ownerId: string,
  deviationId: string,
  measures: string,
  expectedVersion: number,
  now = new Date(),
): Promise<DeviationResponseRecord> {
  reporterOf(deviationId);
  requireText(measures, 'measures');
  requireVersion(expectedVersion);
  return withStaleCheck(() =>
    em.transactional(async (tx) => {
      const existing = await tx.findOne(DeviationResponseRecord, { deviationId, responderId: ownerId });
      if (!existing) throw notFound(`A response by huvudman ${ownerId} to deviation "${deviationId}"`);
      if (existing.version !== expectedVersion) throw staleWrite('The response', existing.version);
      requireTransition(RESPONSE_TRANSITIONS, existing.status as DeviationResponseStatus, 'CLOSED', 'A response');
      tx.assign(existing, { status: 'CLOSED', measures: measures.trim(), closedOn: todayUtc(now), updatedAt: now });
      return existing;
    }),
  );
}

function checkContent(ownerId: string, input: DeviationInput, now: Date) {
  requireIsoDate(input.occurredOn, 'occurredOn');
  if (input.occurredOn > todayUtc(now))
    throw badUserInput(`occurredOn ${input.occurredOn} is in the future; a deviation is reported after it happened.`, 'occurredOn');
  const process = processInForce(input.processCode, input.processVersion ?? null, input.occurredOn);
  const description = input.description.trim();
  if (description.length < MIN_DESCRIPTION) throw badUserInput('description must say what happened.', 'description');
  requireNoIdentityNumber(description, 'description');
  requireOneOf(input.severity, DeviationSeverities, 'severity');
  const concerned = [...new Set(input.concernedHuvudmanIds)];
  if (concerned.length === 0) throw badUserInput('concernedHuvudmanIds must name at least one huvudman the deviation concerns.', 'concernedHuvudmanIds');
  if (concerned.length !== input.concernedHuvudmanIds.length) throw badUserInput('concernedHuvudmanIds names a huvudman twice.', 'concernedHuvudmanIds');
  for (const id of concerned) {
    if (!PARTICIPANTS.includes(id)) {
      throw badUserInput(`concernedHuvudmanIds: "${id}" is not a participating huvudman ("18" or a kommun code in Örebro län).`, 'concernedHuvudmanIds');
    }
    if (id === ownerId) {
      throw badUserInput(
        `concernedHuvudmanIds names the reporter ${ownerId} itself; a deviation in samverkan concerns another huvudman.`,
        'concernedHuvudmanIds',
      );
    }
  }
  return {
    occurredOn: input.occurredOn,
    processCode: process.code,
    processVersion: process.version,
    description,
    concernedHuvudmanIds: concerned.sort(byHuvudmanOrder),
    severity: input.severity,
  };
}

/** The named process version, or the one in force on the day; refused when none is, or the named one was not. */
function processInForce(code: string, version: number | null, onDate: string) {
  const versions = jointProcesses.filter((p) => p.code === code);
  if (versions.length === 0) {
    throw badUserInput(
      `processCode "${code}" is not in samverkan's list of joint processes (${[...new Set(jointProcesses.map((p) => p.code))].join(', ')}).`,
      'processCode',
    );
  }
  const inForce = (p: (typeof versions)[number]) => p.validFrom <= onDate && (p.validTo === null || onDate <= p.validTo);
  if (version !== null) {
    const named = jointProcess(code, version);
    if (!named)
      throw badUserInput(`processVersion ${version} of "${code}" does not exist (versions: ${versions.map((p) => p.version).join(', ')}).`, 'processVersion');
    if (!inForce(named)) throw badUserInput(`processVersion ${version} of "${code}" was not in force on ${onDate}.`, 'processVersion');
    return named;
  }
  const current = versions.filter(inForce).sort((a, b) => b.version - a.version)[0];
  if (!current) throw badUserInput(`No version of process "${code}" was in force on ${onDate}.`, 'occurredOn');
  return current;
}

function checkDueOn(dueOn: string, reportedOn: string): void {
  requireIsoDate(dueOn, 'responseDueOn');
  if (dueOn < reportedOn) throw badUserInput(`responseDueOn ${dueOn} is before the deviation was reported (${reportedOn}).`, 'responseDueOn');
}

function requireVersion(expectedVersion: number): void {
  if (!Number.isInteger(expectedVersion)) throw badUserInput('expectedVersion must be the version you read.', 'expectedVersion');
}

async function ownDeviation(em: EntityManager, ownerId: string, deviationId: string): Promise<DeviationRecord> {
  const record = await em.findOne(DeviationRecord, { id: deviationId, reporterId: ownerId });
  if (!record) throw notFound(`Deviation "${deviationId}" reported by huvudman ${ownerId}`);
  return record;
}

/** Someone else wrote between our read and our write: the same answer as a stale read. */
async function withStaleCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw staleWrite('The record');
    throw error;
  }
}

/** Register order: the region ("18") first, then kommun codes ascending. */
export function byHuvudmanOrder(a: string, b: string): number {
  return PARTICIPANTS.indexOf(a) - PARTICIPANTS.indexOf(b);
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
