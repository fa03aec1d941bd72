import { buildSchema, operationFromDocument, type Schema } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { computeResponseFast } from './fast-result-shaping';
import { seededRandom } from './seeded-random';

// Apollo's own, to hold ours to: the same module the gateway's executor calls.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const apollo = require('@apollo/gateway/dist/resultShaping') as { computeResponse: typeof computeResponseFast };
const apolloComputeResponse = apollo.computeResponse;

/**
 * Differential test: our result shaping against Apollo Gateway's on the same operations and the same
 * merged data, including data a subgraph got wrong (nulls in non-null fields, unknown enum values,
 * wrong scalars, unknown or abstract `__typename`s). Everything the answer holds must be equal: data
 * (with its null propagation), errors (message, path, code, in order), and an exception where Apollo throws.
 */
const schema: Schema = buildSchema(`
  scalar JSON
  enum Status { OPEN CLOSED }
  interface Node { id: ID! }
  interface Named { name: String }
  type Person implements Node & Named { id: ID! name: String age: Int status: Status! friends: [Person!] tags: [String]! meta: JSON score: Float active: Boolean }
  type Organisation implements Node & Named { id: ID! name: String members: [Person!]! parent: Organisation }
  type Place implements Node { id: ID! label: String! }
  union Thing = Person | Organisation | Place
  type Query {
    node(id: ID!): Node
    nodes: [Node]
    things: [Thing!]!
    person: Person
    requiredPerson: Person!
    organisations: [Organisation]
    count: Int!
  }
`);

const operations: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'aliases and nested lists', query: '{ person { id who: name age friends { id nick: name tags } tags } count }' },
  {
    name: 'fragments on interfaces and unions by __typename',
    query: `{ nodes { __typename id ... on Named { name } ... on Person { age status } ... on Organisation { members { id } } }
              things { kind: __typename ... on Place { label } ... on Node { id } ...Org } }
            fragment Org on Organisation { name parent { id name } }`,
  },
  {
    name: '@include and @skip with variables, literals and defaults',
    query: `query Q($withAge: Boolean!, $skipName: Boolean = true, $friends: Boolean = false) {
              person { id age @include(if: $withAge) name @skip(if: $skipName) friends @include(if: $friends) { id }
                       ... on Person @skip(if: false) { status } ... @include(if: $withAge) { score active } }
              requiredPerson @skip(if: $skipName) { id } }`,
    variables: { withAge: true },
  },
  {
    name: '@include turned off by a variable',
    query: `query Q($withAge: Boolean!) { person { id age @include(if: $withAge) ... @include(if: $withAge) { score } } }`,
    variables: { withAge: false },
  },
  {
    name: 'the same field selected twice, merged',
    query:
      '{ person { id friends { id } ... on Person { friends { name status } } } organisations { id members { id } ... on Organisation { members { name } } } }',
  },
  { name: 'non-null root field', query: '{ requiredPerson { id status tags } count }' },
  { name: 'interface root field', query: '{ node(id: "1") { id ... on Person { name meta } ... on Place { label } } }' },
];

/** Data shaped as the plan's fetches would merge it: key fields and __typename the operation did not ask for included. */
const goodData = {
  person: {
    __typename: 'Person',
    id: '1',
    who: 'Ada',
    name: 'Ada',
    age: 36,
    status: 'OPEN',
    score: 1.5,
    active: true,
    meta: { any: ['thing'] },
    tags: ['a', null, 'c'],
    friends: [
      { __typename: 'Person', id: '2', nick: 'Bo', name: 'Bo', tags: [], status: 'CLOSED' },
      { __typename: 'Person', id: '3', nick: null, name: null, tags: ['x'], status: 'OPEN' },
    ],
  },
  requiredPerson: { __typename: 'Person', id: '9', status: 'OPEN', tags: ['t'] },
  count: 3,
  node: { __typename: 'Person', id: '1', name: 'Ada', meta: 7 },
  nodes: [
    { __typename: 'Person', id: '1', name: 'Ada', age: 36, status: 'OPEN' },
    { __typename: 'Organisation', id: 'o1', name: 'Org', members: [{ __typename: 'Person', id: '1' }] },
    { __typename: 'Place', id: 'p1', label: 'Here' },
    null,
  ],
  things: [
    { __typename: 'Place', kind: 'Place', id: 'p1', label: 'Here' },
    { __typename: 'Organisation', kind: 'Organisation', id: 'o1', name: 'Org', parent: { __typename: 'Organisation', id: 'o0', name: null } },
    { __typename: 'Person', kind: 'Person', id: '1' },
  ],
  organisations: [{ __typename: 'Organisation', id: 'o1', members: [{ __typename: 'Person', id: '1', name: 'Ada' }] }, null],
};

