import { OptimisticLockError, type EntityManager, type EntityName } from '@mikro-orm/core';
import { badUserInput, notFound, staleWrite } from './errors';
import { requireNoIdentityNumber } from './free-text';
import { requireText, requireTransition } from './rules';

/** The longest follow-up note accepted (characters, after trimming): a page of text. */
export const MAX_NOTE_LENGTH = 4000;

/**
 * A record followed up by status and notes (a decision, a plan activity, a nämnd's uppdrag): where each
 * status may go next. A status with nowhere to go is final.
 */
export interface FollowUpRules<S extends string> {
  /** What the record is called in messages, e.g. "Plan activity". */
  what: string;
  transitions: Readonly<Record<S, readonly S[]>>;
  /** A write may name the current status to record a note only (otherwise a note only names no status). */
  keepStatusWithNote: boolean;
}

/** A record that can be followed up: optimistic concurrency by `version` (MikroORM's `.version()`). */
export interface FollowedUp {
  status: string;
  version: number;
}

export interface FollowUpChange<S extends string> {
  from: S;
  /** The status moved to (the same as `from` for a note kept on the status); null for a note only. */
  to: S | null;
  /** The note, trimmed. */
  note: string;
}

export interface FollowUpWrite<T extends FollowedUp, S extends string> {
  entity: EntityName<T>;
  id: string;
  /** The input field naming the record, for NOT_FOUND (e.g. "decisionId"). */
  idField: string;
  /** The version the writer read; anything else means someone changed the record since. */
  expectedVersion: number;
  /** The status to move to; undefined records a note only. */
  status?: string;
  note: string;
  /** The input field holding the note (default "note"). */
  noteField?: string;
  /** Checks that need the stored record (a date not before it was raised, ...); throw to refuse. */
  check?: (record: T) => void;
  /**
   * Writes the note row and moves the record, inside the transaction. It must change the record (a
   * timestamp or a count will do), so that its version moves on and a concurrent writer is refused.
   */
  apply: (tx: EntityManager, record: T, change: FollowUpChange<S>) => void;
}

/**
 * Records a follow-up: a note, and maybe a move to another status, on the version the writer read.
 * Everything is checked before anything is written, and the note and the record's UPDATE ... WHERE
 * version = expected are one transaction: of two writers racing on one version only one wins, and the
 * other leaves no note (CONFLICT). Errors: BAD_USER_INPUT (unknown status, move not allowed, empty or
 * too long note, a personnummer in the note), NOT_FOUND, CONFLICT.
 */
export async function writeFollowUp<T extends FollowedUp, S extends string>(
  em: EntityManager,
  rules: FollowUpRules<S>,
  write: FollowUpWrite<T, S>,
): Promise<T> {
  const noteField = write.noteField ?? 'note';
  requireText(write.note, noteField);
  const note = write.note.trim();
  if (note.length > MAX_NOTE_LENGTH) throw badUserInput(`${noteField} may be at most ${MAX_NOTE_LENGTH} characters.`, noteField);
  requireNoIdentityNumber(note, noteField);
  if (!Number.isInteger(write.expectedVersion)) throw badUserInput('expectedVersion must be the version you read.', 'expectedVersion');
  const named = `${rules.what} "${write.id}"`;

  try {
    return await em.transactional(async (tx) => {
      const record = (await tx.findOne(write.entity, write.id as never)) as T | null;
      if (!record) throw notFound(named, write.idField);
      write.check?.(record);
      if (record.version !== write.expectedVersion) throw staleWrite(named, record.version);
      const from = record.status as S;
      const to = write.status as S | undefined;
      // The one transition rule of the kit (rules.ts), as deviations and risk analyses use it: it also refuses
      // a status the transitions do not know, naming the known ones, before anything is written.
      if (to !== undefined) requireTransition(rules.transitions, from, to, named, rules.keepStatusWithNote ? { sameWith: 'a note' } : {});
      write.apply(tx, record, { from, to: to ?? null, note });
      return record;
    });
  } catch (error) {
    // A concurrent writer won between our read and our write: the same answer as a stale read.
    if (error instanceof OptimisticLockError) throw staleWrite(named);
    throw error;
  }
}
