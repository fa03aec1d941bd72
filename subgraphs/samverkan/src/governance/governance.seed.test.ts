import { useTestSubgraph } from '@orebro/subgraph-kit';
import { AgendaItem, ItemQuestion, Presenter, Proposal } from './agenda.entity';
import { Body, BodyRelation } from './body.entity';
import { Decision } from './decision.entity';
import { Attendance, Meeting } from './meeting.entity';
import { Membership } from './person.entity';
import { samverkanSubgraph } from '../subgraph';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

const MEETING = 'chefsgrupp-2021-05-28';
const em = () => samverkan.orm.em.fork();

// Expected figures are counted by hand from shared/seeds/003 (the protocol of 2021-05-28).
describe('the seeded Chefsgrupp protocol of 2021-05-28, against the protocol itself', () => {
  it('records the meeting: 28 maj 2021 kl 13:00-16:00, digitally via Zoom, Ann-Louise Gustafsson secretary', async () => {
    const result = await samverkan.query(
      `{ meeting(id: "${MEETING}") { body { shortName } status date startTime endTime place organiser secretary { name huvudman { id } } } }`,
    );
    expect(result.data).toEqual({
      meeting: {
        body: { shortName: 'Chefsgruppen' },
        status: 'HELD',
        date: '2021-05-28',
        startTime: '13:00',
        endTime: '16:00',
        place: 'Digitalt via Zoom',
        organiser: 'Förvaltningen för Regional utveckling',
        secretary: { name: 'Ann-Louise Gustafsson', huvudman: { id: '18' } },
      },
    });
  });

  it('has all 38 names of the attendance list, the 9 struck-through ones absent', async () => {
    const rows = await em().find(Attendance, { meetingId: MEETING }, { orderBy: { position: 'asc' } });
    expect(rows).toHaveLength(38);
    expect(rows.filter((r) => !r.present).map((r) => r.personId)).toEqual([
      'ewa-lena-sjoberg',
      'jeanette-gunther',
      'elisabeth-liljekvist',
      'mats-eriksson',
      'daniel-ahnberg',
      'helen-willyams',
      'johanna-viberg',
      'patrik-jonsson',
      'ann-catrin-svantes-ohlson',
    ]);
    // Nine for the region's units, fifteen for the kommuner, three of the group's support, eleven presenters.
    const byRole = (role: string) => rows.filter((r) => r.role === role).length;
    expect([byRole('MEMBER'), byRole('DEPUTY'), byRole('SUPPORT'), byRole('SECRETARY'), byRole('GUEST')]).toEqual([23, 1, 2, 1, 11]);
    // Every one of the twelve kommuner is on the list; Örebro with four names.
    const kommuner = rows.filter((r) => r.huvudmanId !== '18' && r.role !== 'GUEST');
    expect(new Set(kommuner.map((r) => r.huvudmanId)).size).toBe(12);
    expect(kommuner.filter((r) => r.huvudmanId === '1880')).toHaveLength(4);
    expect(rows.filter((r) => r.note === 'till ca kl 15').map((r) => r.personId)).toEqual(['madelene-maxe', 'fredrik-bergstrom']);
  });

  it('has the 13 numbered items, the 9 unnumbered parts of §§ 8, 9 and 12, and their presenters', async () => {
    const items = await em().find(AgendaItem, { meetingId: MEETING }, { orderBy: { id: 'asc' } });
    const top = items.filter((i) => i.parentId === null);
    expect(top.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    const numberOf = (i: AgendaItem) => top.find((t) => t.id === i.parentId)?.number;
    expect(items.filter((i) => i.parentId !== null).map(numberOf)).toEqual(['8', '8', '8', '8', '8', '9', '9', '12', '12']);
    expect(await em().count(Presenter, { itemId: { $in: items.map((i) => i.id) } })).toBe(17);
  });

  it('has the 10 proposals (att-clauses), the 9 questions raised and the 12 decision points', async () => {
    const itemIds = (await em().find(AgendaItem, { meetingId: MEETING })).map((i) => i.id);
    expect(await em().count(Proposal, { itemId: { $in: itemIds } })).toBe(10);
    expect(await em().count(ItemQuestion, { itemId: { $in: itemIds } })).toBe(9);
    const decisions = await em().find(Decision, { meetingId: MEETING }, { orderBy: { id: 'asc' } });
    expect(decisions).toHaveLength(12);
    // Approving the agenda and filing the previous notes were done at the meeting; the rest stand decided.
    expect(decisions.filter((d) => d.status === 'DONE').map((d) => d.text)).toEqual([
      'En övrig fråga läggs till: Sommarplanering. Agendan godkänns i övrigt.',
      'Anteckningarna läggs till handlingarna.',
    ]);
    expect(decisions.filter((d) => d.status === 'DECIDED')).toHaveLength(10);
    expect(decisions.every((d) => d.decidedOn === '2021-05-28' && d.bodyId === 'chefsgrupp')).toBe(true);
    expect(decisions.filter((d) => d.proposalId !== null)).toHaveLength(10);
  });

  it('keeps owners, the condition on LAG suicid and the addition as the protocol gives them', async () => {
    const result = await samverkan.query<{
      decisions: {
        text: string;
        ownerHuvudman: { id: string } | null;
        ownerPerson: { name: string } | null;
        condition: string | null;
        conditionBody: { id: string } | null;
        addition: string | null;
        dueDate: string | null;
      }[];
    }>(`{ decisions(bodyId: "chefsgrupp") { text ownerHuvudman { id } ownerPerson { name } condition conditionBody { id } addition dueDate } }`);
    const decisions = result.data!.decisions;
    const stina = decisions.find((d) => d.ownerPerson !== null)!;
    expect(stina).toMatchObject({ ownerHuvudman: { id: '1880' }, ownerPerson: { name: 'Stina Engelheart' } });
    expect(stina.text).toMatch(/^att Stina Engelheart, Örebro kommun, får ett utökat uppdrag/);
    expect(decisions.filter((d) => d.ownerHuvudman?.id === '18').map((d) => d.text.slice(0, 30))).toEqual([
      'att nutritionscontroller i Reg',
      'att "dietist direkt" införs i ',
    ]);
    expect(decisions.filter((d) => d.conditionBody).map((d) => d.conditionBody!.id)).toEqual(['lag-suicid']);
    expect(decisions.filter((d) => d.addition).map((d) => d.addition)).toEqual([
      'att också regionala medarbetare bör medverka i arbetet runt och med kommande work-shops',
    ]);
    expect(decisions.filter((d) => d.dueDate).map((d) => d.dueDate)).toEqual(['2022-01-01']);
  });

  it('announces the four coming meetings of 2021 as planned meetings', async () => {
    const coming = await em().find(Meeting, { announcedInMeetingId: MEETING }, { orderBy: { date: 'asc' } });
    expect(coming.map((m) => [m.status, m.date, m.endDate])).toEqual([
      ['PLANNED', '2021-09-03', null],
      ['PLANNED', '2021-10-14', '2021-10-15'],
      ['PLANNED', '2021-11-12', null],
      ['PLANNED', '2021-12-10', null],
    ]);
  });
});

describe('the seeded bodies and their members', () => {
  it('has the ten bodies of the samverkansstruktur and the protocol, and the two relations the documents state', async () => {
    expect((await em().find(Body, {}, { orderBy: { id: 'asc' } })).map((b) => b.id)).toEqual([
      'chefsgrupp',
      'kcrd',
      'lag-schizofreni-psykos',
      'lag-suicid',
      'lansdelsgrupp-norr',
      'lansdelsgrupp-orebro',
      'lansdelsgrupp-soder',
      'lansdelsgrupp-vaster',
      'regionala-samverkansradet',
      'specifika-samverkansradet',
    ]);
    const relations = await em().find(BodyRelation, {}, { orderBy: { id: 'asc' } });
    expect(relations.map((r) => `${r.fromBodyId} ${r.kind} ${r.toBodyId}`)).toEqual([
      'chefsgrupp SUPPORTS specifika-samverkansradet',
      'lag-schizofreni-psykos REPORTS_TO chefsgrupp',
    ]);
  });

  it('seats every huvudman in the councils, the region and each kommun in its länsdelsgrupp, and 27 named people in the Chefsgrupp', async () => {
    const seats = await em().find(Membership, {});
    const of = (bodyId: string) => seats.filter((s) => s.bodyId === bodyId);
    expect(of('specifika-samverkansradet')).toHaveLength(13);
    expect(of('kcrd')).toHaveLength(13);
    const lansdelar = seats.filter((s) => s.bodyId.startsWith('lansdelsgrupp-'));
    expect(lansdelar.filter((s) => s.huvudmanId === '18')).toHaveLength(4);
    const kommunSeats = lansdelar.filter((s) => s.huvudmanId !== '18');
    expect(kommunSeats).toHaveLength(12);
    expect(new Set(kommunSeats.map((s) => s.huvudmanId)).size).toBe(12); // each kommun in exactly one
    expect(of('chefsgrupp')).toHaveLength(27);
    expect(of('chefsgrupp').every((s) => s.personId !== null)).toBe(true);
  });

  it('ends the seats of the five thanked off under § 12 on 2021-05-28, and no others', async () => {
    const ended = await em().find(Membership, { periodTo: { $ne: null } }, { orderBy: { id: 'asc' } });
    expect(ended.map((s) => [s.personId, s.periodTo])).toEqual(
      ['eva-slatmo', 'ewa-lena-sjoberg', 'martha-lundkvist', 'elisabeth-liljekvist', 'mats-eriksson'].map((id) => [id, '2021-05-28']),
    );
    const held = await samverkan.query<{ body: { members: unknown[] } }>('{ body(id: "chefsgrupp") { members(asOf: "2021-09-03") { id } } }');
    expect(held.data!.body.members).toHaveLength(22);
  });

  it('links each länsdel to its länsdelsgrupp', async () => {
    const result = await samverkan.query<{ lansdelar: { id: string; group: { id: string; members: { huvudman: { id: string } }[] } }[] }>(
      '{ lansdelar { id group { id members { huvudman { id } } } } }',
    );
    const norr = result.data!.lansdelar.find((l) => l.id === 'norr')!;
    expect(norr.group.id).toBe('lansdelsgrupp-norr');
    expect(norr.group.members.map((m) => m.huvudman.id)).toEqual(['18', '1863', '1864', '1884', '1885']);
  });
});
