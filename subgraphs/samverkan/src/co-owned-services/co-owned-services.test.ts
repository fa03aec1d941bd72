import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from '../subgraph';
import { CoOwnedService, ServiceOwnership } from './co-owned-service.entity';
import { saveCoOwnedService, type CoOwnedServiceInput } from './co-owned-services.service';

const samverkan = useTestSubgraph(() => samverkanSubgraph());
let secretariat: string;
let writer: string;
let staff: string;

beforeAll(async () => {
  secretariat = await mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'] });
  writer = await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'] });
  staff = await mintDevelopmentToken({ huvudman: '1881' });
});

/** SELECTs on one table (SQLite quotes names with backticks, PostgreSQL with double quotes). */
const selectsFrom = (queries: string[], table: string) => queries.filter((q) => q.startsWith('select') && new RegExp(`from [\`"]${table}[\`"]`).test(q));

/** SELECTs per table for one request: what must not grow with the number of rows asked for. */
async function selectsPerTable(query: string): Promise<Record<string, number>> {
  samverkan.takeQueries();
  const result = await samverkan.query(query);
  expect(result.errors).toBeUndefined();
  const counts: Record<string, number> = {};
  for (const q of samverkan.takeQueries().filter((q) => q.startsWith('select'))) {
    const table = /from [`"](\w+)[`"]/.exec(q)![1];
    counts[table] = (counts[table] ?? 0) + 1;
  }
  return counts;
}

describe('co-owned services in the samverkan subgraph', () => {
  it('seeds the seven services the documents name, each with shares adding up to exactly 100 %', async () => {
    const result = await samverkan.query<{ coOwnedServices: { id: string; owners: { shareBasisPoints: number }[] }[] }>(
      '{ coOwnedServices { id owners { shareBasisPoints } } }',
    );
    const services = result.data!.coOwnedServices;
    expect(services.map((s) => s.id).sort()).toEqual([
      'dietist-direkt',
      'en-vag-in-barn-och-unga',
      'familjecentraler',
      'hemtagningsteam-kumla',
      'mobilt-narsjukvardsteam-orebro',
      'sammanhallen-hemrehabilitering',
      'tullhuset',
    ]);
    for (const service of services) expect(service.owners.reduce((sum, o) => sum + o.shareBasisPoints, 0)).toBe(10_000);
  });

  it('gives the mobile team its owners, employer, länsdel, budget and each owner its part (50 % of 14 500 000)', async () => {
    const result = await samverkan.query(
      '{ coOwnedService(id: "mobilt-narsjukvardsteam-orebro") { name startsOn periodNote employer { id } lansdelar { id } budget(year: 2024) { amountSek isExample } owners { huvudman { name } sharePercent budgetPart(year: 2024) { amountSek computed } isExample } } }',
    );
    expect(result.data).toEqual({
      coOwnedService: {
        name: 'Mobilt närsjukvårdsteam Örebro',
        startsOn: '2017',
        periodNote: 'Projekt från 2017, permanent verksamhet från juni 2019.',
        employer: { id: '18' },
        lansdelar: [{ id: 'orebro' }],
        budget: { amountSek: 14_500_000, isExample: true },
        owners: [
          { huvudman: { name: 'Region Örebro län' }, sharePercent: 50, budgetPart: { amountSek: 7_250_000, computed: true }, isExample: true },
          { huvudman: { name: 'Örebro kommun' }, sharePercent: 50, budgetPart: { amountSek: 7_250_000, computed: true }, isExample: true },
        ],
      },
    });
  });

  // Issue 11.12: the färdplan lists Tullhuset among the services the region and kommuner co-own or co-lead.
  it('models Tullhuset as the documents state it: Örebro kommun leads, the region takes part; the shares are example data', async () => {
    const result = await samverkan.query<{
      coOwnedService: {
        leadership: { huvudman: { id: string }; role: string; basis: string; source: string; isExample: boolean; service: { id: string } }[];
        owners: { huvudman: { id: string }; sharePercent: number; isExample: boolean; source: string }[];
        employer: { id: string };
      };
    }>(
      '{ coOwnedService(id: "tullhuset") { employer { id } leadership { service { id } huvudman { id } role basis source isExample } owners { huvudman { id } sharePercent isExample source } } }',
    );
    expect(result.errors).toBeUndefined();
    const { leadership, owners, employer } = result.data!.coOwnedService;
    expect(leadership.map((l) => [l.huvudman.id, l.role, l.isExample])).toEqual([
      ['1880', 'LEADS', false],
      ['18', 'TAKES_PART', false],
    ]);
    expect(leadership[0].basis).toContain('drivs av Örebro kommun');
    expect(leadership[1].basis).toContain('samäger eller samleder');
    expect(leadership[1].source).toContain('Färdplan nära vård 2023–2026');
    expect(leadership.every((l) => l.service.id === 'tullhuset')).toBe(true);
    expect(owners.map((o) => o.huvudman.id)).toEqual(['18', '1880']);
    expect(owners.every((o) => o.isExample && o.source.startsWith('Exempeldata'))).toBe(true);
    expect(owners.reduce((sum, o) => sum + o.sharePercent, 0)).toBe(100);
    expect(employer).toEqual({ id: '1880' });
  });

  it('names who leads the mobile team and leaves leadership empty where the documents do not say', async () => {
    const result = await samverkan.query<{ mobile: { leadership: { huvudman: { id: string }; role: string }[] }; familj: { leadership: unknown[] } }>(
      '{ mobile: coOwnedService(id: "mobilt-narsjukvardsteam-orebro") { leadership { huvudman { id } role } } familj: coOwnedService(id: "familjecentraler") { leadership { role } } }',
    );
    expect(result.data!.mobile.leadership).toEqual([
      { huvudman: { id: '18' }, role: 'LEADS' },
      { huvudman: { id: '1880' }, role: 'TAKES_PART' },
    ]);
    expect(result.data!.familj.leadership).toEqual([]);
  });

  it('splits a budget over thirteen owners so the parts add up to it exactly', async () => {
    const result = await samverkan.query<{
      coOwnedService: { owners: { huvudman: { id: string }; sharePercent: number; budgetPart: { amountSek: number } }[] };
    }>('{ coOwnedService(id: "dietist-direkt") { owners { huvudman { id } sharePercent budgetPart(year: 2024) { amountSek } } } }');
    const owners = result.data!.coOwnedService.owners;
    expect(owners).toHaveLength(13);
    expect(owners.reduce((sum, o) => sum + o.budgetPart.amountSek, 0)).toBe(1_600_000);
    // Örebro: 160 140 of the län's 308 375 inhabitants of the kommuner's 50 % → 25.97 %; 25.97 % of 1 600 000 = 415 520.
    expect(owners.find((o) => o.huvudman.id === '1880')).toEqual({ huvudman: { id: '1880' }, sharePercent: 25.97, budgetPart: { amountSek: 415_520 } });
  });

  it("lists a huvudman's services and a länsdel's services", async () => {
    const result = await samverkan.query<{ huvudman: { coOwnedServices: { service: { id: string } }[] }; lansdel: { id: string }[]; mobile: { id: string }[] }>(
      '{ huvudman(id: "1881") { coOwnedServices { service { id } } } lansdel: coOwnedServices(lansdelId: "vaster") { id } mobile: coOwnedServices(lansdelId: "orebro", kind: MOBILE_CARE_TEAM) { id } }',
    );
    expect(result.data!.huvudman.coOwnedServices.map((o) => o.service.id)).toEqual([
      'dietist-direkt',
      'familjecentraler',
      'hemtagningsteam-kumla',
      'sammanhallen-hemrehabilitering',
    ]);
    expect(result.data!.lansdel.map((s) => s.id)).toEqual(['dietist-direkt', 'familjecentraler', 'en-vag-in-barn-och-unga', 'sammanhallen-hemrehabilitering']);
    expect(result.data!.mobile).toEqual([{ id: 'mobilt-narsjukvardsteam-orebro' }]);
  });
});

describe('the balance of agreed share and actual contribution', () => {
  const BALANCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CoOwnedService { balance(year: 2024) {
    budgetSek complete totalCostSek totalFte owners { huvudman { id } agreedSharePercent agreedAmountSek reported costSek costDifferenceSek averageFte
    costSharePercent fteSharePercent costShareDifference fteShareDifference } } } } }`;
  const region = {
    huvudmanId: '18',
    withheld: false,
    staff: [{ fte: 9, startsOn: '2023-01-01', endsOn: null }],
    costs: [
      { year: 2023, amountSek: 9_800_000 },
      { year: 2024, amountSek: 10_150_000 },
    ],
  };
  const orebro = {
    huvudmanId: '1880',
    withheld: false,
    staff: [{ fte: 5, startsOn: '2023-01-01', endsOn: null }],
    costs: [{ year: 2024, amountSek: 4_300_000 }],
  };
  const mobile = (kommunBalanceFigures: unknown[] | null, regionBalanceFigures: unknown = region) => ({
    __typename: 'CoOwnedService',
    id: 'mobilt-narsjukvardsteam-orebro',
    regionBalanceFigures,
    kommunBalanceFigures,
  });

  it("compares each owner's agreed part with what its own subgraph reported (hand-checked)", async () => {
    const result = await samverkan.query(BALANCE, { r: [mobile([orebro])] }, { token: staff });
    // Agreed 50 % of 14 500 000 each. Costs 10 150 000 + 4 300 000 = 14 450 000: 70.24 % and 29.76 %.
    // FTE 9 + 5 = 14: 64.29 % and 35.71 %.
    expect(result).toEqual({
      data: {
        _entities: [
          {
            balance: {
              budgetSek: 14_500_000,
              complete: true,
              totalCostSek: 14_450_000,
              totalFte: 14,
              owners: [
                {
                  huvudman: { id: '18' },
                  agreedSharePercent: 50,
                  agreedAmountSek: 7_250_000,
                  reported: true,
                  costSek: 10_150_000,
                  costDifferenceSek: 2_900_000,
                  averageFte: 9,
                  costSharePercent: 70.24,
                  fteSharePercent: 64.29,
                  costShareDifference: 20.24,
                  fteShareDifference: 14.29,
                },
                {
                  huvudman: { id: '1880' },
                  agreedSharePercent: 50,
                  agreedAmountSek: 7_250_000,
                  reported: true,
                  costSek: 4_300_000,
                  costDifferenceSek: -2_950_000,
                  averageFte: 5,
                  costSharePercent: 29.76,
                  fteSharePercent: 35.71,
                  costShareDifference: -20.24,
                  fteShareDifference: -14.29,
                },
              ],
            },
          },
        ],
      },
    });
  });

  it('shows a missing owner as not reported, never as zero, and computes no actual shares', async () => {
    const result = await samverkan.query<{ _entities: { balance: { complete: boolean; totalCostSek: number | null; owners: Record<string, unknown>[] } }[] }>(
      BALANCE,
      { r: [mobile([])] },
      { token: staff },
    );
    const balance = result.data!._entities[0].balance;
    expect(balance).toMatchObject({ complete: false, totalCostSek: null });
    expect(balance.owners[1]).toEqual({
      huvudman: { id: '1880' },
      agreedSharePercent: 50,
      agreedAmountSek: 7_250_000,
      reported: false,
      costSek: null,
      costDifferenceSek: null,
      averageFte: null,
      costSharePercent: null,
      fteSharePercent: null,
      costShareDifference: null,
      fteShareDifference: null,
    });
    expect(balance.owners[0]).toMatchObject({ reported: true, costSek: 10_150_000, costSharePercent: null });
  });

  it('is internal: an anonymous caller is refused once, at balance', async () => {
    const withheld = (huvudmanId: string) => ({ huvudmanId, withheld: true, staff: [], costs: [] });
    const result = await samverkan.query(BALANCE, { r: [mobile([withheld('1880')], withheld('18'))] });
    expect(result.data).toEqual({ _entities: [{ balance: null }] });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['_entities', 0, 'balance'], extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('counts an owner whose subgraph did not answer (null figures) as not reported, never as zero', async () => {
    const result = await samverkan.query<{
      _entities: { balance: { complete: boolean; owners: { huvudman: { id: string }; reported: boolean; costSek: number | null }[] } }[];
    }>(BALANCE, { r: [mobile(null, null)] }, { token: staff });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].balance.complete).toBe(false);
    expect(result.data!._entities[0].balance.owners.map((o) => [o.huvudman.id, o.reported, o.costSek])).toEqual([
      ['18', false, null],
      ['1880', false, null],
    ]);
  });

  it('refuses malformed figures in a representation with a clear error, never a crash', async () => {
    const result = await samverkan.query(BALANCE, { r: [mobile([{ huvudmanId: '1880', withheld: false, staff: 'many', costs: [] }])] }, { token: staff });
    expect(result.data).toEqual({ _entities: [{ balance: null }] });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'representations' } });
  });

  it('refuses to compute from figures an owner withheld, rather than showing them as missing', async () => {
    const result = await samverkan.query(BALANCE, { r: [mobile([{ ...orebro, withheld: true, staff: [], costs: [] }])] }, { token: staff });
    expect(result.data).toEqual({ _entities: [{ balance: null }] });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', huvudman: ['1880'] } });
  });

  it('balances every service in one request with one query per table', async () => {
    const ids = [
      'dietist-direkt',
      'en-vag-in-barn-och-unga',
      'familjecentraler',
      'hemtagningsteam-kumla',
      'mobilt-narsjukvardsteam-orebro',
      'sammanhallen-hemrehabilitering',
      'tullhuset',
    ];
    samverkan.takeQueries();
    const result = await samverkan.query(
      BALANCE,
      { r: ids.map((id) => ({ __typename: 'CoOwnedService', id, regionBalanceFigures: region, kommunBalanceFigures: [orebro] })) },
      { token: staff },
    );
    expect(result.errors).toBeUndefined();
    const queries = samverkan.takeQueries();
    for (const table of ['co_owned_service', 'service_ownership', 'service_budget', 'huvudman']) expect(selectsFrom(queries, table)).toHaveLength(1);
  });
});

describe('writes to co-owned services', () => {
  const input = (owners: { huvudmanId: string; sharePercent: number }[], extra: Partial<CoOwnedServiceInput> = {}): CoOwnedServiceInput => ({
    id: 'provtjanst',
    name: 'Provtjänst',
    kind: 'MOBILE_CARE_TEAM',
    purpose: 'Test.',
    lansdelIds: ['norr'],
    owners,
    sharesSource: 'Exempeldata',
    sharesAreExample: true,
    source: 'Test',
    ...extra,
  });
  const SAVE = 'mutation($input: CoOwnedServiceInput!) { saveCoOwnedService(input: $input) { id owners { huvudman { id } sharePercent } } }';
  const stored = async () => {
    const em = samverkan.orm.em.fork();
    return { services: await em.count(CoOwnedService), owners: await em.find(ServiceOwnership, {}, { orderBy: { id: 'asc' } }) };
  };

  it('refuses shares that do not add up to 100 % and changes nothing', async () => {
    const before = await stored();
    const result = await samverkan.query(
      SAVE,
      {
        input: input([
          { huvudmanId: '18', sharePercent: 60 },
          { huvudmanId: '1863', sharePercent: 30 },
        ]),
      },
      { token: secretariat },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: "The owners' shares add up to 90 %, not 100 %.",
      extensions: { code: 'BAD_USER_INPUT', field: 'owners' },
    });
    expect(await stored()).toEqual(before);
  });

  it.each([
    [
      'a share with more than two decimals',
      input([
        { huvudmanId: '18', sharePercent: 33.333 },
        { huvudmanId: '1863', sharePercent: 66.667 },
      ]),
      /at most two decimals/,
    ],
    [
      'the same owner twice',
      input([
        { huvudmanId: '18', sharePercent: 50 },
        { huvudmanId: '18', sharePercent: 50 },
      ]),
      /listed as owner twice/,
    ],
    [
      'a zero share',
      input([
        { huvudmanId: '18', sharePercent: 100 },
        { huvudmanId: '1863', sharePercent: 0 },
      ]),
      /above 0 %/,
    ],
    [
      'an owner not in the register',
      input([
        { huvudmanId: '18', sharePercent: 50 },
        { huvudmanId: '1899', sharePercent: 50 },
      ]),
      /"1899" is not in the register/,
    ],
    ['an unknown employer', input([{ huvudmanId: '18', sharePercent: 100 }], { employerId: '0180' }), /"0180" is not in the register/],
    ['no owners', input([]), /at least one owner/],
    ['an unknown kind', input([{ huvudmanId: '18', sharePercent: 100 }], { kind: 'SHOP' }), /kind must be one of MOBILE_CARE_TEAM, .*; got "SHOP"/],
    ['an end before the start', input([{ huvudmanId: '18', sharePercent: 100 }], { startsOn: '2020-05', endsOn: '2020-04-30' }), /end before it starts/],
    ['a malformed date', input([{ huvudmanId: '18', sharePercent: 100 }], { startsOn: '2019-02-29' }), /startsOn "2019-02-29"/],
    ['a personnummer in the purpose', input([{ huvudmanId: '18', sharePercent: 100 }], { purpose: 'Patient 19121212-1212' }), /personnummer/],
    ['an unknown länsdel', input([{ huvudmanId: '18', sharePercent: 100 }], { lansdelIds: ['ost'] }), /Unknown länsdel "ost"/],
    [
      'a leadership with nobody leading',
      input([{ huvudmanId: '18', sharePercent: 100 }], { leadership: [{ huvudmanId: '18', role: 'TAKES_PART', basis: 'B', source: 'S' }] }),
      /who leads the service/,
    ],
    [
      'a leader listed twice',
      input([{ huvudmanId: '18', sharePercent: 100 }], {
        leadership: [
          { huvudmanId: '18', role: 'LEADS', basis: 'B', source: 'S' },
          { huvudmanId: '18', role: 'TAKES_PART', basis: 'B', source: 'S' },
        ],
      }),
      /in the leadership twice/,
    ],
    [
      'an unknown leadership role',
      input([{ huvudmanId: '18', sharePercent: 100 }], { leadership: [{ huvudmanId: '18', role: 'OWNS', basis: 'B', source: 'S' }] }),
      /Unknown leadership role/,
    ],
    [
      'a leader not in the register',
      input([{ huvudmanId: '18', sharePercent: 100 }], { leadership: [{ huvudmanId: '1899', role: 'LEADS', basis: 'B', source: 'S' }] }),
      /"1899" is not in the register/,
    ],
    [
      'a leadership without its basis',
      input([{ huvudmanId: '18', sharePercent: 100 }], { leadership: [{ huvudmanId: '18', role: 'LEADS', basis: ' ', source: 'S' }] }),
      /basis/,
    ],
  ])('refuses %s and changes nothing', async (_label, bad, message) => {
    const before = await stored();
    await expect(saveCoOwnedService(samverkan.orm.em.fork(), bad)).rejects.toThrow(message);
    expect(await stored()).toEqual(before);
  });

  it('lets only the secretariat save a service, and a save with shares of 33.33 + 33.33 + 33.34 % succeeds', async () => {
    const good = input([
      { huvudmanId: '18', sharePercent: 33.33 },
      { huvudmanId: '1863', sharePercent: 33.33 },
      { huvudmanId: '1864', sharePercent: 33.34 },
    ]);
    const anonymous = await samverkan.query(SAVE, { input: good });
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const kommunWriter = await samverkan.query(SAVE, { input: good }, { token: writer });
    expect(kommunWriter.errors?.[0]).toMatchObject({ message: 'Not allowed: this needs the secretariat role.', extensions: { code: 'FORBIDDEN' } });
    expect(await samverkan.orm.em.fork().findOne(CoOwnedService, 'provtjanst')).toBeNull();

    const saved = await samverkan.query(SAVE, { input: good }, { token: secretariat });
    expect(saved).toEqual({
      data: {
        saveCoOwnedService: {
          id: 'provtjanst',
          owners: [
            ['18', 33.33],
            ['1863', 33.33],
            ['1864', 33.34],
          ].map(([id, sharePercent]) => ({ huvudman: { id }, sharePercent })),
        },
      },
    });
    const replaced = await samverkan.query(SAVE, { input: input([{ huvudmanId: '1863', sharePercent: 100 }]) }, { token: secretariat });
    expect(replaced.data).toEqual({ saveCoOwnedService: { id: 'provtjanst', owners: [{ huvudman: { id: '1863' }, sharePercent: 100 }] } });
  });

  it('saves who leads and who takes part, and a later save replaces them', async () => {
    const LEAD = 'mutation($input: CoOwnedServiceInput!) { saveCoOwnedService(input: $input) { leadership { huvudman { id } role basis isExample } } }';
    const leadership = [
      { huvudmanId: '1864', role: 'TAKES_PART', basis: 'Deltar i ledningsgruppen.', source: 'Test' },
      { huvudmanId: '1863', role: 'LEADS', basis: 'Driver verksamheten.', source: 'Test' },
    ];
    const saved = await samverkan.query(
      LEAD,
      { input: input([{ huvudmanId: '1863', sharePercent: 100 }], { id: 'provledd', leadership }) },
      { token: secretariat },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data).toEqual({
      saveCoOwnedService: {
        leadership: [
          { huvudman: { id: '1863' }, role: 'LEADS', basis: 'Driver verksamheten.', isExample: false },
          { huvudman: { id: '1864' }, role: 'TAKES_PART', basis: 'Deltar i ledningsgruppen.', isExample: false },
        ],
      },
    });
    const cleared = await samverkan.query(LEAD, { input: input([{ huvudmanId: '1863', sharePercent: 100 }], { id: 'provledd' }) }, { token: secretariat });
    expect(cleared.data).toEqual({ saveCoOwnedService: { leadership: [] } });
  });

  it('refuses a negative budget and a fraction of a krona', async () => {
    const SET =
      'mutation($amount: Sek!) { setCoOwnedServiceBudget(input: { serviceId: "tullhuset", year: 2025, amountSek: $amount, source: "Test" }) { budget(year: 2025) { amountSek } } }';
    const negative = await samverkan.query(SET, { amount: -1 }, { token: secretariat });
    expect(negative.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'amountSek' } });
    const fraction = await samverkan.query(SET, { amount: 1.5 }, { token: secretariat });
    expect(fraction.errors?.[0].message).toContain('whole number of kronor');
    const set = await samverkan.query(SET, { amount: 75_000_000 }, { token: secretariat });
    expect(set.data).toEqual({ setCoOwnedServiceBudget: { budget: { amountSek: 75_000_000 } } });
  });
});

describe('query counts of the views', () => {
  const SERVICE_VIEW = 'employer { name } lansdelar { name } budgets { year } owners { huvudman { name } budgetParts { amountSek } }';

  it('answers the service view with the same few queries for one service as for all of them', async () => {
    const one = await selectsPerTable(`{ coOwnedServices(kind: MOBILE_CARE_TEAM) { ${SERVICE_VIEW} } }`);
    const all = await selectsPerTable(`{ coOwnedServices { ${SERVICE_VIEW} } }`);
    expect(all).toEqual(one);
    // huvudman once, though employers are one level above owners: the register is read whole, once.
    expect(all).toEqual({ co_owned_service: 1, service_lansdel: 1, lansdel: 1, service_budget: 1, service_ownership: 1, huvudman: 1 });
  });

  it('answers the huvudman and länsdel views with one query per table and loader', async () => {
    const counts = await selectsPerTable(
      '{ huvudmen { coOwnedServices { sharePercent service { name owners { sharePercent } } } } lansdelar { coOwnedServices { name } } }',
    );
    // service_ownership once, though reached by owner (each huvudman's shares) and by service (each service's owners).
    expect(counts).toEqual({ huvudman: 1, lansdel: 1, service_ownership: 1, co_owned_service: 1, service_lansdel: 1 });
  });
});
