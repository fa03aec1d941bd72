import type { RunningGateway } from '@orebro/gateway/src/start-gateway';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { startTestGateway, useMemberSubgraphs } from './support/in-process-federation';

const subgraphs = useMemberSubgraphs(['1880']);
let gateway: RunningGateway;

beforeAll(async () => {
  gateway = await startTestGateway(subgraphs.urls(), { ratePerMinute: 1_000_000 });
});
afterAll(() => gateway?.stop());

const QUERY = JSON.stringify({ query: '{ huvudmen { id name municipality { code population(year: 2024) } } }' });
const post = (headers: Record<string, string> = {}) =>
  fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY }).then(
    (r) => r.json() as Promise<{ data?: { huvudmen: unknown[] } }>,
  );

/** How many times the samverkan subgraph read its register while the requests ran. */
const registerReads = () =>
  subgraphs
    .get('samverkan')
    .takeQueries()
    .filter((sql) => /^select\b.*\bfrom [`"]huvudman[`"]/i.test(sql)).length;

describe('in-flight sharing of identical anonymous queries at the gateway', () => {
  it('answers identical anonymous queries that arrive together with one execution, each caller getting the full answer', async () => {
    registerReads();
    const answers = await Promise.all(Array.from({ length: 6 }, () => post()));
    for (const answer of answers) expect(answer.data?.huvudmen).toHaveLength(13);
    expect(registerReads()).toBeLessThan(6);
  });

  it('executes every request that carries a token on its own, so each subgraph verifies and audits each caller', async () => {
    const token = await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'] });
    registerReads();
    const answers = await Promise.all(Array.from({ length: 4 }, () => post({ authorization: `Bearer ${token}` })));
    for (const answer of answers) expect(answer.data?.huvudmen).toHaveLength(13);
    expect(registerReads()).toBe(4);
  });
});
