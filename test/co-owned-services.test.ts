import { mintDevelopmentToken, type DevelopmentTokenClaims } from '@orebro/huvudman-auth';
import { kommunCodes } from '@orebro/reference-data';
import { example } from './support/examples';
import { useTestFederation, whileStopped, type GraphQLResponse } from './support/test-federation';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are untyped here: the examples' answers are checked field by field, the it.each rows pick lists out of them */
let staff: Record<string, string>;
const bearer = async (claims: DevelopmentTokenClaims) => ({ authorization: `Bearer ${await mintDevelopmentToken(claims)}` });

const federation = useTestFederation();
beforeAll(async () => {
  staff = await bearer({ huvudman: '1880' });
});

const run = (name: string): Promise<GraphQLResponse<any>> => {
  const { query, variables } = example(name);
  return federation.query(query, variables);
};

/** The internal view: agreed share against actual contribution. Needs a staff token, so it is not in examples/. */
const BALANCE = `query Balance($id: ID!, $year: Int!) { coOwnedService(id: $id) { balance(year: $year) { budgetSek complete totalCostSek totalFte
  owners { huvudman { id } agreedSharePercent agreedAmountSek reported costSek costDifferenceSek averageFte costSharePercent fteSharePercent costShareDifference fteShareDifference } } } }`;

