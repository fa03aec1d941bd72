import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { regionSubgraph } from '../subgraph';
import { IndicatorValue } from './indicator-value.entity';

const region = useTestSubgraph(() => regionSubgraph());
let writer: string;

beforeAll(async () => {
  writer = await mintDevelopmentToken({ huvudman: '18', roles: ['writer'] });
});

const IMPORT = 'mutation($input: IndicatorImportInput!) { importRegionIndicatorValues(input: $input) { huvudmanId rows created updated unchanged } }';
const csv = (...lines: string[]) => ({ format: 'CSV', content: ['kpi,municipality,period,gender,value', ...lines].join('\n') });
const stored = async () => JSON.stringify(await region.orm.em.fork().find(IndicatorValue, {}, { orderBy: { id: 'asc' } }));

describe("region subgraph: the region's own indicator values", () => {
  it("seeds example values for the nämnd's indicators, marked as examples", async () => {
    const result = await region.query<{
      regionIndicatorValues: { huvudmanId: string; period: string; value: number; isExample: boolean; source: string; populationWeight: null }[];
    }>('{ regionIndicatorValues(indicatorId: "hme-total") { huvudmanId period value isExample source populationWeight } }');
    expect(result.data!.regionIndicatorValues.map((v) => [v.huvudmanId, v.period, v.isExample, v.populationWeight])).toEqual([
      ['18', '2023', true, null],
      ['18', '2024', true, null],
    ]);
    expect(result.data!.regionIndicatorValues.every((v) => v.source.startsWith('Exempeldata'))).toBe(true);
  });

  it('adds its values to the joint Indicator entity with one query, and an empty list for an unknown id', async () => {
    region.takeQueries();
    const result = await region.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { id regionValues { period gender value } } } }',
      {
        r: ['undvikbar-slutenvard', 'frisktal', 'nothing-here'].map((id) => ({ __typename: 'Indicator', id })),
      },
    );
    const entities = (result.data as { _entities: { id: string; regionValues: unknown[] }[] })._entities;
    expect(entities.map((e) => [e.id, e.regionValues.length])).toEqual([
      ['undvikbar-slutenvard', 9],
      ['frisktal', 6],
      ['nothing-here', 0],
    ]);
    expect(region.takeQueries()).toHaveLength(1);
  });

  it('imports rows for the region as Kolada names it ("0018"), and a second import leaves one copy', async () => {
    const input = csv('undvikbar-slutenvard,0018,2025,T,850', 'undvikbar-slutenvard,18,2025,K,820');
    expect((await region.query(IMPORT, { input }, { token: writer })).data).toEqual({
      importRegionIndicatorValues: { huvudmanId: '18', rows: 2, created: 2, updated: 0, unchanged: 0 },
    });
    expect((await region.query(IMPORT, { input }, { token: writer })).data).toEqual({
      importRegionIndicatorValues: { huvudmanId: '18', rows: 2, created: 0, updated: 0, unchanged: 2 },
    });
    expect(await region.orm.em.fork().count(IndicatorValue, { indicatorId: 'undvikbar-slutenvard', period: '2025' })).toBe(2);
  });

  it('refuses a whole file with a row for a kommun, listing it, and changes nothing', async () => {
    const before = await stored();
    const result = await region.query(
      IMPORT,
      { input: csv('undvikbar-slutenvard,0018,2026,T,840', 'undvikbar-slutenvard,1880,2026,T,790') },
      { token: writer },
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', refused: [{ row: 3, municipality: '1880' }] });
    expect(await stored()).toBe(before);
  });

  it.each([
    ['an anonymous caller', null, 'UNAUTHENTICATED'],
    ["a kommun's writer", { huvudman: '1880', roles: ['writer'] as const }, 'FORBIDDEN'],
  ])('refuses %s', async (_label, claims, code) => {
    const before = await stored();
    const token = claims ? await mintDevelopmentToken({ huvudman: claims.huvudman, roles: [...claims.roles] }) : undefined;
    const result = await region.query(IMPORT, { input: csv('hme-total,0018,2025,T,79') }, { token });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await stored()).toBe(before);
  });
});
