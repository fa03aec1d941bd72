import { placeSource, runFetch } from './test-support/harness';
import { startCompressingProxy, type Encoding } from './test-support/compressing-proxy';
import { startPlaceShards, type RunningShards } from './test-support/place-shards';

/**
 * Rules 8 and 9 against real HTTP shards: error paths inside merged data point at the item they
 * belong to, compressed answers are read, and an instance serving another shard is never used.
 */
const CODES = ['1814', '1860', '1880'];
let running: RunningShards;

beforeAll(async () => {
  // 1860's instance answers partly: its `population` and `Contribution.note` fail with an error.
  running = await startPlaceShards(CODES, { '1860': { failing: true } });
});
afterAll(() => running.stop());
beforeEach(() => running.received.clear());

const source = () => placeSource(running.shards);
const asked = (code: string) => running.received.get(code) ?? [];

describe('error paths inside concatenated and merged data', () => {
  it('moves an error at index 0 of one instance to that instance’s item in the merged list (the reported case)', async () => {
    const result = await runFetch(source(), '{ places { code population(year: 2024) } }');
    const places = result.data!.places as { code: string; population: number | null }[];
    expect(places.map((p) => p.code)).toEqual(CODES);
    expect(result.errors).toEqual([expect.objectContaining({ path: ['places', 1, 'population'], extensions: expect.objectContaining({ huvudman: '1860' }) })]);
    const [, index] = result.errors![0].path!;
    expect(places[index as number]).toEqual({ code: '1860', population: null });
  });

  it('does the same under an alias and with two aliased copies of the list', async () => {
    const result = await runFetch(source(), '{ municipalities: places { code population(year: 2024) } again: places { population(year: 2023) } }');
    expect(result.errors!.map((e) => e.path)).toEqual([
      ['municipalities', 1, 'population'],
      ['again', 1, 'population'],
    ]);
  });

  it('offsets a list inside a merged object, and only the merged level of lists nested in items', async () => {
    const nested = await runFetch(source(), '{ stats { places { code population(year: 2024) } } }');
    expect(nested.errors!.map((e) => e.path)).toEqual([['stats', 'places', 1, 'population']]);
    expect((nested.data!.stats as { places: { code: string }[] }).places[1].code).toBe('1860');

    const inItems = await runFetch(source(), '{ places { code neighbours { code population(year: 2024) } } }');
    expect(inItems.errors!.map((e) => e.path)).toEqual([
      ['places', 1, 'neighbours', 0, 'population'],
      ['places', 1, 'neighbours', 1, 'population'],
    ]);
  });

  it('offsets a list concatenated inside a joint entity, and keeps owned entities at their original index', async () => {
    const query =
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Place { code population(year: 2024) } ... on Service { id contributions { code note } } } }';
    const representations = [
      { __typename: 'Place', code: '1880' },
      { __typename: 'Service', id: 'mobile-team' },
      { __typename: 'Place', code: '1860' },
    ];
    const result = await runFetch(source(), query, { representations });
    const service = (result.data!._entities as { contributions?: { code: string }[] }[])[1];
    expect(service.contributions!.map((c) => c.code)).toEqual(CODES);
    expect(result.errors!.map((e) => e.path).sort()).toEqual(
      [
        ['_entities', 1, 'contributions', 1, 'note'],
        ['_entities', 2, 'population'],
      ].sort(),
    );
  });

  it('keeps the error but drops a path that would point at another instance’s value', async () => {
    // stats.count comes from 1814; 1860's instance fails on it. Its error must not point at 1814's figure.
    const result = await runFetch(source(), '{ stats { count } }');
    expect(result.data).toEqual({ stats: { count: 3 } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).not.toHaveProperty('path');
    expect(result.errors![0].extensions).toMatchObject({ huvudman: '1860' });
  });

  it('leaves the path as the instance gave it when only that instance was asked', async () => {
    const result = await runFetch(source(), '{ place(code: "1860") { population(year: 2024) } }');
    expect(result.errors!.map((e) => e.path)).toEqual([['place', 'population']]);
  });
});

