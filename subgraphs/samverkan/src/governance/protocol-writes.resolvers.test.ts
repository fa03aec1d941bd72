import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { AuditRecord, useTestSubgraph } from '@orebro/subgraph-kit';
import { AgendaItem, Proposal } from './agenda.entity';
import { Decision } from './decision.entity';
import { Attendance, Meeting } from './meeting.entity';
import { Person } from './person.entity';
import { samverkanSubgraph } from '../subgraph';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

const em = () => samverkan.orm.em.fork();
const secretariat = () => mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'], subject: 'sekretariatet' });
/** Everything these writes could touch: a refused write must leave every count as it was. */
const counts = async () => {
  const fork = em();
  return Promise.all([Person, Meeting, Attendance, AgendaItem, Proposal, Decision].map((entity) => fork.count(entity as never)));
};

const PERSON = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id name huvudman { id } } }';
const MEETING = `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) {
  id status date startTime place version announcedIn { id } attendance { person { id } role present membership { id } } } }`;
const ATTENDANCE = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id attendance { person { id } role present } } }';
const ITEM = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) {
  id number position title presenters { person { id } huvudman { id } } proposals { id text } questions parent { id } } }`;
const DECISION = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) {
  id status raisedOn decidedOn dueDate ownerHuvudman { id } ownerPerson { id } proposal { id } item { id } version } }`;

const HELD_ON = '2021-09-03';
const heldMeeting = {
  bodyId: 'chefsgrupp',
  status: 'HELD',
  date: HELD_ON,
  startTime: '13:00',
  endTime: '16:00',
  place: 'Digitalt via Zoom',
  secretaryPersonId: 'ann-louise-gustafsson',
  source: 'Protokoll Chefsgruppen 2021-09-03',
  attendance: [
    { personId: 'lena-adolfsson', huvudmanId: '18', representing: 'Närsjukvårdsområde väster', role: 'MEMBER', present: true },
    { personId: 'ann-louise-gustafsson', huvudmanId: '18', representing: 'Sekreterare', role: 'SECRETARY', present: true },
  ],
};

