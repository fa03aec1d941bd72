import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { kommuner } from '@orebro/reference-data';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from '../subgraph';
import { Indicator, IndicatorTarget } from './indicator.entity';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

/** A value as a kommun instance would report it through the gateway. */
const value = (huvudmanId: string, v: number | null, extra: Record<string, unknown> = {}) => ({
  huvudmanId,
  period: '2024',
  gender: 'T',
  value: v,
  status: null,
  source: 'test',
  isExample: false,
  populationWeight: null,
  populationYear: null,
  ...extra,
});
const population = (code: string) => kommuner.find((k) => k.code === code)!.population2024;

/** What the gateway sends for `matrix`: the indicator id plus the @requires fields it gathered. */
async function matrixOf(id: string, representation: Record<string, unknown>, args = 'period: "2024"') {
  const result = await samverkan.query<{ _entities: { matrix: Record<string, unknown> }[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { matrix(${args}) {
      period target { text }
      cells { huvudman { id } status value met isExample }
      lansdelar { lansdel { id } method value complete met missing { huvudman { id } reason } inputs { huvudman { id } value weight } note }
      lan { value complete missing { huvudman { id } reason } note }
      notReported { id } unavailable { id }
    } } } }`,
    { r: [{ __typename: 'Indicator', id, regionValues: [], ...representation }] },
  );
  return result;
}

describe('samverkan: indicator definitions', () => {
  it("holds the nämnd's indicators with the targets its verksamhetsplan 2024 states", async () => {
    const result = await samverkan.query<{ indicators: { id: string; target: Record<string, unknown> | null; goals: { id: string }[] }[] }>(
      '{ indicators { id target(year: 2024) { kind min minInclusive max maxInclusive text isExample } goals { id } } }',
    );
    const byId = new Map(result.data!.indicators.map((i) => [i.id, i]));
    expect(byId.get('hme-total')!.target).toEqual({
      kind: 'LEVEL',
      min: 77,
      minInclusive: true,
      max: 80,
      maxInclusive: true,
      text: 'ska ligga på en hög nivå i intervallet 77–80 för totalt HME',
      isExample: false,
    });
    expect(byId.get('studenter-larandemal')!.target).toMatchObject({ min: 90, minInclusive: true, max: null, text: 'ska uppgå till minst 90 procent' });
    expect(byId.get('studenter-samarbete-yrkesgrupper')!.target).toMatchObject({ min: 85, minInclusive: false, text: 'ska uppgå till mer än 85 procent' });
    expect(byId.get('personalomsattning-extern')!.target).toMatchObject({ kind: 'IMPROVEMENT', min: null, max: null });
    expect(byId.get('hme-total')!.goals).toEqual([{ id: 'hsn-verksamhetsplan-2024/effektmal-9' }]);
    expect(byId.get('N01951')!.target).toBeNull();
  });

  it('finds the indicators that follow up one delmål', async () => {
    const result = await samverkan.query<{ indicators: { id: string; koladaKpi: string | null; level: string }[] }>(
      '{ indicators(goal: "handlingsplan-2019-2022/delmal-3") { id koladaKpi level } }',
    );
    expect(result.data!.indicators.map((i) => i.id)).toEqual(['aterinskrivning-30-dagar-65', 'undvikbar-slutenvard', 'utskrivningsklar-dagar']);
  });

  it('lists the expected reporters by level', async () => {
    const result = await samverkan.query<{ a: { reporters: { id: string }[] }; b: { reporters: { id: string }[] }; c: { reporters: { id: string }[] } }>(
      '{ a: indicator(id: "N01951") { reporters { id } } b: indicator(id: "samverkansavvikelser") { reporters { id } } c: indicator(id: "hme-total") { reporters { id } } }',
    );
    expect(result.data!.a.reporters.map((h) => h.id)).toEqual(kommuner.map((k) => k.code));
    expect(result.data!.b.reporters).toHaveLength(13);
    expect(result.data!.c.reporters).toEqual([{ id: '18' }]);
  });
});

describe('samverkan: the indicator × huvudman matrix, computed from the values the gateway gathered', () => {
  const responding = kommuner.map((k) => k.code).filter((c) => c !== '1862');
  const sip = Object.fromEntries(kommuner.map((k, i) => [k.code, 10 * (i + 1)]));
  const sipValues = responding.filter((c) => c !== '1864').map((c) => value(c, sip[c]));

  it('puts all thirteen side by side: reported, not reported, unreachable, not applicable', async () => {
    const result = await matrixOf('sip-antal', { kommunValues: sipValues, respondingKommuner: responding });
    expect(result.errors).toBeUndefined();
    const matrix = result.data!._entities[0].matrix as {
      cells: { huvudman: { id: string }; status: string; value: number | null }[];
      notReported: unknown;
      unavailable: unknown;
    };
    expect(matrix.cells.map((c) => c.huvudman.id)).toEqual(['18', ...kommuner.map((k) => k.code)]);
    const status = Object.fromEntries(matrix.cells.map((c) => [c.huvudman.id, c.status]));
    expect(status).toMatchObject({ '18': 'NOT_APPLICABLE', '1862': 'HUVUDMAN_UNAVAILABLE', '1864': 'NOT_REPORTED', '1880': 'REPORTED' });
    expect(matrix.cells.find((c) => c.huvudman.id === '1862')!.value).toBeNull();
    expect(matrix.notReported).toEqual([{ id: '1864' }]);
    expect(matrix.unavailable).toEqual([{ id: '1862' }]);
  });

  it('sums a count per länsdel, and refuses a figure where a member is missing rather than counting it as zero', async () => {
    const result = await matrixOf('sip-antal', { kommunValues: sipValues, respondingKommuner: responding });
    const matrix = result.data!._entities[0].matrix as {
      lansdelar: { lansdel: { id: string }; value: number | null; complete: boolean; missing: unknown[] }[];
      lan: Record<string, unknown>;
    };
    const soder = matrix.lansdelar.find((l) => l.lansdel.id === 'soder')!;
    const soderCodes = kommuner.filter((k) => k.lansdel === 'soder').map((k) => k.code);
    expect(soder).toMatchObject({ value: soderCodes.reduce((s, c) => s + sip[c], 0), complete: true });
    const vaster = matrix.lansdelar.find((l) => l.lansdel.id === 'vaster')!;
    expect(vaster).toMatchObject({ value: null, complete: false, missing: [{ huvudman: { id: '1862' }, reason: 'HUVUDMAN_UNAVAILABLE' }] });
    const norr = matrix.lansdelar.find((l) => l.lansdel.id === 'norr')!;
    expect(norr.missing).toEqual([{ huvudman: { id: '1864' }, reason: 'NOT_REPORTED' }]);
    expect(matrix.lan).toMatchObject({ value: null, complete: false });
  });

  it("weights a rate by each kommun's population and judges each value against the target", async () => {
    const falls = Object.fromEntries(kommuner.map((k, i) => [k.code, 2400 + 50 * i]));
    const kommunValues = kommuner.map((k) => value(k.code, falls[k.code], { populationWeight: population(k.code), populationYear: 2024 }));
    const result = await matrixOf('fallskador-65', { kommunValues, respondingKommuner: kommuner.map((k) => k.code) });
    const matrix = result.data!._entities[0].matrix as {
      target: { text: string };
      cells: { huvudman: { id: string }; value: number; met: boolean | null }[];
      lansdelar: { lansdel: { id: string }; value: number; inputs: { weight: number }[] }[];
      lan: { value: number; complete: boolean };
    };
    expect(matrix.target.text).toMatch(/högst 2 600/);
    for (const cell of matrix.cells.slice(1)) expect(cell.met).toBe(cell.value <= 2600);
    const norr = kommuner.filter((k) => k.lansdel === 'norr');
    const expected = norr.reduce((s, k) => s + falls[k.code] * k.population2024, 0) / norr.reduce((s, k) => s + k.population2024, 0);
    const norrFigure = matrix.lansdelar.find((l) => l.lansdel.id === 'norr')!;
    expect(norrFigure.value).toBeCloseTo(expected, 9);
    expect(norrFigure.inputs.map((i) => i.weight)).toEqual(norr.map((k) => k.population2024));
    expect(matrix.lan.complete).toBe(true);
  });

  it('gives no aggregate for a mean without its base, and says why', async () => {
    const result = await matrixOf('utskrivningsklar-dagar', {
      kommunValues: kommuner.map((k) => value(k.code, 2.5)),
      respondingKommuner: kommuner.map((k) => k.code),
    });
    const matrix = result.data!._entities[0].matrix as { lan: { value: null; note: string }; lansdelar: { value: null }[] };
    expect(matrix.lan.value).toBeNull();
    expect(matrix.lan.note).toMatch(/antalet vårdtillfällen/);
    expect(matrix.lansdelar.every((l) => l.value === null)).toBe(true);
  });

  it('judges an IMPROVEMENT target against the previous year', async () => {
    const regionValues = [value('18', 7.9, { period: '2023' }), value('18', 7.4)];
    const result = await matrixOf('personalomsattning-extern', { kommunValues: [], regionValues, respondingKommuner: [] });
    const matrix = result.data!._entities[0].matrix as { cells: { huvudman: { id: string }; status: string; met: boolean | null }[] };
    expect(matrix.cells[0]).toMatchObject({ huvudman: { id: '18' }, status: 'REPORTED', met: true });
    expect(matrix.cells.slice(1).every((c) => c.status === 'NOT_APPLICABLE')).toBe(true);
  });

  it('marks the region unavailable when its list never arrived, rather than as not reported', async () => {
    const result = await samverkan.query<{ _entities: { matrix: { cells: { huvudman: { id: string }; status: string }[]; unavailable: { id: string }[] } }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { matrix(period: "2024") { cells { huvudman { id } status } unavailable { id } } } } }',
      { r: [{ __typename: 'Indicator', id: 'hme-total', kommunValues: [], respondingKommuner: [] }] },
    );
    expect(result.data!._entities[0].matrix.cells[0]).toEqual({ huvudman: { id: '18' }, status: 'HUVUDMAN_UNAVAILABLE' });
    expect(result.data!._entities[0].matrix.unavailable).toEqual([{ id: '18' }]);
  });

  it('gives a trend: one matrix per year', async () => {
    const kommunValues = ['2022', '2023', '2024'].map((period, i) => value('1880', 100 + i, { period }));
    const result = await samverkan.query<{ _entities: { trend: { period: string; cells: { huvudman: { id: string }; value: number | null }[] }[] }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { trend(fromYear: 2022, toYear: 2024) { period cells { huvudman { id } value } } } } }',
      { r: [{ __typename: 'Indicator', id: 'sip-antal', kommunValues, regionValues: [], respondingKommuner: ['1880'] }] },
    );
    const trend = result.data!._entities[0].trend;
    expect(trend.map((m) => [m.period, m.cells.find((c) => c.huvudman.id === '1880')!.value])).toEqual([
      ['2022', 100],
      ['2023', 101],
      ['2024', 102],
    ]);
  });

  describe('reporting: who reported, from the periods alone', () => {
    /** What the gateway sends for `reporting`: only huvudmanId, period and gender of each value. */
    const periodsOnly = (values: { huvudmanId: string; period: string; gender: string }[]) =>
      values.map(({ huvudmanId, period, gender }) => ({ huvudmanId, period, gender }));
    const reportingOf = (id: string, representation: Record<string, unknown>, args = 'period: "2024"') =>
      samverkan.query<{
        _entities: {
          reporting: { period: string; gender: string; reported: { id: string }[]; notReported: { id: string }[]; unavailable: { id: string }[] };
        }[];
      }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { reporting(${args}) { period gender reported { id } notReported { id } unavailable { id } } } } }`,
        { r: [{ __typename: 'Indicator', id, ...representation }] },
      );

    it("gives the matrix's lists for the same values, from huvudmanId, period and gender alone", async () => {
      const full = await matrixOf('sip-antal', { kommunValues: sipValues, respondingKommuner: responding });
      const result = await reportingOf('sip-antal', { kommunValues: periodsOnly(sipValues), regionValues: [], respondingKommuner: responding });
      expect(result.errors).toBeUndefined();
      const { matrix } = full.data!._entities[0] as {
        matrix: { notReported: unknown; unavailable: unknown; cells: { huvudman: { id: string }; status: string }[] };
      };
      const reporting = result.data!._entities[0].reporting;
      expect(reporting).toMatchObject({ period: '2024', gender: 'T', notReported: matrix.notReported, unavailable: matrix.unavailable });
      expect(reporting.notReported).toEqual([{ id: '1864' }]);
      expect(reporting.unavailable).toEqual([{ id: '1862' }]);
      expect(reporting.reported).toEqual(matrix.cells.filter((c) => c.status === 'REPORTED').map((c) => c.huvudman));
      expect(reporting.reported).toHaveLength(10); // twelve kommuner less the silent and the unreachable one; the region does not report SIP
    });

    it('counts only the period and gender asked for, and a value reported as null as reported', async () => {
      const kommunValues = [value('1880', 4, { period: '2023' }), value('1881', null, { status: 'X' }), value('1882', 7, { gender: 'K' })];
      const everyone = kommuner.map((k) => k.code);
      const t = (await reportingOf('sip-antal', { kommunValues: periodsOnly(kommunValues), regionValues: [], respondingKommuner: everyone })).data!._entities[0]
        .reporting;
      expect(t.reported).toEqual([{ id: '1881' }]);
      expect(t.notReported.map((h) => h.id)).toEqual(everyone.filter((c) => c !== '1881'));
      const k = (
        await reportingOf('sip-antal', { kommunValues: periodsOnly(kommunValues), regionValues: [], respondingKommuner: everyone }, 'period: "2024", gender: K')
      ).data!._entities[0].reporting;
      expect(k).toMatchObject({ gender: 'K', reported: [{ id: '1882' }] });
    });

    it('marks the region unavailable when its list never arrived, and leaves out who does not report the indicator', async () => {
      const result = await reportingOf('hme-total', { kommunValues: [], respondingKommuner: [] });
      expect(result.data!._entities[0].reporting).toEqual({ period: '2024', gender: 'T', reported: [], notReported: [], unavailable: [{ id: '18' }] });
    });

    it.each([
      ['a string where the values list belongs', { kommunValues: 'x', respondingKommuner: ['1880'] }, 'kommunValues must be a list'],
      ['a string where the responding list belongs', { kommunValues: [], respondingKommuner: '1880' }, 'respondingKommuner must be a list'],
      [
        'an object where a huvudman id belongs',
        { kommunValues: [{ huvudmanId: { $ne: 1 }, period: '2024', gender: 'T' }], respondingKommuner: [] },
        'kommunValues[0].huvudmanId must be ID',
      ],
      [
        'a number where a huvudman id belongs',
        { kommunValues: [{ huvudmanId: 1880, period: '2024', gender: 'T' }], respondingKommuner: [] },
        'kommunValues[0].huvudmanId must be ID',
      ],
      [
        'a gender that is none',
        { kommunValues: [{ huvudmanId: '1880', period: '2024', gender: 'X' }], respondingKommuner: [] },
        'kommunValues[0].gender must be IndicatorGender',
      ],
      ['a value missing its period', { kommunValues: [{ huvudmanId: '1880', gender: 'T' }], respondingKommuner: [] }, 'kommunValues[0].period is missing'],
    ])('refuses a representation with %s, in reporting and matrix alike, naming where, instead of reading it', async (_label, representation, where) => {
      for (const result of [await reportingOf('sip-antal', representation), await matrixOf('sip-antal', representation)]) {
        expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'representations' } });
        expect(result.errors?.[0].message).toContain(`Representation refused: ${where}`);
      }
    });

    it('refuses a period of the wrong shape, naming it, as matrix does', async () => {
      const result = await reportingOf('sip-antal', { kommunValues: [], regionValues: [], respondingKommuner: [] }, 'period: "2024-03"');
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'period' } });
      expect(result.errors?.[0].message).toBe('Indicator sip-antal has yearly periods such as "2024"; "2024-03" is not one.');
    });
  });

  it.each([
    ['a month for a yearly indicator', 'period: "2024-03"', /yearly periods such as "2024"/],
    ['a trend over too many years', null, /at most 30 periods/],
  ])('refuses %s', async (_label, args, message) => {
    const query = args
      ? `query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { matrix(${args}) { period } } } }`
      : 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { trend(fromYear: 1990, toYear: 2024) { period } } } }';
    const result = await samverkan.query(query, {
      r: [{ __typename: 'Indicator', id: 'sip-antal', kommunValues: [], regionValues: [], respondingKommuner: [] }],
    });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0].message).toMatch(message);
  });

  it('computes the matrix of every indicator with one query per entity type', async () => {
    const ids = (await samverkan.orm.em.fork().find(Indicator, {})).map((i) => i.id);
    samverkan.takeQueries();
    const r = ids.map((id) => ({ __typename: 'Indicator', id, kommunValues: sipValues, regionValues: [], respondingKommuner: responding }));
    const result = await samverkan.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { name goals { id } matrix(period: "2024") { target { text } cells { huvudman { name lansdel { name } } status } lansdelar { lansdel { name } value } lan { value } } } } }',
      { r },
    );
    expect(result.errors).toBeUndefined();
    const tables = samverkan.takeQueries().map((q) => /from [`"](\w+)[`"]/.exec(q)?.[1]);
    expect(tables.sort()).toEqual(['huvudman', 'indicator', 'indicator_goal', 'indicator_target', 'lansdel'].sort());
  });
});

