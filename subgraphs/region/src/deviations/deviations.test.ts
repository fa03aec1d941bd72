import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { DeviationRecord } from '@orebro/huvudman-reporting';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { regionSubgraph } from '../subgraph';

// The rules of a deviation are tested once, in the kommun's instance (kommun/src/deviations); here: that the
// region's own fields reach the same implementation, with the region's guard and single (not list) fields.
const region = useTestSubgraph(() => regionSubgraph());
let writer: string;
let staff: string;
let kommunWriter: string;

beforeAll(async () => {
  writer = await mintDevelopmentToken({ huvudman: '18', roles: ['writer'] });
  staff = await mintDevelopmentToken({ huvudman: '18' });
  kommunWriter = await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] });
});

const REPORT = `mutation($input: DeviationInput!) { reportRegionDeviation(input: $input) { deviationId reporterId status version } }`;
const STATUS = `mutation($id: ID!, $v: Int!) { changeRegionDeviationStatus(deviationId: $id, status: UNDER_INVESTIGATION, note: "Utredning startad", expectedVersion: $v) { status version } }`;
const input = {
  occurredOn: '2025-03-04',
  processCode: 'utskrivning',
  description: 'Läkemedelslista saknades vid hemgång.',
  concernedHuvudmanIds: ['1881'],
  severity: 'LOW',
};

describe("deviations in the region's own subgraph", () => {
  it('reports, lists and moves a deviation for the region, for its writers only', async () => {
    const refused = await region.query(REPORT, { input }, { token: kommunWriter });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reported = await region.query(REPORT, { input }, { token: writer });
    expect(reported.data?.reportRegionDeviation).toMatchObject({ reporterId: '18', status: 'REPORTED', version: 1 });
    const id = (reported.data!.reportRegionDeviation as { deviationId: string }).deviationId;
    expect(id).toMatch(/^18-/);
    const moved = await region.query(STATUS, { id, v: 1 }, { token: writer });
    expect(moved.data?.changeRegionDeviationStatus).toEqual({ status: 'UNDER_INVESTIGATION', version: 2 });
    const listed = await region.query(`{ regionDeviations(status: UNDER_INVESTIGATION) { deviationId } }`, {}, { token: staff });
    expect(listed.data?.regionDeviations).toEqual([{ deviationId: id }]);
    expect((await region.orm.em.fork().findOneOrFail(DeviationRecord, id)).reporterId).toBe('18');
  });

  it("records and closes the region's response to a kommun's deviation", async () => {
    const RESPOND = `mutation { recordRegionDeviationResponse(input: { deviationId: "1885-abc", investigation: "Utredd med vårdcentralen." }) { responderId status version } }`;
    const CLOSE = `mutation { closeRegionDeviationResponse(deviationId: "1885-abc", measures: "Rutinen förtydligad.", expectedVersion: 1) { status version } }`;
    expect((await region.query(RESPOND, {}, { token: writer })).data?.recordRegionDeviationResponse).toEqual({
      responderId: '18',
      status: 'INVESTIGATING',
      version: 1,
    });
    expect((await region.query(CLOSE, {}, { token: writer })).data?.closeRegionDeviationResponse).toEqual({ status: 'CLOSED', version: 2 });
  });

  it('joins its own records to Deviation and DeviationOverview as single values, not lists', async () => {
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Deviation { id regionReport { reporterId } regionResponse { responderId } }
      ... on DeviationOverview { regionDeviationPart { huvudmanId withheld population } } } }`;
    const r = [
      { __typename: 'Deviation', id: '18-exempel-1' },
      { __typename: 'Deviation', id: '1881-nothing-here' },
      { __typename: 'DeviationOverview', fromMonth: '2024-01', toMonth: '2024-12' },
    ];
    const result = await region.query(ENTITIES, { r }, { token: staff });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: '18-exempel-1', regionReport: { reporterId: '18' }, regionResponse: null },
      { id: '1881-nothing-here', regionReport: null, regionResponse: null },
      { regionDeviationPart: { huvudmanId: '18', withheld: false, population: null } },
    ]);
  });
});