describe('compressed answers', () => {
  it.each(['gzip', 'deflate', 'br'] as Encoding[])('reads an instance answering with content-encoding %s, and asks for what it decodes', async (encoding) => {
    const proxy = await startCompressingProxy(running.shards[2].url, encoding);
    try {
      const ds = placeSource([running.shards[0], { key: '1880', url: proxy.url }]);
      const result = await runFetch(ds, '{ places { code } }');
      expect(result).toEqual({ data: { places: [{ code: '1814' }, { code: '1880' }] } });
      expect(proxy.acceptEncodings[0]).toBe('gzip, deflate, br');
    } finally {
      await proxy.stop();
    }
  });
});

describe('wiring: each instance says which shard it serves', () => {
  it('never uses an answer from an instance serving another shard (two URLs swapped)', async () => {
    const [s1814, s1860, s1880] = running.shards;
    const swapped = placeSource([{ key: '1814', url: s1860.url }, { key: '1860', url: s1814.url }, s1880]);
    const one = await runFetch(swapped, '{ place(code: "1814") { code name } }');
    expect(one.data).toEqual({ place: null });
    expect(one.errors).toEqual([
      expect.objectContaining({ path: ['place'], extensions: { code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1814', reason: 'WRONG_INSTANCE' } }),
    ]);
    const all = await runFetch(swapped, '{ places { code } }');
    expect(all.data).toEqual({ places: [{ code: '1880' }] });
    expect(all.errors!.map((e) => [e.extensions!.huvudman, e.extensions!.reason])).toEqual([
      ['1814', 'WRONG_INSTANCE'],
      ['1860', 'WRONG_INSTANCE'],
    ]);
    expect(swapped.wiring.problems().map((p) => [p.key, p.kind])).toEqual([
      ['1814', 'WRONG_INSTANCE'],
      ['1860', 'WRONG_INSTANCE'],
    ]);
    expect(swapped.wiring.problems()[0].message).toContain('serves 1860');
  });

  it('finds a swap before any query, from the schema check', async () => {
    const [s1814, s1860] = running.shards;
    const swapped = placeSource([
      { key: '1814', url: s1860.url },
      { key: '1860', url: s1814.url },
    ]);
    await swapped.schemas.refresh();
    expect(swapped.wiring.problems().map((p) => p.kind)).toEqual(['WRONG_INSTANCE', 'WRONG_INSTANCE']);
    expect(swapped.wiring.servedBy('1814')).toBe('1860');
  });

  it('answers a shard with no instance as NOT_CONFIGURED wherever it is named, and never sends it a write', async () => {
    const [s1814, , s1880] = running.shards;
    const ds = placeSource([s1814, s1880], { expectedShardKeys: CODES });
    const notConfigured = { code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1860', reason: 'NOT_CONFIGURED' };

    const entities = await runFetch(ds, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Place { code } } }', {
      r: [
        { __typename: 'Place', code: '1880' },
        { __typename: 'Place', code: '1860' },
      ],
    });
    expect(entities.data).toEqual({ _entities: [{ code: '1880' }, null] });
    expect(entities.errors).toEqual([expect.objectContaining({ path: ['_entities', 1], extensions: notConfigured })]);

    const root = await runFetch(ds, '{ place(code: "1860") { code } }');
    expect(root).toEqual({ data: { place: null }, errors: [expect.objectContaining({ path: ['place'], extensions: notConfigured })] });

    const list = await runFetch(ds, '{ places { code } }');
    expect(list.data).toEqual({ places: [{ code: '1814' }, { code: '1880' }] });
    expect(list.errors).toEqual([expect.objectContaining({ extensions: notConfigured })]);

    running.received.clear();
    const write = await runFetch(ds, 'mutation { renamePlace(code: "1860", name: "x") { code } }');
    expect(write.errors).toEqual([expect.objectContaining({ extensions: notConfigured })]);
    expect(CODES.flatMap(asked)).toHaveLength(0);
    expect(ds.wiring.problems()).toEqual([expect.objectContaining({ key: '1860', kind: 'NOT_CONFIGURED' })]);
  });

  it('accepts an answer from an instance that does not say which shard it serves', async () => {
    const silent = await startPlaceShards(['1862'], { '1862': { serves: null } });
    try {
      const result = await runFetch(placeSource(silent.shards), '{ places { code } }');
      expect(result).toEqual({ data: { places: [{ code: '1862' }] } });
    } finally {
      await silent.stop();
    }
  });
});
