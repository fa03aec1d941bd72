import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { AuditRecord, useTestSubgraph } from '@orebro/subgraph-kit';
import { PopulationFigure } from '../facts/population-figure.entity';
import { kommunSubgraph } from '../subgraph';
import { IndicatorValue } from './indicator-value.entity';

const kumla = useTestSubgraph(() => kommunSubgraph('1881'));
let writer: string;

beforeAll(async () => {
  writer = await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] });
});

const IMPORT = `mutation($code: ID!, $input: IndicatorImportInput!) {
  importKommunIndicatorValues(kommunCode: $code, input: $input) { huvudmanId rows created updated unchanged } }`;
const row = (kpi: string, municipality: string, period: number, values: [string, number | null][]) => ({
  kpi,
  municipality,
  period,
  values: values.map(([gender, value]) => ({ gender, count: 1, status: '', value })),
});
const importFile = (rows: unknown[], options: { token?: string; code?: string } = {}) =>
  kumla.query<{ importKommunIndicatorValues: Record<string, unknown> }>(
    IMPORT,
    { code: options.code ?? '1881', input: { format: 'KOLADA_JSON', content: JSON.stringify(rows) } },
    { token: options.token ?? writer },
  );
/** Everything the instance stores that an import may touch. */
const stored = async () => {
  const em = kumla.orm.em.fork();
  const values = await em.find(IndicatorValue, {}, { orderBy: { id: 'asc' } });
  const figures = await em.find(PopulationFigure, {}, { orderBy: { id: 'asc' } });
  return JSON.stringify([values, figures]);
};

