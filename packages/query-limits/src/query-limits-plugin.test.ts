import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, parse, type DocumentNode } from 'graphql';
import { costAnnotationsOf } from './list-cost';
import { costKey, costLimitPlugin } from './query-limits-plugin';

const typeDefs = `
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query { search(first: Int): [Body!]! @listSize(assumedSize: 50, slicingArguments: ["first"]) _entities(representations: [String!]!): [Body]! }
  type Body { id: ID! members: [Body!]! @listSize(assumedSize: 3) }
`;
const schema = buildSchema(typeDefs);
const plugin = costLimitPlugin({ maxCost: 100, defaultListSize: 10 }, costAnnotationsOf(parse(typeDefs)));

/** The plugin's check as Apollo Server runs it: the same parsed document for the same query text. */
async function check(document: DocumentNode, variables: Record<string, unknown>): Promise<void> {
  const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<never>;
  await listener.didResolveOperation!({
    schema,
    document,
    request: { variables },
    operationName: null,
  } as unknown as GraphQLRequestContextDidResolveOperation<never>);
}

describe('cost limit plugin', () => {
  // The cost of a document is remembered per variables: a query once accepted is not waved through
  // with variables that make it dearer.
  it('costs the same document again for other variables', async () => {
    const document = parse('query ($n: Int) { search(first: $n) { id members { id } } }');
    await expect(check(document, { n: 5 })).resolves.toBeUndefined();
    await expect(check(document, { n: 5 })).resolves.toBeUndefined();
    await expect(check(document, { n: 40 })).rejects.toMatchObject({ extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 160 } });
    await expect(check(document, { n: 40 })).rejects.toMatchObject({ extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 160 } });
    await expect(check(document, { n: 5 })).resolves.toBeUndefined();
  });

  // An entity fetch's representations count by their number: a view's @requires payload is not
  // serialised per request to look the cost up, and a longer list is still costed anew.
  it('costs an entity fetch by the number of its representations, whatever they carry', async () => {
    const document = parse('query ($r: [String!]!) { _entities(representations: $r) { id } }');
    const reps = (n: number, text: string) => Array.from({ length: n }, (_, i) => `${text}${i}`);
    await expect(check(document, { r: reps(30, 'a') })).resolves.toBeUndefined();
    await expect(check(document, { r: reps(120, 'a') })).rejects.toMatchObject({ extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 120 } });
    await expect(check(document, { r: reps(30, 'other') })).resolves.toBeUndefined();
    await expect(check(document, { r: reps(120, 'other') })).rejects.toMatchObject({ extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 120 } });
  });

  it('keys the cost by numbers, booleans and list lengths, not by list contents', () => {
    expect(costKey('Q', { r: [{ id: '1', big: 'x'.repeat(1000) }], n: 5 })).toBe(costKey('Q', { r: [{ id: '2' }], n: 5 }));
    expect(costKey('Q', { r: [{ id: '1' }], n: 5 })).not.toBe(costKey('Q', { r: [{ id: '1' }, { id: '2' }], n: 5 }));
    expect(costKey('Q', { n: 5, on: true })).not.toBe(costKey('Q', { n: 5, on: false }));
    expect(costKey('Q', { n: 5 })).not.toBe(costKey('R', { n: 5 }));
  });
});
