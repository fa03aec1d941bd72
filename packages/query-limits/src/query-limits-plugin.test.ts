import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, parse, type DocumentNode } from 'graphql';
import { costAnnotationsOf } from './list-cost';
import { costLimitPlugin } from './query-limits-plugin';

const typeDefs = `
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query { search(first: Int): [Body!]! @listSize(assumedSize: 50, slicingArguments: ["first"]) }
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
});