describe('the secretariat records a meeting, its items and decisions', () => {
  let meetingVersion: number;

  it('completes the announced meeting of 2021-09-03 with its attendance, based on the version read', async () => {
    const token = await secretariat();
    const planned = await em().findOneOrFail(Meeting, `chefsgrupp-${HELD_ON}`);
    expect(planned.status).toBe('PLANNED');
    const withoutVersion = await samverkan.query(MEETING, { input: heldMeeting }, { token });
    expect(withoutVersion.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'expectedVersion' } });

    const held = await samverkan.query<{ recordMeeting: { id: string; status: string; version: number; announcedIn: { id: string }; attendance: unknown[] } }>(
      MEETING,
      { input: { ...heldMeeting, expectedVersion: planned.version } },
      { token },
    );
    expect(held.errors).toBeUndefined();
    expect(held.data!.recordMeeting).toMatchObject({
      id: `chefsgrupp-${HELD_ON}`,
      status: 'HELD',
      version: planned.version + 1,
      announcedIn: { id: 'chefsgrupp-2021-05-28' },
      attendance: [
        { person: { id: 'lena-adolfsson' }, role: 'MEMBER', present: true, membership: { id: expect.any(String) } },
        { person: { id: 'ann-louise-gustafsson' }, role: 'SECRETARY', present: true, membership: { id: expect.any(String) } },
      ],
    });
    meetingVersion = held.data!.recordMeeting.version;
  });

  it('refuses to record the same meeting again, and a stale version of it, changing nothing', async () => {
    const token = await secretariat();
    const before = await counts();
    const again = await samverkan.query(MEETING, { input: { ...heldMeeting, attendance: undefined, expectedVersion: meetingVersion } }, { token });
    expect(again.errors?.[0].message).toMatch(/already has a meeting on 2021-09-03/);
    const planned = await em().findOneOrFail(Meeting, 'chefsgrupp-2021-10-14');
    const stale = await samverkan.query(
      MEETING,
      { input: { ...heldMeeting, date: '2021-10-14', attendance: undefined, expectedVersion: planned.version - 1 } },
      { token },
    );
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'expectedVersion' } });
    expect(await em().findOneOrFail(Meeting, 'chefsgrupp-2021-10-14')).toMatchObject({ status: 'PLANNED', version: planned.version, place: planned.place });
    expect(await counts()).toEqual(before);
  });

  it('gives one person one id and one stored spelling however the name is composed (NFC, NFKD)', async () => {
    const token = await secretariat();
    const composed = await samverkan.query<{ registerPerson: unknown }>(PERSON, { input: { name: 'Örjan Åström', huvudmanId: '1881' } }, { token });
    expect(composed.data!.registerPerson).toEqual({ id: 'orjan-astrom', name: 'Örjan Åström', huvudman: { id: '1881' } });
    for (const name of ['O\u0308rjan A\u030astro\u0308m', 'O\u0308rjan Åström', 'ÖRJAN ÅSTRÖM']) {
      const again = await samverkan.query<{ registerPerson: { id: string; name: string } }>(PERSON, { input: { name, huvudmanId: '1881' } }, { token });
      expect(again.errors).toBeUndefined();
      expect(again.data!.registerPerson).toEqual({ id: 'orjan-astrom', name: 'Örjan Åström', huvudman: { id: '1881' } });
    }
    const decomposedFirst = await samverkan.query<{ registerPerson: { id: string; name: string } }>(
      PERSON,
      { input: { name: 'Bo\u0308rje Sa\u0308ll', huvudmanId: '1881' } },
      { token },
    );
    expect(decomposedFirst.data!.registerPerson).toEqual({ id: 'borje-sall', name: 'Börje Säll', huvudman: { id: '1881' } });
    expect((await em().findOneOrFail(Person, 'borje-sall')).name).toBe('Börje Säll');
    expect(await em().count(Person, { id: { $in: ['orjan-astrom', 'borje-sall'] } })).toBe(2);
  });

  it('refuses a name that gives no id, and registers nothing', async () => {
    const before = await counts();
    const result = await samverkan.query(PERSON, { input: { name: '— —', huvudmanId: '1881' } }, { token: await secretariat() });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
    expect(await counts()).toEqual(before);
  });

  it('registers a guest and adds them to the list after the names already there', async () => {
    const token = await secretariat();
    const person = await samverkan.query<{ registerPerson: unknown }>(PERSON, { input: { name: 'Anna Gäst', huvudmanId: '1880' } }, { token });
    expect(person.data!.registerPerson).toEqual({ id: 'anna-gast', name: 'Anna Gäst', huvudman: { id: '1880' } });
    const listed = await samverkan.query<{ recordAttendance: { attendance: { person: { id: string }; role: string }[] } }>(
      ATTENDANCE,
      {
        input: {
          meetingId: `chefsgrupp-${HELD_ON}`,
          attendance: [{ personId: 'anna-gast', huvudmanId: '1880', representing: 'Örebro kommun', role: 'GUEST', present: true }],
        },
      },
      { token },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.recordAttendance.attendance.map((a) => [a.person.id, a.role])).toEqual([
      ['lena-adolfsson', 'MEMBER'],
      ['ann-louise-gustafsson', 'SECRETARY'],
      ['anna-gast', 'GUEST'],
    ]);
  });

  it('adds a numbered item with presenters, proposals and questions, and a part of it; decides a proposal', async () => {
    const token = await secretariat();
    const item = await samverkan.query<{ addAgendaItem: { id: string; number: string; position: number; proposals: { id: string; text: string }[] } }>(
      ITEM,
      {
        input: {
          meetingId: `chefsgrupp-${HELD_ON}`,
          number: '1',
          title: 'Utskrivningsprocessen – uppföljning',
          presenters: [{ personId: 'anna-gast', huvudmanId: '1880' }],
          proposals: ['att godkänna uppföljningen', 'att ge länsdelsgrupperna i uppdrag att återkomma'],
          questions: ['Hur följs återinskrivningar upp?'],
        },
      },
      { token },
    );
    expect(item.errors).toBeUndefined();
    expect(item.data!.addAgendaItem).toMatchObject({
      number: '1',
      position: 1,
      questions: ['Hur följs återinskrivningar upp?'],
      presenters: [{ person: { id: 'anna-gast' }, huvudman: { id: '1880' } }],
    });
    const [, second] = item.data!.addAgendaItem.proposals;

    const part = await samverkan.query<{ addAgendaItem: { number: string | null; parent: { id: string } } }>(
      ITEM,
      {
        input: { meetingId: `chefsgrupp-${HELD_ON}`, parentId: item.data!.addAgendaItem.id, title: 'Länsdel Norr' },
      },
      { token },
    );
    expect(part.data!.addAgendaItem).toMatchObject({ number: null, parent: { id: item.data!.addAgendaItem.id } });

    const decided = await samverkan.query<{ recordDecision: Record<string, unknown> }>(
      DECISION,
      {
        input: {
          itemId: item.data!.addAgendaItem.id,
          proposalId: second.id,
          text: second.text,
          status: 'DECIDED',
          ownerHuvudmanId: '1880',
          ownerPersonId: 'anna-gast',
          dueDate: '2021-12-10',
        },
      },
      { token },
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.recordDecision).toEqual({
      id: `chefsgrupp-${HELD_ON}-b01`,
      status: 'DECIDED',
      raisedOn: HELD_ON,
      decidedOn: HELD_ON,
      dueDate: '2021-12-10',
      ownerHuvudman: { id: '1880' },
      ownerPerson: { id: 'anna-gast' },
      proposal: { id: second.id },
      item: { id: item.data!.addAgendaItem.id },
      version: 1,
    });
    const audited = await em().find(AuditRecord, { operation: { $in: ['Mutation.addAgendaItem', 'Mutation.recordDecision'] }, outcome: 'succeeded' });
    expect(audited.map((a) => [a.operation, a.huvudman, a.subject])).toEqual([
      ['Mutation.addAgendaItem', '18', 'sekretariatet'],
      ['Mutation.addAgendaItem', '18', 'sekretariatet'],
      ['Mutation.recordDecision', '18', 'sekretariatet'],
    ]);
  });
});

