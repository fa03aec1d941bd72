import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { AuditRecord, useTestSubgraph } from '@orebro/subgraph-kit';
import { Decision, DecisionNote } from './decision.entity';
import { samverkanSubgraph } from '../subgraph';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

const em = () => samverkan.orm.em.fork();
const RISK_ANALYSES = 'chefsgrupp-2021-05-28-b03';
const NOTE = `mutation($input: AddDecisionNoteInput!) { addDecisionNote(input: $input) { id version lastNoteOn notes { text date authorHuvudman { id } } } }`;
const STATUS = `mutation($input: ChangeDecisionStatusInput!) { changeDecisionStatus(input: $input) { id status version notes { statusFrom statusTo text } } }`;

const secretariat = () => mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'], subject: 'sekretariatet' });
const state = async (id: string) => ({ decision: { ...(await em().findOneOrFail(Decision, id)) }, notes: await em().count(DecisionNote, { decisionId: id }) });

describe('writes to decisions: the secretariat only', () => {
  it.each([
    ['an anonymous caller', 'UNAUTHENTICATED', undefined],
    ['a kommun writer', 'FORBIDDEN', { huvudman: '1881', roles: ['writer'] as const }],
    ['region staff without the secretariat role', 'FORBIDDEN', { huvudman: '18', roles: ['writer', 'auditor'] as const }],
  ])('refuses %s with %s and changes nothing', async (_label, code, claims) => {
    const token = claims ? await mintDevelopmentToken({ huvudman: claims.huvudman, roles: [...claims.roles] }) : undefined;
    const before = await state(RISK_ANALYSES);
    const note = await samverkan.query(NOTE, { input: { decisionId: RISK_ANALYSES, expectedVersion: before.decision.version, text: 'x' } }, { token });
    const status = await samverkan.query(
      STATUS,
      { input: { decisionId: RISK_ANALYSES, expectedVersion: before.decision.version, status: 'IN_PROGRESS', note: 'x' } },
      { token },
    );
    for (const result of [note, status]) {
      expect(Object.values(result.data ?? {})).toEqual([null]);
      expect(result.errors?.[0].extensions?.code).toBe(code);
    }
    expect(await state(RISK_ANALYSES)).toEqual(before);
  });

  it('lets the secretariat add a note and move the status, author defaulting to its own huvudman, and audits both', async () => {
    const token = await secretariat();
    const { decision } = await state(RISK_ANALYSES);
    const noted = await samverkan.query<{ addDecisionNote: { version: number; notes: unknown[] } }>(
      NOTE,
      { input: { decisionId: RISK_ANALYSES, expectedVersion: decision.version, text: 'Inventering påbörjad.', authorHuvudmanId: '1880' } },
      { token },
    );
    expect(noted.errors).toBeUndefined();
    expect(noted.data!.addDecisionNote.notes).toEqual([expect.objectContaining({ text: 'Inventering påbörjad.', authorHuvudman: { id: '1880' } })]);
    const moved = await samverkan.query<{
      changeDecisionStatus: { status: string; version: number; notes: { statusFrom: string | null; statusTo: string | null }[] };
    }>(
      STATUS,
      { input: { decisionId: RISK_ANALYSES, expectedVersion: noted.data!.addDecisionNote.version, status: 'IN_PROGRESS', note: 'Arbetsgrupp tillsatt.' } },
      { token },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.changeDecisionStatus).toMatchObject({ status: 'IN_PROGRESS', version: decision.version + 2 });
    expect(moved.data!.changeDecisionStatus.notes[1]).toMatchObject({ statusFrom: 'DECIDED', statusTo: 'IN_PROGRESS' });
    const [last] = await em().find(DecisionNote, { decisionId: RISK_ANALYSES }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(last).toMatchObject({ authorHuvudmanId: '18', recordedBy: 'sekretariatet' });
    const audited = await em().find(AuditRecord, { operation: { $in: ['Mutation.addDecisionNote', 'Mutation.changeDecisionStatus'] }, outcome: 'succeeded' });
    expect(audited.map((a) => [a.operation, a.huvudman, a.entityIds])).toEqual([
      ['Mutation.addDecisionNote', '18', [RISK_ANALYSES, '1880']],
      ['Mutation.changeDecisionStatus', '18', [RISK_ANALYSES]],
    ]);
  });

  it('refuses through the graph a stale version (CONFLICT), a personnummer and an unknown status, changing nothing', async () => {
    const token = await secretariat();
    const before = await state(RISK_ANALYSES);
    const stale = await samverkan.query(
      NOTE,
      { input: { decisionId: RISK_ANALYSES, expectedVersion: before.decision.version - 1, text: 'Gammal.' } },
      { token },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const identity = await samverkan.query(
      NOTE,
      { input: { decisionId: RISK_ANALYSES, expectedVersion: before.decision.version, text: 'Avser 121212-1212.' } },
      { token },
    );
    expect(identity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(identity.errors?.[0].message).toMatch(/personnummer/);
    const inNote = await samverkan.query(
      STATUS,
      { input: { decisionId: RISK_ANALYSES, expectedVersion: before.decision.version, status: 'DONE', note: 'Avser 121212-1212.' } },
      { token },
    );
    expect(inNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const unknown = await samverkan.query(
      STATUS,
      { input: { decisionId: RISK_ANALYSES, expectedVersion: before.decision.version, status: 'ARCHIVED', note: 'x' } },
      { token },
    );
    expect(unknown.errors?.[0].message).toMatch(/ARCHIVED/);
    expect(await state(RISK_ANALYSES)).toEqual(before);
  });
});

describe('reads', () => {
  it('serves the governance records to an anonymous caller (allmänna handlingar)', async () => {
    const result = await samverkan.query(
      '{ bodies { id } meeting(id: "chefsgrupp-2021-05-28") { attendance { present } } decisions { id notes { text } } agreements { id } }',
    );
    expect(result.errors).toBeUndefined();
  });

  it("counts a decision's age to asOf: null before it was decided, a clear error for a date that is not one", async () => {
    const ages = await samverkan.query<{ decision: { before: number | null; after: number } }>(
      `{ decision(id: "chefsgrupp-2021-05-28-b11") { before: ageInDays(asOf: "2021-05-01") after: ageInDays(asOf: "2022-05-28") } }`,
    );
    expect(ages.data!.decision).toEqual({ before: null, after: 365 });
    const bad = await samverkan.query('{ decision(id: "chefsgrupp-2021-05-28-b11") { ageInDays(asOf: "28 maj 2022") } }');
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'asOf' } });
  });

  it('lists meetings in a date range: after 2021-05-28 only the four planned ones', async () => {
    const result = await samverkan.query<{ meetings: { id: string; status: string; announcedIn: { id: string } }[] }>(
      '{ meetings(bodyId: "chefsgrupp", from: "2021-05-29", to: "2021-12-31") { id status announcedIn { id } } }',
    );
    expect(result.data!.meetings.map((m) => [m.id, m.status, m.announcedIn.id])).toEqual(
      ['2021-09-03', '2021-10-14', '2021-11-12', '2021-12-10'].map((d) => [`chefsgrupp-${d}`, 'PLANNED', 'chefsgrupp-2021-05-28']),
    );
  });

  it('keeps who recorded a note internal: refused anonymously, served to staff and audited', async () => {
    const query = `{ decision(id: "${RISK_ANALYSES}") { notes { recordedBy } } }`;
    const anonymous = await samverkan.query(query);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const token = await mintDevelopmentToken({ huvudman: '1862', roles: [] });
    const staff = await samverkan.query<{ decision: { notes: { recordedBy: string }[] } }>(query, undefined, { token });
    expect(staff.data!.decision.notes.map((n) => n.recordedBy)).toEqual(['sekretariatet', 'sekretariatet']);
    const reads = await em().find(AuditRecord, { operation: 'DecisionNote.recordedBy' });
    expect(reads.map((r) => [r.outcome, r.huvudman])).toEqual([
      ['denied', null],
      ['denied', null],
      ['allowed', '1862'],
      ['allowed', '1862'],
    ]);
  });
});