describe('defineIndicator', () => {
  const input = {
    id: 'test-andel',
    name: 'Testandel',
    description: 'En andel för test.',
    unit: 'SHARE_PERCENT',
    unitLabel: 'procent',
    direction: 'HIGHER_IS_BETTER',
    level: 'KOMMUN',
    periodType: 'YEAR',
    aggregation: 'POPULATION_WEIGHTED_MEAN',
    aggregationNote: null,
    koladaKpi: null,
    source: 'Test',
    targets: [{ year: 2025, kind: 'LEVEL', min: 50, text: 'minst 50 procent', source: 'Exempelmål', isExample: true }],
    goals: [],
  };
  const define = async (roles: ('secretariat' | 'writer')[] | null, overrides: Record<string, unknown> = {}) => {
    const token = roles ? await mintDevelopmentToken({ huvudman: '18', roles }) : undefined;
    return samverkan.query(
      'mutation($input: IndicatorInput!) { defineIndicator(input: $input) { id targets { year min } } }',
      { input: { ...input, ...overrides } },
      { token },
    );
  };
  const stored = async () => [await samverkan.orm.em.fork().count(Indicator), await samverkan.orm.em.fork().count(IndicatorTarget)];

  it.each([
    ['anonymous callers', null, 'UNAUTHENTICATED'],
    ['staff without the secretariat role', ['writer'] as const, 'FORBIDDEN'],
  ])('is refused to %s', async (_label, roles, code) => {
    const before = await stored();
    const result = await define(roles ? [...roles] : null);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['a sum over shares', { aggregation: 'SUM' }, /do not add up/],
    ['a weighted mean reported by the region', { level: 'REGION' }, /level KOMMUN/],
    ['no aggregate without a reason', { unit: 'INDEX', aggregation: 'NONE' }, /aggregationNote/],
    ['a Kolada id that is not the id', { koladaKpi: 'U23401' }, /must have that as its id/],
    ['an example target not marked as one', { targets: [{ ...input.targets[0], source: 'Beslut' }] }, /Exempelmål/],
    ['a personnummer in the description', { description: 'Kontakt 811218-9876' }, /personnummer/],
  ])('refuses %s and stores nothing', async (_label, overrides, message) => {
    const before = await stored();
    const result = await define(['secretariat'], overrides);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(message);
    expect(await stored()).toEqual(before);
  });

  it('lets the secretariat define and then redefine an indicator, replacing its targets', async () => {
    expect((await define(['secretariat'])).data).toEqual({ defineIndicator: { id: 'test-andel', targets: [{ year: 2025, min: 50 }] } });
    const again = await define(['secretariat'], { targets: [{ ...input.targets[0], year: 2026, min: 60 }] });
    expect(again.data).toEqual({ defineIndicator: { id: 'test-andel', targets: [{ year: 2026, min: 60 }] } });
    expect(await samverkan.orm.em.fork().count(IndicatorTarget, { indicatorId: 'test-andel' })).toBe(1);
  });
});
