import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { DeviationRecord, DeviationResponseRecord, DeviationStatusChange } from '@orebro/huvudman-reporting';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { kommunSubgraph } from '../subgraph';

const kumla = useTestSubgraph(() => kommunSubgraph('1881'));
let writer: string;
let staff: string;
let orebroWriter: string;

beforeAll(async () => {
  writer = await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] });
  staff = await mintDevelopmentToken({ huvudman: '1881' });
  orebroWriter = await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'] });
});

const REPORT = `mutation($k: ID!, $input: DeviationInput!, $key: String) { reportKommunDeviation(kommunCode: $k, input: $input, idempotencyKey: $key) {
  deviationId reporterId occurredOn processCode processVersion description concernedHuvudmanIds severity status responseDueOn version isExample } }`;
const STATUS = `mutation($id: ID!, $s: DeviationStatus!, $v: Int!) { changeKommunDeviationStatus(kommunCode: "1881", deviationId: $id, status: $s, note: "Utredning startad", expectedVersion: $v) { status version } }`;
const input = (over: Record<string, unknown> = {}) => ({
  occurredOn: '2025-03-04',
  processCode: 'utskrivning',
  description: 'Inskrivningsmeddelande saknades vid hemgång.',
  concernedHuvudmanIds: ['18'],
  severity: 'MODERATE',
  ...over,
});
const counts = async () => {
  const em = kumla.orm.em.fork();
  return [await em.count(DeviationRecord), await em.count(DeviationResponseRecord), await em.count(DeviationStatusChange)];
};