describe('a co-owned service through the gateway', () => {
  it("shows the mobile team's owners and shares from samverkan and each owner's report from its own subgraph (example)", async () => {
    const result = await run('co-owned-service');
    expect(result).toHaveNoErrors();
    const service = result.data.coOwnedService;
    expect(
      service.owners.map((o: { huvudman: { id: string }; sharePercent: number; budgetPart: { amountSek: number } }) => [
        o.huvudman.id,
        o.sharePercent,
        o.budgetPart.amountSek,
      ]),
    ).toEqual([
      ['18', 50, 7_250_000],
      ['1880', 50, 7_250_000],
    ]);
    expect(service.employer).toEqual({ id: '18', name: 'Region Örebro län' });
    expect(service.regionContribution).toEqual({ huvudmanId: '18', reportedYears: [2023, 2024] });
    expect(service.kommunContributions).toEqual([{ huvudmanId: '1880', reportedYears: [2023, 2024] }]);
  });

  it("compares agreed share and actual contribution per owner, each figure read from the owner's own subgraph", async () => {
    const figures = await federation.query(
      '{ coOwnedService(id: "mobilt-narsjukvardsteam-orebro") { regionContribution { costs { year amountSek } staff { fte } } kommunContributions { huvudmanId costs { year amountSek } staff { fte } } } }',
      {},
      staff,
    );
    expect(figures).toHaveNoErrors();
    expect(figures.data).toEqual({
      coOwnedService: {
        regionContribution: {
          costs: [
            { year: 2023, amountSek: 9_800_000 },
            { year: 2024, amountSek: 10_150_000 },
          ],
          staff: [{ fte: 1 }, { fte: 2 }, { fte: 6 }],
        },
        kommunContributions: [
          {
            huvudmanId: '1880',
            costs: [
              { year: 2023, amountSek: 4_100_000 },
              { year: 2024, amountSek: 4_300_000 },
            ],
            staff: [{ fte: 3 }, { fte: 2 }],
          },
        ],
      },
    });
    type Owner = { huvudman: { id: string }; reported: boolean; costSek: number; averageFte: number };
    const result = await federation.query<{ coOwnedService: { balance: { owners: Owner[] } } }>(
      BALANCE,
      { id: 'mobilt-narsjukvardsteam-orebro', year: 2024 },
      staff,
    );
    expect(result).toHaveNoErrors();
    // The figures above, as the gateway brought them to samverkan's balance: each owner reported, with its
    // own costs and staff. The shares computed from them are checked by hand in samverkan's unit test
    // (subgraphs/samverkan/src/co-owned-services/co-owned-services.test.ts).
    const balance = result.data!.coOwnedService.balance;
    expect(balance).toMatchObject({ complete: true, totalCostSek: 10_150_000 + 4_300_000, totalFte: 9 + 5 });
    expect(balance.owners.map((o) => [o.huvudman.id, o.reported, o.costSek, o.averageFte])).toEqual([
      ['18', true, 10_150_000, 9],
      ['1880', true, 4_300_000, 5],
    ]);
  });

  it('refuses the balance to an anonymous caller with one error, at balance', async () => {
    const result = await federation.query(BALANCE, { id: 'mobilt-narsjukvardsteam-orebro', year: 2024 });
    expect(result.data).toEqual({ coOwnedService: { balance: null } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['coOwnedService', 'balance'], extensions: { code: 'UNAUTHENTICATED' } });
  });

  // Issue 11.9: the figures balance @requires from every owner are withheld, not denied, so the caller
  // gets one denial per balance it asked for, never errors at fields it did not select.
  it.each([
    [
      'every service, anonymous',
      '{ coOwnedServices { id balance(year: 2024) { complete } } }',
      {},
      (d: any) => d.coOwnedServices,
      ['coOwnedServices'],
      'UNAUTHENTICATED',
    ],
    [
      'aliased, with the owners',
      '{ all: coOwnedServices { b: balance(year: 2023) { owners { reported costSek } } } }',
      {},
      (d: any) => d.all,
      ['all'],
      'UNAUTHENTICATED',
    ],
    [
      "a huvudman's services",
      '{ huvudman(id: "1880") { coOwnedServices { service { balance(year: 2024) { totalCostSek } } } } }',
      {},
      (d: any) => d.huvudman.coOwnedServices,
      ['huvudman', 'coOwnedServices'],
      'UNAUTHENTICATED',
    ],
    [
      'a token of a huvudman outside the samverkan',
      '{ coOwnedServices { balance(year: 2024) { complete } } }',
      { huvudman: '1980' },
      (d: any) => d.coOwnedServices,
      ['coOwnedServices'],
      'FORBIDDEN',
    ],
  ])('%s: one error per asked balance, each at its own path', async (_name, query, claims, list, prefix, code) => {
    const headers = Object.keys(claims).length > 0 ? await bearer(claims as DevelopmentTokenClaims) : {};
    const result = await federation.query(query, {}, headers);
    const items = list(result.data) as unknown[];
    expect(items.length).toBeGreaterThan(3);
    expect(result.errors).toHaveLength(items.length);
    const balancePath = (i: number) =>
      prefix.length === 2 ? [...prefix, i, 'service', 'balance'] : [...prefix, i, query.includes('b: balance') ? 'b' : 'balance'];
    expect(result.errors!.map((e) => e.path)).toEqual(items.map((_item, i) => balancePath(i)));
    expect(new Set(result.errors!.map((e) => e.extensions?.code))).toEqual(new Set([code]));
  });

  it("keeps the owners' figures for balance out of the public graph: only the gateway asks for them", async () => {
    for (const field of ['regionBalanceFigures { withheld }', 'kommunBalanceFigures { withheld }']) {
      const result = await federation.query(`{ coOwnedService(id: "mobilt-narsjukvardsteam-orebro") { ${field} } }`, {}, staff);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/Cannot query field "(region|kommun)BalanceFigures"/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    }
  });

  it('gives staff every balance without an error', async () => {
    const result = await federation.query('{ coOwnedServices { id balance(year: 2024) { complete owners { reported } } } }', {}, staff);
    expect(result).toHaveNoErrors();
    expect((result.data as { coOwnedServices: { balance: unknown }[] }).coOwnedServices.every((s) => s.balance !== null)).toBe(true);
  });
});

