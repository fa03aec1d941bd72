import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { ShardedDataSource, ShardedDataSourceOptions } from './sharded-data-source';
import { placeSource, runFetch } from './test-support/harness';
import { placeTypeDefs, startPlaceShards, type RunningShards } from './test-support/place-shards';

const CODES = ['1814', '1860', '1880'];
let running: RunningShards;

beforeAll(async () => {
  running = await startPlaceShards(CODES);
});
afterAll(() => running.stop());
beforeEach(() => running.received.clear());

const source = (overrides: Partial<ShardedDataSourceOptions<Record<string, unknown>>> = {}) => placeSource(running.shards, overrides);
const run = (ds: ShardedDataSource, query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  runFetch(ds, query, variables, operationName);

const ENTITIES =
  'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Place { code name } ... on Service { id label contributions { code amount } } } }';
const asked = (code: string) => running.received.get(code) ?? [];

describe('rule 1: entities with the shard key go only to their owner, in the original order', () => {
  it('splits one _entities fetch by shard key and restores the order', async () => {
    const representations = ['1880', '1814', '1880', '1860'].map((code) => ({ __typename: 'Place', code }));
    const result = await run(source(), ENTITIES, { representations });
    expect(result.errors).toBeUndefined();
    expect((result.data!._entities as { code: string }[]).map((e) => e.code)).toEqual(['1880', '1814', '1880', '1860']);
    expect(asked('1880')[0].variables.representations).toEqual([
      { __typename: 'Place', code: '1880' },
      { __typename: 'Place', code: '1880' },
    ]);
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
      representations: [
        { __typename: 'Service', id: 'mobile-team' },
        { __typename: 'Place', code: '1860' },
      ],
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
      expect.objectContaining({
        path: ['_entities', 0, 'label'],
        extensions: expect.objectContaining({ code: 'SHARD_DATA_CONFLICT', shards: ['1814', '1860'] }),
      }),
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
    [
      'names two shards',
      'mutation { a: renamePlace(code: "1814", name: "x") { code } b: renamePlace(code: "1860", name: "y") { code } }',
      /one place instance only/,
    ],
    ['names an unknown shard', 'mutation { renamePlace(code: "9999", name: "x") { code } }', /No place instance serves "9999"/],
  ])('refuses a mutation that %s before anything is sent', async (_label, query, message) => {
    const result = await run(source(), query);
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(CODES.flatMap(asked)).toHaveLength(0);
  });
});

describe('rule 4 with one shard: an untargeted mutation has one possible target', () => {
  it('sends it to the one shard instead of refusing it', async () => {
    const result = await run(source({ shards: [running.shards[0]] }), 'mutation { renameAll(name: "Lekeberg") { code name } }');
    expect(result).toEqual({ data: { renameAll: [{ code: '1814', name: 'Lekeberg' }] } });
    expect(asked('1814')).toHaveLength(1);
  });

  it('still refuses one naming a shard it does not have', async () => {
    const result = await run(source({ shards: [running.shards[0]] }), 'mutation { renamePlace(code: "1880", name: "x") { code } }');
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/No place instance serves "1880"/) })]);
    expect(CODES.flatMap(asked)).toHaveLength(0);
  });
});

