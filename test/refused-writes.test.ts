import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { AuditRecord } from '@orebro/subgraph-kit';
import type { RunningGateway } from '@orebro/gateway/src/start-gateway';
import { startTestGateway, useMemberSubgraphs } from './support/in-process-federation';

/**
 * A write the gateway refuses as invalid is audited by the instance that owns it, as `refused`, with
 * the caller, naming the operation and storing none of the request's own text (refused-writes.ts).
 */
const subgraphs = useMemberSubgraphs(['1880']);
let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await startTestGateway(subgraphs.urls(), { ratePerMinute: 1_000_000 });
});
afterAll(() => gateway?.stop());

const SECRET = 'HemligInmatning4711';
const refused = () =>
  subgraphs
    .get('kommun-1880')
    .orm.em.fork()
    .find(AuditRecord, { outcome: 'refused' }, { orderBy: { id: 'asc' } });

async function send(query: string, variables: Record<string, unknown>) {
  const token = await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'], subject: 'orebro-writer' });
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

describe('a write refused as invalid at the gateway', () => {
  it.each([
    [
      'an unknown argument',
      `mutation { reportPopulation(input: { kommunCode: "1880", year: 2051, value: 1, source: "SCB" }, note: "${SECRET}") { year } }`,
      {},
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a variable of the wrong type',
      'mutation($input: PopulationInput!) { reportPopulation(input: $input) { year } }',
      { input: { kommunCode: '1880', year: 2051, value: SECRET, source: 'SCB' } },
      'BAD_USER_INPUT',
    ],
  ])('is audited by its owner as refused: %s', async (_label, query, variables, code) => {
    const before = (await refused()).length;
    const result = await send(query, variables);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe(code);
    const records = await refused();
    expect(records).toHaveLength(before + 1);
    const record = records[records.length - 1];
    expect(record).toMatchObject({ action: 'write', operation: 'Mutation.reportPopulation', subject: 'orebro-writer', huvudman: '1880', entityIds: [] });
    expect(JSON.stringify(record)).not.toContain(SECRET);
  });
});