describe('kommun instance (Kumla, 1881): its own indicator values', () => {
  it('seeds example values for the handlingsplan indicators, marked as examples, per gender as Kolada gives them', async () => {
    const result = await kumla.query<{
      kommunIndicatorValues: { period: string; gender: string; value: number; isExample: boolean; source: string; huvudmanId: string }[];
    }>('{ kommunIndicatorValues(kommunCode: "1881", indicatorId: "sip-antal") { huvudmanId period gender value isExample source } }');
    const values = result.data!.kommunIndicatorValues;
    expect(values.map((v) => `${v.period}${v.gender}`)).toEqual(['2022T', '2022K', '2022M', '2023T', '2023K', '2023M', '2024T', '2024K', '2024M']);
    expect(values.every((v) => v.isExample && v.source.startsWith('Exempeldata') && v.huvudmanId === '1881')).toBe(true);
    const of = (period: string, gender: string) => values.find((v) => v.period === period && v.gender === gender)!.value;
    expect(of('2024', 'K') + of('2024', 'M')).toBe(of('2024', 'T'));
  });

  it('serves the real population (N01951) from its facts, not a second copy, and uses it as the weight', async () => {
    const result = await kumla.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { id kommunValues { period gender value isExample source populationWeight populationYear } respondingKommuner } } }',
      {
        r: [{ __typename: 'Indicator', id: 'N01951' }],
      },
    );
    expect(result.data).toEqual({
      _entities: [
        {
          id: 'N01951',
          kommunValues: [
            {
              period: '2024',
              gender: 'T',
              value: 22681,
              isExample: false,
              source: 'SCB, folkmängd 31 December 2024',
              populationWeight: 22681,
              populationYear: 2024,
            },
          ],
          respondingKommuner: ['1881'],
        },
      ],
    });
    expect(await kumla.orm.em.fork().count(IndicatorValue, { indicatorId: 'N01951' })).toBe(0);
  });

  it('always answers for the joint entity (an empty list for an unknown indicator), and nothing for another kommun', async () => {
    const result = await kumla.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { kommunValues { value } respondingKommuner } } other: kommunIndicatorValues(kommunCode: "1880", indicatorId: "sip-antal") { value } }',
      {
        r: [{ __typename: 'Indicator', id: 'no-such-indicator' }],
      },
    );
    expect(result.data).toEqual({ _entities: [{ kommunValues: [], respondingKommuner: ['1881'] }], other: [] });
  });

  it('resolves the values of many indicators with one query per table', async () => {
    kumla.takeQueries();
    const r = ['N01951', 'sip-antal', 'fallskador-65', 'aterinskrivning-30-dagar-65', 'utskrivningsklar-dagar', 'samverkansavvikelser', 'x1', 'x2'].map(
      (id) => ({ __typename: 'Indicator', id }),
    );
    const result = await kumla.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { kommunValues { value populationWeight populationYear } respondingKommuner } } }',
      { r },
    );
    expect(result.errors).toBeUndefined();
    const queries = kumla.takeQueries();
    expect(queries.filter((q) => q.includes('indicator_value'))).toHaveLength(1);
    expect(queries.filter((q) => q.includes('population_figure'))).toHaveLength(1);
    expect(queries).toHaveLength(2);
  });

  it('reads no population figures when no weight is asked for, however the selection is written', async () => {
    const r = ['sip-antal', 'fallskador-65'].map((id) => ({ __typename: 'Indicator', id }));
    /** The values of the first indicator, and the population reads the request made. */
    const ask = async (selection: string) => {
      kumla.takeQueries();
      const result = await kumla.query<{ _entities: { kommunValues: { populationWeight?: number; populationYear?: number }[] }[] }>(
        // A selection that defines a fragment closes the operation itself.
        selection.includes('fragment')
          ? `query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator ${selection}`
          : `query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator ${selection} } }`,
        { r },
      );
      expect(result.errors).toBeUndefined();
      return { values: result.data!._entities[0].kommunValues, populationReads: kumla.takeQueries().filter((q) => q.includes('population_figure')) };
    };
    for (const selection of [
      '{ kommunValues { huvudmanId period gender } }',
      '{ kommunValues { ... on IndicatorValue { period } } }',
      '{ kommunValues { ...V } } } } fragment V on IndicatorValue { period value }',
    ]) {
      const { values, populationReads } = await ask(selection);
      expect(values.length).toBeGreaterThan(0);
      expect(populationReads).toEqual([]);
    }
    // A weight asked for in any of those ways is read and given.
    for (const selection of [
      '{ kommunValues { period populationWeight } }',
      '{ kommunValues { ... on IndicatorValue { populationYear } } }',
      '{ kommunValues { ...V } } } } fragment V on IndicatorValue { populationWeight }',
    ]) {
      const { values, populationReads } = await ask(selection);
      expect(values[0].populationWeight ?? values[0].populationYear).toEqual(expect.any(Number));
      expect(populationReads).toHaveLength(1);
    }
  });

  it('reads only the period columns when only who reported when is asked, and answers as the whole read does', async () => {
    const ids = ['N01951', 'sip-antal', 'fallskador-65', 'utskrivningsklar-dagar', 'x1'];
    const r = ids.map((id) => ({ __typename: 'Indicator', id }));
    type Answer = { _entities: { kommunValues: Record<string, unknown>[] }[] };
    const ask = (selection: string) =>
      kumla.query<Answer>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { kommunValues { ${selection} } } } }`, { r });
    kumla.takeQueries();
    const lean = await ask('__typename huvudmanId indicatorId period gender');
    const reads = kumla.takeQueries().filter((q) => q.includes('indicator_value'));
    expect(reads).toHaveLength(1);
    expect(reads[0]).not.toMatch(/\bsource\b|\bvalue\b|\bstatus\b|\*/);
    const whole = await ask('__typename huvudmanId indicatorId period gender value source');
    expect(lean.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    const periods = (a: Answer) =>
      a._entities.map((e) =>
        e.kommunValues.map(({ __typename, huvudmanId, indicatorId, period, gender }) => ({ __typename, huvudmanId, indicatorId, period, gender })),
      );
    expect(periods(lean.data!)).toEqual(periods(whole.data!));
    expect(lean.data!._entities.flatMap((e) => e.kommunValues).length).toBeGreaterThan(ids.length);
  });

  it('derives the population KPI from the population figures even when no weight is asked for', async () => {
    const result = await kumla.query<{ _entities: { kommunValues: { period: string; value: number }[] }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { kommunValues { period value } } } }',
      { r: [{ __typename: 'Indicator', id: 'N01951' }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].kommunValues).toEqual([{ period: expect.stringMatching(/^\d{4}$/), value: 22681 }]);
  });
});

describe('importKommunIndicatorValues', () => {
  const file = [
    row('sip-antal', '1881', 2025, [
      ['T', 60],
      ['K', 33],
      ['M', 27],
    ]),
    row('utskrivningsklar-dagar', '1881', 2025, [['T', 2.4]]),
  ];

  it('stores a file, and a second import of the same file leaves one copy', async () => {
    const first = await importFile(file);
    expect(first.data).toEqual({ importKommunIndicatorValues: { huvudmanId: '1881', rows: 4, created: 4, updated: 0, unchanged: 0 } });
    const again = await importFile(file);
    expect(again.data).toEqual({ importKommunIndicatorValues: { huvudmanId: '1881', rows: 4, created: 0, updated: 0, unchanged: 4 } });
    expect(await kumla.orm.em.fork().count(IndicatorValue, { period: '2025' })).toBe(4);
  });

  it('updates a re-imported value instead of adding one', async () => {
    const result = await importFile([row('sip-antal', '1881', 2025, [['T', 61]])]);
    expect(result.data!.importKommunIndicatorValues).toMatchObject({ created: 0, updated: 1 });
    const values = await kumla.orm.em.fork().find(IndicatorValue, { indicatorId: 'sip-antal', period: '2025', gender: 'T' });
    expect(values.map((v) => Number(v.value))).toEqual([61]);
  });

  it('refuses a whole file with one row for another kommun, lists the refused row and changes nothing', async () => {
    const before = await stored();
    const result = await importFile([
      row('sip-antal', '1881', 2026, [['T', 70]]),
      row('sip-antal', '1880', 2026, [['T', 700]]),
      row('sip-antal', '1881', 2025, [['T', 99]]),
    ]);
    expect(result.data?.importKommunIndicatorValues ?? null).toBeNull();
    const [error] = result.errors!;
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      refused: [
        {
          row: 2,
          kpi: 'sip-antal',
          municipality: '1880',
          period: '2026',
          gender: 'T',
          reason: expect.stringMatching(/huvudman 1880; this subgraph holds values for 1881 only/),
        },
      ],
    });
    expect(error.message).toMatch(/nothing was stored/);
    expect(await stored()).toBe(before);
  });

  it.each([
    ['a file that is not JSON', { format: 'KOLADA_JSON', content: '[{"kpi":' }, /not valid JSON/],
    ['a malformed period', { format: 'KOLADA_JSON', content: JSON.stringify([row('sip-antal', '1881', 24, [['T', 1]])]) }, /period "24"/],
    ['an unknown gender', { format: 'CSV', content: 'kpi,municipality,period,gender,value\nsip-antal,1881,2026,X,1\n' }, /gender "X"/],
    [
      'the same value twice',
      { format: 'CSV', content: 'kpi,municipality,period,gender,value\nsip-antal,1881,2026,T,1\nsip-antal,1881,2026,T,2\n' },
      /appear twice/,
    ],
    [
      'a population that is not a whole number',
      { format: 'KOLADA_JSON', content: JSON.stringify([row('N01951', '1881', 2023, [['T', 22000.5]])]) },
      /non-negative whole number/,
    ],
    ['an empty file', { format: 'CSV', content: 'kpi,municipality,period,gender,value\n' }, /holds no values/],
  ])('refuses %s and changes nothing', async (_label, input, message) => {
    const before = await stored();
    const result = await kumla.query(IMPORT, { code: '1881', input }, { token: writer });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const refused = result.errors?.[0].extensions?.refused as { reason: string }[];
    expect(refused.map((r) => r.reason).join('\n')).toMatch(message);
    expect(await stored()).toBe(before);
  });

  it("updates the kommun's population figure from N01951 (T) and keeps its gender breakdown beside it", async () => {
    const result = await kumla.query(
      IMPORT,
      {
        code: '1881',
        input: {
          format: 'CSV',
          content: 'kpi;municipality;period;gender;value\nN01951;1881;2023;T;22500\nN01951;1881;2023;K;11200\nN01951;1881;2023;M;11300\n',
        },
      },
      { token: writer },
    );
    expect(result.data).toEqual({ importKommunIndicatorValues: { huvudmanId: '1881', rows: 3, created: 3, updated: 0, unchanged: 0 } });
    const facts = await kumla.query<{ municipality: { populations: { year: number; value: number; source: string }[] } }>(
      '{ municipality(code: "1881") { populations { year value source } } }',
    );
    expect(facts.data!.municipality.populations).toEqual([
      { year: 2023, value: 22500, source: 'Källa: Kolada' },
      { year: 2024, value: 22681, source: 'SCB, folkmängd 31 December 2024' },
    ]);
    const n = await kumla.query<{ kommunIndicatorValues: { period: string; gender: string; value: number }[] }>(
      '{ kommunIndicatorValues(kommunCode: "1881", indicatorId: "N01951") { period gender value } }',
    );
    expect(n.data!.kommunIndicatorValues).toEqual([
      { period: '2023', gender: 'T', value: 22500 },
      { period: '2023', gender: 'K', value: 11200 },
      { period: '2023', gender: 'M', value: 11300 },
      { period: '2024', gender: 'T', value: 22681 },
    ]);
  });

  it.each([
    ['an anonymous caller', null, '1881', 'UNAUTHENTICATED'],
    ['a writer of another kommun', { huvudman: '1880', roles: ['writer'] }, '1881', 'FORBIDDEN'],
    ['staff of this kommun without the writer role', { huvudman: '1881', roles: [] }, '1881', 'FORBIDDEN'],
    ["this kommun's writer naming another kommun", { huvudman: '1881', roles: ['writer'] }, '1880', 'BAD_USER_INPUT'],
  ] as const)('refuses %s and stores nothing', async (_label, claims, code, errorCode) => {
    const before = await stored();
    const token = claims ? await mintDevelopmentToken({ huvudman: claims.huvudman, roles: [...claims.roles] }) : undefined;
    const result = await kumla.query(
      IMPORT,
      { code, input: { format: 'KOLADA_JSON', content: JSON.stringify([row('sip-antal', '1881', 2027, [['T', 1]])]) } },
      { token },
    );
    expect(result.errors?.[0].extensions?.code).toBe(errorCode);
    expect(await stored()).toBe(before);
  });

  it("audits every import in the kommun's own database", async () => {
    const records = await kumla.orm.em.fork().find(AuditRecord, { operation: 'Mutation.importKommunIndicatorValues' });
    expect(records.map((r) => r.outcome)).toEqual(expect.arrayContaining(['succeeded', 'failed', 'denied']));
  });

  // Bad representations sent straight to the subgraph: told what is wrong, not "Internal server error."
  it.each([
    ['a string', 'x', /Representation 0 is not an object with a __typename/],
    ['an object without __typename', { id: 'sip-antal' }, /Representation 0 is not an object with a __typename/],
    ['an unknown type', { __typename: 'Nope', id: '1' }, /Representation 0 names "Nope", which is not an entity type of this subgraph/],
    ['a type that is not an entity', { __typename: 'IndicatorValue', id: '1' }, /names "IndicatorValue", which is not an entity type/],
  ])('refuses %s as an entity representation with BAD_USER_INPUT', async (_name, representation, message) => {
    const result = await kumla.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { respondingKommuner } } }', {
      r: [representation],
    });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('still answers a good representation', async () => {
    const result = await kumla.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { respondingKommuner } } }', {
      r: [{ __typename: 'Indicator', id: 'sip-antal' }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ respondingKommuner: ['1881'] }] });
  });
});
