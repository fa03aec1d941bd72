import { findIdentityNumber, useTestSubgraph } from '@orebro/subgraph-kit';
import { Decision, DecisionNote } from './decision.entity';
import { addDecisionNote, changeDecisionStatus, type FollowUpInput } from './decisions.service';
import { DecisionStatuses, DecisionTransitions, type DecisionStatus } from './kinds';
import { samverkanSubgraph } from '../subgraph';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

const TODAY = '2021-09-03';
const em = () => samverkan.orm.em.fork();
/** Tolvan Tolvansson's well-known test personnummer (valid check digit). */
const PERSONNUMMER = '19121212-1212';

/** A fresh decision to move around, as the protocol item "Dagens agenda" records one. */
let seq = 0;
async function freshDecision(status: DecisionStatus): Promise<Decision> {
  const fork = em();
  const base = await fork.findOneOrFail(Decision, { id: 'chefsgrupp-2021-05-28-b01' });
  const { id: _id, version: _version, ...fields } = base;
  const decision = fork.create(Decision, { ...fields, id: `test-${++seq}`, proposalId: null, status, decidedOn: status === 'PROPOSED' ? null : base.raisedOn });
  await fork.flush();
  return decision;
}

const input = (decision: Decision, extra: Partial<FollowUpInput> = {}): FollowUpInput => ({
  decisionId: decision.id,
  expectedVersion: decision.version,
  text: 'Uppföljning i Chefsgruppen.',
  authorHuvudmanId: '18',
  recordedBy: 'dev-18',
  ...extra,
});

/** What a refused write must leave untouched. */
async function snapshot(id: string) {
  const fork = em();
  return { decision: { ...(await fork.findOneOrFail(Decision, id)) }, notes: await fork.count(DecisionNote, { decisionId: id }) };
}

describe('changeDecisionStatus', () => {
  const cases = DecisionStatuses.flatMap((from) => DecisionStatuses.map((to) => [from, to, DecisionTransitions[from].includes(to)] as const));

  it.each(cases)('from %s to %s: allowed %s', async (from, to, allowed) => {
    const decision = await freshDecision(from);
    const before = await snapshot(decision.id);
    const change = changeDecisionStatus(em(), { ...input(decision), status: to }, TODAY);
    if (allowed) {
      const changed = await change;
      expect(changed).toMatchObject({ status: to, version: decision.version + 1, lastNoteOn: TODAY });
      const [note] = await em().find(DecisionNote, { decisionId: decision.id });
      expect(note).toMatchObject({ statusFrom: from, statusTo: to, date: TODAY, authorHuvudmanId: '18', recordedBy: 'dev-18' });
      if (from === 'PROPOSED' && to === 'DECIDED') expect(changed.decidedOn).toBe(TODAY);
    } else {
      await expect(change).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'status' } });
      expect(await snapshot(decision.id)).toEqual(before);
    }
  });

  it('names DONE and CANCELLED as final', async () => {
    const done = await freshDecision('DONE');
    await expect(changeDecisionStatus(em(), { ...input(done), status: 'IN_PROGRESS' }, TODAY)).rejects.toThrow(
      /cannot go from DONE to IN_PROGRESS; allowed: none \(final\)\./,
    );
  });

  it('refuses an unknown status, naming the allowed ones', async () => {
    const decision = await freshDecision('DECIDED');
    const before = await snapshot(decision.id);
    await expect(changeDecisionStatus(em(), { ...input(decision), status: 'ARCHIVED' }, TODAY)).rejects.toThrow(
      /status must be one of PROPOSED, DECIDED, .*; got "ARCHIVED"/,
    );
    expect(await snapshot(decision.id)).toEqual(before);
  });

  it('moves a decision along DECIDED → IN_PROGRESS → DONE, each step on the version it read', async () => {
    const decision = await freshDecision('DECIDED');
    const started = await changeDecisionStatus(em(), { ...input(decision), status: 'IN_PROGRESS', date: '2021-09-01' }, TODAY);
    const done = await changeDecisionStatus(em(), { ...input(started), status: 'DONE', text: 'Inventeringen klar.' }, TODAY);
    expect([started.version, done.version]).toEqual([decision.version + 1, decision.version + 2]);
    const notes = await em().find(DecisionNote, { decisionId: decision.id }, { orderBy: { id: 'asc' } });
    expect(notes.map((n) => [n.date, n.statusFrom, n.statusTo])).toEqual([
      ['2021-09-01', 'DECIDED', 'IN_PROGRESS'],
      [TODAY, 'IN_PROGRESS', 'DONE'],
    ]);
  });
});

