import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { useTestSubgraph, type TestSubgraph } from '@orebro/subgraph-kit';
import { kommunSubgraph } from '../subgraph';
import { ContributionActivity, ContributionCost, ContributionStaff, reportContribution } from '@orebro/huvudman-reporting';

const kumla = useTestSubgraph(() => kommunSubgraph('1881'));
const lindesberg = useTestSubgraph(() => kommunSubgraph('1885'));
let kumlaWriter: string;

beforeAll(async () => {
  kumlaWriter = await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] });
});

const CONTRIBUTIONS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { id kommunContributions {
  huvudmanId reportedYears staff { role fte startsOn } costs { year amountSek isExample } activity { month measure patientHomeKommunCode count } } } } }`;
const ref = (id: string) => ({ __typename: 'CoOwnedService', id });
const rowsIn = async (instance: TestSubgraph) => {
  const em = instance.orm.em.fork();
  return [await em.count(ContributionStaff), await em.count(ContributionCost), await em.count(ContributionActivity)];
};

describe("a kommun instance's own contributions (Kumla, 1881)", () => {
  it('reports its staff, costs and activity in the hemtagningsteam as one list item, its own', async () => {
    const staff = await mintDevelopmentToken({ huvudman: '1885' });
    const result = await kumla.query(CONTRIBUTIONS, { r: [ref('hemtagningsteam-kumla')] }, { token: staff });
    expect(result).toEqual({
      data: {
        _entities: [
          {
            id: 'hemtagningsteam-kumla',
            kommunContributions: [
              {
                huvudmanId: '1881',
                reportedYears: [2023, 2024],
                staff: [
                  { role: 'Sjuksköterska', fte: 1, startsOn: '2023-01-01' },
                  { role: 'Undersköterska', fte: 3, startsOn: '2023-01-01' },
                ],
                costs: [
                  { year: 2023, amountSek: 2_700_000, isExample: true },
                  { year: 2024, amountSek: 2_850_000, isExample: true },
                ],
                activity: [96, 104, 91].map((count, i) => ({ month: `2024-0${i + 1}`, measure: 'VISITS', patientHomeKommunCode: '1881', count })),
              },
            ],
          },
        ],
      },
    });
  });

  it('answers every reference with an object and an empty list for services it does not own', async () => {
    const result = await kumla.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { id kommunContributions { huvudmanId } } } }',
      {
        r: [ref('mobilt-narsjukvardsteam-orebro'), ref('tullhuset'), ref('finns-inte'), ref('dietist-direkt')],
      },
    );
    expect(result.data).toEqual({
      _entities: [
        { id: 'mobilt-narsjukvardsteam-orebro', kommunContributions: [] },
        { id: 'tullhuset', kommunContributions: [] },
        { id: 'finns-inte', kommunContributions: [] },
        { id: 'dietist-direkt', kommunContributions: [{ huvudmanId: '1881' }] },
      ],
    });
  });

  it('seeds example figures scaled by its population for a län-wide service (Kumla: 22 681 × 2.6 kr)', async () => {
    const staff = await mintDevelopmentToken({ huvudman: '1881' });
    const result = await kumla.query<{ _entities: { kommunContributions: { costs: { year: number; amountSek: number }[] }[] }[] }>(
      CONTRIBUTIONS,
      { r: [ref('dietist-direkt')] },
      { token: staff },
    );
    expect(result.data!._entities[0].kommunContributions[0].costs.map((c) => [c.year, c.amountSek])).toEqual([
      [2023, 56_703], // 22 681 × 2.5 = 56 702.5, rounded
      [2024, 58_971], // 22 681 × 2.6 = 58 970.6, rounded
    ]);
  });

  it('keeps the figures internal: anonymous callers get the reported years only', async () => {
    const figures = await kumla.query(CONTRIBUTIONS, { r: [ref('hemtagningsteam-kumla')] });
    expect(figures.errors?.[0]).toMatchObject({ path: ['_entities', 0, 'kommunContributions', 0, 'staff'], extensions: { code: 'UNAUTHENTICATED' } });
    const years = await kumla.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { kommunContributions { huvudmanId reportedYears } } } }',
      {
        r: [ref('hemtagningsteam-kumla')],
      },
    );
    expect(years).toEqual({ data: { _entities: [{ kommunContributions: [{ huvudmanId: '1881', reportedYears: [2023, 2024] }] }] } });
  });

  it('withholds the figures `balance` needs from an anonymous caller without an error, and gives them to staff', async () => {
    const FIGURES =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { kommunBalanceFigures { huvudmanId withheld staff { fte } costs { year } } } } }';
    const refs = { r: [ref('hemtagningsteam-kumla'), ref('finns-inte')] };
    expect(await kumla.query(FIGURES, refs)).toEqual({
      data: { _entities: [{ kommunBalanceFigures: [{ huvudmanId: '1881', withheld: true, staff: [], costs: [] }] }, { kommunBalanceFigures: [] }] },
    });
    const staff = await kumla.query<{ _entities: { kommunBalanceFigures: { withheld: boolean; costs: { year: number }[] }[] }[] }>(FIGURES, refs, {
      token: kumlaWriter,
    });
    expect(staff.errors).toBeUndefined();
    expect(staff.data!._entities[0].kommunBalanceFigures).toEqual([
      { huvudmanId: '1881', withheld: false, staff: [{ fte: 1 }, { fte: 3 }], costs: [{ year: 2023 }, { year: 2024 }] },
    ]);
  });

  it('reads its contributions to many services with one query per table', async () => {
    kumla.takeQueries();
    const ids = [
      'hemtagningsteam-kumla',
      'dietist-direkt',
      'familjecentraler',
      'sammanhallen-hemrehabilitering',
      'tullhuset',
      'mobilt-narsjukvardsteam-orebro',
    ];
    const result = await kumla.query(CONTRIBUTIONS, { r: ids.map(ref) }, { token: kumlaWriter });
    expect(result.errors).toBeUndefined();
    // Which services it reported on and for which years (one union over the three tables), then each table's rows.
    expect(kumla.takeQueries().filter((q) => q.startsWith('select'))).toHaveLength(4);
  });

  it('answers the public view (has it reported, for which years) with one query for many services', async () => {
    kumla.takeQueries();
    const ids = ['hemtagningsteam-kumla', 'dietist-direkt', 'familjecentraler', 'tullhuset', 'finns-inte'];
    const result = await kumla.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { kommunContributions { reportedYears } } } }',
      {
        r: ids.map(ref),
      },
    );
    expect(result.errors).toBeUndefined();
    const selects = kumla.takeQueries().filter((q) => q.startsWith('select'));
    expect(selects).toHaveLength(1);
    expect(selects[0]).toMatch(/contribution_cost.* union .*contribution_activity.* union .*contribution_staff/);
  });

  it('counts a report of staff alone as reported, without years, and activity months as their years', async () => {
    const years = async (serviceId: string) =>
      (
        await lindesberg.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { kommunContributions { reportedYears } } } }', {
          r: [ref(serviceId)],
        })
      ).data;
    const lindesbergWriter = await mintDevelopmentToken({ huvudman: '1885', roles: ['writer'] });
    const report = (input: Record<string, unknown>) =>
      lindesberg.query(
        'mutation($input: ServiceContributionInput!) { reportKommunContribution(kommunCode: "1885", input: $input) { huvudmanId } }',
        {
          input: { source: 'Test', isExample: true, ...input },
        },
        { token: lindesbergWriter },
      );
    expect(await years('staff-only-test')).toEqual({ _entities: [{ kommunContributions: [] }] });
    expect((await report({ serviceId: 'staff-only-test', staff: [{ role: 'Sjuksköterska', fte: 1, startsOn: '2025-01-01' }] })).errors).toBeUndefined();
    expect(await years('staff-only-test')).toEqual({ _entities: [{ kommunContributions: [{ reportedYears: [] }] }] });
    const activity = [
      { month: '2025-11', measure: 'VISITS', patientHomeKommunCode: '1885', count: 3 },
      { month: '2026-01', measure: 'VISITS', patientHomeKommunCode: '1885', count: 4 },
      { month: '2026-02', measure: 'CONTACTS', patientHomeKommunCode: '1885', count: 5 },
    ];
    expect((await report({ serviceId: 'activity-only-test', activity })).errors).toBeUndefined();
    expect(await years('activity-only-test')).toEqual({ _entities: [{ kommunContributions: [{ reportedYears: [2025, 2026] }] }] });
  });
});

describe('reporting a kommun contribution', () => {
  const REPORT =
    'mutation($code: ID!, $input: ServiceContributionInput!) { reportKommunContribution(kommunCode: $code, input: $input) { huvudmanId costs { year amountSek } } }';
  const input = { serviceId: 'hemtagningsteam-kumla', costs: [{ year: 2025, amountSek: 2_900_000 }], source: 'Test', isExample: true };

  it("refuses Kumla's contribution sent to Lindesberg's instance, and changes nothing", async () => {
    const before = await rowsIn(lindesberg);
    const asKumla = await lindesberg.query(REPORT, { code: '1885', input }, { token: kumlaWriter });
    expect(asKumla.errors?.[0]).toMatchObject({
      message: "Not allowed: only huvudman 1885's own writers may change its data.",
      extensions: { code: 'FORBIDDEN' },
    });
    const lindesbergWriter = await mintDevelopmentToken({ huvudman: '1885', roles: ['writer'] });
    const forKumla = await lindesberg.query(REPORT, { code: '1881', input }, { token: lindesbergWriter });
    expect(forKumla.errors?.[0]).toMatchObject({
      message: 'This instance holds data for kommun 1885 only; refused a contribution for 1881.',
      extensions: { code: 'BAD_USER_INPUT', field: 'kommunCode' },
    });
    expect(await rowsIn(lindesberg)).toEqual(before);
  });

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['Kumla staff without the writer role', 'staff', 'FORBIDDEN'],
    ["the region's writer", 'region', 'FORBIDDEN'],
  ])('refuses a report from %s and changes nothing', async (_label, who, code) => {
    const token =
      who === 'staff'
        ? await mintDevelopmentToken({ huvudman: '1881' })
        : who === 'region'
          ? await mintDevelopmentToken({ huvudman: '18', roles: ['writer'] })
          : undefined;
    const before = await rowsIn(kumla);
    const result = await kumla.query(REPORT, { code: '1881', input }, { token });
    expect(result.errors?.[0].extensions).toMatchObject({ code });
    expect(await rowsIn(kumla)).toEqual(before);
  });

  it.each([
    ['a negative FTE', { staff: [{ role: 'Undersköterska', fte: -0.5, startsOn: '2025-01-01' }] }, /non-negative/],
    ['a negative amount', { costs: [{ year: 2025, amountSek: -1 }] }, /non-negative whole number of kronor/],
    ['a fraction of a krona', { costs: [{ year: 2025, amountSek: 0.5 }] }, /non-negative whole number of kronor/],
  ])('refuses %s and changes nothing', async (_label, bad, message) => {
    const before = await rowsIn(kumla);
    await expect(reportContribution(kumla.orm.em.fork(), '1881', { ...input, ...bad })).rejects.toThrow(message);
    expect(await rowsIn(kumla)).toEqual(before);
  });

  it("records Kumla's own writer's report in Kumla's instance", async () => {
    const result = await kumla.query(REPORT, { code: '1881', input }, { token: kumlaWriter });
    expect(result).toEqual({
      data: {
        reportKommunContribution: {
          huvudmanId: '1881',
          costs: [
            { year: 2023, amountSek: 2_700_000 },
            { year: 2024, amountSek: 2_850_000 },
            { year: 2025, amountSek: 2_900_000 },
          ],
        },
      },
    });
  });
});
