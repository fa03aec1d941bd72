import { buildSchema, parse } from 'graphql';
import { costAnnotationsOf, operationCost } from './list-cost';

const typeDefs = `
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  directive @cost(weight: Int!) on FIELD_DEFINITION
  type Query {
    bodies: [Body!]!
    council: Body
    search(first: Int): [Body!]! @listSize(assumedSize: 50, slicingArguments: ["first"])
    _entities(representations: [String!]!): [Body]!
  }
  type Body {
    id: ID!
    members: [Member!]! @listSize(assumedSize: 3)
    report: String @cost(weight: 7)
    tags: [String!]!
  }
  type Member { id: ID! body: Body! }
`;
const schema = buildSchema(typeDefs);
const annotations = costAnnotationsOf(parse(typeDefs));
const cost = (query: string, variables?: Record<string, unknown>) =>
  operationCost({ schema, document: parse(query), variables, annotations, defaultListSize: 10 });

describe('list-aware cost', () => {
  it('counts an object field as 1 and a scalar as 0', () => {
    expect(cost('{ council { id } }')).toBe(1);
  });

  it('multiplies what a list selects by its size: the default, or @listSize', () => {
    expect(cost('{ bodies { id } }')).toBe(10);
    expect(cost('{ council { members { id } } }')).toBe(1 + 3);
    expect(cost('{ bodies { members { id } } }')).toBe(10 * (1 + 3));
  });

  it('grows with every nested list level, as the answer does', () => {
    const two = cost('{ bodies { members { body { members { id } } } } }');
    const four = cost('{ bodies { members { body { members { body { members { body { members { id } } } } } } } } }');
    expect(two).toBe(10 * (1 + 3 * (1 + 1 + 3)));
    expect(four).toBeGreaterThan(two * 3 * 3);
  });

  it('takes a slicing argument over the assumed size, from the variables too', () => {
    expect(cost('{ search { id } }')).toBe(50);
    expect(cost('{ search(first: 2) { id } }')).toBe(2);
    expect(cost('query($n: Int) { search(first: $n) { id } }', { n: 4 })).toBe(4);
  });

  it('counts an _entities fetch by the representations it carries', () => {
    expect(cost('query($r: [String!]!) { _entities(representations: $r) { id members { id } } }', { r: ['a', 'b'] })).toBe(2 * (1 + 3));
  });

  it('stops counting past 10000 selections (fragments doubling at each level)', () => {
    const fragments = Array.from({ length: 16 }, (_, i) =>
      i === 0 ? 'fragment F0 on Query { bodies { id } }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`,
    );
    expect(() => cost(`{ ...F15 } ${fragments.join(' ')}`)).toThrow(/maximum allowed number of nodes/);
  });

  it('uses @cost weights, skips @skip-ped selections and charges nothing for introspection', () => {
    expect(cost('{ council { report } }')).toBe(1 + 7);
    expect(cost('query($s: Boolean!) { council { id } bodies @skip(if: $s) { id } }', { s: true })).toBe(1);
    expect(cost('{ __schema { types { fields { name type { name } } } } }')).toBe(0);
  });
});
