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
];

describe('client errors are 4xx at the gateway, with a message naming the mistake', () => {
  it.each(cases)('%s', async (_label, body, message) => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect({ status: response.status, message: json.errors?.[0]?.message }).toEqual({ status: 400, message: expect.stringMatching(message) });
    expect(json.errors?.[0]?.extensions?.code).not.toBe('INVALID_GRAPHQL');
  });

  const direct = cases;
  it.each(direct)('and at a kommun instance directly: %s', async (_label, body) => {
    const response = await fetch(subgraphs.get('kommun-1880').url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
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
