import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { ShardedDataSource, type ShardedDataSourceOptions } from './sharded-data-source';
import { placeTypeDefs, startPlaceShards, type RunningShards } from './test-support/place-shards';

const CODES = ['1814', '1860', '1880'];
let running: RunningShards;

beforeAll(async () => {
  running = await startPlaceShards(CODES);
});
afterAll(() => running.stop());
beforeEach(() => running.received.clear());

function source(overrides: Partial<ShardedDataSourceOptions<Record<string, unknown>>> = {}) {
  return new ShardedDataSource({
    subgraphName: 'place',
    shardKeyNames: ['code', 'codes'],
    shards: running.shards,
    unavailableCode: 'HUVUDMAN_UNAVAILABLE',
    shardExtension: 'huvudman',
    timeoutMs: 2_000,
    ...overrides,
  });
}

/** Apollo's GraphQLDataSourceRequestKind.INCOMING_OPERATION: the enum is exported only from the package's dist. */
const INCOMING_OPERATION = 'IncomingOperation' as Extract<GraphQLDataSourceProcessOptions, { incomingRequestContext: unknown }>['kind'];

function run(ds: ShardedDataSource, query: string, variables: Record<string, unknown> = {}) {
  return ds.process({
    kind: INCOMING_OPERATION,
    request: { query, variables },
    context: {},
    incomingRequestContext: {} as never,
  });
}

const ENTITIES = 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Place { code name } ... on Service { id label contributions { code amount } } } }';
const asked = (code: string) => running.received.get(code) ?? [];

describe('rule 1: entities with the shard key go only to their owner, in the original order', () => {
  it('splits one _entities fetch by shard key and restores the order', async () => {
    const representations = ['1880', '1814', '1880', '1860'].map((code) => ({ __typename: 'Place', code }));
    const result = await run(source(), ENTITIES, { representations });
    expect(result.errors).toBeUndefined();
    expect((result.data!._entities as { code: string }[]).map((e) => e.code)).toEqual(['1880', '1814', '1880', '1860']);
    expect(asked('1880')[0].variables.representations).toEqual([{ __typename: 'Place', code: '1880' }, { __typename: 'Place', code: '1880' }]);
    expect(asked('1814')[0].variables.representations).toEqual([{ __typename: 'Place', code: '1814' }]);
  });

  it('asks no shard for a representation no shard owns, and answers null for it', async () => {
    const result = await run(source(), ENTITIES, { representations: [{ __typename: 'Place', code: '9999' }] });
    expect(result.data!._entities).toEqual([null]);
    expect(CODES.flatMap(asked)).toHaveLength(0);
  });
});

describe('rule 2: joint entities go to every shard and are merged', () => {
  it('concatenates lists in shard order and takes a scalar from the one shard that gives it', async () => {
    const result = await run(source(), ENTITIES, {
      representations: [{ __typename: 'Service', id: 'mobile-team' }, { __typename: 'Place', code: '1860' }],
    });
    expect(result.errors).toBeUndefined();
    const [service, place] = result.data!._entities as Record<string, unknown>[];
    expect(service).toEqual({
      id: 'mobile-team',
      label: 'joint',
      contributions: CODES.map((code) => ({ code, amount: Number(code) })),
    });
    expect(place).toEqual({ code: '1860', name: 'Place 1860' });
    expect(CODES.every((code) => asked(code).length === 1)).toBe(true);
  });

  it('reports two different non-null scalars as a data conflict and uses neither', async () => {
    const result = await run(source(), ENTITIES, { representations: [{ __typename: 'Service', id: 'conflict' }] });
    const [service] = result.data!._entities as Record<string, unknown>[];
    expect(service.label).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({ path: ['_entities', 0, 'label'], extensions: expect.objectContaining({ code: 'SHARD_DATA_CONFLICT', shards: ['1814', '1860'] }) }),
    ]);
  });
});

describe('rule 3: root fields', () => {
  it('sends a field that names a shard (literal or variable) to that shard only', async () => {
    const literal = await run(source(), '{ place(code: "1860") { code name } }');
    expect(literal.data).toEqual({ place: { code: '1860', name: 'Place 1860' } });
    const viaVariable = await run(source(), 'query($c: ID!) { place(code: $c) { code } }', { c: '1880' });
    expect(viaVariable.data).toEqual({ place: { code: '1880' } });
    expect(asked('1814')).toHaveLength(0);
    expect(asked('1860')).toHaveLength(1);
    expect(asked('1880')).toHaveLength(1);
  });

  it('asks only the shards a list argument names', async () => {
    const result = await run(source(), '{ placesByCodes(codes: ["1814", "1880"]) { code } }');
    expect(result.data).toEqual({ placesByCodes: [{ code: '1814' }, { code: '1880' }] });
    expect(asked('1860')).toHaveLength(0);
  });

  it('broadcasts a root list and concatenates it in shard order; merges a root object', async () => {
    const result = await run(source(), '{ places { code } stats { count names } }');
    expect(result.data).toEqual({ places: CODES.map((code) => ({ code })), stats: { count: 3, names: CODES.map((c) => `Place ${c}`) } });
  });
});

