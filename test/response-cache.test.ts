import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RunningGateway } from '@orebro/gateway/src/start-gateway';
import { instanceNames } from '@orebro/gateway/src/members';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { startTestGateway } from './support/in-process-federation';
import { startTestFederation, type GraphQLResponse, type TestFederation } from './support/test-federation';

/**
 * The gateway's response cache (README, "Response cache") over the real federation: subgraph processes
 * with their own databases, real Redis, and gateways in this process with the cache on (one in memory,
 * following the subgraphs' change streams; two sharing Redis). Hits are observed in the `x-cache`
 * header, never by timing.
 */
const KOMMUNER = ['1880', '1881'];
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `test-response-cache-${process.pid}-${randomUUID().slice(0, 8)}`;

let federation: TestFederation;
let memory: RunningGateway;
let redisA: RunningGateway;
let redisB: RunningGateway;

beforeAll(async () => {
  // The subgraph processes publish their committed writes to Redis under the gateways' prefix (and serve
  // their change streams); the federation's own gateway process is not used here.
  federation = await startTestFederation({ kommuner: KOMMUNER, env: { REDIS_URL, REDIS_KEY_PREFIX: PREFIX } });
  const urls = new Map(
    instanceNames(KOMMUNER)
      .filter((name) => name !== 'gateway')
      .map((name) => [name, federation.instance(name).url]),
  );
  const config = { expectedKommuner: KOMMUNER, responseCache: true };
  memory = await startTestGateway(urls, { ratePerMinute: 1_000_000 }, config);
  redisA = await startTestGateway(urls, { ratePerMinute: 1_000_000, redisUrl: REDIS_URL, redisKeyPrefix: PREFIX }, config);
  redisB = await startTestGateway(urls, { ratePerMinute: 1_000_000, redisUrl: REDIS_URL, redisKeyPrefix: PREFIX }, config);
  // Each gateway caches only while it follows every subgraph's changes: wait until all do.
  for (const gateway of [memory, redisA, redisB]) await until(async () => (await ask(gateway, OVERVIEW, { year: 1990 })).cache !== 'BYPASS');
});

afterAll(async () => {
  await Promise.all([memory, redisA, redisB].map((g) => g?.stop()));
  await federation?.stop();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

interface Answer<T> extends GraphQLResponse<T> {
  cache: string | null;
}

async function ask<T = Record<string, unknown>>(
  gateway: RunningGateway | string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const url = typeof gateway === 'string' ? gateway : gateway.url;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as GraphQLResponse<T>), cache: response.headers.get('x-cache') };
}

