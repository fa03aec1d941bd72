import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A meeting of a body: held (with a protocol) or planned (announced as a coming meeting). */
export const Meeting = defineEntity({
  name: 'Meeting',
  tableName: 'meeting',
  properties: {
    /** `<body id>-<date>`, e.g. "chefsgrupp-2021-05-28". */
    id: p.string().primary(),
    bodyId: p.string().index(),
    /** One of MeetingStatuses. */
    status: p.string(),
    date: p.string(),
    /** Last day of a meeting over several days ("14-15 oktober"); null for a one-day meeting. */
    endDate: p.string().nullable(),
    startTime: p.string().nullable(),
    endTime: p.string().nullable(),
    place: p.string().nullable(),
    secretaryPersonId: p.string().nullable(),
    /** Tjänsteställe: the administration that keeps the body's records. */
    organiser: p.string().nullable(),
    /** The meeting whose protocol announced this one (kommande möten). */
    announcedInMeetingId: p.string().nullable().index(),
    source: p.text(),
    /** Optimistic concurrency: recording a planned meeting as held is based on the version read. */
    version: p.integer().version(),
  },
});
export type Meeting = InferEntity<typeof Meeting>;

/** One name on a meeting's attendance list (närvarolista); struck-through names are absent. */
export const Attendance = defineEntity({
  name: 'Attendance',
  tableName: 'attendance',
  uniques: [{ properties: ['meetingId', 'personId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    meetingId: p.string().index(),
    personId: p.string().index(),
    membershipId: p.integer().nullable(),
    huvudmanId: p.string(),
    /** What the list says the person represents, e.g. "USÖ - Medicin och Rehab" or "Askersund". */
    representing: p.string(),
    /** One of AttendanceRoles. */
    role: p.string(),
    present: p.boolean(),
    /** A remark on the list as written, e.g. "till ca kl 15". */
    note: p.string().nullable(),
    position: p.integer(),
  },
});
export type Attendance = InferEntity<typeof Attendance>;
