import type { RunningGateway } from '@orebro/gateway/src/start-gateway';
import { startTestGateway, useMemberSubgraphs } from './support/in-process-federation';

/**
 * A client's mistake is a 4xx with a message that names it, at the gateway as at every subgraph:
 * never a 500 (Apollo Server behind a gateway answered 500 INVALID_GRAPHQL to several of these, and a
 * subgraph answered a subscription with an internal error).
 */
const subgraphs = useMemberSubgraphs(['1880']);
let gateway: RunningGateway;

beforeAll(async () => {
  gateway = await startTestGateway(subgraphs.urls());
});
afterAll(() => gateway?.stop());

type Case = [label: string, body: unknown, message: RegExp];

const GRANT_USE = 'mutation($input: GrantUseInput!) { reportKommunGrantUse(kommunCode: "1880", input: $input) { amountSek } }';
const GRANT_USE_INPUT = { programmeId: 'god-och-nara-vard-2024', year: 2024, purpose: 'Test', source: 'Test' };
const GRANT_USE_LITERAL = (amount: string) =>
  `mutation { reportKommunGrantUse(kommunCode: "1880", input: { programmeId: "god-och-nara-vard-2024", year: 2024, purpose: "Test", amountSek: ${amount}, source: "Test" }) { amountSek } }`;
const GRANT_USE_AMOUNT =
  'mutation($amount: Sek!) { reportKommunGrantUse(kommunCode: "1880", input: { programmeId: "god-och-nara-vard-2024", year: 2024, purpose: "Test", amountSek: $amount, source: "Test" }) { amountSek } }';
const CONTRIBUTION =
  'mutation($costs: [CostContributionInput!]) { reportKommunContribution(kommunCode: "1880", input: { serviceId: "hemtagningsteam-kumla", costs: $costs, source: "Test" }) { __typename } }';
/** A body as JSON text: JSON.stringify itself overflows on a value nested this deep. */
const withNestedList = (query: string, levels: number) =>
  `{"query":${JSON.stringify(query)},"variables":{"x":${'['.repeat(levels)}"PLAN"${']'.repeat(levels)}}}`;
