import { ApolloServer } from '@apollo/server';
import { GraphQLError, GraphQLScalarType, Kind, buildSchema } from 'graphql';
import { GATEWAY_QUERY_LIMITS, SUBGRAPH_QUERY_LIMITS } from './limits-config';
import { limitedServerOptions } from './server-options';

/** A whole-number scalar, as the graph's `Sek`: the parsers a gateway is given (its schema has the name only). */
const Whole = new GraphQLScalarType<number, number>({
  name: 'Whole',
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new GraphQLError(`A whole number, got ${JSON.stringify(value)}.`);
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError(`A whole number, got ${ast.kind === Kind.FLOAT || ast.kind === Kind.STRING ? ast.value : ast.kind}.`);
    return Number(ast.value);
  },
});

// Built from SDL, as Apollo Gateway builds its schema: `Whole` parses with identity here.
const schema = buildSchema(`
  scalar Whole
  enum Kind { A B }
  input Cost { year: Int! amount: Whole! }
  input Report { amount: Whole costs: [Cost!] }
  type Region { id: ID! name: String }
  type Query { region: Region a: Query search(kinds: [Kind!]): [String!] }
  type Mutation { report(amount: Whole, input: Report, amounts: [Whole!]): Boolean }
`);

async function serverWith(limits: typeof GATEWAY_QUERY_LIMITS, scalars = [Whole]) {
  const limited = limitedServerOptions({ ...limits, introspection: false }, { listSizes: new Map(), weights: new Map() } as never, undefined, scalars);
  const server = new ApolloServer({
    schema,
    introspection: limited.introspection,
    parseOptions: limited.parseOptions,
    validationRules: limited.validationRules,
    plugins: limited.plugins,
    formatError: limited.formatError,
    rootValue: { report: () => true, region: { id: '18' } },
  });
  await server.start();
  return server;
}

async function answer(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const result = await server.executeOperation({ query, variables });
  if (result.body.kind !== 'single') throw new Error('streamed');
  const error = result.body.singleResult.errors?.[0];
  return { status: result.http.status ?? 200, message: error?.message, code: error?.extensions?.code };
}

describe('the limited server options', () => {
  let gateway: ApolloServer;
  let subgraph: ApolloServer;
  beforeAll(async () => {
    gateway = await serverWith(GATEWAY_QUERY_LIMITS);
    subgraph = await serverWith(SUBGRAPH_QUERY_LIMITS);
  });
  afterAll(async () => {
    await gateway.stop();
    await subgraph.stop();
  });

  describe('custom scalars the schema knows by name only', () => {
    const REPORT = 'mutation($input: Report) { report(input: $input) }';
    it.each([
      [
        'an exponent string',
        REPORT,
        { input: { amount: '1e3' } },
        /^Variable "\$input" got invalid value "1e3" at "input.amount"; A whole number, got "1e3"\.$/,
      ],
      ['a fraction', REPORT, { input: { amount: 10.5 } }, /\$input.*at "input.amount".*got 10.5/],
      ['2^60', REPORT, { input: { amount: 2 ** 60 } }, /\$input.*at "input.amount"/],
      [
        'inside a list of input objects',
        REPORT,
        {
          input: {
            costs: [
              { year: 1, amount: 1 },
              { year: 2, amount: 0.5 },
            ],
          },
        },
        /\$input.*at "input.costs\[1\].amount"/,
      ],
      ['a scalar variable', 'mutation($a: Whole) { report(amount: $a) }', { a: 'x' }, /^Variable "\$a" got invalid value "x"; A whole number/],
      ['in a list variable', 'mutation($a: [Whole!]) { report(amounts: $a) }', { a: [1, 2.5] }, /\$a.*at "a\[1\]"/],
      ['a single value for a list', 'mutation($a: [Whole!]) { report(amounts: $a) }', { a: 2.5 }, /\$a.*got invalid value 2.5/],
      ['a variable used inside an input literal', 'mutation($a: Whole!) { report(input: { amount: $a }) }', { a: '1e3' }, /\$a/],
    ])('refuses %s in a variable: 400 BAD_USER_INPUT naming it', async (_label, query, variables, message) => {
      expect(await answer(gateway, query, variables)).toEqual({ status: 400, message: expect.stringMatching(message), code: 'BAD_USER_INPUT' });
    });

    it.each([
      ['a float', 'mutation { report(amount: 10.5) }', /Expected value of type "Whole", found 10.5; A whole number, got 10.5/],
      ['a string', 'mutation { report(amount: "1e3") }', /found "1e3"/],
      ['in an input object in a list', 'mutation { report(input: { costs: [{ year: 1, amount: 2.5 }] }) }', /found 2.5/],
      ['in a list', 'mutation { report(amounts: [1, 2.5]) }', /found 2.5/],
      ['a list where one is expected', 'mutation { report(amount: [1]) }', /found \[1\]/],
      ['an object where one is expected', 'mutation { report(amount: { a: 1 }) }', /found \{a: 1\}/],
      ['a variable default', 'mutation($a: Whole = 1.5) { report(amount: $a) }', /found 1.5/],
    ])('refuses %s as a literal: a validation error', async (_label, query, message) => {
      expect(await answer(gateway, query)).toEqual({ status: 400, message: expect.stringMatching(message), code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('accepts whole numbers however given', async () => {
      expect(
        await answer(gateway, 'mutation($i: Report, $a: [Whole!]) { report(input: $i, amounts: $a, amount: 5) }', {
          i: { amount: 1, costs: [{ year: 1, amount: 2 }] },
          a: [3],
        }),
      ).toEqual({
        status: 200,
        message: undefined,
        code: undefined,
      });
    });
  });

  describe('refusals in our words', () => {
    it.each([
      ['800', 800],
      ['2 000', 2000],
    ])('many repeated fields (%s ids): says which limit and what to do', async (_label, count) => {
      const query = `{ region { ${'id '.repeat(count)} } }`;
      for (const server of [gateway, subgraph]) {
        expect(await answer(server, query)).toEqual({
          status: 400,
          message: expect.stringMatching(/same field .* too many times.*Select each field once/),
          code: 'GRAPHQL_VALIDATION_FAILED',
        });
      }
    });

    it('introspection off names our switch, not the framework', async () => {
      const { message } = await answer(gateway, '{ __schema { types { name } } }');
      expect(message).toMatch(/INTROSPECTION=true/);
      expect(message).not.toMatch(/Apollo|pass introspection/);
    });

    it.each([['{ regio { id } }'], ['{ region { nam } }'], ['{ search(kinds: [AA]) }']])('hides suggestions without a trace: %s', async (query) => {
      const { message } = await answer(gateway, query);
      expect(message).not.toMatch(/Did you mean|Suggestion|\?|\[/);
    });
  });

  describe('documents nested thousands deep', () => {
    it.each([
      ['selections', `{ ${'a { '.repeat(5000)}__typename${' }'.repeat(5000)} }`],
      ['list literals in an argument', `{ search(kinds: ${'['.repeat(5000)}A${']'.repeat(5000)}) }`],
      ['object literals in an argument', `mutation { report(input: ${'{ costs: ['.repeat(3000)}${'] }'.repeat(3000)}) }`],
    ])('%s: a 400 naming a limit, never the engine', async (_label, query) => {
      for (const server of [gateway, subgraph]) {
        const result = await answer(server, query);
        expect(result.status).toBe(400);
        expect(result.message).not.toMatch(/call stack|Maximum/);
      }
    });
  });
});
