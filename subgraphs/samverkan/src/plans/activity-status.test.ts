import { mintDevelopmentToken, type Role } from '@orebro/huvudman-auth';
import { AuditRecord, useTestSubgraph } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from '../subgraph';
import { updateActivityStatus } from './activity-status.service';
import { ActivityFollowUp, PlanActivity } from './plan-activity.entity';

const samverkan = useTestSubgraph(() => samverkanSubgraph());
let secretariat: string;

beforeAll(async () => {
  secretariat = await mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'], subject: 'sekretariatet' });
});

const UPDATE = `mutation($input: UpdatePlanActivityStatusInput!) { updatePlanActivityStatus(input: $input) {
  id status version followUps { fromStatus toStatus note recordedBy { name } }
} }`;
const FP = 'fardplan-nara-vard-2023-2026';
const TULLHUSET = `${FP}/2023-samordning-och-partnerskap-1`;

/** What a refused write must leave untouched: the activity's row and its follow-ups. */
async function stored(id: string) {
  const em = samverkan.orm.em.fork();
  const activity = await em.findOneOrFail(PlanActivity, id);
  return { status: activity.status, version: activity.version, followUps: await em.count(ActivityFollowUp, { activityId: id }) };
}

describe('Mutation.updatePlanActivityStatus: who may write', () => {
  it.each([
    ['an anonymous caller', null, 'UNAUTHENTICATED'],
    ['staff of a kommun without the secretariat role', { huvudman: '1880', roles: ['writer'] as Role[] }, 'FORBIDDEN'],
    ['a secretariat token of a body outside the samverkan', { huvudman: '0180', roles: ['secretariat'] as Role[] }, 'FORBIDDEN'],
  ])('refuses %s and changes nothing', async (_label, claims, code) => {
    const before = await stored(TULLHUSET);
    const token = claims ? await mintDevelopmentToken(claims) : undefined;
    const result = await samverkan.query(
      UPDATE,
      { input: { activityId: TULLHUSET, status: 'IN_PROGRESS', note: 'Pilot startad', expectedVersion: 1 } },
      { token },
    );
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await stored(TULLHUSET)).toEqual(before);
  });

  it('lets the secretariat start the Tullhuset pilot, records the note and who wrote it, and audits the write', async () => {
    const input = { activityId: TULLHUSET, status: 'IN_PROGRESS', note: 'Pilotprojektet på Tullhuset har startat.', expectedVersion: 1 };
    const result = await samverkan.query(UPDATE, { input }, { token: secretariat });
    expect(result).toEqual({
      data: {
        updatePlanActivityStatus: {
          id: TULLHUSET,
          status: 'IN_PROGRESS',
          version: 2,
          followUps: [{ fromStatus: 'PLANNED', toStatus: 'IN_PROGRESS', note: input.note, recordedBy: { name: 'Region Örebro län' } }],
        },
      },
    });
    const records = await samverkan.orm.em.fork().find(AuditRecord, { operation: 'Mutation.updatePlanActivityStatus', outcome: 'succeeded' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ subject: 'sekretariatet', huvudman: '18', entityIds: [TULLHUSET] });
  });

  it('records a note without a status change, which still moves the version on', async () => {
    const input = { activityId: TULLHUSET, status: 'IN_PROGRESS', note: 'Utvärdering planerad till hösten.', expectedVersion: 2 };
    const result = await samverkan.query<{ updatePlanActivityStatus: { version: number; followUps: unknown[] } }>(UPDATE, { input }, { token: secretariat });
    expect(result.data!.updatePlanActivityStatus.version).toBe(3);
    expect(result.data!.updatePlanActivityStatus.followUps).toHaveLength(2);
  });
});

describe('Mutation.updatePlanActivityStatus: what is refused', () => {
  const FAMILJECENTRALER = `${FP}/2023-borja-med-barnen-4`; // seeded IN_PROGRESS
  const DONE_ONE = `${FP}/2023-digitalisering-1`;

  beforeAll(async () => {
    const done = await samverkan.query(
      UPDATE,
      { input: { activityId: DONE_ONE, status: 'DONE', note: 'Genomförd.', expectedVersion: 1 } },
      { token: secretariat },
    );
    expect(done.errors).toBeUndefined();
  });

  it.each([
    ['a move back to PLANNED', FAMILJECENTRALER, { status: 'PLANNED' }, 'BAD_USER_INPUT', /from IN_PROGRESS to PLANNED; allowed: DONE, CANCELLED/],
    [
      'a move out of a final status',
      DONE_ONE,
      { status: 'IN_PROGRESS', expectedVersion: 2 },
      'BAD_USER_INPUT',
      /from DONE to IN_PROGRESS; allowed: none \(final\)/,
    ],
    ['a stale version', FAMILJECENTRALER, { status: 'DONE', expectedVersion: 0 }, 'CONFLICT', /changed since you read it \(it is at version 1\)/],
    ['an empty note', FAMILJECENTRALER, { note: '  ' }, 'BAD_USER_INPUT', /needs a note/],
    ['a personnummer in the note', FAMILJECENTRALER, { note: 'Gäller 19121212-1212' }, 'BAD_USER_INPUT', /note contains what looks like a personnummer/],
    ['an unknown activity', `${FP}/nope`, {}, 'NOT_FOUND', /"fardplan-nara-vard-2023-2026\/nope" was not found/],
  ])('refuses %s and changes nothing', async (_label, activityId, change, code, message) => {
    const before = activityId.endsWith('/nope') ? null : await stored(activityId);
    const input = { activityId, status: 'DONE', note: 'Klar.', expectedVersion: 1, ...change };
    const result = await samverkan.query(UPDATE, { input }, { token: secretariat });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(result.errors?.[0].message).toMatch(message);
    if (before) expect(await stored(activityId)).toEqual(before);
  });

  it('refuses a status the schema does not know before any resolver runs', async () => {
    const input = { activityId: FAMILJECENTRALER, status: 'STARTED', note: 'x', expectedVersion: 1 };
    const result = await samverkan.query(UPDATE, { input }, { token: secretariat });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stored(FAMILJECENTRALER)).toEqual({ status: 'IN_PROGRESS', version: 1, followUps: 0 });
  });

  it('refuses an unknown status in the service too (for callers that bypass the schema)', async () => {
    const input = { activityId: FAMILJECENTRALER, status: 'STARTED' as never, note: 'x', expectedVersion: 1 };
    await expect(updateActivityStatus(samverkan.orm.em.fork(), input, '18')).rejects.toThrow('Unknown activity status "STARTED".');
  });

  it('lets only one of two writes based on the same version through', async () => {
    const write = (note: string) =>
      samverkan.query(UPDATE, { input: { activityId: FAMILJECENTRALER, status: 'IN_PROGRESS', note, expectedVersion: 1 } }, { token: secretariat });
    const results = await Promise.all([write('Första'), write('Andra')]);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect(await stored(FAMILJECENTRALER)).toEqual({ status: 'IN_PROGRESS', version: 2, followUps: 1 });
  });
});