describe('rule 4: mutations go to exactly one shard', () => {
  it('sends a mutation to the shard its argument names, also inside an input object', async () => {
    const result = await run(source(), 'mutation { renamePlace(code: "1814", name: "Lekeberg") { code name } }');
    expect(result.data).toEqual({ renamePlace: { code: '1814', name: 'Lekeberg' } });
    const viaInput = await run(source(), 'mutation($i: ReportInput!) { report(input: $i) { code } }', { i: { code: '1860', value: 1 } });
    expect(viaInput.data).toEqual({ report: { code: '1860' } });
    expect(asked('1880')).toHaveLength(0);
  });

  it.each([
    ['names no target', 'mutation { renameAll(name: "x") { code } }', /names no target/],
    ['names two shards', 'mutation { a: renamePlace(code: "1814", name: "x") { code } b: renamePlace(code: "1860", name: "y") { code } }', /one place instance only/],
    ['names an unknown shard', 'mutation { renamePlace(code: "9999", name: "x") { code } }', /No place instance serves "9999"/],
  ])('refuses a mutation that %s before anything is sent', async (_label, query, message) => {
    const result = await run(source(), query);
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(CODES.flatMap(asked)).toHaveLength(0);
  });
});

describe('rule 5: failure isolation', () => {
  it('returns the reachable shards data and one HUVUDMAN_UNAVAILABLE error naming each missing shard', async () => {
    const shards = [...running.shards, { key: '1862', url: 'http://127.0.0.1:9/graphql' }];
    const result = await run(source({ shards }), '{ places { code } }');
    expect(result.data).toEqual({ places: CODES.map((code) => ({ code })) });
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1862', reason: 'UNREACHABLE' } }),
    ]);
    expect(result.errors![0].message).not.toContain('127.0.0.1');
  });

  it('gives a missing owned entity null with an error pointing at it', async () => {
    const shards = [...running.shards, { key: '1862', url: 'http://127.0.0.1:9/graphql' }];
    const representations = ['1880', '1862'].map((code) => ({ __typename: 'Place', code }));
    const result = await run(source({ shards }), ENTITIES, { representations });
    expect(result.data!._entities).toEqual([{ code: '1880', name: 'Place 1880' }, null]);
    expect(result.errors).toEqual([expect.objectContaining({ path: ['_entities', 1], extensions: expect.objectContaining({ huvudman: '1862' }) })]);
  });

  it('applies each shard its own timeout; a slow shard does not hold back the others', async () => {
    const slow = await startPlaceShards(['1885'], { '1885': { delayMs: 1_500 } });
    try {
      const result = await run(source({ shards: [...running.shards, ...slow.shards], timeoutMs: 300 }), '{ places { code } }');
      expect(result.data).toEqual({ places: CODES.map((code) => ({ code })) });
      expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('no answer within 300 ms'), extensions: expect.objectContaining({ huvudman: '1885' }) })]);
    } finally {
      await slow.stop();
    }
  });
});

describe('rule 6: version skew', () => {
  const oldTypeDefs = placeTypeDefs.replace('value: Int }', '}');

  it('reports a shard whose schema cannot serve the composed schema and does not send it fields it lacks', async () => {
    const old = await startPlaceShards(['1861'], { '1861': { typeDefs: oldTypeDefs } });
    try {
      const ds = source({ shards: [...running.shards, ...old.shards], expectedSchema: buildSubgraphSchema(parse(placeTypeDefs)) });
      await ds.schemas.refresh();
      expect(ds.schemas.state('1880').phase).toBe('compatible');
      const state = ds.schemas.state('1861');
      expect(state.phase === 'incompatible' && state.problems).toEqual(['Place.value was removed.']);

      const withValue = await run(ds, '{ places { code value } }');
      expect(withValue.data).toEqual({ places: CODES.map((code) => ({ code, value: Number(code) })) });
      expect(withValue.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ huvudman: '1861', reason: 'INCOMPATIBLE_SCHEMA' }) })]);
      expect(old.received.get('1861')).toBeUndefined();

      const withoutValue = await run(ds, '{ places { code } }');
      expect(withoutValue.errors).toBeUndefined();
      expect((withoutValue.data!.places as unknown[]).length).toBe(4);
    } finally {
      await old.stop();
    }
  });
});

describe('rule 7: parallel fan-out over reused connections', () => {
  it('has every shard in flight at once', async () => {
    const slow = await startPlaceShards(['1', '2', '3', '4', '5', '6'], Object.fromEntries(['1', '2', '3', '4', '5', '6'].map((c) => [c, { delayMs: 150 }])));
    try {
      await run(source({ shards: slow.shards }), '{ places { code } }');
      expect(slow.maxInFlight()).toBe(6);
    } finally {
      await slow.stop();
    }
  });

  it('opens no new connections for a second fan-out', async () => {
    const ds = source();
    await run(ds, '{ places { code } }');
    const before = running.connections();
    await run(ds, '{ places { code } }');
    await run(ds, '{ places { code } }');
    expect(running.connections()).toBe(before);
  });
});
