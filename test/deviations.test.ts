import type { MikroORM } from '@mikro-orm/core';
import { federationMembers } from '@orebro/gateway/src/members';
import { mintDevelopmentToken, type DevelopmentTokenClaims } from '@orebro/huvudman-auth';
import { DeviationRecord, DeviationResponseRecord } from '@orebro/huvudman-reporting';
import { kommunCodes, REGION_ID } from '@orebro/reference-data';
import { initORM } from '@orebro/subgraph-kit';
import { subgraphDefinition } from '../scripts/subgraph-definitions';
import { example } from './support/examples';
import { useTestFederation, whileStopped, type GraphQLResponse } from './support/test-federation';

/**
 * Issue 16 through the gateway: a deviation in samverkan reported by Kumla in its own instance, answered by the
 * region in its own subgraph, joined and counted across the län; each huvudman's record only in its own database.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- answers are untyped here: checked field by field */
const federation = useTestFederation();
const headers: Record<string, Record<string, string>> = {};
const bearer = async (claims: DevelopmentTokenClaims) => ({ authorization: `Bearer ${await mintDevelopmentToken(claims)}` });

beforeAll(async () => {
  headers.kumlaWriter = await bearer({ huvudman: '1881', roles: ['writer'] });
  headers.orebroWriter = await bearer({ huvudman: '1880', roles: ['writer'] });
  headers.regionWriter = await bearer({ huvudman: REGION_ID, roles: ['writer'] });
  headers.regionStaff = await bearer({ huvudman: REGION_ID });
});