describe("deviations in Kumla's own instance", () => {
  it('reports a deviation concerning the region in its own database, with the process version in force that day', async () => {
    const result = await kumla.query(REPORT, { k: '1881', input: input() }, { token: writer });
    expect(result.errors).toBeUndefined();
    expect(result.data?.reportKommunDeviation).toMatchObject({
      reporterId: '1881',
      processCode: 'utskrivning',
      processVersion: 1,
      concernedHuvudmanIds: ['18'],
      status: 'REPORTED',
      version: 1,
      isExample: false,
    });
    const { deviationId } = result.data!.reportKommunDeviation as { deviationId: string };
    expect(deviationId).toMatch(/^1881-[0-9a-f-]{36}$/);
    const stored = await kumla.orm.em.fork().findOneOrFail(DeviationRecord, deviationId);
    expect(stored.reporterId).toBe('1881');
  });

  it('refuses a personnummer in the description, naming the field, and stores nothing', async () => {
    const before = await counts();
    const result = await kumla.query(REPORT, { k: '1881', input: input({ description: 'Patienten 19121212-1212 fick fel läkemedel.' }) }, { token: writer });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'description' } });
    expect(result.errors?.[0].message).toMatch(/personnummer/);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ processCode: 'okand-process' }, 'processCode'],
    [{ processVersion: 7 }, 'processVersion'],
    [{ occurredOn: '2021-12-31' }, 'occurredOn'],
    [{ occurredOn: '2999-01-01' }, 'occurredOn'],
    [{ concernedHuvudmanIds: [] }, 'concernedHuvudmanIds'],
    [{ concernedHuvudmanIds: ['1881'] }, 'concernedHuvudmanIds'],
    [{ concernedHuvudmanIds: ['0180'] }, 'concernedHuvudmanIds'],
    [{ severity: 'HUGE' }, 'severity'],
    [{ responseDueOn: '2020-01-01' }, 'responseDueOn'],
  ])('refuses %j (field %s) and stores nothing', async (over, field) => {
    const before = await counts();
    const result = await kumla.query(REPORT, { k: '1881', input: input(over) }, { token: writer });
    expect(result.errors?.[0].extensions).toMatchObject({ code: field === 'severity' ? expect.any(String) : 'BAD_USER_INPUT' });
    if (field !== 'severity') expect(result.errors?.[0].extensions?.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it("refuses another kommun's writer, staff without the writer role, and a write naming another kommun", async () => {
    const before = await counts();
    expect((await kumla.query(REPORT, { k: '1881', input: input() }, { token: orebroWriter })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await kumla.query(REPORT, { k: '1881', input: input() }, { token: staff })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await kumla.query(REPORT, { k: '1880', input: input() }, { token: orebroWriter })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'kommunCode',
    });
    expect(await counts()).toEqual(before);
  });

  it('moves a status only by an allowed transition and the version read', async () => {
    const created = await kumla.query(REPORT, { k: '1881', input: input() }, { token: writer });
    const id = (created.data!.reportKommunDeviation as { deviationId: string }).deviationId;
    const moved = await kumla.query(STATUS, { id, s: 'UNDER_INVESTIGATION', v: 1 }, { token: writer });
    expect(moved.data?.changeKommunDeviationStatus).toEqual({ status: 'UNDER_INVESTIGATION', version: 2 });
    const stale = await kumla.query(STATUS, { id, s: 'CLOSED', v: 1 }, { token: writer });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const back = await kumla.query(STATUS, { id, s: 'REPORTED', v: 2 }, { token: writer });
    expect(back.errors?.[0].message).toBe('A deviation cannot go from UNDER_INVESTIGATION to REPORTED; allowed: CLOSED, WITHDRAWN.');
    expect(await kumla.orm.em.fork().count(DeviationStatusChange, { deviationId: id })).toBe(1);
  });

  it('is idempotent with a key: the retry answers the first deviation, another input with the key is refused', async () => {
    const first = await kumla.query(REPORT, { k: '1881', input: input(), key: 'retry-1' }, { token: writer });
    const again = await kumla.query(REPORT, { k: '1881', input: input(), key: 'retry-1' }, { token: writer });
    expect(again.data).toEqual(first.data);
    const other = await kumla.query(REPORT, { k: '1881', input: input({ severity: 'HIGH' }), key: 'retry-1' }, { token: writer });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
  });

  it("records Kumla's response to the region's deviation in its own database, and refuses one to its own", async () => {
    const RESPOND = `mutation($input: DeviationResponseInput!, $v: Int) { recordKommunDeviationResponse(kommunCode: "1881", input: $input, expectedVersion: $v) { deviationId responderId status version } }`;
    const CLOSE = `mutation($id: ID!, $v: Int!) { closeKommunDeviationResponse(kommunCode: "1881", deviationId: $id, measures: "Rutinen förtydligad.", expectedVersion: $v) { status closedOn version } }`;
    const response = await kumla.query(RESPOND, { input: { deviationId: '18-abc', investigation: 'Utredd med hemtjänsten.' } }, { token: writer });
    expect(response.data?.recordKommunDeviationResponse).toEqual({ deviationId: '18-abc', responderId: '1881', status: 'INVESTIGATING', version: 1 });
    const twice = await kumla.query(RESPOND, { input: { deviationId: '18-abc', investigation: 'Igen.' } }, { token: writer });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const closed = await kumla.query(CLOSE, { id: '18-abc', v: 1 }, { token: writer });
    expect(closed.data?.closeKommunDeviationResponse).toMatchObject({ status: 'CLOSED', version: 2 });
    const reopen = await kumla.query(CLOSE, { id: '18-abc', v: 2 }, { token: writer });
    expect(reopen.errors?.[0].message).toBe('A response cannot go from CLOSED to CLOSED; allowed: none (final).');
    const own = await kumla.query(RESPOND, { input: { deviationId: '1881-exempel-1', investigation: 'x y' } }, { token: writer });
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deviationId' });
    const bad = await kumla.query(RESPOND, { input: { deviationId: 'nonsense', investigation: 'x y' } }, { token: writer });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deviationId' });
  });

  it('joins its own records to the Deviation entity as lists, and only for staff', async () => {
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Deviation { id kommunReports { reporterId isExample source } kommunResponses { responderId } } } }`;
    const r = [
      { __typename: 'Deviation', id: '1881-exempel-1' },
      { __typename: 'Deviation', id: '18-exempel-9' },
    ];
    const result = await kumla.query(ENTITIES, { r }, { token: staff });
    expect(result.data?._entities).toEqual([
      { id: '1881-exempel-1', kommunReports: [{ reporterId: '1881', isExample: true, source: 'Exempeldata' }], kommunResponses: [] },
      { id: '18-exempel-9', kommunReports: [], kommunResponses: [] },
    ]);
    const anonymous = await kumla.query(ENTITIES, { r: r.slice(0, 1) });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
