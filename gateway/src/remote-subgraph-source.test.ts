import { createServer } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DEFAULT_CIRCUIT_OPTIONS, InstanceCircuits } from '@orebro/sharded-source';
import { RemoteSubgraphSource } from './remote-subgraph-source';
import type { GatewayContext } from './gateway-context';
import { startCompressingProxy, type Encoding } from '@orebro/sharded-source/src/test-support/compressing-proxy';
import { INCOMING_OPERATION } from '@orebro/sharded-source/src/test-support/harness';
import { startPlaceShards, type RunningShards } from '@orebro/sharded-source/src/test-support/place-shards';

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const unavailable = { code: 'HUVUDMAN_UNAVAILABLE', huvudman: '18' };
const call = (source: RemoteSubgraphSource, query: string, variables: Record<string, unknown>) =>
  source.process({ request: { query, variables }, context: {} } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);

describe('a single-instance subgraph that does not answer', () => {
  let source: RemoteSubgraphSource;
  beforeAll(async () => {
    // Circuit off: each request here must try the instance (circuits.test.ts covers an open circuit).
    const circuits = new InstanceCircuits({ ...DEFAULT_CIRCUIT_OPTIONS, failures: 0 });
    source = new RemoteSubgraphSource({ name: 'region', url: `http://127.0.0.1:${await closedPort()}/graphql`, timeoutMs: 5_000, unavailable, circuits });
  });

  // Issue 11.13: with the asked fields null, the gateway can still complete a @requires that needs them.
  it('answers an entity fetch with each entity of its own type, its asked fields null, and names the owner', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Indicator { regionValues { value } alias: regionValues { period } }
      ... on CoOwnedService { __typename regionBalanceFigures { withheld } ...More } } }
      fragment More on CoOwnedService { regionContribution { huvudmanId } }`;
    const response = await call(source, query, {
      representations: [
        { __typename: 'Indicator', id: 'x' },
        { __typename: 'CoOwnedService', id: 'y' },
      ],
    });
    expect(response.data).toEqual({
      _entities: [
        { __typename: 'Indicator', regionValues: null, alias: null },
        { __typename: 'CoOwnedService', regionBalanceFigures: null, regionContribution: null },
      ],
    });
    expect(response.errors).toEqual([
      { message: 'The region subgraph is unavailable; its data is missing from this answer.', extensions: { ...unavailable, reason: 'UNREACHABLE' } },
    ]);
  });

  it('leaves out what the executor would skip: @skip/@include with the variables, the named operation, any representations variable', async () => {
    const query = `query Other { region { id } }
      query Fetch($reps: [_Any!]!, $full: Boolean!) { _entities(representations: $reps) {
        ... on Indicator { regionValues { value } periods: regionValues @include(if: $full) { period } }
        ... on CoOwnedService @skip(if: $full) { regionBalanceFigures { withheld } }
        ...More @include(if: $full) } }
      fragment More on CoOwnedService { regionContribution { huvudmanId } }`;
    const representations = [
      { __typename: 'Indicator', id: 'x' },
      { __typename: 'CoOwnedService', id: 'y' },
    ];
    const response = await source.process({
      request: { query, operationName: 'Fetch', variables: { reps: representations, full: true } },
      context: {},
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
    expect(response.data).toStrictEqual({
      _entities: [
        { __typename: 'Indicator', regionValues: null, periods: null },
        { __typename: 'CoOwnedService', regionContribution: null },
      ],
    });
  });

  it('answers a root fetch with the error alone, as before', async () => {
    const response = await call(source, '{ region { id } }', {});
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
  });
});

describe('a single-instance subgraph behind a compressing proxy', () => {
  /** The single-instance subgraph source shares the shards' transport: it reads compressed answers too. */
  let running: RunningShards;
  beforeAll(async () => {
    running = await startPlaceShards(['18']);
  });
  afterAll(() => running.stop());

  it.each(['gzip', 'deflate', 'br'] as Encoding[])('reads a subgraph answering with content-encoding %s', async (encoding) => {
    const proxy = await startCompressingProxy(running.shards[0].url, encoding);
    try {
      const source = new RemoteSubgraphSource({
        name: 'region',
        url: proxy.url,
        timeoutMs: 30_000,
        unavailable: { code: 'HUVUDMAN_UNAVAILABLE', huvudman: '18' },
      });
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
});