const as =
  (who: string) =>
  (query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<any>> =>
    federation.query(query, variables, headers[who]);

const REPORT = `mutation Report($k: ID!, $input: DeviationInput!) { reportKommunDeviation(kommunCode: $k, input: $input) { deviationId reporterId status version } }`;
const DEVIATION = `query Deviation($id: ID!) { deviation(id: $id) { id reporter { id } process { code name }
  report { reporterId occurredOn processCode concernedHuvudmanIds severity status version description }
  responses { responderId status investigation measures } } }`;
const OVERVIEW = `query Overview($from: String!, $to: String!) { deviationOverview(fromMonth: $from, toMonth: $to) {
  complete missing { id }
  byProcess { process { code } month count }
  byPair { reporter { id } concerned { id } month count }
  responseTimes { huvudman { id } concerning responded closed answered }
  perTenThousand { huvudman { id } reported population perTenThousand } } }`;
const KUMLA_LIST = `{ kommunDeviations(kommunCode: "1881") { deviationId } }`;
const input = (over: Record<string, unknown> = {}) => ({
  occurredOn: '2025-06-10',
  processCode: 'utskrivning',
  description: 'Utskrivningsklar patient kom hem utan att hemsjukvården fått inskrivningsmeddelande.',
  concernedHuvudmanIds: ['18'],
  severity: 'HIGH',
  ...over,
});

let deviationId: string;

describe('a deviation Kumla reports concerning the region', () => {
  it("is stored by Kumla's instance and read through the gateway by the region's staff", async () => {
    const reported = await as('kumlaWriter')(REPORT, { k: '1881', input: input() });
    expect(reported).toHaveNoErrors();
    expect(reported.data.reportKommunDeviation).toMatchObject({ reporterId: '1881', status: 'REPORTED', version: 1 });
    deviationId = reported.data.reportKommunDeviation.deviationId;

    const read = await as('regionStaff')(DEVIATION, { id: deviationId });
    expect(read).toHaveNoErrors();
    expect(read.data.deviation).toEqual({
      id: deviationId,
      reporter: { id: '1881' },
      process: { code: 'utskrivning', name: 'Utskrivning från sluten vård' },
      report: {
        reporterId: '1881',
        occurredOn: '2025-06-10',
        processCode: 'utskrivning',
        concernedHuvudmanIds: ['18'],
        severity: 'HIGH',
        status: 'REPORTED',
        version: 1,
        description: input().description,
      },
      responses: [],
    });
  });

  it("takes the region's investigation in the region's own subgraph, and joins it to the deviation", async () => {
    const RESPOND = `mutation Respond($input: DeviationResponseInput!) { recordRegionDeviationResponse(input: $input) { responderId status version } }`;
    const recorded = await as('regionWriter')(RESPOND, {
      input: { deviationId, investigation: 'Inskrivningsmeddelandet skickades inte; avdelningens rutin följdes inte.' },
    });
    expect(recorded).toHaveNoErrors();
    expect(recorded.data.recordRegionDeviationResponse).toEqual({ responderId: '18', status: 'INVESTIGATING', version: 1 });
    const read = await as('regionStaff')(DEVIATION, { id: deviationId });
    expect(read.data.deviation.responses).toEqual([
      { responderId: '18', status: 'INVESTIGATING', investigation: 'Inskrivningsmeddelandet skickades inte; avdelningens rutin följdes inte.', measures: null },
    ]);
  });

  it('counts it in the län view by process and by pair, with the response and the rate per 10 000 inhabitants', async () => {
    const overview = await as('regionStaff')(OVERVIEW, { from: '2025-06', to: '2025-06' });
    expect(overview).toHaveNoErrors();
    const view = overview.data.deviationOverview;
    expect(view.complete).toBe(true);
    expect(view.missing).toEqual([]);
    expect(view.byProcess).toEqual([{ process: { code: 'utskrivning' }, month: '2025-06', count: 1 }]);
    expect(view.byPair).toEqual([{ reporter: { id: '1881' }, concerned: { id: '18' }, month: '2025-06', count: 1 }]);
    expect(view.responseTimes.find((r: any) => r.huvudman.id === '18')).toEqual({
      huvudman: { id: '18' },
      concerning: 1,
      responded: 1,
      closed: 0,
      answered: true,
    });
    const kumla = view.perTenThousand.find((r: any) => r.huvudman.id === '1881');
    expect(kumla).toEqual({ huvudman: { id: '1881' }, reported: 1, population: 22681, perTenThousand: 0.4 });
    expect(view.perTenThousand.find((r: any) => r.huvudman.id === '18')).toEqual({
      huvudman: { id: '18' },
      reported: 0,
      population: 308375,
      perTenThousand: 0,
    });
  });

  it('refuses a personnummer in the description with a clear error, and Kumla stores nothing', async () => {
    const before = (await as('kumlaWriter')(KUMLA_LIST)).data.kommunDeviations.length;
    const refused = await as('kumlaWriter')(REPORT, { k: '1881', input: input({ description: 'Gäller 19121212-1212, som inte fick sina läkemedel.' }) });
    expect(refused).toHaveErrorCode('BAD_USER_INPUT', { field: 'description' });
    expect(refused.errors![0].message).toMatch(/personnummer or samordningsnummer/);
    expect((await as('kumlaWriter')(KUMLA_LIST)).data.kommunDeviations).toHaveLength(before);
  });

  it('refuses a transition that is not allowed and a stale version, changing nothing', async () => {
    const STATUS = `mutation Status($id: ID!, $s: DeviationStatus!, $v: Int!) { changeKommunDeviationStatus(kommunCode: "1881", deviationId: $id, status: $s, note: "Ändrad", expectedVersion: $v) { status version } }`;
    expect(await as('kumlaWriter')(STATUS, { id: deviationId, s: 'REPORTED', v: 1 })).toHaveErrorCode('BAD_USER_INPUT', { field: 'status' });
    const moved = await as('kumlaWriter')(STATUS, { id: deviationId, s: 'UNDER_INVESTIGATION', v: 1 });
    expect(moved.data.changeKommunDeviationStatus).toEqual({ status: 'UNDER_INVESTIGATION', version: 2 });
    expect(await as('kumlaWriter')(STATUS, { id: deviationId, s: 'CLOSED', v: 1 })).toHaveErrorCode('CONFLICT', { currentVersion: 2 });
    expect((await as('regionStaff')(DEVIATION, { id: deviationId })).data.deviation.report).toMatchObject({ status: 'UNDER_INVESTIGATION', version: 2 });
  });

  it("refuses a kommun writer reporting on another kommun's instance, and the region's writer too", async () => {
    const before = (await as('kumlaWriter')(KUMLA_LIST)).data.kommunDeviations.length;
    expect(await as('orebroWriter')(REPORT, { k: '1881', input: input({ concernedHuvudmanIds: ['18'] }) })).toHaveErrorCode('FORBIDDEN');
    expect(await as('regionWriter')(REPORT, { k: '1881', input: input() })).toHaveErrorCode('FORBIDDEN');
    expect((await as('kumlaWriter')(KUMLA_LIST)).data.kommunDeviations).toHaveLength(before);
  });

  it('is internal: an anonymous caller gets neither the deviation nor the view', async () => {
    expect(await federation.query(DEVIATION, { id: deviationId })).toHaveErrorCode('UNAUTHENTICATED');
    expect(await federation.query(OVERVIEW, { from: '2025-06', to: '2025-06' })).toHaveErrorCode('UNAUTHENTICATED');
  });

  it("leaves every huvudman's records in its own database only: the report at Kumla, the response at the region", async () => {
    const owners = [
      { instance: 'region', owner: REGION_ID, member: federationMembers.find((m) => m.name === 'region')! },
      ...kommunCodes.map((code) => ({ instance: `kommun-${code}`, owner: code, member: federationMembers.find((m) => m.name === 'kommun')! })),
    ];
    const holders: Record<string, string[]> = {};
    for (const { instance, owner, member } of owners) {
      let orm: MikroORM | undefined;
      try {
        orm = await initORM(subgraphDefinition(member, owner), federation.databaseOf(instance));
        const em = orm.em.fork();
        const reports = await em.find(DeviationRecord, {});
        const responses = await em.find(DeviationResponseRecord, {});
        expect(reports.filter((r) => r.reporterId !== owner)).toEqual([]);
        expect(responses.filter((r) => r.responderId !== owner)).toEqual([]);
        if (reports.some((r) => r.id === deviationId)) (holders.report ??= []).push(owner);
        if (responses.some((r) => r.deviationId === deviationId)) (holders.response ??= []).push(owner);
      } finally {
        await orm?.close();
      }
    }
    expect(holders).toEqual({ report: ['1881'], response: ['18'] });
    // Samverkan joins and counts, and stores neither.
    const samverkan = subgraphDefinition(federationMembers.find((m) => m.name === 'samverkan')!);
    expect(samverkan.entities.map((e) => e.meta.className)).not.toEqual(expect.arrayContaining(['DeviationRecord']));
    expect(samverkan.entities.map((e) => e.meta.className)).not.toEqual(expect.arrayContaining(['DeviationResponseRecord']));
  });
});

describe('the examples (Exempeldata seeded by each huvudman in its own subgraph)', () => {
  const run = async (name: string): Promise<GraphQLResponse<any>> => {
    const { query, variables, staffOf } = example(name);
    return federation.query(query, variables, await bearer({ huvudman: staffOf! }));
  };

  it("joins the region's example deviation with Örebro kommun's closed response and the risk it shows", async () => {
    const result = await run('deviation');
    expect(result).toHaveNoErrors();
    const deviation = result.data.deviation;
    expect(deviation).toMatchObject({ id: '18-exempel-1', reporter: { id: '18' }, process: { code: 'utskrivning' } });
    expect(deviation.report).toMatchObject({ concernedHuvudmanIds: ['1880', '1881'], isExample: true, source: 'Exempeldata' });
    expect(deviation.responses.map((r: any) => [r.responderId, r.status])).toEqual([['1880', 'CLOSED']]);
    expect(deviation.risks.map((r: any) => [r.number, r.level])).toEqual([[1, 'VERY_HIGH']]);
  });

  it('counts 2024 over all thirteen: 24 kommun deviations concerning the region, half answered, the rest past due', async () => {
    const result = await run('deviation-overview');
    expect(result).toHaveNoErrors();
    const view = result.data.deviationOverview;
    expect(view).toMatchObject({ complete: true, missing: [] });
    expect(view.byProcess.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(27);
    const toRegion = view.byPair.filter((p: any) => p.concerned.id === '18');
    expect(toRegion.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(24);
    expect(view.responseTimes.find((r: any) => r.huvudman.id === '18')).toMatchObject({ concerning: 24, responded: 12, closed: 6, answered: true });
    // Each kommun's second example is unanswered, and six first ones are still being investigated.
    const pastDue = view.openPastDue.filter((r: any) => r.concerned.name === 'Region Örebro län');
    expect(pastDue).toHaveLength(18);
    expect(pastDue.filter((r: any) => r.investigating)).toHaveLength(6);
    expect(view.perTenThousand.find((r: any) => r.huvudman.id === '18')).toMatchObject({ reported: 3, population: 308375, perTenThousand: 0.1 });
  });
});

describe("with Kumla's instance stopped", () => {
  whileStopped(federation, 'kommun-1881');

  it('the län view names Kumla as missing and never counts it as zero', async () => {
    const overview = await as('regionStaff')(OVERVIEW, { from: '2025-06', to: '2025-06' });
    expect(overview).toHaveErrorCode('HUVUDMAN_UNAVAILABLE', { huvudman: '1881' });
    const view = overview.data.deviationOverview;
    expect(view.complete).toBe(false);
    expect(view.missing).toEqual([{ id: '1881' }]);
    expect(view.byProcess).toEqual([]);
    expect(view.perTenThousand.find((r: any) => r.huvudman.id === '1881')).toEqual({
      huvudman: { id: '1881' },
      reported: null,
      population: null,
      perTenThousand: null,
    });
    // The region's rate needs every kommun's population: unknown, not computed from eleven.
    expect(view.perTenThousand.find((r: any) => r.huvudman.id === '18')).toMatchObject({ reported: 0, population: null, perTenThousand: null });
    expect(view.responseTimes.find((r: any) => r.huvudman.id === '1881')).toMatchObject({ responded: null, answered: false });
  });

  it("the deviation's report is unknown while its reporter does not answer, and the error names it", async () => {
    const read = await as('regionStaff')(DEVIATION, { id: deviationId });
    expect(read).toHaveErrorCode('HUVUDMAN_UNAVAILABLE', { huvudman: '1881' });
    expect(read.data.deviation).toMatchObject({ id: deviationId, report: null, process: null });
  });
});
