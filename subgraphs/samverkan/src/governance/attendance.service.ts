import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireOneOf } from '@orebro/subgraph-kit';
import { requireHuvudman } from './bodies.service';
import { AttendanceRoles, type AttendanceRole } from './kinds';
import { Attendance } from './meeting.entity';
import { requireMeeting, requirePerson } from './meetings.service';
import { Membership } from './person.entity';

export interface AttendanceInput {
  personId: string;
  huvudmanId: string;
  representing: string;
  role: AttendanceRole;
  present: boolean;
  note?: string | null;
}

/**
 * Adds names to a held meeting's attendance list, in its written order after any already listed; a
 * member's row is tied to their seat in the body. All rows are checked before any is written.
 */
export async function recordAttendance(em: EntityManager, meetingId: string, rows: AttendanceInput[]): Promise<Attendance[]> {
  const meeting = await requireMeeting(em, meetingId, 'meetingId');
  if (meeting.status !== 'HELD') throw badUserInput('Attendance is recorded for a held meeting only.', 'meetingId');
  if (rows.length === 0) throw badUserInput('The attendance list has no names.', 'attendance');
  const listed = await em.find(Attendance, { meetingId }, { orderBy: { position: 'asc' } });
  const seats = await em.find(Membership, { bodyId: meeting.bodyId, personId: { $in: rows.map((r) => r.personId) } });
  const created: Attendance[] = [];
  for (const [index, row] of rows.entries()) {
    if (listed.some((a) => a.personId === row.personId) || rows.findIndex((r) => r.personId === row.personId) !== index) {
      throw badUserInput(`${row.personId} is already on the attendance list of ${meetingId}.`, 'personId');
    }
    await requirePerson(em, row.personId, 'personId');
    await requireHuvudman(em, row.huvudmanId, 'huvudmanId');
    requireOneOf(row.role, AttendanceRoles, 'role');
    requireNoIdentityNumber(row.note, 'note');
    const seat = seats.find((s) => s.personId === row.personId);
    if (row.role !== 'GUEST' && !seat) throw badUserInput(`${row.personId} has no seat in the body; record them as GUEST.`, 'role');
    created.push(em.create(Attendance, { meetingId, membershipId: seat?.id ?? null, note: null, ...row, position: listed.length + index + 1 }));
  }
  await em.flush();
  return created;
}