describe('rule 8: every operation shape the query planner sends is routed by the same rules', () => {
  it('routes fields inside an @include-d inline fragment (the reported case)', async () => {
    const query = 'query($x: Boolean!) { ... @include(if: $x) { places { code } } }';
    const included = await run(source(), query, { x: true });
    expect(included).toEqual({ data: { places: CODES.map((code) => ({ code })) } });
    running.received.clear();
    const excluded = await run(source(), query, { x: false });
    expect(excluded).toEqual({ data: {} });
    expect(CODES.flatMap(asked)).toHaveLength(0);
  });

  it('routes fields of a named fragment, and of nested fragments, by their shard key', async () => {
    const query = 'query { ...Outer } fragment Outer on Query { ... on Query { ...Inner } } fragment Inner on Query { place(code: "1860") { code } }';
    expect(await run(source(), query)).toEqual({ data: { place: { code: '1860' } } });
    expect(asked('1814')).toHaveLength(0);
    expect(asked('1860')).toHaveLength(1);
  });

  it('does not send a field skipped by a variable, and sends one included by it', async () => {
    const query = 'query($s: Boolean!) { a: place(code: "1814") @skip(if: $s) { code } b: place(code: "1860") @include(if: true) { code } }';
    expect(await run(source(), query, { s: true })).toEqual({ data: { b: { code: '1860' } } });
    expect(asked('1814')).toHaveLength(0);
    expect(await run(source(), query, { s: false })).toEqual({ data: { a: { code: '1814' }, b: { code: '1860' } } });
  });

  it('answers several root fields of different kinds, aliased, in one fetch', async () => {
    const query = '{ one: place(code: "1880") { code } all: places { code } some: placesByCodes(codes: ["1814"]) { code } __typename }';
    const result = await run(source(), query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ one: { code: '1880' }, all: CODES.map((code) => ({ code })), some: [{ code: '1814' }], __typename: 'Query' });
  });

  it('finds a mutation target inside a fragment, and ignores a skipped untargeted field', async () => {
    const inFragment = await run(source(), 'mutation { ... on Mutation { renamePlace(code: "1814", name: "Lekeberg") { code } } }');
    expect(inFragment).toEqual({ data: { renamePlace: { code: '1814' } } });
    const skipped = await run(
      source(),
      'mutation($s: Boolean!) { renamePlace(code: "1860", name: "Laxå") { code } renameAll(name: "x") @skip(if: $s) { code } }',
      { s: true },
    );
    expect(skipped).toEqual({ data: { renamePlace: { code: '1860' } } });
    expect(asked('1880')).toHaveLength(0);
  });

  it('picks the operation named by operationName from a document holding several', async () => {
    const query = 'query A { place(code: "1814") { code } } query B { place(code: "1880") { code } }';
    expect(await run(source(), query, {}, 'B')).toEqual({ data: { place: { code: '1880' } } });
    expect(asked('1814')).toHaveLength(0);
    const unnamed = await run(source(), query);
    expect(unnamed.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
  });

  it('never answers GRAPHQL_PARSE_FAILED to a document that parses and validates', async () => {
    const shapes = [
      ['query($x: Boolean!) { ... @include(if: $x) { places { code } } }', { x: true }],
      ['query($x: Boolean = true) { ... on Query @skip(if: false) { ...F } } fragment F on Query { places @include(if: $x) { code } }', {}],
      ['{ ... { ... { place(code: "1814") { code } } } }', {}],
    ] as const;
    for (const [query, variables] of shapes) {
      const result = await run(source(), query, { ...variables });
      expect({ query, errors: result.errors }).toEqual({ query, errors: undefined });
    }
  });
});

describe('rule 5: failure isolation', () => {
  it('returns the reachable shards data and one HUVUDMAN_UNAVAILABLE error naming each missing shard', async () => {
    const shards = [...running.shards, { key: '1862', url: 'http://127.0.0.1:9/graphql' }];
    const result = await run(source({ shards }), '{ places { code } }');
    expect(result.data).toEqual({ places: CODES.map((code) => ({ code })) });
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1862', reason: 'UNREACHABLE' } })]);
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
    // 1885 answers only when released (after the assertion): no race with a loaded machine's speed.
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slow = await startPlaceShards(['1885'], { '1885': { hold: () => released } });
    try {
      const result = await run(source({ shards: [...running.shards, ...slow.shards], timeoutMs: 10_000 }), '{ places { code } }');
      expect(result.data).toEqual({ places: CODES.map((code) => ({ code })) });
      expect(result.errors).toEqual([
        expect.objectContaining({ message: expect.stringContaining('no answer within 10000 ms'), extensions: expect.objectContaining({ huvudman: '1885' }) }),
      ]);
    } finally {
      release();
      await slow.stop();
    }
  });
});

