import { mintDevelopmentToken, type Role } from '@orebro/huvudman-auth';
import { AuditRecord, useTestSubgraph } from '@orebro/subgraph-kit';
import { regionSubgraph } from '../subgraph';
import { updateAssignmentStatus } from './assignment-status.service';
import { BoardAssignment, BoardAssignmentStatusChange } from './board-assignment.entity';

const region = useTestSubgraph(() => regionSubgraph());
let regionWriter: string;

beforeAll(async () => {
  regionWriter = await mintDevelopmentToken({ huvudman: '18', roles: ['writer'], subject: 'hsf-kansli' });
});

const UPDATE = `mutation($input: UpdateBoardAssignmentStatusInput!) { updateBoardAssignmentStatus(input: $input) {
  number status version statusChanges { fromStatus toStatus note }
} }`;
const UPPDRAG_12 = 'hsn-verksamhetsplan-2024/uppdrag-12';
const UPPDRAG_17 = 'hsn-verksamhetsplan-2024/uppdrag-17'; // seeded IN_PROGRESS

async function stored(id: string) {
  const em = region.orm.em.fork();
  const a = await em.findOneOrFail(BoardAssignment, id);
  return { status: a.status, version: a.version, changes: await em.count(BoardAssignmentStatusChange, { assignmentId: id }) };
}

describe('Mutation.updateBoardAssignmentStatus', () => {
  it.each([
    ['an anonymous caller', null, 'UNAUTHENTICATED'],
    ['region staff without the writer role', { huvudman: '18', roles: ['secretariat'] as Role[] }, 'FORBIDDEN'],
    ['a writer of a kommun', { huvudman: '1880', roles: ['writer'] as Role[] }, 'FORBIDDEN'],
  ])('refuses %s and changes nothing', async (_label, claims, code) => {
    const before = await stored(UPPDRAG_12);
    const token = claims ? await mintDevelopmentToken(claims) : undefined;
    const result = await region.query(UPDATE, { input: { assignmentId: UPPDRAG_12, status: 'IN_PROGRESS', note: 'Startat', expectedVersion: 1 } }, { token });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await stored(UPPDRAG_12)).toEqual(before);
  });

  it('lets a region writer report on uppdrag 12, keeps the report and audits it', async () => {
    const note = 'Beredningen för närsjukvård fick färdplanens årsrapport i mars.';
    const result = await region.query(
      UPDATE,
      { input: { assignmentId: UPPDRAG_12, status: 'IN_PROGRESS', note, expectedVersion: 1 } },
      { token: regionWriter },
    );
    expect(result).toEqual({
      data: {
        updateBoardAssignmentStatus: {
          number: 12,
          status: 'IN_PROGRESS',
          version: 2,
          statusChanges: [{ fromStatus: 'ASSIGNED', toStatus: 'IN_PROGRESS', note }],
        },
      },
    });
    const records = await region.orm.em.fork().find(AuditRecord, { operation: 'Mutation.updateBoardAssignmentStatus', outcome: 'succeeded' });
    expect(records.map((r) => [r.subject, r.huvudman, r.entityIds])).toEqual([['hsf-kansli', '18', [UPPDRAG_12]]]);
  });

  it.each([
    ['a move back to ASSIGNED', { status: 'ASSIGNED' }, 'BAD_USER_INPUT', /from IN_PROGRESS to ASSIGNED; allowed: DONE, CANCELLED/],
    ['a stale version', { expectedVersion: 0 }, 'CONFLICT', /changed since you read it \(it is at version 1\)/],
    ['a personnummer in the note', { note: 'Patient 121212-1212 väntar' }, 'BAD_USER_INPUT', /note contains what looks like a personnummer/],
    ['a status the schema does not know', { status: 'GIVEN' }, 'BAD_USER_INPUT', /GIVEN/],
  ])('refuses %s and changes nothing', async (_label, change, code, message) => {
    const before = await stored(UPPDRAG_17);
    const input = { assignmentId: UPPDRAG_17, status: 'DONE', note: 'Klart.', expectedVersion: 1, ...change };
    const result = await region.query(UPDATE, { input }, { token: regionWriter });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(result.errors?.[0].message).toMatch(message);
    expect(await stored(UPPDRAG_17)).toEqual(before);
  });

  it('refuses an unknown status in the service too (for callers that bypass the schema)', async () => {
    const input = { assignmentId: UPPDRAG_17, status: 'GIVEN' as never, note: 'x', expectedVersion: 1 };
    await expect(updateAssignmentStatus(region.orm.em.fork(), input)).rejects.toThrow('Unknown uppdrag status "GIVEN".');
  });

  it('refuses an unknown uppdrag with NOT_FOUND', async () => {
    const input = { assignmentId: 'hsn-verksamhetsplan-2024/uppdrag-20', status: 'DONE', note: 'x', expectedVersion: 1 };
    const result = await region.query(UPDATE, { input }, { token: regionWriter });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('closes uppdrag 17 and then keeps it closed', async () => {
    const done = await region.query(
      UPDATE,
      { input: { assignmentId: UPPDRAG_17, status: 'DONE', note: 'Återrapporterat till nämnden.', expectedVersion: 1 } },
      { token: regionWriter },
    );
    expect(done.errors).toBeUndefined();
    const reopen = await region.query(
      UPDATE,
      { input: { assignmentId: UPPDRAG_17, status: 'IN_PROGRESS', note: 'Igen', expectedVersion: 2 } },
      { token: regionWriter },
    );
    expect(reopen.errors?.[0].message).toMatch(/from DONE to IN_PROGRESS; allowed: none \(final\)/);
    expect(await stored(UPPDRAG_17)).toEqual({ status: 'DONE', version: 2, changes: 1 });
  });
});
