import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticCachePolicyPlugin } from './static-cache-policy';

// Every way a hint reaches an answer: type and field hints, a field overriding its type, inheritMaxAge,
// PRIVATE scope, root scalars (default 0), object fields without hints (0), interfaces whose
// implementations' fields differ, and entity fetches of several types.
const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  ${readFileSync(join(__dirname, 'cache-control.graphql'), 'utf8').replace('@inaccessible', '')}
  type Query {
    bodies: [Body!]!
    secret: Secret
    count: Int
    countHinted: Int @cacheControl(maxAge: 30)
    short: Body @cacheControl(maxAge: 20)
    nodes: [Node!]!
    wrapper: Wrapper @cacheControl(maxAge: 200)
    privateField: Body @cacheControl(scope: PRIVATE)
    fails: Body
    nothing: Body
  }
  type Mutation { touch: Body }
  type Body @key(fields: "id") @cacheControl(maxAge: 600) {
    id: ID!
    name: String
    members: [Member!]!
    note: String @cacheControl(maxAge: 40)
    inherited: Member @cacheControl(inheritMaxAge: true)
  }
  type Member { id: ID! }
  type Wrapper @cacheControl(inheritMaxAge: true) { body: Body plain: Plain }
  type Plain @cacheControl(inheritMaxAge: true) { x: Int }
  interface Node @cacheControl(maxAge: 300) { id: ID! }
  type A implements Node @key(fields: "id") @cacheControl(maxAge: 100) { id: ID! a: Int @cacheControl(maxAge: 10) }
  type B implements Node @cacheControl(maxAge: 50) { id: ID! b: Int }
  type Secret @cacheControl(scope: PRIVATE, maxAge: 60) { text: String }
