import type { EntityManager } from '@mikro-orm/core';
import { personId } from '../bodies.service';
import { recordDecision } from '../decisions.service';
import { recordAttendance } from '../attendance.service';
import { addAgendaItem, recordMeeting } from '../meetings.service';
import { attendanceList } from './protocol-2021-05-28.attendance';
import { items1to7 } from './protocol-2021-05-28.items-1-7';
import { item8 } from './protocol-2021-05-28.items-8';
import { comingMeetings2021, items9to13 } from './protocol-2021-05-28.items-9-13';
import type { ItemSpec } from './protocol-items.types';
import { PROTOCOL } from '../../shared/sources';

export const PROTOCOL_MEETING_ID = 'chefsgrupp-2021-05-28';

/** The whole protocol of 2021-05-28: meeting, attendance, every item, proposal, question and decision. */
export async function seedProtocol20210528(em: EntityManager): Promise<void> {
  const meeting = await recordMeeting(em, {
    bodyId: 'chefsgrupp',
    status: 'HELD',
    date: '2021-05-28',
    startTime: '13:00',
    endTime: '16:00',
    place: 'Digitalt via Zoom',
    secretaryPersonId: personId('Ann-Louise Gustafsson'),
    organiser: 'Förvaltningen för Regional utveckling',
    source: PROTOCOL,
  });
  await recordAttendance(
    em,
    meeting.id,
    attendanceList.map(({ name, huvudmanId, representing, role, present, note }) => ({
      personId: personId(name),
      huvudmanId,
      representing,
      role,
      present,
      note: note ?? null,
    })),
  );
  for (const item of [...items1to7, item8, ...items9to13]) await addItem(em, meeting.id, item, null);
  for (const coming of comingMeetings2021) {
    await recordMeeting(em, {
      bodyId: 'chefsgrupp',
      status: 'PLANNED',
      ...coming,
      announcedInMeetingId: meeting.id,
      source: `${PROTOCOL} § 13 Kommande möten 2021`,
    });
  }
}

async function addItem(em: EntityManager, meetingId: string, spec: ItemSpec, parentId: number | null): Promise<void> {
  const huvudmanOf = (name: string) => {
    const listed = attendanceList.find((l) => l.name === name);
    if (!listed) throw new Error(`${name} presents an item but is not on the attendance list.`);
    return listed.huvudmanId;
  };
  const { item, proposals } = await addAgendaItem(em, {
    meetingId,
    parentId,
    number: spec.number ?? null,
    title: spec.title,
    summary: spec.summary ?? null,
    decisionWording: spec.decisionWording ?? null,
    reportingBodyId: spec.reportingBodyId ?? null,
    presenters: (spec.presenters ?? []).map((name) => ({ personId: personId(name), huvudmanId: huvudmanOf(name) })),
    proposals: spec.proposals,
    questions: spec.questions,
  });
  for (const { proposal: index, text, ownerPerson, ...decision } of spec.decisions ?? []) {
    const proposal = index === undefined ? undefined : proposals[index];
    if (index !== undefined && !proposal) throw new Error(`Item "${spec.title}" has no proposal ${index}.`);
    await recordDecision(em, {
      ...decision,
      itemId: item.id,
      proposalId: proposal?.id ?? null,
      text: text ?? proposal!.text,
      ownerPersonId: ownerPerson ? personId(ownerPerson) : null,
    });
  }
  for (const sub of spec.subItems ?? []) await addItem(em, meetingId, sub, item.id);
}
