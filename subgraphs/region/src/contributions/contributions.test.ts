import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { AuditRecord, useTestSubgraph } from '@orebro/subgraph-kit';
import { regionSubgraph } from '../subgraph';
import { ContributionActivity, ContributionCost, ContributionStaff, reportContribution } from '@orebro/huvudman-reporting';
import type { ServiceContributionInput } from '@orebro/huvudman-reporting';

const region = useTestSubgraph(() => regionSubgraph());
let regionStaff: string;
let regionWriter: string;

beforeAll(async () => {
  regionStaff = await mintDevelopmentToken({ huvudman: '18' });
  regionWriter = await mintDevelopmentToken({ huvudman: '18', roles: ['writer'] });
});

const CONTRIBUTION = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { id regionContribution {
  huvudmanId serviceId reportedYears staff { role fte startsOn endsOn isExample } costs { year amountSek source isExample }
  activity { month measure patientHomeKommunCode count } } } } }`;
const ref = (id: string) => ({ __typename: 'CoOwnedService', id });

describe("the region's own contributions to co-owned services", () => {
  it('reports its staff, costs and activity in the mobile team, marked as example data', async () => {
    const result = await region.query<{ _entities: { regionContribution: Record<string, unknown> & { activity: unknown[] } }[] }>(
      CONTRIBUTION,
      { r: [ref('mobilt-narsjukvardsteam-orebro')] },
      { token: regionStaff },
    );
    const contribution = result.data!._entities[0].regionContribution;
    expect(contribution).toMatchObject({
      huvudmanId: '18',
      serviceId: 'mobilt-narsjukvardsteam-orebro',
      reportedYears: [2023, 2024],
      staff: [
        { role: 'Fysioterapeut', fte: 1, startsOn: '2023-01-01', endsOn: null, isExample: true },
        { role: 'Läkare', fte: 2, startsOn: '2023-01-01', endsOn: null, isExample: true },
        { role: 'Sjuksköterska', fte: 6, startsOn: '2023-01-01', endsOn: null, isExample: true },
      ],
      costs: [
        { year: 2023, amountSek: 9_800_000, source: 'Exempeldata', isExample: true },
        { year: 2024, amountSek: 10_150_000, source: 'Exempeldata', isExample: true },
      ],
    });
    expect(contribution.activity).toHaveLength(6);
    expect(contribution.activity[0]).toEqual({ month: '2024-01', measure: 'ENROLLED_PATIENTS', patientHomeKommunCode: '1880', count: 182 });
  });

  it('answers every reference with an object, and no contribution for a service it has reported nothing for', async () => {
    const result = await region.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { id regionContribution { huvudmanId } } } }',
      {
        r: [ref('tullhuset'), ref('finns-inte')],
      },
    );
    expect(result.data).toEqual({
      _entities: [
        { id: 'tullhuset', regionContribution: { huvudmanId: '18' } },
        { id: 'finns-inte', regionContribution: null },
      ],
    });
  });

  it('shows an anonymous caller which years are reported, but not the figures, and audits both reads', async () => {
    const audited = () => region.orm.em.fork().find(AuditRecord, { entity: 'OwnerContribution' }, { orderBy: { id: 'asc' } });
    const before = (await audited()).length;
    const result = await region.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { regionContribution { reportedYears costs { amountSek } } } } }',
      {
        r: [ref('hemtagningsteam-kumla')],
      },
    );
    expect(result.data).toEqual({ _entities: [{ regionContribution: null }] });
    expect(result.errors?.[0]).toMatchObject({ path: ['_entities', 0, 'regionContribution', 'costs'], extensions: { code: 'UNAUTHENTICATED' } });
    const publicPart = await region.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { regionContribution { reportedYears } } } }',
      {
        r: [ref('hemtagningsteam-kumla')],
      },
    );
    expect(publicPart).toEqual({ data: { _entities: [{ regionContribution: { reportedYears: [2023, 2024] } }] } });
    await region.query(CONTRIBUTION, { r: [ref('hemtagningsteam-kumla')] }, { token: regionStaff });
    const records = (await audited()).slice(before);
    expect(records.map((r) => r.outcome)).toEqual(['denied', 'allowed', 'allowed', 'allowed']);
  });

  it('withholds the figures `balance` needs from an anonymous caller without an error (balance itself is the one denial)', async () => {
    const FIGURES =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { regionBalanceFigures { huvudmanId withheld staff { fte } costs { year amountSek } } } } }';
    const refs = { r: [ref('hemtagningsteam-kumla'), ref('mobilt-narsjukvardsteam-orebro'), ref('finns-inte')] };
    const anonymous = await region.query(FIGURES, refs);
    expect(anonymous).toEqual({
      data: {
        _entities: [
          { regionBalanceFigures: { huvudmanId: '18', withheld: true, staff: [], costs: [] } },
          { regionBalanceFigures: { huvudmanId: '18', withheld: true, staff: [], costs: [] } },
          { regionBalanceFigures: null },
        ],
      },
    });
    const forStaff = await region.query<{ _entities: { regionBalanceFigures: { withheld: boolean; costs: unknown[] } | null }[] }>(FIGURES, refs, {
      token: regionStaff,
    });
    expect(forStaff.errors).toBeUndefined();
    expect(forStaff.data!._entities[1].regionBalanceFigures).toMatchObject({
      withheld: false,
      costs: [
        { year: 2023, amountSek: 9_800_000 },
        { year: 2024, amountSek: 10_150_000 },
      ],
    });
  });

  it('reads the contributions to all seven services it owns with one query per table', async () => {
    const ids = [
      'mobilt-narsjukvardsteam-orebro',
      'hemtagningsteam-kumla',
      'dietist-direkt',
      'familjecentraler',
      'en-vag-in-barn-och-unga',
      'sammanhallen-hemrehabilitering',
      'tullhuset',
    ];
    region.takeQueries();
    const result = await region.query(CONTRIBUTION, { r: ids.map(ref) }, { token: regionStaff });
    expect(result.errors).toBeUndefined();
    const selects = region.takeQueries().filter((q) => q.startsWith('select'));
    // Which services it reported on and for which years (one union over the three tables), then each table's rows.
    expect(selects).toHaveLength(4);
    expect(selects.filter((q) => q.includes(' union '))).toHaveLength(1);
    for (const table of ['contribution_staff', 'contribution_cost', 'contribution_activity']) {
      expect(selects.filter((q) => !q.includes(' union ') && new RegExp(`from [\`"]${table}[\`"]`).test(q))).toHaveLength(1);
    }
  });
});