/** Waits (polling) for something that travels between processes; fails after a generous deadline, never on speed. */
async function until(condition: () => Promise<boolean>, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const OVERVIEW = 'query Overview($year: Int!) { huvudmen { id name municipality { code population(year: $year) } } }';
const BODIES = '{ bodies { id name } }';
const POPULATION = 'mutation($input: PopulationInput!) { reportPopulation(input: $input) { year value } }';
const writer = (kommun: string) => mintDevelopmentToken({ huvudman: kommun, roles: ['writer'], subject: `writer-${kommun}` });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

type Overview = { huvudmen: { id: string; municipality: { code: string; population: number | null } | null }[] };
const populationOf = (answer: Answer<Overview>, code: string) => answer.data?.huvudmen.find((h) => h.municipality?.code === code)?.municipality?.population;

describe('an anonymous query', () => {
  it('is answered from the cache the second time, with the same answer', async () => {
    const first = await ask(memory, OVERVIEW, { year: 2024 });
    expect(first).toHaveNoErrors();
    expect(first.cache).toBe('MISS');
    const second = await ask(memory, OVERVIEW, { year: 2024 });
    expect(second.cache).toBe('HIT');
    expect(second.data).toEqual(first.data);
    // Other variables are another answer.
    expect((await ask(memory, OVERVIEW, { year: 2023 })).cache).toBe('MISS');
  });

  it('is never cached when made with a token, valid or not', async () => {
    const token = await mintDevelopmentToken({ huvudman: '1880', roles: ['auditor'] });
    for (let i = 0; i < 2; i++) expect((await ask(memory, BODIES, {}, bearer(token))).cache).toBe('BYPASS');
    const forged = await ask(memory, BODIES, {}, { authorization: 'Bearer not-a-token' });
    expect(forged.cache).not.toBe('HIT');
    expect(forged.data ?? null).toBeNull();
  });

  it('asking for internal data (a PRIVATE hint) is not cached', async () => {
    const query = '{ coOwnedServices { id balance(year: 2024) { year } } }';
    await ask(memory, query);
    expect((await ask(memory, query)).cache).not.toBe('HIT');
  });
});

describe('an answer missing a kommun (its instance stopped)', () => {
  // Like whileStopped, on the federation this file starts in its beforeAll.
  beforeAll(() => federation.instance('kommun-1881').stop());
  afterAll(async () => {
    await federation.instance('kommun-1881').start();
    // The memory gateway follows the instance's change stream again before it caches kommun data.
    await until(async () => (await ask(memory, OVERVIEW, { year: 1991 })).cache !== 'BYPASS', 'the stream followed again');
  });

  it('is not cached, with or without Redis', async () => {
    for (const gateway of [memory, redisA]) {
      for (let i = 0; i < 2; i++) {
        const partial = await ask<Overview>(gateway, OVERVIEW, { year: 2019 });
        expect(partial).toHaveErrorCode('HUVUDMAN_UNAVAILABLE');
        expect(partial.cache).not.toBe('HIT');
      }
    }
    // Data of the subgraphs that answered is still cached.
    await ask(redisA, BODIES);
    expect((await ask(redisA, BODIES)).cache).toBe('HIT');
  });
});

describe('a committed write', () => {
  it('through the gateway drops the entries that depend on it: the next read shows it', async () => {
    const year = 2031;
    expect(populationOf(await ask<Overview>(memory, OVERVIEW, { year }), '1880')).toBeNull();
    expect((await ask(memory, OVERVIEW, { year })).cache).toBe('HIT');
    const bodies = await ask(memory, BODIES);
    const written = await ask(memory, POPULATION, { input: { kommunCode: '1880', year, value: 160_001, source: 'Test' } }, bearer(await writer('1880')));
    expect(written).toHaveNoErrors();
    const after = await ask<Overview>(memory, OVERVIEW, { year });
    expect(after.cache).toBe('MISS');
    expect(populationOf(after, '1880')).toBe(160_001);
    // An answer from a subgraph that did not write stays cached.
    expect(bodies.cache).toBeDefined();
    expect((await ask(memory, BODIES)).cache).toBe('HIT');
  });

  it('directly in the owning subgraph (past the gateway) drops them too, told by the subgraph', async () => {
    const year = 2032;
    await ask(memory, OVERVIEW, { year });
    expect((await ask(memory, OVERVIEW, { year })).cache).toBe('HIT');
    const written = await ask(
      federation.instance('kommun-1881').url,
      POPULATION,
      { input: { kommunCode: '1881', year, value: 21_001, source: 'Test' } },
      bearer(await writer('1881')),
    );
    expect(written).toHaveNoErrors();
    // The change travels from the subgraph process to the gateway: wait for it, then it is never stale again.
    await until(async () => populationOf(await ask<Overview>(memory, OVERVIEW, { year }), '1881') === 21_001, 'the new population');
    expect(populationOf(await ask<Overview>(memory, OVERVIEW, { year }), '1881')).toBe(21_001);
  });
});

describe('two gateways over Redis', () => {
  it('share the cache: an answer made by one is a hit at the other', async () => {
    const year = 2025;
    expect((await ask(redisA, OVERVIEW, { year })).cache).toBe('MISS');
    expect((await ask(redisB, OVERVIEW, { year })).cache).toBe('HIT');
  });

  it('both see a write through one of them, and one made directly in the subgraph', async () => {
    const year = 2033;
    await ask(redisA, OVERVIEW, { year });
    expect((await ask(redisB, OVERVIEW, { year })).cache).toBe('HIT');

    const throughA = await ask(redisA, POPULATION, { input: { kommunCode: '1880', year, value: 160_002, source: 'Test' } }, bearer(await writer('1880')));
    expect(throughA).toHaveNoErrors();
    // The gateway that wrote moved the shared version before answering: the shared entry is gone for both.
    const readB = await ask<Overview>(redisB, OVERVIEW, { year });
    expect(populationOf(readB, '1880')).toBe(160_002);
    expect(populationOf(await ask<Overview>(redisA, OVERVIEW, { year }), '1880')).toBe(160_002);

    const direct = await ask(
      federation.instance('kommun-1881').url,
      POPULATION,
      { input: { kommunCode: '1881', year, value: 21_002, source: 'Test' } },
      bearer(await writer('1881')),
    );
    expect(direct).toHaveNoErrors();
    for (const gateway of [redisA, redisB]) {
      await until(async () => populationOf(await ask<Overview>(gateway, OVERVIEW, { year }), '1881') === 21_002, 'the new population');
    }
    // And it is cached again, shared, with the new figure.
    const again = await ask<Overview>(redisB, OVERVIEW, { year });
    expect(again.cache).toBe('HIT');
    expect(populationOf(again, '1881')).toBe(21_002);
  });
});
