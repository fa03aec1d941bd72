import pino from 'pino';
import { SHARD_KEY_HEADER } from '@orebro/http';
import { ServiceProcess, freePort } from '@orebro/local-federation';
import { kommuner } from '@orebro/reference-data';
import { configFromEnv } from '@orebro/gateway/src/config';
import { startGateway, type RunningGateway } from '@orebro/gateway/src/start-gateway';
import { limitsFromEnv } from '@orebro/gateway/src/request-policies/limits-config';
import { useTestFederation, type GraphQLResponse } from './support/test-federation';

/**
 * Wiring mistakes in KOMMUN_URLS are never silent: each kommun instance names the kommun it serves,
 * the gateway checks that at start and in /ready, never uses one kommun's instance for another, and
 * answers a kommun with no instance as unavailable (NOT_CONFIGURED), never with a null alone.
 */
const CODES = ['1814', '1860', '1880'];
const POPULATIONS = '{ huvudmen { id municipality { code population(year: 2024) } } }';
type Populations = { huvudmen: { id: string; municipality: { code: string; population: number | null } | null }[] };
interface Ready {
  wiring: string;
  problems: string[];
  instances: { huvudman?: string; wiring?: string; serves?: string }[];
}

const federation = useTestFederation({ kommuner: CODES });
/** What each gateway logged at error level (wiring mistakes found at start are logged so). */
let logged: string[] = [];
const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) });

/** A gateway in this process over the test federation's instances, with KOMMUN_URLS as an operator wrote it. */
async function withGateway(
  kommunUrls: string,
  check: (gateway: RunningGateway, query: (q: string) => Promise<GraphQLResponse<Populations>>, ready: () => Promise<Ready>) => Promise<void>,
) {
  const config = configFromEnv({
    PORT: '0',
    SAMVERKAN_URL: federation.instance('samverkan').url,
    REGION_URL: federation.instance('region').url,
    KOMMUN_URLS: kommunUrls,
    SHARD_TIMEOUT_MS: '60000',
    SUBGRAPH_TIMEOUT_MS: '60000',
  });
  logged = [];
  const gateway = await startGateway(config, logger, limitsFromEnv({}));
  const query = async (q: string) =>
    (await (
      await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) })
    ).json()) as GraphQLResponse<Populations>;
  const ready = async () => (await (await fetch(gateway.url.replace(/\/graphql$/, '/ready'))).json()) as Ready;
  try {
    await check(gateway, query, ready);
  } finally {
    await gateway.stop();
  }
}

const url = (code: string) => federation.instance(`kommun-${code}`).url;
const population = (result: GraphQLResponse<Populations>, code: string) => result.data!.huvudmen.find((h) => h.id === code)!.municipality!.population;
const reasonsFor = (result: GraphQLResponse<unknown>, code: string) =>
  (result.errors ?? []).filter((e) => e.extensions?.huvudman === code).map((e) => e.extensions?.reason);
const facts = (code: string) => kommuner.find((k) => k.code === code)!.population2024;

describe('each kommun instance says which kommun it serves', () => {
  it('in /health and in a header on every answer', async () => {
    const health = await fetch(url('1860').replace(/\/graphql$/, '/health'));
    expect(await health.json()).toMatchObject({ shardKey: '1860' });
    const answer = await fetch(url('1860'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.headers.get(SHARD_KEY_HEADER)).toBe('1860');
  });
});

describe('wiring mistakes in KOMMUN_URLS', () => {
  it('two kommuner’s URLs swapped: neither is answered with the other’s data, both are named', () =>
    withGateway(`1814=${url('1860')},1860=${url('1814')},1880=${url('1880')}`, async (_gateway, query, ready) => {
      // Found at start, before any query: each mistake logged as an error naming the kommun.
      while (!logged.some((line) => line.includes('configured for 1860'))) await new Promise((r) => setTimeout(r, 100));
      expect(
        logged
          .filter((line) => /WRONG_INSTANCE/.test(line))
          .map((line) => JSON.parse(line).huvudman)
          .sort(),
      ).toEqual(['1814', '1860']);

      const result = await query(POPULATIONS);
      expect(population(result, '1880')).toBe(facts('1880'));
      expect(population(result, '1814')).toBeNull();
      expect(population(result, '1860')).toBeNull();
      expect(reasonsFor(result, '1814')).toEqual(['WRONG_INSTANCE']);
      expect(reasonsFor(result, '1860')).toEqual(['WRONG_INSTANCE']);

      const one = await query('{ municipality(code: "1814") { code population(year: 2024) } }');
      expect(one.data).toEqual({ municipality: null });
      expect(one.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1814', reason: 'WRONG_INSTANCE' }) }),
      ]);

      const report = await ready();
      expect(report.wiring).toBe('misconfigured');
      expect(report.instances.filter((i) => i.huvudman).map((i) => [i.huvudman, i.serves, i.wiring])).toEqual([
        ['1814', '1860', 'wrong-instance'],
        ['1860', '1814', 'wrong-instance'],
        ['1880', '1880', 'ok'],
      ]);
      expect(report.problems).toEqual(
        expect.arrayContaining([expect.stringMatching(/configured for 1814 .* serves 1860/), expect.stringMatching(/configured for 1860 .* serves 1814/)]),
      );
    }));

  it('a kommun left out: its data is answered as NOT_CONFIGURED, never as a silent null', () =>
    withGateway(`1814=${url('1814')},1880=${url('1880')}`, async (_gateway, query, ready) => {
      const result = await query(POPULATIONS);
      expect(population(result, '1814')).toBe(facts('1814'));
      expect(population(result, '1860')).toBeNull();
      expect(reasonsFor(result, '1860')).toEqual(['NOT_CONFIGURED']);

      const one = await query('{ municipality(code: "1860") { population(year: 2024) } }');
      expect(one.errors).toEqual([
        expect.objectContaining({
          path: ['municipality'],
          extensions: expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1860', reason: 'NOT_CONFIGURED' }),
        }),
      ]);

      const list = await query('{ municipalities { code } }');
      expect(reasonsFor(list, '1860')).toEqual(['NOT_CONFIGURED']);

      const report = await ready();
      expect(report.wiring).toBe('misconfigured');
      expect(report.problems).toEqual(expect.arrayContaining([expect.stringMatching(/No kommun instance is configured for 1860/)]));
    }));

  it('";" instead of "," stops the gateway at start with a sentence naming KOMMUN_URLS', async () => {
    const gateway = new ServiceProcess({
      name: 'gateway-misconfigured',
      entry: 'gateway/src/main.ts',
      port: await freePort(),
      env: {
        KOMMUN_URLS: `1814=${url('1814')};1860=${url('1860')}`,
        SAMVERKAN_URL: federation.instance('samverkan').url,
        REGION_URL: federation.instance('region').url,
      },
    });
    await expect(gateway.start()).rejects.toThrow(/exited with code 1[\s\S]*KOMMUN_URLS separates its entries with ";"/);
  });
});