describe('addDecisionNote', () => {
  it('adds a note on the version read, and a second writer on the same version is refused with CONFLICT', async () => {
    const decision = await freshDecision('DECIDED');
    const first = await addDecisionNote(em(), input(decision, { text: 'Arbetsgrupp utsedd.', authorHuvudmanId: '1880' }), TODAY);
    expect(first.version).toBe(decision.version + 1);
    const before = await snapshot(decision.id);
    await expect(addDecisionNote(em(), input(decision, { text: 'Skriven på gammal version.' }), TODAY)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect(await snapshot(decision.id)).toEqual(before);
    expect((await em().find(DecisionNote, { decisionId: decision.id })).map((n) => [n.text, n.authorHuvudmanId, n.statusTo])).toEqual([
      ['Arbetsgrupp utsedd.', '1880', null],
    ]);
  });

  it('lets only one of two racing writers on the same version win', async () => {
    const decision = await freshDecision('DECIDED');
    const results = await Promise.allSettled([
      addDecisionNote(em(), input(decision, { text: 'A' }), TODAY),
      changeDecisionStatus(em(), { ...input(decision, { text: 'B' }), status: 'CANCELLED' }, TODAY),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await em().count(DecisionNote, { decisionId: decision.id })).toBe(1);
    expect((await em().findOneOrFail(Decision, decision.id)).version).toBe(decision.version + 1);
  });

  it.each([
    ['a personnummer in the text', { text: `Gäller patient ${PERSONNUMMER}.` }, 'BAD_USER_INPUT', /personnummer or samordningsnummer/],
    // The tester's stored forms: groups of four, a dash inside the date, pairs, Arabic-Indic digits.
    ['a personnummer in groups of four', { text: 'Patient 1912 1212 1212 ringde' }, 'BAD_USER_INPUT', /personnummer or samordningsnummer/],
    ['a personnummer with a dash inside the date', { text: '1912-12-12-1212' }, 'BAD_USER_INPUT', /personnummer or samordningsnummer/],
    ['a personnummer in pairs', { text: '12-12-12-1212' }, 'BAD_USER_INPUT', /personnummer or samordningsnummer/],
    [
      'a personnummer in Arabic-Indic digits',
      { text: '\u0661\u0669\u0661\u0662\u0661\u0662\u0661\u0662-\u0661\u0662\u0661\u0662' },
      'BAD_USER_INPUT',
      /personnummer/,
    ],
    ['an empty text', { text: '  ' }, 'BAD_USER_INPUT', /text must not be empty/],
    ['a date in the future', { date: '2021-09-04' }, 'BAD_USER_INPUT', /in the future/],
    ['a date before the decision was raised', { date: '2021-05-27' }, 'BAD_USER_INPUT', /before the decision was raised/],
    ['a date that is not a calendar date', { date: '2021-02-30' }, 'BAD_USER_INPUT', /calendar date/],
    ['an unknown author huvudman', { authorHuvudmanId: '0180' }, 'BAD_USER_INPUT', /Unknown huvudman "0180"/],
    ['an unknown decision', { decisionId: 'chefsgrupp-1999-01-01-b01' }, 'NOT_FOUND', /was not found/],
  ])('refuses %s and changes nothing', async (_label, extra, code, message) => {
    const decision = await freshDecision('DECIDED');
    const before = await snapshot(decision.id);
    const attempt = addDecisionNote(em(), input(decision, extra), TODAY);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ extensions: { code } });
    expect(await snapshot(decision.id)).toEqual(before);
  });

  it('uses a personnummer the guard recognises (so the refusal above is about the number)', () => {
    expect(findIdentityNumber(PERSONNUMMER)).toBeDefined();
  });
});