/** Paths of the empty lists in an answer: a section an example promises must not be one. */
function emptyLists(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [path.join('.')] : value.flatMap((item, i) => emptyLists(item, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => emptyLists(item, [...path, key]));
  return [];
}

// Issue 11.12: every section the examples' comments promise has data behind it.
describe('the data behind the examples', () => {
  it.each(['co-owned-service', 'grant-chain'])('%s answers every section it promises, none empty', async (name) => {
    const result = await run(name);
    expect(result).toHaveNoErrors();
    expect(emptyLists(result.data)).toEqual([]);
  });

  it('shows who leads the mobile team and the decisions funding it, invented ones marked as example data', async () => {
    const service = (await run('co-owned-service')).data.coOwnedService;
    expect(service.leadership.map((l: { huvudman: { id: string }; role: string }) => [l.huvudman.id, l.role])).toEqual([
      ['18', 'LEADS'],
      ['1880', 'TAKES_PART'],
    ]);
    expect(service.fundingDecisions).toEqual([
      expect.objectContaining({
        amountSek: 1_500_000,
        decidedOn: '2023-05',
        pot: { name: 'Länsgemensamma nära vård-medel 2023' },
        isExample: true,
        source: expect.stringMatching(/^Exempeldata/),
      }),
    ]);
  });

  it('shows Tullhuset as co-led: Örebro kommun leads, the region takes part; the shares are example data', async () => {
    const result = await federation.query<{
      coOwnedService: {
        leadership: { huvudman: { id: string }; role: string; isExample: boolean }[];
        owners: { huvudman: { id: string }; isExample: boolean }[];
      };
    }>(example('co-owned-service').query, { id: 'tullhuset', year: 2024 });
    expect(result).toHaveNoErrors();
    const { leadership, owners } = result.data!.coOwnedService;
    expect(leadership.map((l) => [l.huvudman.id, l.role, l.isExample])).toEqual([
      ['1880', 'LEADS', false],
      ['18', 'TAKES_PART', false],
    ]);
    expect(owners.map((o) => [o.huvudman.id, o.isExample])).toEqual([
      ['18', true],
      ['1880', true],
    ]);
    expect(emptyLists(result.data)).toEqual([]);
  });

  it('gives the 2023 nära vård grant a joint pot with decisions on it, each marked as example data', async () => {
    const programme = (await run('grant-chain')).data.grantProgramme;
    expect(programme.pots).toHaveLength(1);
    expect(programme.pots[0]).toMatchObject({ amountSek: 6_000_000, decidedSek: 4_750_000, remainingSek: 1_250_000, isExample: true });
    expect(programme.decisions.map((d: { service: { name: string } }) => d.service.name).sort()).toEqual([
      'Dietist direkt',
      'Mobilt närsjukvårdsteam Örebro',
      'Tullhuset',
    ]);
    expect(programme.decisions.every((d: { isExample: boolean }) => d.isExample)).toBe(true);
  });
});

describe('per huvudman and per länsdel', () => {
  it("lists Örebro kommun's services with its share and budget part (example), and its contribution to each (staff token)", async () => {
    const result = await run('huvudman-co-owned-services');
    expect(result).toHaveNoErrors();
    const rows = result.data.huvudman.coOwnedServices.map((o: { service: { id: string }; sharePercent: number; budgetPart: { amountSek: number } }) => [
      o.service.id,
      o.sharePercent,
      o.budgetPart.amountSek,
    ]);
    // 25.97 % of 1 600 000, 40 000 000 and 30 000 000; 50 % of 14 500 000; 100 % of 72 000 000.
    expect(rows).toEqual([
      ['dietist-direkt', 25.97, 415_520],
      ['familjecentraler', 25.97, 10_388_000],
      ['mobilt-narsjukvardsteam-orebro', 50, 7_250_000],
      ['sammanhallen-hemrehabilitering', 25.97, 7_791_000],
      ['tullhuset', 80, 57_600_000],
    ]);

    const contributions = await federation.query<{ huvudman: { coOwnedServices: { service: { id: string; balance: { owners: unknown[] } } }[] } }>(
      '{ huvudman(id: "1880") { coOwnedServices { service { id balance(year: 2024) { owners(huvudmanId: "1880") { costSek costDifferenceSek averageFte } } } } } }',
      {},
      staff,
    );
    expect(contributions).toHaveNoErrors();
    // Örebro's example figures: 160 140 × 2.6, × 60 and × 50 kr; 16 and 20 FTE from its population; 5 and 65 FTE in its own services.
    expect(Object.fromEntries(contributions.data!.huvudman.coOwnedServices.map((o) => [o.service.id, o.service.balance.owners[0]]))).toEqual({
      'dietist-direkt': { costSek: 416_364, costDifferenceSek: 844, averageFte: 0 },
      familjecentraler: { costSek: 9_608_400, costDifferenceSek: -779_600, averageFte: 16 },
      'mobilt-narsjukvardsteam-orebro': { costSek: 4_300_000, costDifferenceSek: -2_950_000, averageFte: 5 },
      'sammanhallen-hemrehabilitering': { costSek: 8_007_000, costDifferenceSek: 216_000, averageFte: 20 },
      tullhuset: { costSek: 71_000_000, costDifferenceSek: 13_400_000, averageFte: 65 },
    });
  });

  it('lists the services in each länsdel (example)', async () => {
    const result = await run('lansdel-co-owned-services');
    expect(result).toHaveNoErrors();
    const byLansdel = Object.fromEntries(
      result.data.lansdelar.map((l: { id: string; coOwnedServices: { id: string }[] }) => [l.id, l.coOwnedServices.map((s) => s.id)]),
    );
    const everywhere = ['dietist-direkt', 'familjecentraler', 'sammanhallen-hemrehabilitering'];
    expect(byLansdel.norr).toEqual(everywhere);
    expect(byLansdel.vaster.sort()).toEqual([...everywhere, 'en-vag-in-barn-och-unga'].sort());
    expect(byLansdel.soder.sort()).toEqual([...everywhere, 'hemtagningsteam-kumla'].sort());
    expect(byLansdel.orebro.sort()).toEqual([...everywhere, 'mobilt-narsjukvardsteam-orebro', 'tullhuset'].sort());
  });
});

describe('a state grant from programme to use', () => {
  it('follows God och nära vård 2023 from the national total to the län, each huvudman and its own reported use (example)', async () => {
    const result = await run('grant-chain');
    expect(result).toHaveNoErrors();
    const programme = result.data.grantProgramme;
    expect(programme.nationalTotalSek).toBe(6_394_500_000);
    const allocations: { huvudman: { id: string }; amountSek: number; computed: boolean }[] = programme.allocations;
    expect(allocations.map((a) => a.huvudman.id)).toEqual(['18', ...kommunCodes]);
    expect(allocations.every((a) => a.computed)).toBe(true);
    // 5 043 000 000 × 308 375 / 10 587 710 and 1 050 000 000 × 160 140 / 10 587 710, rounded to whole kronor.
    expect(allocations.find((a) => a.huvudman.id === '18')!.amountSek).toBe(146_881_160);
    expect(allocations.find((a) => a.huvudman.id === '1880')!.amountSek).toBe(15_881_338);
    expect(programme.lanShare.amountSek).toBe(allocations.reduce((sum, a) => sum + a.amountSek, 0) + programme.lanShare.jointSek);
    expect(programme.regionGrantUse.map((u: { amountSek: number; service: { name: string } }) => [u.service.name, u.amountSek])).toEqual([
      ['Dietist direkt', 780_000],
      ['Mobilt närsjukvårdsteam Örebro', 2_000_000],
    ]);
    // Each kommun reports its own use in its own instance (example: 3 kr per inhabitant), concatenated in kommun-code order.
    expect(programme.kommunGrantUse.map((u: { huvudmanId: string }) => u.huvudmanId)).toEqual(kommunCodes);
    expect(programme.kommunGrantUse.find((u: { huvudmanId: string }) => u.huvudmanId === '1880').amountSek).toBe(480_420);
  });

  it('follows the 1.4 MSEK for joint competence development and the YAM pilot to their pots', async () => {
    const { query } = example('grant-chain');
    const psykiskHalsa = await federation.query<{
      grantProgramme: { pots: { decidedSek: number; decisions: { title: string; amountSek: number | null; decidedOn: string }[] }[] };
    }>(query, { id: 'psykisk-halsa-2020' });
    expect(psykiskHalsa).toHaveNoErrors();
    expect(psykiskHalsa.data!.grantProgramme.pots[0].decidedSek).toBe(1_400_000);
    expect(psykiskHalsa.data!.grantProgramme.pots[0].decisions[0]).toMatchObject({ amountSek: 1_400_000, decidedOn: '2020-10' });
    const suicid = await federation.query<{ grantProgramme: { decisions: { id: string }[] } }>(query, { id: 'suicidprevention-2021' });
    expect(suicid.data!.grantProgramme.decisions.map((d) => d.id)).toEqual(['yam-pilot-2021']);
  });
});

describe("with an owner kommun's instance stopped (Örebro, 1880)", () => {
  whileStopped(federation, 'kommun-1880');

  it('still answers the service view, and names the missing kommun in HUVUDMAN_UNAVAILABLE', async () => {
    const result = await run('co-owned-service');
    const service = result.data.coOwnedService;
    expect(service.owners).toHaveLength(2);
    expect(service.regionContribution).toEqual({ huvudmanId: '18', reportedYears: [2023, 2024] });
    expect(service.kommunContributions).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result).toHaveErrorCode('HUVUDMAN_UNAVAILABLE', { huvudman: '1880' });
  });

  it('reports the missing owner in the balance as not reported, never as zero', async () => {
    const result = await federation.query<{ coOwnedService: { balance: { complete: boolean; owners: Record<string, unknown>[] } } }>(
      BALANCE,
      { id: 'mobilt-narsjukvardsteam-orebro', year: 2024 },
      staff,
    );
    expect(result.errors!.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1880' })]);
    const { complete, owners } = result.data!.coOwnedService.balance;
    expect(complete).toBe(false);
    expect(owners[0]).toMatchObject({ reported: true, costSek: 10_150_000, costSharePercent: null });
    expect(owners[1]).toMatchObject({ huvudman: { id: '1880' }, reported: false, costSek: null, costDifferenceSek: null, averageFte: null });
  });
});

describe("with the region's subgraph stopped", () => {
  whileStopped(federation, 'region');

  it('still computes the balance from the kommun, the region shown as not reported and named HUVUDMAN_UNAVAILABLE', async () => {
    const result = await federation.query<{ coOwnedService: { balance: { complete: boolean; owners: Record<string, unknown>[] } | null } }>(
      BALANCE,
      { id: 'mobilt-narsjukvardsteam-orebro', year: 2024 },
      staff,
    );
    expect(result.errors!.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '18' })]);
    const balance = result.data!.coOwnedService.balance!;
    expect(balance.complete).toBe(false);
    expect(balance.owners[0]).toMatchObject({ huvudman: { id: '18' }, reported: false, costSek: null });
    expect(balance.owners[1]).toMatchObject({ huvudman: { id: '1880' }, reported: true, costSek: 4_300_000 });
  });

  it("keeps the service view: the region's report null, the kommun's there", async () => {
    const result = await run('co-owned-service');
    expect(result.data.coOwnedService.regionContribution).toBeNull();
    expect(result.data.coOwnedService.kommunContributions).toEqual([{ huvudmanId: '1880', reportedYears: [2023, 2024] }]);
    expect(result.errors!.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '18' })]);
  });

  it("keeps the grant chain: every kommun's use there, the region's null and named", async () => {
    const result = await run('grant-chain');
    expect(result.data.grantProgramme.regionGrantUse).toBeNull();
    expect(result.data.grantProgramme.kommunGrantUse).toHaveLength(kommunCodes.length);
    expect(result.data.grantProgramme.allocations).toHaveLength(13);
    expect(result.errors!.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '18' }));
  });
});