describe('rule 5 for writes: the caller learns whether a failed write may have happened', () => {
  it('marks a write to a shard that took it but did not answer in time OUTCOME_UNKNOWN, after sending it', async () => {
    // 1885 holds every answer until the client has given up (released after the result is in), so the
    // time limit always wins, however loaded the machine: no race between a delay and the timeout.
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const paused = await startPlaceShards(['1885'], { '1885': { hold: () => released } });
    try {
      const result = await run(
        source({ shards: [...running.shards, ...paused.shards], timeoutMs: 300 }),
        'mutation { renamePlace(code: "1885", name: "Lindesberg") { code name } }',
      );
      expect(result.data).toEqual({ renamePlace: null });
      expect(result.errors).toEqual([
        expect.objectContaining({ path: ['renamePlace'], extensions: { code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1885', reason: 'OUTCOME_UNKNOWN' } }),
      ]);
      expect(result.errors![0].message).toMatch(/did not confirm the write: no answer within 300 ms\. It may or may not have been saved/);
    } finally {
      release();
      await paused.stop();
    }
  });

  it('says nothing was written when the instance refused the connection, and a read keeps "missing"', async () => {
    const shards = [...running.shards, { key: '1862', url: 'http://127.0.0.1:9/graphql' }];
    const write = await run(source({ shards }), 'mutation { renamePlace(code: "1862", name: "Hallsberg") { code } }');
    expect(write.errors).toEqual([expect.objectContaining({ extensions: { code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1862', reason: 'UNREACHABLE' } })]);
    expect(write.errors![0].message).toMatch(/connection refused\. Nothing was written\./);
    const read = await run(source({ shards, timeoutMs: 300 }), '{ places { code } }');
    expect(read.errors![0].message).toMatch(/Its data is missing from this answer/);
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

describe('rule 6: only what the composed graph can ask is judged', () => {
  const minimal = `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query { place(code: ID!): Place }
    type Place @key(fields: "code") { code: ID!  name: String! }`;

  it('finds a shard compatible when the expected schema names a standard scalar only in a directive definition', async () => {
    const shard = await startPlaceShards(['1862'], { '1862': { typeDefs: minimal } });
    try {
      // Int appears only in this directive's argument: "Standard scalar Int was removed ..." before the fix.
      const expectedSchema = buildSubgraphSchema(parse(`${minimal}\n directive @weight(value: Int!) on FIELD_DEFINITION`));
      const ds = source({ shards: shard.shards, expectedSchema });
      await ds.schemas.refresh();
      expect(ds.schemas.state('1862')).toMatchObject({ phase: 'compatible' });
    } finally {
      await shard.stop();
    }
  });

  it('still finds a shard incompatible when a type the graph can ask lost a field, also one reachable only as an entity', async () => {
    const shard = await startPlaceShards(['1862'], { '1862': { typeDefs: minimal } });
    try {
      const entityOnly = `${minimal}\n type Area @key(fields: "id") { id: ID!  size: Int }`;
      const ds = source({ shards: shard.shards, expectedSchema: buildSubgraphSchema(parse(entityOnly)) });
      await ds.schemas.refresh();
      const state = ds.schemas.state('1862');
      expect(state.phase === 'incompatible' && state.problems).toEqual(expect.arrayContaining(['Area was removed.']));
    } finally {
      await shard.stop();
    }
  });

  it('judges a type the graph can reach only through an interface it implements', async () => {
    const withInterface = `${minimal}\n interface Node { id: ID! }\n extend type Query { node(id: ID!): Node }`;
    const shard = await startPlaceShards(['1862'], { '1862': { typeDefs: withInterface } });
    try {
      const expected = `${withInterface}\n type Area implements Node { id: ID!  name: String }`;
      const ds = source({ shards: shard.shards, expectedSchema: buildSubgraphSchema(parse(expected)) });
      await ds.schemas.refresh();
      const state = ds.schemas.state('1862');
      expect(state.phase === 'incompatible' && state.problems).toEqual(['Area was removed.']);
    } finally {
      await shard.stop();
    }
  });
});

describe('rule 7: parallel fan-out over reused connections', () => {
  it('has every shard in flight at once', async () => {
    // Each shard holds its answer until all six requests have arrived (or 10 s have passed, so a
    // fan-out that runs one after another fails instead of hanging): no race with the machine's speed.
    const codes = ['1', '2', '3', '4', '5', '6'];
    let arrived = 0;
    let allArrived = () => undefined as void;
    const barrier = new Promise<void>((resolve) => (allArrived = resolve));
    const hold = async () => {
      arrived += 1;
      if (arrived === codes.length) allArrived();
      await Promise.race([barrier, new Promise((r) => setTimeout(r, 10_000).unref())]);
    };
    const slow = await startPlaceShards(codes, Object.fromEntries(codes.map((c) => [c, { hold }])));
    try {
      await run(source({ shards: slow.shards, timeoutMs: 20_000 }), '{ places { code } }');
      expect(slow.maxInFlight()).toBe(6);
    } finally {
      allArrived();
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
