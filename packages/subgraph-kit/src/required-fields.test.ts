import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { guardRequiredFields } from './required-fields';

/** A subgraph whose `Service.total` requires the owners' figures, as samverkan's views do. */
const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires"])
  enum Unit { SEK EUR }
  type Figures { owner: ID! unit: Unit! amounts: [Int!]! note: String }
  type Service @key(fields: "id") {
    id: ID!
    regionFigures: Figures @external
    kommunFigures: [Figures!] @external
    "The sum of every owner's amounts."
    total: Int @requires(fields: "regionFigures { owner unit amounts } kommunFigures { owner unit amounts }")
    "How many owners sent figures."
    owners: Int @requires(fields: "regionFigures { owner unit amounts } kommunFigures { owner unit amounts }")
    name: String
  }
  type Query { ping: Int }
`);

interface Figures {
  owner: string;
  amounts: number[];
}
interface Service {
  regionFigures?: Figures | null;
  kommunFigures?: (Figures | null)[] | null;
}
const figuresOf = (s: Service) => [s.regionFigures, ...(s.kommunFigures ?? [])].filter((f): f is Figures => f != null);
let totals = 0;
const schema = guardRequiredFields(
  buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Service: {
        __resolveReference: (ref: Service) => ref,
        total: (s: Service) => {
          totals += 1;
          return figuresOf(s).reduce((sum, f) => sum + f.amounts.reduce((a, b) => a + b, 0), 0);
        },
        owners: (s: Service) => figuresOf(s).length,
        name: () => 'Mobila teamet',
      },
    } as never,
  }),
);

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Service { id name total owners } } }';
const figures = (owner: string, amounts: unknown = [1, 2]) => ({ owner, unit: 'SEK', amounts });
const ask = (representation: Record<string, unknown>) =>
  graphql({ schema, source: ENTITIES, variableValues: { r: [{ __typename: 'Service', id: 's1', ...representation }] } });

describe('guardRequiredFields', () => {
  it('lets well-formed figures through, and null for an owner that did not answer, at the top and in the list', async () => {
    const result = await ask({ regionFigures: null, kommunFigures: [figures('1880'), null, figures('1881', [4])] });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id: 's1', name: 'Mobila teamet', total: 7, owners: 2 }] });
  });

  it.each([
    ['a string where a list belongs', { kommunFigures: '18801881' }, 'kommunFigures must be a list ([Figures!]), not a string.'],
    ['a list where an object belongs', { regionFigures: [figures('18')] }, 'regionFigures must be an object (Figures), not a list.'],
    ['a number where an id belongs', { regionFigures: { ...figures('18'), owner: 18 } }, 'regionFigures.owner must be ID, a string, not a number 18.'],
    ['a value outside an enum', { kommunFigures: [{ ...figures('1880'), unit: 'NOK' }] }, 'kommunFigures[0].unit must be Unit, not a string "NOK".'],
    ['a string where an Int belongs', { kommunFigures: [figures('1880', [1, '2'])] }, 'kommunFigures[0].amounts[1] must be Int, not a string "2".'],
    ['a fraction where an Int belongs', { kommunFigures: [figures('1880', [1.5])] }, 'kommunFigures[0].amounts[0] must be Int, not a number 1.5.'],
    [
      'a null inside an owner’s own non-null list',
      { kommunFigures: [figures('1880', [1, null])] },
      'kommunFigures[0].amounts[1] is missing; it is non-null (Int!).',
    ],
    ['an owner’s figures without their owner', { kommunFigures: [{ unit: 'SEK', amounts: [] }] }, 'kommunFigures[0].owner is missing; it is non-null (ID!).'],
  ])('refuses %s in each requiring field, naming the path, and keeps the entity and its other fields', async (_label, representation, problem) => {
    const result = await ask(representation);
    expect(result.data).toEqual({ _entities: [{ id: 's1', name: 'Mobila teamet', total: null, owners: null }] });
    expect(result.errors?.map((e) => [e.path, e.message, e.extensions])).toEqual(
      ['total', 'owners'].map((field) => [['_entities', 0, field], `Representation refused: ${problem}`, { code: 'BAD_USER_INPUT', field: 'representations' }]),
    );
  });

  it('does not resolve a refused field', async () => {
    totals = 0;
    await ask({ kommunFigures: 'x' });
    expect(totals).toBe(0);
  });

  it('ignores what the requirement does not name (a field the caller added, a field left out of the selection)', async () => {
    const result = await ask({ regionFigures: { ...figures('18'), note: 42, extra: { $ne: 1 } } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id: 's1', name: 'Mobila teamet', total: 3, owners: 1 }] });
  });
});