`);

const body = { id: 'b1', name: 'Nämnd', members: [{ id: 'm1' }], note: 'n', inherited: { id: 'm2' } };
const resolvers = {
  Query: {
    bodies: () => [body],
    secret: () => ({ text: 's' }),
    count: () => 1,
    countHinted: () => 2,
    short: () => body,
    nodes: () => [
      { __typename: 'A', id: 'a1', a: 1 },
      { __typename: 'B', id: 'b1', b: 2 },
    ],
    wrapper: () => ({ body, plain: { x: 1 } }),
    privateField: () => body,
    nothing: () => null,
    fails: () => {
      throw new Error('no');
    },
  },
  Mutation: { touch: () => body },
  Node: { __resolveType: (n: { __typename: string }) => n.__typename },
  Body: { __resolveReference: () => body },
  A: { __resolveReference: ({ id }: { id: string }) => ({ id, a: 1 }) },
};

const servers = {
  apollo: new ApolloServer({ schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }) }),
  static: (() => {
    const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
    return new ApolloServer({ schema, plugins: [ApolloServerPluginCacheControlDisabled(), staticCachePolicyPlugin(schema)] });
  })(),
};

beforeAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.start()));
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.stop()));
});

async function cacheControl(server: ApolloServer, query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: new HeaderMap([['content-type', 'application/json']]),
      search: '',
      body: { query, variables: variables ?? {} },
    },
    context: async () => ({}),
  });
  return response.headers.get('cache-control');
}

const entities = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Body { id name } ... on A { id } } }';
const cases: [string, string, Record<string, unknown> | undefined, string][] = [
  ['a type hint', '{ bodies { id name } }', undefined, 'max-age=600, public'],
  ['a field hint under it', '{ bodies { id note } }', undefined, 'max-age=40, public'],
  ['an object field without a hint', '{ bodies { members { id } } }', undefined, 'no-store'],
  ['a field that inherits its parent', '{ bodies { inherited { id } } }', undefined, 'max-age=600, public'],
  ['a root scalar without a hint', '{ count }', undefined, 'no-store'],
  ['a root scalar with one', '{ countHinted }', undefined, 'max-age=30, public'],
  ['a field hint over its type', '{ short { id name } }', undefined, 'max-age=20, public'],
  ['a private type', '{ secret { text } }', undefined, 'max-age=60, private'],
  ['private wins', '{ bodies { id } secret { text } }', undefined, 'max-age=60, private'],
  ['a private field without maxAge', '{ privateField { id } }', undefined, 'max-age=600, private'],
  ['types that inherit', '{ wrapper { plain { x } body { id } } }', undefined, 'max-age=200, public'],
  ['interface implementations', '{ nodes { id ... on A { a } ... on B { b } } }', undefined, 'max-age=10, public'],
  ['an interface alone', '{ nodes { id } }', undefined, 'max-age=300, public'],
  ['named fragments', 'query { bodies { ...F } } fragment F on Body { id note }', undefined, 'max-age=40, public'],
  ['@include false', 'query ($m: Boolean!) { bodies { id members @include(if: $m) { id } } }', { m: false }, 'max-age=600, public'],
  ['@include true', 'query ($m: Boolean!) { bodies { id members @include(if: $m) { id } } }', { m: true }, 'no-store'],
  ['@skip by a default', 'query ($m: Boolean = true) { bodies { id members @skip(if: $m) { id } } }', {}, 'max-age=600, public'],
  ['@skip overridden', 'query ($m: Boolean = true) { bodies { id members @skip(if: $m) { id } } }', { m: false }, 'no-store'],
  ['entities of one type', entities, { representations: [{ __typename: 'Body', id: 'b1' }] }, 'max-age=600, public'],
  [
    'entities of two types',
    entities,
    {
      representations: [
        { __typename: 'Body', id: 'b1' },
        { __typename: 'A', id: 'a1' },
      ],
    },
    'max-age=100, public',
  ],
  ['entities given inline', '{ _entities(representations: [{ __typename: "A", id: "a1" }]) { ... on A { id } } }', undefined, 'max-age=100, public'],
  ['only __typename', '{ __typename }', undefined, 'no-store'],
  ['an error', '{ bodies { id } fails { id } }', undefined, 'no-store'],
  ['a mutation (as Apollo: the gateway never caches one)', 'mutation { touch { id } }', undefined, 'max-age=600, public'],
  ['an invalid query', '{ nothing }', undefined, 'no-store'],
];

describe('the static cache policy: the Cache-Control header Apollo’s cache-control plugin gives, without its per-field hook', () => {
  it.each(cases)('%s', async (_name, query, variables, expected) => {
    const ours = await cacheControl(servers.static, query, variables);
    expect(ours).toBe(expected);
    expect(ours).toBe(await cacheControl(servers.apollo, query, variables));
    // Remembered per document: the same answer again, and other inputs are not mixed up with it.
    expect(await cacheControl(servers.static, query, variables)).toBe(expected);
  });

  it('leaves a missing @include variable to execution’s own error, as Apollo’s plugin does', async () => {
    const query = 'query ($m: Boolean!) { bodies { id members @include(if: $m) { id } } }';
    const answer = async (server: ApolloServer) => {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query, variables: {} } },
        context: async () => ({}),
      });
      return {
        status: response.status,
        cacheControl: response.headers.get('cache-control'),
        body: response.body.kind === 'complete' ? response.body.string : '',
      };
    };
    const ours = await answer(servers.static);
    expect(JSON.parse(ours.body).errors[0].message).toBe('Variable "$m" of required type "Boolean!" was not provided.');
    expect(ours.cacheControl).toBe('no-store');
    expect(ours).toEqual(await answer(servers.apollo));
  });

  it('counts what the document selects, so it is never longer than Apollo’s where the answer holds less', async () => {
    // `members` lies under a null parent: Apollo's plugin never resolves it, this policy counts it.
    const query = '{ bodies { id } nothing { members { id } } }';
    expect(await cacheControl(servers.apollo, query)).toBe('max-age=600, public');
    expect(await cacheControl(servers.static, query)).toBe('no-store');
  });
});
