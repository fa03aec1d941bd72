// The subgraph kit's management port, on a real subgraph started as production starts it: with a
// METRICS_PORT (here 0, any free port) /metrics is served there and the public port answers it 404.
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { regionSubgraph } from './subgraph';

const region = useTestSubgraph(() => regionSubgraph(), { metricsPort: 0 });

it('serves /metrics on the management port only; the public port keeps /graphql, /health and /ready', async () => {
  expect(new URL(region.metricsUrl).port).not.toBe(String(region.port));
  const scraped = await fetch(region.metricsUrl);
  expect(scraped.status).toBe(200);
  expect(await scraped.text()).toContain('orebro_db_pool_connections');
  const publicBase = region.url.replace(/\/graphql$/, '');
  expect((await fetch(`${publicBase}/metrics`)).status).toBe(404);
  expect((await fetch(`${publicBase}/ready`)).status).toBe(200);
  expect(await region.query('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
});
