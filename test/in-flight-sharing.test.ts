import type { RunningGateway } from '@orebro/gateway/src/start-gateway';
import { sharedRequests } from '@orebro/http';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { startHoldingProxy, type HoldingProxy } from './support/holding-proxy';
import { startTestGateway, useMemberSubgraphs } from './support/in-process-federation';

const subgraphs = useMemberSubgraphs(['1880']);
let gateway: RunningGateway;
/** In front of samverkan: holds its answers until the test has seen every request arrive. */
let proxy: HoldingProxy;

beforeAll(async () => {
  proxy = await startHoldingProxy(subgraphs.urls().get('samverkan')!);
  const urls = new Map(subgraphs.urls());
  urls.set('samverkan', proxy.url);
  gateway = await startTestGateway(urls, { ratePerMinute: 1_000_000 });
});
afterAll(async () => {
  await proxy?.stop();
  await gateway?.stop();
});

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

/** Requests the gateway has answered from an execution in flight, so far (graphql_shared_requests_total). */
const shared = async () => (await sharedRequests.get()).values[0]?.value ?? 0;

/** Waits until `condition` holds: an event, not a time, decides (the test's own timeout ends a wait that never ends). */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('in-flight sharing of identical anonymous queries at the gateway', () => {
  it('answers identical anonymous queries that arrive together with one execution, each caller getting the full answer', async () => {
    registerReads();
    const [sharedBefore, receivedBefore] = [await shared(), proxy.received()];
    proxy.hold();
    const answers = Promise.all(Array.from({ length: 6 }, () => post()));
    // Samverkan answers only once all six are in at the gateway: joined (shared) or each sent on (not).
    await until(async () => proxy.received() > receivedBefore && (await shared()) - sharedBefore + (proxy.received() - receivedBefore) >= 6);
    proxy.release();
    for (const answer of await answers) expect(answer.data?.huvudmen).toHaveLength(13);
    expect((await shared()) - sharedBefore).toBe(5);
    expect(registerReads()).toBe(1);
  });

  it('executes every request that carries a token on its own, so each subgraph verifies and audits each caller', async () => {
    const token = await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'] });
    registerReads();
    const [sharedBefore, receivedBefore] = [await shared(), proxy.received()];
    proxy.hold();
    const answers = Promise.all(Array.from({ length: 4 }, () => post({ authorization: `Bearer ${token}` })));
    // All four overlap for certain: none is answered before all have reached samverkan (or one was shared).
    await until(async () => proxy.received() - receivedBefore >= 4 || (await shared()) > sharedBefore);
    proxy.release();
    for (const answer of await answers) expect(answer.data?.huvudmen).toHaveLength(13);
    expect((await shared()) - sharedBefore).toBe(0);
    expect(registerReads()).toBe(4);
  });
});
