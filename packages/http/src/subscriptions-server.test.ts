import { once } from 'node:events';
import { connect } from 'node:net';
import { buildSchema } from 'graphql';
import { closeServer, createHttpServer, listen } from './http-server';
import { createLogger } from './logger';
import { serveSubscriptions } from './subscriptions-server';

/** A server with GraphQL subscriptions on /graphql, as the gateway and every subgraph serve them. */
async function startSubscriptionServer() {
  const logger = createLogger('subscriptions-test');
  logger.level = 'silent';
  const server = createHttpServer({ logger, routes: {} });
  const subscriptions = serveSubscriptions({
    server,
    path: '/graphql',
    schema: buildSchema('type Query { ping: Int } type Subscription { ticks: Int }'),
    logger,
    verifyToken: async () => ({}),
    validationRules: [],
    maxTokens: 1_000,
    maxPerConnection: 5,
    context: () => ({}),
  });
  return { server, subscriptions, port: await listen(server, 0, '127.0.0.1') };
}

/**
 * A WebSocket client that completes the upgrade and then answers nothing, not even the server's close
 * frame: what a hung or hostile client does. Collects what the server sends and whether it closed.
 */
async function silentWebSocketClient(port: number) {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.on('error', () => undefined);
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  const closedByServer = new Promise<true>((resolve) => socket.once('close', () => resolve(true)));
  socket.write(
    'GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n',
  );
  await once(socket, 'data');
  expect(Buffer.concat(received).toString('latin1')).toMatch(/^HTTP\/1\.1 101 /);
  return {
    closedByServer,
    /** The close code of the first close frame the server sent (an unmasked frame: 0x88, length, code), if any. */
    closeCode: () => {
      const bytes = Buffer.concat(received);
      const at = bytes.indexOf(0x88, bytes.indexOf('\r\n\r\n') + 4);
      return at === -1 ? undefined : bytes.readUInt16BE(at + 2);
    },
  };
}

describe('closing a subscription server', () => {
  it('cuts a WebSocket whose client never answers the close, instead of waiting ws’s 30 s', async () => {
    const { server, subscriptions, port } = await startSubscriptionServer();
    const client = await silentWebSocketClient(port);
    // ws's own wait (30 s) is the test's timeout: a close that waited for this client fails the test.
    await subscriptions.close();
    await expect(client.closedByServer).resolves.toBe(true);
    expect(client.closeCode()).toBe(1001);
    await closeServer(server, 60_000);
  });

  it('cuts, after the grace period, an upgraded connection the HTTP server cannot close itself', async () => {
    const { server, subscriptions, port } = await startSubscriptionServer();
    const client = await silentWebSocketClient(port);
    // closeServer alone, before the subscriptions are closed: only its grace period ends this connection.
    await closeServer(server, 100);
    await expect(client.closedByServer).resolves.toBe(true);
    await subscriptions.close();
  });
});
