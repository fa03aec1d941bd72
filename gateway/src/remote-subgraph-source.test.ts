import { startCompressingProxy, type Encoding } from '@orebro/sharded-source/src/test-support/compressing-proxy';
import { INCOMING_OPERATION } from '@orebro/sharded-source/src/test-support/harness';
import { startPlaceShards, type RunningShards } from '@orebro/sharded-source/src/test-support/place-shards';
import { RemoteSubgraphSource } from './remote-subgraph-source';

/** The single-instance subgraph source shares the shards' transport: it reads compressed answers too. */
let running: RunningShards;
beforeAll(async () => {
  running = await startPlaceShards(['18']);
});
afterAll(() => running.stop());

it.each(['gzip', 'deflate', 'br'] as Encoding[])('reads a subgraph answering with content-encoding %s', async (encoding) => {
  const proxy = await startCompressingProxy(running.shards[0].url, encoding);
  try {
    const source = new RemoteSubgraphSource({ name: 'region', url: proxy.url, timeoutMs: 30_000, unavailable: { code: 'HUVUDMAN_UNAVAILABLE', huvudman: '18' } });
    const result = await source.process({
      kind: INCOMING_OPERATION,
      request: { query: '{ places { code name } }' },
      context: {},
      incomingRequestContext: {} as never,
    });
    expect(result).toEqual({ data: { places: [{ code: '18', name: 'Place 18' }] } });
    expect(proxy.acceptEncodings).toEqual(['gzip, deflate, br']);
  } finally {
    await proxy.stop();
  }
});