/** What a subgraph might get wrong in a value, chosen at random. */
const wrongValues: unknown[] = [null, null, null, 'NOT_A_STATUS', 1.5, -7, '12', true, 'Mystery', 'Node', 'Organisation', undefined];

/** A copy of `value` with some of its fields (and __typenames) replaced by wrong values or removed. */
function damaged(value: unknown, next: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => damaged(v, next));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (next() < 0.15) {
      const wrong = wrongValues[Math.floor(next() * wrongValues.length)];
      if (wrong !== undefined) copy[key] = wrong;
    } else copy[key] = damaged(v, next);
  }
  return copy;
}

/** Everything an answer shows, in a comparable form (data as its JSON text, errors by message, path and code). */
function outcome(shape: typeof computeResponseFast, args: Parameters<typeof computeResponseFast>[0]): unknown {
  try {
    const { data, errors } = shape(args);
    return {
      // The JSON text, so the order of fields is compared too (it is the answer's text).
      data: JSON.stringify(data ?? null),
      errors: errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions.code })),
    };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

function compare(query: string, variables: Record<string, unknown> | undefined, input: Record<string, unknown> | null | undefined) {
  const args = () => ({
    operation: operationFromDocument(schema, parse(query)),
    variables,
    input: input === null || input === undefined ? input : (JSON.parse(JSON.stringify(input)) as Record<string, unknown>),
    introspectionHandling: () => ({ introspected: true }),
  });
  return { ours: outcome(computeResponseFast, args()), apollos: outcome(apolloComputeResponse, args()) };
}

describe("result shaping (fast) answers exactly as Apollo Gateway's computeResponse", () => {
  it.each(operations)('$name, on well-formed data', ({ query, variables }) => {
    const { ours, apollos } = compare(query, variables, goodData);
    expect(ours).toEqual(apollos);
    expect((apollos as { errors?: unknown[] }).errors ?? ['threw']).toEqual([]);
  });

  it.each(operations)('$name, on 300 damaged copies of the data (nulls, wrong scalars, unknown enum values and typenames)', ({ query, variables }) => {
    const next = seededRandom(17);
    let withErrors = 0;
    for (let i = 0; i < 300; i++) {
      const { ours, apollos } = compare(query, variables, damaged(goodData, next) as Record<string, unknown>);
      expect(ours).toEqual(apollos);
      if (((apollos as { errors?: unknown[] }).errors?.length ?? 0) > 0) withErrors++;
    }
    // The damage must reach the answers, or this test would compare only clean data.
    expect(withErrors).toBeGreaterThan(0);
  });

  it('null bubbles up to data: null through a non-null root field, with the error at its path', () => {
    const { ours, apollos } = compare('{ requiredPerson { id status } count }', undefined, {
      requiredPerson: { __typename: 'Person', id: '1', status: null },
      count: 1,
    });
    expect(ours).toEqual(apollos);
    expect(ours).toEqual({
      data: 'null',
      errors: [{ message: 'Cannot return null for non-nullable field Person.status.', path: ['requiredPerson', 'status'], code: 'INVALID_GRAPHQL' }],
    });
  });

  it('throws where Apollo throws: a non-boolean @include variable', () => {
    const { ours, apollos } = compare('query Q($on: Boolean) { person { id @include(if: $on) } }', { on: 'yes' }, goodData);
    expect(ours).toEqual(apollos);
    expect(ours).toHaveProperty('threw');
  });

  it('keeps answers right whose response names are also properties of Object.prototype', () => {
    const query = '{ person { constructor: id toString: name __proto__: age friends { valueOf: id hasOwnProperty: name } } }';
    const input = { person: { __typename: 'Person', constructor: '1', toString: 'Ada', ['__proto__']: 36, friends: [{ valueOf: '2', hasOwnProperty: null }] } };
    const { ours, apollos } = compare(query, undefined, JSON.parse(JSON.stringify(input)) as Record<string, unknown>);
    expect(ours).toEqual(apollos);
    expect((ours as { data: string }).data).toContain('"__proto__":36');
  });

  it('passes no data through unchanged (a plan whose fetches all failed)', () => {
    expect(compare('{ count }', undefined, undefined)).toEqual({ ours: { data: 'null', errors: [] }, apollos: { data: 'null', errors: [] } });
  });

  it('answers introspection fields by the handler it is given, as Apollo does', () => {
    const query = '{ __typename person { __typename id } __schema { queryType { name } } }';
    const { ours, apollos } = compare(query, undefined, { person: { __typename: 'Person', id: '1' } });
    expect(ours).toEqual(apollos);
    expect(ours).toEqual({
      data: JSON.stringify({ __typename: 'Query', person: { __typename: 'Person', id: '1' }, __schema: { introspected: true } }),
      errors: [],
    });
  });
});
