import pino from 'pino';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { configFromEnv } from './config';
import { startGateway, type RunningGateway } from './start-gateway';

/**
 * Settings in this process's environment that would change the gateway if anything but the entry point
 * read them: a token issuer nothing answers for, a sign-in provider for the app, a rate limit of one
 * request a minute.
 */
const STRAY = { AUTH_ISSUER: 'http://127.0.0.1:9', APP_OIDC_ISSUER: 'https://elsewhere.example', RATE_LIMIT_PER_MINUTE: '1' };
const nowhere = 'http://127.0.0.1:9/graphql';

describe('startGateway takes every setting from its configuration, none from process.env', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    Object.assign(process.env, STRAY);
    const config = configFromEnv({ PORT: '0', SAMVERKAN_URL: nowhere, REGION_URL: 'http://127.0.0.1:9/region', KOMMUN_URLS: `1880=${nowhere}` });
    gateway = await startGateway(config, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    for (const name of Object.keys(STRAY)) delete process.env[name];
    await gateway?.stop();
  });

  it('verifies tokens against the configured issuer (the development key) and applies the configured rate limit', async () => {
    const token = await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'] });
    for (let i = 0; i < 3; i++) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it("gives the app the configured sign-in (none), not the environment's", async () => {
    const response = await fetch(gateway.url.replace(/\/graphql$/, '/app-config.json'));
    expect(await response.json()).toEqual({ oidc: null });
  });
});

describe('metrics on the management port (METRICS_PORT)', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    const config = configFromEnv({
      PORT: '0',
      METRICS_PORT: '0',
      SAMVERKAN_URL: nowhere,
      REGION_URL: 'http://127.0.0.1:9/region',
      KOMMUN_URLS: `1880=${nowhere}`,
    });
    gateway = await startGateway(config, pino({ level: 'silent' }));
  });
  afterAll(() => gateway?.stop());

  it('serves /metrics on the management port only: the public port, which also serves the app at `/`, answers it 404', async () => {
    expect(new URL(gateway.metricsUrl).port).not.toBe(String(gateway.port));
    const scraped = await fetch(gateway.metricsUrl);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('orebro_graphql_operation_duration_seconds');
    expect((await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    // Probes stay where the traffic is.
    expect((await fetch(gateway.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
  });

  it('is a start error when it is the public port', () => {
    expect(() => configFromEnv({ PORT: '4000', METRICS_PORT: '4000' })).toThrow(/METRICS_PORT \(4000\) must differ from PORT/);
  });
});
