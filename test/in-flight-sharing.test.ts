import { createLogger } from '@orebro/http';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { startTestSubgraph, type TestSubgraph } from '@orebro/subgraph-kit';
import { startGateway, type RunningGateway } from '../gateway/src/server';
import { limitsFromEnv } from '../gateway/src/limits/limits-config';
import { kommunSubgraph } from '../subgraphs/kommun/src/server';
import { regionSubgraph } from '../subgraphs/region/src/server';
import { samverkanSubgraph } from '../subgraphs/samverkan/src/server';

let subgraphs: TestSubgraph[];
let gateway: RunningGateway;

beforeAll(async () => {
  subgraphs = await Promise.all([startTestSubgraph(samverkanSubgraph()), startTestSubgraph(regionSubgraph()), startTestSubgraph(kommunSubgraph('1880'))]);
  const [samverkan, region, orebro] = subgraphs;
  const logger = createLogger('in-flight-sharing');
  logger.level = 'silent';
  gateway = await startGateway(
    { port: 0, host: '127.0.0.1', samverkanUrl: samverkan.url, regionUrl: region.url, kommunShards: [{ key: '1880', url: orebro.url }], shardTimeoutMs: 60_000, subgraphTimeoutMs: 60_000, bodyLimitBytes: 100_000 },
    logger,
    { ...limitsFromEnv({}), ratePerMinute: 1_000_000 },
  );
});
afterAll(async () => {
  await gateway?.stop();
  await Promise.all((subgraphs ?? []).map((s) => s.stop()));
});

const QUERY = JSON.stringify({ query: '{ huvudmen { id name municipality { code population(year: 2024) } } }' });
const post = (headers: Record<string, string> = {}) =>
  fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY }).then((r) => r.json() as Promise<{ data?: { huvudmen: unknown[] } }>);

/** How many times the samverkan subgraph read its register while the requests ran. */
const registerReads = () => subgraphs[0].takeQueries().filter((sql) => /^select\b.*\bfrom [`"]huvudman[`"]/i.test(sql)).length;

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
