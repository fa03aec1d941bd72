import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { example } from './support/examples';
import { useTestFederation } from './support/test-federation';

/** The governance views in examples/, run anonymously through the real gateway, answered from the protocol of 2021-05-28. */
const federation = useTestFederation();

const run = async <T>(name: string, variables?: Record<string, unknown>) => {
  const e = example(name);
  const result = await federation.query<T>(e.query, { ...e.variables, ...variables });
  expect(result).toHaveNoErrors();
  return result.data!;
};

type Decision = {
  id: string;
  text: string;
  status: string;
  decidedOn: string;
  ageInDays: number;
  condition: string | null;
  version: number;
  ownerHuvudman: { id: string; name: string } | null;
  ownerPerson: { name: string } | null;
  ownerDescription: string | null;
  ownerBody: { shortName: string } | null;
  item: { number: string | null; title: string; parent: { number: string } | null };
};
type OpenDecisions = { bodies: { id: string; shortName: string; openDecisions: Decision[] }[] };

describe('the governance records through the gateway', () => {
  it('(a) gives the open decisions per body with owner and age: ten of the Chefsgrupp, 98 days old on 2021-09-03', async () => {
    const { bodies } = await run<OpenDecisions>('open-decisions-per-body');
    expect(bodies.filter((b) => b.openDecisions.length > 0).map((b) => [b.shortName, b.openDecisions.length])).toEqual([['Chefsgruppen', 10]]);
    const open = bodies.find((b) => b.id === 'chefsgrupp')!.openDecisions;
    expect(new Set(open.map((d) => [d.status, d.decidedOn, d.ageInDays].join()))).toEqual(new Set(['DECIDED,2021-05-28,98']));
    // Agenda approval and filing the previous notes were done at the meeting, so they are not open.
    expect(open.map((d) => d.item.parent?.number ?? d.item.number)).toEqual(['6', '6', '8', '8', '9', '9', '9', '9', '9', '9']);
    const stina = open.find((d) => d.ownerPerson);
    expect(stina).toMatchObject({ ownerPerson: { name: 'Stina Engelheart' }, ownerHuvudman: { id: '1880', name: 'Örebro kommun' } });
    expect(open.filter((d) => d.ownerHuvudman?.id === '18').map((d) => d.ownerDescription)).toEqual([
      'Nutritionscontroller i Region Örebro län',
      'Region Örebro län (kommer stå som arbetsgivare)',
    ]);
    expect(open.find((d) => d.condition)?.condition).toBe('LAG suicid ställer sig bakom arbetet (möte genomförs den 3/6)');
  });

  it('(a) counts the age to today when asOf is left out', async () => {
    const { bodies } = await run<OpenDecisions>('open-decisions-per-body', { asOf: null });
    const days = Math.round((Date.parse(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })) - Date.parse('2021-05-28')) / 86_400_000);
    expect(bodies.find((b) => b.id === 'chefsgrupp')!.openDecisions[0].ageInDays).toBe(days);
  });

  type Item = {
    number: string | null;
    title: string;
    presenters: { person: { name: string }; huvudman: { id: string } }[];
    proposals: { text: string }[];
    questions: string[];
    decisions: { text: string; status: string; addition: string | null; adoptsAgreements: { name: string; validFrom: string }[] }[];
  };
  type MeetingRecordView = {
    meeting: {
      date: string;
      startTime: string;
      endTime: string;
      place: string;
      secretary: { name: string };
      attendance: { person: { name: string }; present: boolean; note: string | null }[];
      items: (Item & { subItems: Item[] })[];
      comingMeetings: { date: string; endDate: string | null; status: string }[];
    };
  };

  it("(b) gives the meeting's full record: attendance, all 13 items with their parts, proposals, questions and decisions", async () => {
    const { meeting } = await run<MeetingRecordView>('meeting-record');
    expect([meeting.date, meeting.startTime, meeting.endTime, meeting.place, meeting.secretary.name]).toEqual([
      '2021-05-28',
      '13:00',
      '16:00',
      'Digitalt via Zoom',
      'Ann-Louise Gustafsson',
    ]);
    expect(meeting.attendance).toHaveLength(38);
    expect(meeting.attendance.filter((a) => !a.present).map((a) => a.person.name)).toEqual([
      'Ewa-Lena Sjöberg',
      'Jeanette Gunther',
      'Elisabeth Liljekvist',
      'Mats Eriksson',
      'Daniel Åhnberg',
      'Helen Willyams',
      'Johanna Viberg',
      'Patrik Jonsson',
      'Ann-Catrin Svantes Ohlson',
    ]);
    expect(meeting.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    const all = meeting.items.flatMap((i) => [i, ...i.subItems]);
    expect(all).toHaveLength(22);
    expect(all.flatMap((i) => i.proposals)).toHaveLength(10);
    expect(all.flatMap((i) => i.questions)).toHaveLength(9);
    expect(all.flatMap((i) => i.decisions)).toHaveLength(12);
    const nine = meeting.items[8];
    expect(nine.presenters.map((p) => [p.person.name, p.huvudman.id])).toEqual([
      ['Malin Ek Duckert', '18'],
      ['Stina Engelheart', '1880'],
    ]);
    const [nutrition, homeCare] = nine.subItems;
    expect(nutrition.decisions[0].adoptsAgreements).toEqual([{ name: 'Gemensam överenskommelse för nutritionsvårdsprocessen', validFrom: '2022-01-01' }]);
    expect(homeCare.decisions[0].addition).toBe('att också regionala medarbetare bör medverka i arbetet runt och med kommande work-shops');
    expect(meeting.comingMeetings).toEqual([
      { date: '2021-09-03', endDate: null, status: 'PLANNED' },
      { date: '2021-10-14', endDate: '2021-10-15', status: 'PLANNED' },
      { date: '2021-11-12', endDate: null, status: 'PLANNED' },
      { date: '2021-12-10', endDate: null, status: 'PLANNED' },
    ]);
  });

  type Responsibilities = {
    huvudman: {
      name: string;
      memberships: { body: { shortName: string }; person: { name: string } | null }[];
      ownedDecisions: { text: string }[];
      responsibleActivities: { plan: { name: string }; area: { name: string } | null; responsibility: { kind: string } }[];
      agreements: { id: string; adoptedBy: { meeting: { date: string } } | null }[];
    };
  };

  it('(c) gives everything Örebro kommun is responsible for across bodies, plans and agreements', async () => {
    const { huvudman } = await run<Responsibilities>('huvudman-responsibilities');
    expect(huvudman.name).toBe('Örebro kommun');
    expect(huvudman.memberships.map((m) => [m.body.shortName, m.person?.name ?? null])).toEqual([
      ['Specifika samverkansrådet', null],
      ['KCRD', null],
      ['Länsdelsgrupp Örebro', null],
      ['Chefsgruppen', 'Annika Roman'],
      ['Chefsgruppen', 'Johanna Viberg'],
      ['Chefsgruppen', 'Patrik Jonsson'],
      ['Chefsgruppen', 'Ann-Catrin Svantes Ohlson'],
    ]);
    expect(huvudman.ownedDecisions.map((d) => d.text)).toEqual([
      'att Stina Engelheart, Örebro kommun, får ett utökat uppdrag att, tillsammans med en arbetsgrupp, ta fram implementeringsplan, länsgemensam webbutbildning för basal nutritionsbehandling och utbildning för förskrivningsrätt hösten 2021',
    ]);
    expect(huvudman.responsibleActivities.length).toBeGreaterThan(0);
    expect(huvudman.responsibleActivities.filter((a) => a.area?.name === 'Samordning och partnerskap').length).toBeGreaterThan(0);
    expect(huvudman.responsibleActivities.every((a) => a.plan.name.length > 0 && ['JOINT', 'HUVUDMAN'].includes(a.responsibility.kind))).toBe(true);
    expect(huvudman.agreements.map((a) => [a.id, a.adoptedBy?.meeting.date ?? null])).toEqual([
      ['egenvard', null],
      ['familjecentraler', null],
      ['halso-och-sjukvard-i-hemmet-2025', null],
      ['nutritionsvardsprocessen', '2021-05-28'],
      ['utskrivning', null],
    ]);
  });

  type PerHuvudman = {
    huvudmen: { id: string; memberships: { body: { id: string; kind: string }; person: { name: string } | null; periodTo: string | null }[] }[];
  };

  it('(d) gives the bodies and members per huvudman: every kommun in the councils, its länsdelsgrupp and the Chefsgrupp', async () => {
    const { huvudmen } = await run<PerHuvudman>('bodies-per-huvudman');
    expect(huvudmen).toHaveLength(13);
    for (const h of huvudmen.filter((x) => x.id !== '18')) {
      const bodies = new Set(h.memberships.map((m) => m.body.kind));
      expect([h.id, [...bodies].sort()]).toEqual([h.id, ['COUNCIL', 'LANSDEL_GROUP', 'MANAGEMENT_GROUP', 'NETWORK']]);
    }
    const region = huvudmen.find((h) => h.id === '18')!;
    expect(region.memberships.filter((m) => m.body.kind === 'LANSDEL_GROUP')).toHaveLength(4);
    const chefsgrupp = region.memberships.filter((m) => m.body.id === 'chefsgrupp');
    expect(chefsgrupp).toHaveLength(12);
    expect(chefsgrupp.filter((m) => m.periodTo === '2021-05-28').map((m) => m.person!.name)).toEqual([
      'Eva Slätmo',
      'Ewa-Lena Sjöberg',
      'Märtha Lundkvist',
      'Elisabeth Liljekvist',
      'Mats Eriksson',
    ]);
  });

  it("joins a huvudman's seats with its own subgraph's facts in one query", async () => {
    const result = await federation.query<{ huvudman: { memberships: unknown[]; municipality: { population: number } } }>(
      '{ huvudman(id: "1881") { memberships { body { id } } municipality { population(year: 2024) } } }',
    );
    expect(result).toHaveNoErrors();
    expect(result.data!.huvudman.memberships).toHaveLength(4);
    expect(result.data!.huvudman.municipality.population).toBe(22681);
  });
});