const asText = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body));
const cases: Case[] = [
  ['an operationName the document does not hold (the reported case)', { query: '{ __typename }', operationName: 'Nope' }, /no operation named "Nope"/],
  ['an empty operationName', { query: '{ __typename }', operationName: '' }, /no operation named ""/],
  ['two named operations and no operationName', { query: 'query A { __typename } query B { __typename }' }, /several operations: name the one/],
  ['two named operations and operationName null', { query: 'query A { __typename } query B { lansdelar { id } }', operationName: null }, /several operations/],
  ['two anonymous operations', { query: '{ __typename } { lansdelar { id } }' }, /anonymous operation must be the only/],
  [
    'an operationName that names a fragment',
    { query: 'query A { ...F } fragment F on Query { __typename }', operationName: 'F' },
    /no operation named "F".*"A"/,
  ],
  ['a mutation document with another operationName', { query: 'mutation A { __typename }', operationName: 'B' }, /no operation named "B"/],
  ['a subscription field the graph does not have', { query: 'subscription { huvudmen { id } }' }, /Cannot query field "huvudmen" on type "Subscription"/],
  ['a subscription sent over HTTP POST, not over WebSocket', { query: 'subscription { regionDeviationReported { id } }' }, /WebSocket/],
  ['a document with fragments only', { query: 'fragment F on Query { __typename }' }, /never used|no operation/i],
  ['a missing required variable', { query: 'query($c: ID!) { municipality(code: $c) { code } }', variables: {} }, /\$c/],
  ['a variable of the wrong type', { query: 'query($y: Int!) { municipality(code: "1880") { population(year: $y) } }', variables: { y: 'x' } }, /\$y/],
  ['variables that are not an object', { query: '{ __typename }', variables: 'x' }, /variables/],
  ['an operationName that is not a string', { query: '{ __typename }', operationName: 5 }, /operationName/],
  ['a syntax error', { query: '{ ' }, /Syntax Error/],
  ['an unknown field', { query: '{ nope }' }, /Cannot query field "nope"/],
  ['an empty query', { query: '' }, /non-empty/],
  ['a batch, which is not served', [{ query: '{ __typename }' }, { query: '{ __typename }' }], /batch/i],
  // A custom scalar (Sek) is checked at the gateway with the subgraphs' own parser, before planning.
  ...(['1e3', 10.5, 2 ** 60] as unknown[]).map((amountSek): Case => [
    `a Sek of ${JSON.stringify(amountSek)} in an input variable (the reported case)`,
    { query: GRANT_USE, variables: { input: { ...GRANT_USE_INPUT, amountSek } } },
    /^Variable "\$input" got invalid value .* at "input.amountSek"; An amount in SEK must be a whole number/,
  ]),
  ['a Sek variable of its own', { query: GRANT_USE_AMOUNT, variables: { amount: '1e3' } }, /^Variable "\$amount" got invalid value "1e3"; An amount in SEK/],
  [
    'a Sek inside a list of input objects',
    {
      query: CONTRIBUTION,
      variables: {
        costs: [
          { year: 2024, amountSek: 1 },
          { year: 2024, amountSek: 0.5 },
        ],
      },
    },
    /^Variable "\$costs" got invalid value 0.5 at "costs\[1\].amountSek"/,
  ],
  ['a Sek literal that is a fraction', { query: GRANT_USE_LITERAL('10.5') }, /Expected value of type "Sek", found 10.5/],
  ['a Sek literal that is a string', { query: GRANT_USE_LITERAL('"1e3"') }, /Expected value of type "Sek", found "1e3"/],
  // Nesting: refused before anything walks it (packages/http input-depth.ts), never an engine message.
  ...[9_000, 45_000].map((levels): Case => [
    `a variable nested ${levels} levels deep (the reported case)`,
    withNestedList('query($x: [SearchKind!]) { search(text: "vård", kinds: $x) { __typename } }', levels),
    /^Variable "\$x" nests lists or objects more than 32 levels deep/,
  ]),
  ['selections nested thousands deep', { query: `{ ${'lansdelar { '.repeat(3000)}id${' }'.repeat(3000)} }` }, /more than 64 levels deep/],
  [
    'list literals nested thousands deep',
    { query: `{ search(text: "a", kinds: ${'['.repeat(3000)}PLAN${']'.repeat(3000)}) { __typename } }` },
    /more than 64 levels deep/,
  ],
  ['repeated fields (800 ids)', { query: `{ lansdelar { ${'id '.repeat(800)}} }` }, /same field .* too many times/],
  ['repeated fields (2 000 ids)', { query: `{ lansdelar { ${'id '.repeat(2000)}} }` }, /same field .* too many times/],
];

describe('client errors are 4xx at the gateway, with a message naming the mistake', () => {
  it.each(cases)('%s', async (_label, body, message) => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: asText(body) });
    const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect({ status: response.status, message: json.errors?.[0]?.message }).toEqual({ status: 400, message: expect.stringMatching(message) });
    expect(json.errors?.[0]?.extensions?.code).not.toBe('INVALID_GRAPHQL');
    expect(JSON.stringify(json)).not.toMatch(/Maximum call stack|Validation aborted|Apollo/);
  });

  const direct = cases;
  it.each(direct)('and at a kommun instance directly: %s', async (_label, body) => {
    const response = await fetch(subgraphs.get('kommun-1880').url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: asText(body),
    });
    expect(response.status).toBe(400);
  });

  it('the same through GET', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}&operationName=Nope`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
  });

  it('answers a well-formed request as before', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { __typename } query B { municipality(code: "1880") { code } }', operationName: 'B' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { municipality: { code: '1880' } } });
  });
});