describe('refused writes name the problem and leave the records as they were', () => {
  const itemOfProtocol = async (number: string) => (await em().findOneOrFail(AgendaItem, { meetingId: 'chefsgrupp-2021-05-28', number })).id;
  const proposalOf = async (number: string) =>
    (await em().findOneOrFail(Proposal, { itemId: await itemOfProtocol(number) }, { orderBy: { position: 'asc' } })).id;

  it.each<[string, string, () => Promise<Record<string, unknown>>, string, RegExp]>([
    ['an unknown body', MEETING, async () => ({ ...heldMeeting, bodyId: 'styrelsen', date: '2021-06-01' }), 'bodyId', /Unknown body "styrelsen"/],
    ['a held meeting in the future', MEETING, async () => ({ ...heldMeeting, date: '2999-01-01' }), 'date', /future/],
    ['a time that is not one', MEETING, async () => ({ ...heldMeeting, date: '2021-06-01', startTime: '25:00' }), 'startTime', /HH:MM/],
    [
      'a coming meeting before its announcement',
      MEETING,
      async () => ({ ...heldMeeting, status: 'PLANNED', date: '2021-05-01', attendance: undefined, announcedInMeetingId: 'chefsgrupp-2021-05-28' }),
      'date',
      /after the meeting that announced it/,
    ],
    [
      'an unknown person on the list (meeting not kept either)',
      MEETING,
      async () => ({ ...heldMeeting, date: '2021-06-01', attendance: [...heldMeeting.attendance, { ...heldMeeting.attendance[0], personId: 'nils-okand' }] }),
      'personId',
      /Unknown person "nils-okand"/,
    ],
    [
      'a name listed twice',
      ATTENDANCE,
      async () => ({ meetingId: 'chefsgrupp-2021-05-28', attendance: [{ ...heldMeeting.attendance[0] }] }),
      'personId',
      /already on the attendance list/,
    ],
    [
      'a member role for someone without a seat',
      ATTENDANCE,
      async () => ({
        meetingId: 'chefsgrupp-2021-05-28',
        attendance: [{ personId: 'anna-gast', huvudmanId: '1880', representing: 'x', role: 'MEMBER', present: true }],
      }),
      'role',
      /GUEST/,
    ],
    [
      'a personnummer in an item summary',
      ITEM,
      async () => ({ meetingId: 'chefsgrupp-2021-05-28', number: '14', title: 'Övrigt', summary: 'Gäller 19121212-1212.' }),
      'summary',
      /personnummer/,
    ],
    ['a top-level item without a number', ITEM, async () => ({ meetingId: 'chefsgrupp-2021-05-28', title: 'Övrigt' }), 'number', /needs its number/],
    ['an item of an unknown meeting', ITEM, async () => ({ meetingId: 'chefsgrupp-2030-01-01', number: '1', title: 'Övrigt' }), 'meetingId', /Unknown meeting/],
    [
      'an unknown presenter',
      ITEM,
      async () => ({ meetingId: 'chefsgrupp-2021-05-28', number: '14', title: 'Övrigt', presenters: [{ personId: 'nils-okand', huvudmanId: '18' }] }),
      'presenters',
      /Unknown person/,
    ],
    [
      'a decision of an item that is not a number',
      DECISION,
      async () => ({ itemId: 'sju', text: 'x', status: 'DECIDED' }),
      'itemId',
      /Unknown agenda item "sju"/,
    ],
    [
      'a decision recorded as IN_PROGRESS',
      DECISION,
      async () => ({ itemId: await itemOfProtocol('6'), text: 'x', status: 'IN_PROGRESS' }),
      'status',
      /changeDecisionStatus/,
    ],
    [
      'a due date before the meeting',
      DECISION,
      async () => ({ itemId: await itemOfProtocol('6'), text: 'x', status: 'DECIDED', dueDate: '2021-01-01' }),
      'dueDate',
      /before the meeting/,
    ],
    [
      'an unknown owner huvudman',
      DECISION,
      async () => ({ itemId: await itemOfProtocol('6'), text: 'x', status: 'DECIDED', ownerHuvudmanId: '0180' }),
      'ownerHuvudmanId',
      /Unknown huvudman "0180"/,
    ],
    [
      'a proposal that already has its decision',
      DECISION,
      async () => ({ itemId: await itemOfProtocol('6'), proposalId: await proposalOf('6'), text: 'x', status: 'DECIDED' }),
      'proposalId',
      /already has its decision|belongs to another item/,
    ],
    [
      'a decided decision at a planned meeting',
      DECISION,
      async () => ({ itemId: await plannedItem(), text: 'x', status: 'DECIDED' }),
      'status',
      /planned meeting is recorded as PROPOSED/,
    ],
  ])('%s', async (_label, mutation, input, field, message) => {
    const token = await secretariat();
    const variables = { input: await input() };
    const before = await counts();
    const result = await samverkan.query(mutation, variables, { token });
    expect(Object.values(result.data ?? {})).toEqual([null]); // the refused write answers null, nothing else
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['an anonymous caller', 'UNAUTHENTICATED', undefined],
    ['a kommun writer', 'FORBIDDEN', { huvudman: '1880', roles: ['writer'] }],
  ])('refuses %s with %s for every records write', async (_label, code, claims) => {
    const token = claims ? await mintDevelopmentToken({ huvudman: claims.huvudman, roles: claims.roles as ['writer'] }) : undefined;
    const before = await counts();
    for (const [mutation, input] of [
      [PERSON, { name: 'Obehörig Person', huvudmanId: '1880' }],
      [MEETING, { ...heldMeeting, date: '2021-06-02' }],
      [ITEM, { meetingId: 'chefsgrupp-2021-05-28', number: '14', title: 'Övrigt' }],
      [DECISION, { itemId: String(await itemOfProtocol('6')), text: 'x', status: 'DECIDED' }],
    ] as const) {
      const result = await samverkan.query(mutation, { input }, { token });
      expect(result.errors?.[0].extensions?.code).toBe(code);
    }
    expect(await counts()).toEqual(before);
  });
});