describe('follow-up of a decision through the gateway', () => {
  const DECISION = 'chefsgrupp-2021-05-28-b05';
  const STATUS =
    'mutation($input: ChangeDecisionStatusInput!) { changeDecisionStatus(input: $input) { status version notes { text statusTo authorHuvudman { id } } } }';
  const read = async () =>
    (
      await federation.query<{ decision: { status: string; version: number; notes: unknown[] } }>(
        `{ decision(id: "${DECISION}") { status version notes { text } } }`,
      )
    ).data!.decision;
  const bearer = async (huvudman: string, role: 'secretariat' | 'writer') => ({
    authorization: `Bearer ${await mintDevelopmentToken({ huvudman, roles: [role] })}`,
  });

  it('refuses a kommun writer, lets the secretariat move the status, and refuses a stale write leaving the record unchanged', async () => {
    const before = await read();
    const input = { decisionId: DECISION, expectedVersion: before.version, status: 'DONE', note: 'Rutinen är antagen och publicerad.', date: '2021-09-03' };
    const writer = await federation.query(STATUS, { input }, await bearer('1880', 'writer'));
    expect(writer).toHaveErrorCode('FORBIDDEN');
    expect(await read()).toEqual(before);

    const done = await federation.query<{ changeDecisionStatus: { status: string; version: number; notes: unknown[] } }>(
      STATUS,
      { input },
      await bearer('18', 'secretariat'),
    );
    expect(done).toHaveNoErrors();
    expect(done.data!.changeDecisionStatus).toEqual({
      status: 'DONE',
      version: before.version + 1,
      notes: [{ text: 'Rutinen är antagen och publicerad.', statusTo: 'DONE', authorHuvudman: { id: '18' } }],
    });

    const after = await read();
    const stale = await federation.query(
      STATUS,
      { input: { ...input, status: 'CANCELLED', note: 'Skriven på en gammal version.' } },
      await bearer('18', 'secretariat'),
    );
    expect(stale).toHaveErrorCode('CONFLICT');
    expect(await read()).toEqual(after);

    const { bodies } = await run<OpenDecisions>('open-decisions-per-body');
    expect(bodies.find((b) => b.id === 'chefsgrupp')!.openDecisions.map((d) => d.id)).not.toContain(DECISION);
  });
});

