import { configFromEnv, parseShardList } from './config';
import { limitsFromEnv } from './request-policies/limits-config';

/** Configuration is read from the object given, never from the process environment behind it. */
describe('configFromEnv and limitsFromEnv read every field from their argument', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    Object.assign(process.env, {
      PORT: '1',
      HOST: 'process.example',
      SHARD_TIMEOUT_MS: '2',
      SUBGRAPH_TIMEOUT_MS: '3',
      BODY_LIMIT_BYTES: '4',
      MAX_DEPTH: '5',
      MAX_ALIASES: '6',
      MAX_COST: '7',
      MAX_TOKENS: '8',
      MAX_DIRECTIVES: '9',
      RATE_LIMIT_PER_MINUTE: '10',
      KOMMUN_URLS: 'not a list',
      INTROSPECTION: 'false',
    });
  });
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('takes the gateway fields from the env object', () => {
    const config = configFromEnv({
      PORT: '4100',
      HOST: '0.0.0.0',
      SHARD_TIMEOUT_MS: '1234',
      SUBGRAPH_TIMEOUT_MS: '2345',
      BODY_LIMIT_BYTES: '3456',
      SAMVERKAN_URL: 'http://s/graphql',
      REGION_URL: 'http://r/graphql',
      KOMMUN_URLS: '1880=http://k/graphql',
      CIRCUIT_FAILURES: '5',
      CIRCUIT_COOL_DOWN_MS: '4567',
      READ_RETRIES: '0',
      AUTH_ISSUER: 'https://id.example',
      APP_OIDC_CLIENT_ID: 'app',
      APP_DIST: '/srv/app',
      LOG_LEVEL: 'warn',
      MAX_DEPTH: '11',
      RESPONSE_CACHE: 'off',
      SUBGRAPH_SDL_SECRET: 'sdl-secret',
      GATEWAY_PLAN_EXECUTION: 'apollo',
      GATEWAY_HEAP_GROWING_PERCENT: '250',
    });
    expect(config).toEqual({
      port: 4100,
      host: '0.0.0.0',
      subgraphUrls: { samverkan: 'http://s/graphql', region: 'http://r/graphql' },
      kommunShards: [{ key: '1880', url: 'http://k/graphql' }],
      shardTimeoutMs: 1234,
      subgraphTimeoutMs: 2345,
      bodyLimitBytes: 3456,
      circuit: { failures: 5, coolDownMs: 4567, readRetries: 0 },
      auth: expect.objectContaining({
        issuer: 'https://id.example',
        keys: { kind: 'discovery', discoveryUrl: 'https://id.example/.well-known/openid-configuration' },
      }),
      limits: expect.objectContaining({ maxDepth: 11, ratePerMinute: 1_200 }),
      appOidc: { issuer: 'https://id.example', clientId: 'app', scope: 'openid profile' },
      appDist: '/srv/app',
      logLevel: 'warn',
      responseCache: false,
      planExecution: 'apollo',
      heapGrowingPercent: 250,
      subgraphSdlSecret: 'sdl-secret',
    });
  });

  it('executes query plans with our fast executor by default, and refuses an unknown GATEWAY_PLAN_EXECUTION', () => {
    expect(configFromEnv({}).planExecution).toBe('fast');
    expect(() => configFromEnv({ GATEWAY_PLAN_EXECUTION: 'compiled' })).toThrow(/GATEWAY_PLAN_EXECUTION must be fast or apollo/);
  });

  it('lets the heap grow to 2.5 × its live size by default, takes a percentage (0: V8’s own factor), and refuses anything else', () => {
    expect(configFromEnv({}).heapGrowingPercent).toBe(150);
    expect(configFromEnv({ GATEWAY_HEAP_GROWING_PERCENT: ' ' }).heapGrowingPercent).toBe(150);
    expect(configFromEnv({ GATEWAY_HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(configFromEnv({ GATEWAY_HEAP_GROWING_PERCENT: '100' }).heapGrowingPercent).toBe(100);
    for (const bad of ['-1', '1.5', 'twice', '1001'])
      expect(() => configFromEnv({ GATEWAY_HEAP_GROWING_PERCENT: bad })).toThrow(/GATEWAY_HEAP_GROWING_PERCENT must be a whole number from 0/);
  });

  it('turns the response cache on by default, and refuses a RESPONSE_CACHE that is neither on nor off', () => {
    expect(configFromEnv({}).responseCache).toBe(true);
    expect(() => configFromEnv({ RESPONSE_CACHE: 'sometimes' })).toThrow(/RESPONSE_CACHE must be on or off, got "sometimes"/);
  });

  it('uses the defaults for what the env object leaves out, whatever process.env holds', () => {
    Object.assign(process.env, { AUTH_ISSUER: 'https://process.example', APP_OIDC_ISSUER: 'https://process.example', LOG_LEVEL: 'trace' });
    const config = configFromEnv({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', shardTimeoutMs: 5_000, subgraphTimeoutMs: 10_000, bodyLimitBytes: 100_000 });
    expect(config).toMatchObject({ auth: { issuer: 'urn:orebro-lan:development-identity' }, appOidc: null, logLevel: 'info', limits: { maxDepth: 12 } });
    expect(config.kommunShards).toHaveLength(12);
    expect(limitsFromEnv({})).toMatchObject({
      maxDepth: 12,
      maxAliases: 20,
      maxCost: 50_000,
      defaultListSize: 10,
      maxTokens: 3_000,
      maxDirectives: 20,
      ratePerMinute: 1_200,
      maxSubscriptionConnectionsPerCaller: 5,
      introspection: true,
    });
  });

  it('takes the limits from the env object', () => {
    const env = {
      MAX_DEPTH: '3',
      MAX_ALIASES: '4',
      MAX_COST: '5',
      MAX_TOKENS: '6',
      MAX_DIRECTIVES: '7',
      RATE_LIMIT_PER_MINUTE: '8',
      MAX_SUBSCRIPTION_CONNECTIONS_PER_CALLER: '9',
    };
    expect(limitsFromEnv(env)).toMatchObject({
      maxDepth: 3,
      maxAliases: 4,
      maxCost: 5,
      maxTokens: 6,
      maxDirectives: 7,
      ratePerMinute: 8,
      maxSubscriptionConnectionsPerCaller: 9,
    });
  });

  it('names the variable of a malformed number in the env object', () => {
    expect(() => configFromEnv({ SHARD_TIMEOUT_MS: 'soon' })).toThrow(/SHARD_TIMEOUT_MS must be a non-negative integer, got "soon"/);
    expect(() => limitsFromEnv({ MAX_COST: '-1' })).toThrow(/MAX_COST/);
  });
});

describe('KOMMUN_URLS', () => {
  it('reads comma-separated entries, spaces after commas allowed', () => {
    expect(parseShardList('1814=http://a/graphql, 1860=http://b/graphql')).toEqual([
      { key: '1814', url: 'http://a/graphql' },
      { key: '1860', url: 'http://b/graphql' },
    ]);
  });

  it.each([
    ['";" instead of ","', '1814=http://a/graphql;1860=http://b/graphql', /KOMMUN_URLS separates its entries with ";"; separate them with commas/],
    ['"; " instead of ","', '1814=http://a/graphql; 1860=http://b/graphql', /KOMMUN_URLS separates its entries with ";"/],
    ['a space instead of ","', '1814=http://a/graphql 1860=http://b/graphql', /KOMMUN_URLS separates its entries with white space/],
    ['a newline instead of ","', '1814=http://a/graphql\n1860=http://b/graphql', /KOMMUN_URLS separates its entries with white space/],
    ['"|" instead of ","', '1814=http://a/graphql|1860=http://b/graphql', /KOMMUN_URLS separates its entries with "\|"/],
    ['two entries run together', '1814=http://a/graphql1860=http://b/graphql', /KOMMUN_URLS entry .* holds two entries/],
    ['a kommun twice', '1814=http://a/graphql,1814=http://b/graphql', /KOMMUN_URLS lists kommun 1814 twice/],
    ['a trailing ";"', '1814=http://a/graphql;', /KOMMUN_URLS entry "1814=http:\/\/a\/graphql;" holds a ";"/],
    ['one URL for two kommuner', '1814=http://a/graphql,1860=http://a/graphql', /KOMMUN_URLS gives kommun 1814 and kommun 1860 the same URL/],
    ['an unknown code', '9999=http://a/graphql', /KOMMUN_URLS entry "9999=http:\/\/a\/graphql"/],
  ])('refuses %s at start, naming the variable', (_label, text, message) => {
    expect(() => parseShardList(text)).toThrow(message);
    expect(() => configFromEnv({ KOMMUN_URLS: text })).toThrow(/KOMMUN_URLS/);
  });
});