/** An item on a planned meeting's agenda (added once), where decisions can only be proposed. */
let plannedItemId: number | undefined;
async function plannedItem(): Promise<number> {
  if (plannedItemId) return plannedItemId;
  const token = await secretariat();
  const added = await samverkan.query<{ addAgendaItem: { id: string } }>(
    ITEM,
    { input: { meetingId: 'chefsgrupp-2021-11-12', number: '1', title: 'Dagens agenda' } },
    { token },
  );
  plannedItemId = Number(added.data!.addAgendaItem.id);
  return plannedItemId;
}

describe('writes that add a row are safe to retry with an idempotency key', () => {
  it('adds an agenda item once for two sends with the same key, and refuses the key for another item', async () => {
    const token = await secretariat();
    const input = { meetingId: 'chefsgrupp-2021-05-28', number: '15', title: 'Övrigt – uppföljning', idempotencyKey: 'item-7f3a' };
    const before = await em().count(AgendaItem, {});
    const first = await samverkan.query<{ addAgendaItem: { id: string } }>(ITEM, { input }, { token });
    const again = await samverkan.query<{ addAgendaItem: { id: string } }>(ITEM, { input }, { token });
    expect(first.errors).toBeUndefined();
    expect(again.data!.addAgendaItem.id).toBe(first.data!.addAgendaItem.id);
    expect(await em().count(AgendaItem, {})).toBe(before + 1);
    const reused = await samverkan.query(ITEM, { input: { ...input, title: 'Något annat' } }, { token });
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(await em().count(AgendaItem, {})).toBe(before + 1);
  });

  it('refuses a personnummer in an agenda item title, a person’s name and an attendance row’s representing, in every spelling', async () => {
    const token = await secretariat();
    for (const pnr of ['811218-9876', '811218–9876', '811218\u00a09876', '811218 - 9876']) {
      const before = await counts();
      const item = await samverkan.query(ITEM, { input: { meetingId: 'chefsgrupp-2021-05-28', number: '16', title: `Ärende ${pnr}` } }, { token });
      const person = await samverkan.query(PERSON, { input: { name: `Anna ${pnr}`, huvudmanId: '18' } }, { token });
      const attendance = await samverkan.query(
        ATTENDANCE,
        {
          input: {
            meetingId: 'chefsgrupp-2021-05-28',
            attendance: [{ personId: 'lena-adolfsson', huvudmanId: '18', representing: `NSO väster ${pnr}`, role: 'MEMBER', present: true }],
          },
        },
        { token },
      );
      expect([item, person, attendance].map((r) => r.errors?.[0].extensions)).toEqual([
        { code: 'BAD_USER_INPUT', field: 'title' },
        { code: 'BAD_USER_INPUT', field: 'name' },
        { code: 'BAD_USER_INPUT', field: 'attendance[0].representing' },
      ]);
      expect(await counts()).toEqual(before);
    }
  });

  it('refuses a 90 kB name (which would also become the person’s id) naming the field', async () => {
    const result = await samverkan.query(PERSON, { input: { name: 'A'.repeat(90_000), huvudmanId: '18' } }, { token: await secretariat() });
    expect(result.errors?.[0]).toMatchObject({
      message: 'name is 90000 characters long; at most 200 are allowed. Nothing was saved.',
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
  });
});
