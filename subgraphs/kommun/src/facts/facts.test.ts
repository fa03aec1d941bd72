import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { AuditRecord, useTestSubgraph } from '@orebro/subgraph-kit';
import { PopulationFigure } from './population-figure.entity';
import { reportPopulation } from './population.service';
import { kommunSubgraph } from '../subgraph';

const kumla = useTestSubgraph(() => kommunSubgraph('1881'));

describe('kommun subgraph (instance for Kumla, 1881)', () => {
  it('serves its own kommun with its seeded 2024 population from SCB', async () => {
    const result = await kumla.query('{ municipality(code: "1881") { code name population(year: 2024) populations { year value source isExample } } }');
    expect(result).toEqual({
      data: {
        municipality: {
          code: '1881',
          name: 'Kumla',
          population: 22681,
          populations: [{ year: 2024, value: 22681, source: 'SCB, folkmängd 31 December 2024', isExample: false }],
        },
      },
    });
  });

  it('answers null for another kommun, at the root and as an entity, so merged answers stay well defined', async () => {
    const result = await kumla.query(
      'query($r: [_Any!]!) { municipality(code: "1880") { code } _entities(representations: $r) { ... on Municipality { code } } }',
      {
        r: [
          { __typename: 'Municipality', code: '1880' },
          { __typename: 'Municipality', code: '1881' },
        ],
      },
    );
    expect(result.data).toEqual({ municipality: null, _entities: [null, { code: '1881' }] });
  });

  it('gives null for a year it has no figure for', async () => {
    const result = await kumla.query('{ municipality(code: "1881") { population(year: 1990) } }');
    expect(result.data).toEqual({ municipality: { population: null } });
  });

  it('resolves many entity references with one SQL query per entity type', async () => {
    kumla.takeQueries();
    const r = Array.from({ length: 20 }, () => ({ __typename: 'Municipality', code: '1881' }));
    const result = await kumla.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { name population(year: 2024) populations { year } } } }',
      { r },
    );
    expect(result.errors).toBeUndefined();
    const queries = kumla.takeQueries();
    expect(queries.filter((q) => q.includes('kommun_profile'))).toHaveLength(1);
    expect(queries.filter((q) => q.includes('population_figure'))).toHaveLength(1);
    expect(queries).toHaveLength(2);
  });

  it('names a missing year argument as the problem', async () => {
    const result = await kumla.query('{ municipality(code: "1881") { population } }');
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(result.errors?.[0].message).toContain('year');
  });
});

describe('reportPopulation', () => {
  const report = (input: Partial<Parameters<typeof reportPopulation>[2]>) =>
    reportPopulation(kumla.orm.em.fork(), '1881', { kommunCode: '1881', year: 2023, value: 22000, source: 'SCB', isExample: false, ...input });
  const stored = () => kumla.orm.em.fork().find(PopulationFigure, {}, { orderBy: { year: 'asc' } });

  it.each([
    ['another kommun', { kommunCode: '1880' }, /kommun 1881 only; refused a figure for 1880/],
    ['a negative value', { value: -1 }, /non-negative/],
    ['a year out of range', { year: 3000 }, /year must be a year from 1968 to 2100, got 3000/],
    ['an implausible population', { value: 2_000_000_000 }, /value must be a non-negative whole number, at most 20 000 000/],
    ['no source', { source: ' ' }, /source/],
  ])('refuses %s and stores nothing', async (_label, input, message) => {
    const before = await stored();
    await expect(report(input)).rejects.toThrow(message);
    expect(await stored()).toEqual(before);
  });

  it('replaces a year already reported instead of adding a second figure', async () => {
    await report({ year: 2023, value: 22000 });
    await report({ year: 2023, value: 22100 });
    const figures = (await stored()).filter((f) => f.year === 2023);
    expect(figures.map((f) => f.value)).toEqual([22100]);
  });
});

describe('Mutation.reportPopulation', () => {
  const REPORT = 'mutation($input: PopulationInput!) { reportPopulation(input: $input) { year value source } }';
  const input = { kommunCode: '1881', year: 2025, value: 22900, source: 'SCB, folkmängd 31 December 2025' };
  const count2025 = async () => kumla.orm.em.fork().count(PopulationFigure, { year: 2025 });

  it.each([
    ['an anonymous caller', undefined, 'UNAUTHENTICATED'],
    ['Kumla staff without the writer role', { huvudman: '1881', roles: [] }, 'FORBIDDEN'],
    ['a writer of another kommun', { huvudman: '1880', roles: ['writer'] }, 'FORBIDDEN'],
    ['a region writer', { huvudman: '18', roles: ['writer'] }, 'FORBIDDEN'],
  ] as const)('refuses %s and stores nothing', async (_label, claims, code) => {
    const token = claims ? await mintDevelopmentToken({ huvudman: claims.huvudman, roles: [...claims.roles] }) : undefined;
    const result = await kumla.query(REPORT, { input }, { token });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await count2025()).toBe(0);
  });

  it('lets a Kumla writer report Kumla’s figure, and audits it', async () => {
    const token = await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'], subject: 'anna' });
    const result = await kumla.query(REPORT, { input }, { token });
    expect(result).toEqual({ data: { reportPopulation: { year: 2025, value: 22900, source: input.source } } });
    const [record] = await kumla.orm.em.fork().find(AuditRecord, { operation: 'Mutation.reportPopulation', outcome: 'succeeded' });
    expect(record).toMatchObject({ subject: 'anna', huvudman: '1881', roles: ['writer'], action: 'write', entityIds: ['1881'] });
    expect(JSON.stringify(record)).not.toContain(token);
  });
});
