import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from './selected-fields';

// A real schema executed by graphql-js: the names are taken from the info graphql gives a resolver.
const schema = buildSchema(`
  type Query { item: Item }
  type Item { values: [Value!]! }
  type Value { period: String gender: String weight: Int year: Int }
`);

async function namesFor(query: string): Promise<string[]> {
  let seen: ReadonlySet<string> | undefined;
  const rootValue = {
    item: () => ({
      values: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen = selectedFieldNames(info);
        return [];
      },
    }),
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  return [...(seen ?? [])].sort();
}

describe('selectedFieldNames', () => {
  it('names the fields selected directly under the resolved field', async () => {
    expect(await namesFor('{ item { values { period gender } } }')).toEqual(['gender', 'period']);
  });

  it('reaches through inline fragments and named fragments, however nested', async () => {
    const query = `
      { item { values { period ... on Value { gender } ...Weighted } } }
      fragment Weighted on Value { ... on Value { weight } ...Year }
      fragment Year on Value { year }`;
    expect(await namesFor(query)).toEqual(['gender', 'period', 'weight', 'year']);
  });

  it('counts a field under @skip or @include as selected (never leaves out what may be asked)', async () => {
    expect(await namesFor('{ item { values { period weight @skip(if: true) year @include(if: false) } } }')).toEqual(['period', 'weight', 'year']);
  });

  it('merges the selections of the same field asked twice, and survives a fragment spread twice', async () => {
    const query = '{ item { values { period ...W } values { gender ...W } } } fragment W on Value { weight }';
    expect(await namesFor(query)).toEqual(['gender', 'period', 'weight']);
  });

  it('gives each document its own names, though the field is the same', async () => {
    expect(await namesFor('{ item { values { period } } }')).toEqual(['period']);
    expect(await namesFor('{ item { values { weight year } } }')).toEqual(['weight', 'year']);
  });
});