describe('writes through the gateway', () => {
  const REPORT = 'mutation($code: ID!, $input: ServiceContributionInput!) { reportKommunContribution(kommunCode: $code, input: $input) { huvudmanId } }';
  const kumlaCosts = async () => {
    const result = await federation.query<{ coOwnedService: { kommunContributions: { huvudmanId: string; costs: { year: number; amountSek: number }[] }[] } }>(
      '{ coOwnedService(id: "hemtagningsteam-kumla") { kommunContributions { huvudmanId costs { year amountSek } } } }',
      {},
      staff,
    );
    expect(result).toHaveNoErrors();
    return result.data!.coOwnedService.kommunContributions;
  };

  it("refuses Kumla's contribution sent to Lindesberg's instance, and changes nothing", async () => {
    const before = await kumlaCosts();
    const result = await federation.query(
      REPORT,
      { code: '1885', input: { serviceId: 'hemtagningsteam-kumla', costs: [{ year: 2024, amountSek: 1 }], source: 'Test' } },
      await bearer({ huvudman: '1881', roles: ['writer'] }),
    );
    expect(result).toHaveErrorCode('FORBIDDEN', { huvudman: '1885' });
    expect(await kumlaCosts()).toEqual(before);
    expect(before.map((c) => c.huvudmanId)).toEqual(['1881']);
  });

  it("routes Kumla's own report to Kumla's instance, and the balance follows", async () => {
    const result = await federation.query(
      REPORT,
      { code: '1881', input: { serviceId: 'hemtagningsteam-kumla', costs: [{ year: 2024, amountSek: 2_700_000 }], source: 'Test' } },
      await bearer({ huvudman: '1881', roles: ['writer'] }),
    );
    expect(result).toEqual({ data: { reportKommunContribution: { huvudmanId: '1881' } } });
    const balance = await federation.query<{ coOwnedService: { balance: { owners: { costDifferenceSek: number }[] } } }>(
      BALANCE,
      { id: 'hemtagningsteam-kumla', year: 2024 },
      staff,
    );
    // Agreed 50 % of 5 400 000 = 2 700 000 each: the region paid 2 600 000 (−100 000), Kumla now 2 700 000 (0).
    expect(balance.data!.coOwnedService.balance.owners.map((o) => o.costDifferenceSek)).toEqual([-100_000, 0]);
  });

  it('refuses shares that do not add up to 100 % and changes nothing', async () => {
    const SAVE = `mutation { saveCoOwnedService(input: { id: "hemtagningsteam-kumla", name: "Hemtagningsteam Kumla", kind: DISCHARGE_TEAM, purpose: "Test",
      lansdelIds: ["soder"], owners: [{ huvudmanId: "18", sharePercent: 50 }, { huvudmanId: "1881", sharePercent: 40 }], sharesSource: "Test", sharesAreExample: true, source: "Test" }) { id } }`;
    const result = await federation.query(SAVE, {}, await bearer({ huvudman: '18', roles: ['secretariat'] }));
    expect(result.errors![0]).toMatchObject({ message: "The owners' shares add up to 90 %, not 100 %.", extensions: { code: 'BAD_USER_INPUT' } });
    const after = await federation.query('{ coOwnedService(id: "hemtagningsteam-kumla") { purpose owners { sharePercent } } }');
    expect(after.data).toEqual({ coOwnedService: { purpose: expect.stringContaining('Kumla kommun'), owners: [{ sharePercent: 50 }, { sharePercent: 50 }] } });
  });
});