describe('reporting a contribution', () => {
  const REPORT =
    'mutation($input: ServiceContributionInput!) { reportRegionContribution(input: $input) { huvudmanId costs { year amountSek } staff { role fte } } }';
  const input = (extra: Partial<ServiceContributionInput> = {}): ServiceContributionInput => ({
    serviceId: 'tullhuset',
    staff: [{ role: 'Läkare', fte: 0.5, startsOn: '2025-01-01' }],
    costs: [{ year: 2025, amountSek: 400_000 }],
    activity: [{ month: '2025-01', measure: 'VISITS', patientHomeKommunCode: '1880', count: 12 }],
    source: 'Test',
    isExample: true,
    ...extra,
  });
  const stored = async () => {
    const em = region.orm.em.fork();
    return [await em.count(ContributionStaff), await em.count(ContributionCost), await em.count(ContributionActivity)];
  };

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['region staff without the writer role', 'staff', 'FORBIDDEN'],
    ["a kommun's writer", 'kommun', 'FORBIDDEN'],
  ])('refuses a report from %s and changes nothing', async (_label, who, code) => {
    const token = who === 'staff' ? regionStaff : who === 'kommun' ? await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'] }) : undefined;
    const before = await stored();
    const result = await region.query(REPORT, { input: input() }, { token });
    expect(result.errors?.[0].extensions).toMatchObject({ code });
    expect(await stored()).toEqual(before);
  });

  it.each([
    [
      'a negative FTE',
      input({ staff: [{ role: 'Läkare', fte: -1, startsOn: '2025-01-01' }] }),
      /staff.fte must be non-negative, at most 10000, with at most two decimals; got -1\./,
    ],
    ['an implausible FTE', input({ staff: [{ role: 'Läkare', fte: 1e9, startsOn: '2025-01-01' }] }), /staff.fte must be non-negative, at most 10000/],
    ['an FTE with three decimals', input({ staff: [{ role: 'Läkare', fte: 0.333, startsOn: '2025-01-01' }] }), /at most two decimals/],
    ['a negative cost', input({ costs: [{ year: 2025, amountSek: -100 }] }), /non-negative whole number of kronor/],
    ['a fraction of a krona', input({ costs: [{ year: 2025, amountSek: 100.5 }] }), /non-negative whole number of kronor/],
    [
      'an implausible cost (2^53 − 1, which broke the joint balance)',
      input({ costs: [{ year: 2025, amountSek: 9007199254740991 }] }),
      /costs.amountSek must be a non-negative whole number of kronor \(SEK\), at most 50 000 000 000/,
    ],
    [
      'the same year twice',
      input({
        costs: [
          { year: 2025, amountSek: 1 },
          { year: 2025, amountSek: 2 },
        ],
      }),
      /given twice/,
    ],
    [
      'a negative count',
      input({ activity: [{ month: '2025-01', measure: 'VISITS', patientHomeKommunCode: '1880', count: -1 }] }),
      /activity.count must be a non-negative whole number, at most 20 000 000; got -1\./,
    ],
    [
      'a home kommun outside the län',
      input({ activity: [{ month: '2025-01', measure: 'VISITS', patientHomeKommunCode: '0180', count: 1 }] }),
      /not a kommun code in Örebro län/,
    ],
    [
      'a malformed month',
      input({ activity: [{ month: '2025-13', measure: 'VISITS', patientHomeKommunCode: '1880', count: 1 }] }),
      /must be a month written YYYY-MM/,
    ],
    ['an end before the start', input({ staff: [{ role: 'Läkare', fte: 1, startsOn: '2025-02-01', endsOn: '2025-01-31' }] }), /on or after startsOn/],
    ['a personnummer as the role', input({ staff: [{ role: '19121212-1212', fte: 1, startsOn: '2025-01-01' }] }), /personnummer/],
    ['no rows at all', input({ staff: [], costs: [], activity: [] }), /at least one/],
    [
      'one role and start twice, once decomposed',
      input({
        staff: [
          { role: 'Sjuksköterska', fte: 1, startsOn: '2025-01-01' },
          { role: 'Sjuksko\u0308terska', fte: 2, startsOn: '2025-01-01' },
        ],
      }),
      /given twice/,
    ],
  ])('refuses %s and changes nothing (not even the valid rows)', async (_label, bad, message) => {
    const before = await stored();
    await expect(reportContribution(region.orm.em.fork(), '18', bad)).rejects.toThrow(message);
    expect(await stored()).toEqual(before);
  });

  it('replaces a staff row whose role is the stored one typed with decomposed letters, instead of adding a second', async () => {
    const decomposed = input({ costs: [], activity: [], staff: [{ role: 'Sjuksko\u0308terska', fte: 2.5, startsOn: '2024-01-01' }] });
    await reportContribution(region.orm.em.fork(), '18', decomposed);
    const rows = await region.orm.em.fork().find(ContributionStaff, { serviceId: 'tullhuset', startsOn: '2024-01-01' }, { orderBy: { role: 'asc' } });
    expect(rows.map((r) => [r.role, r.fteHundredths])).toEqual([
      ['Läkare', 100],
      ['Sjuksköterska', 250],
    ]);
    // Back to the seeded figure, which later tests read.
    await reportContribution(
      region.orm.em.fork(),
      '18',
      input({ costs: [], activity: [], staff: [{ role: 'Sjuksköterska', fte: 2, startsOn: '2024-01-01' }] }),
    );
  });

  it("records the region's writer's report, and a second report of a year replaces it", async () => {
    // Tullhuset already holds the region's seeded 2024 example rows (one Läkare, two Sjuksköterskor): kept beside the report.
    const seeded = {
      costs: [{ year: 2024, amountSek: 3_900_000 }],
      staff: [
        { role: 'Läkare', fte: 1 },
        { role: 'Sjuksköterska', fte: 2 },
      ],
    };
    const first = await region.query(REPORT, { input: input() }, { token: regionWriter });
    expect(first).toEqual({
      data: {
        reportRegionContribution: {
          huvudmanId: '18',
          costs: [...seeded.costs, { year: 2025, amountSek: 400_000 }],
          staff: [...seeded.staff, { role: 'Läkare', fte: 0.5 }],
        },
      },
    });
    const second = await region.query(
      REPORT,
      { input: input({ staff: [], activity: [], costs: [{ year: 2025, amountSek: 450_000 }] }) },
      { token: regionWriter },
    );
    expect(second.data).toEqual({
      reportRegionContribution: {
        huvudmanId: '18',
        costs: [...seeded.costs, { year: 2025, amountSek: 450_000 }],
        staff: [...seeded.staff, { role: 'Läkare', fte: 0.5 }],
      },
    });
  });
});