describe('the secretariat records a meeting through the gateway', () => {
  it('records a held meeting with attendance, an item with a proposal and its decision, which then shows among the open decisions', async () => {
    const secretariat = { authorization: `Bearer ${await mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'] })}` };
    const meeting = await federation.query<{ recordMeeting: { id: string } }>(
      `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`,
      {
        input: {
          bodyId: 'chefsgrupp',
          status: 'HELD',
          date: '2021-08-20',
          place: 'Digitalt via Zoom',
          source: 'Protokoll Chefsgruppen 2021-08-20 (extra möte)',
          attendance: [{ personId: 'annika-roman', huvudmanId: '1880', representing: 'Örebro', role: 'MEMBER', present: true }],
        },
      },
      secretariat,
    );
    expect(meeting).toHaveNoErrors();
    const item = await federation.query<{ addAgendaItem: { id: string; proposals: { id: string; text: string }[] } }>(
      `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id proposals { id text } } }`,
      {
        input: {
          meetingId: meeting.data!.recordMeeting.id,
          number: '1',
          title: 'Samverkan vid utskrivning',
          proposals: ['att Örebro kommun sammanställer avvikelserna'],
        },
      },
      secretariat,
    );
    const [proposal] = item.data!.addAgendaItem.proposals;
    const decision = await federation.query<{ recordDecision: { id: string; ownerHuvudman: { name: string } } }>(
      `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id ownerHuvudman { name } } }`,
      { input: { itemId: item.data!.addAgendaItem.id, proposalId: proposal.id, text: proposal.text, status: 'DECIDED', ownerHuvudmanId: '1880' } },
      secretariat,
    );
    expect(decision).toHaveNoErrors();
    expect(decision.data!.recordDecision).toEqual({ id: 'chefsgrupp-2021-08-20-b01', ownerHuvudman: { name: 'Örebro kommun' } });
    const { bodies } = await run<OpenDecisions>('open-decisions-per-body');
    expect(bodies.find((b) => b.id === 'chefsgrupp')!.openDecisions.map((d) => d.id)).toContain('chefsgrupp-2021-08-20-b01');
  });
});

describe('search through the gateway', () => {
  type Hit = { kind: string; title: string; matchedWords: string[]; record: { __typename: string; id: string; parties?: { id: string }[] } };

  it('finds the agreement, goal and activity on "utskrivning" by "utskrivningen", with each record joined in', async () => {
    const { search } = await run<{ search: Hit[] }>('search-records');
    expect(search.map((h) => `${h.kind}:${h.record.id}`)).toEqual(
      expect.arrayContaining([
        'AGREEMENT:utskrivning',
        'PLAN_GOAL:fardplan-nara-vard-2023-2026/forbattra-in-och-utskrivning',
        'PLAN_ACTIVITY:fardplan-nara-vard-2023-2026/2023-samordning-och-partnerskap-11',
      ]),
    );
    expect(search.every((h) => h.matchedWords.some((w) => w.toLowerCase().startsWith('utskrivning')))).toBe(true);
    const agreement = search.find((h) => h.kind === 'AGREEMENT')!;
    expect(agreement.record.parties!.length).toBeGreaterThan(0);
  });

  it('refuses a search with no word in it, naming the problem', async () => {
    const result = await federation.query(example('search-records').query, { text: 'och att' });
    expect(result).toHaveErrorCode('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/no word to search for/);
  });
});
