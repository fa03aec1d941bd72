import { createServer, type Server, type Socket } from 'node:net';
import { freePort } from './free-port';
import { DEFAULT_START_TIMEOUT_MS, ServiceProcess, startTimeoutFromEnv } from './service-process';

describe('the time a service may take to become ready', () => {
  it('is START_TIMEOUT_MS from the env given, else minutes', () => {
    expect(startTimeoutFromEnv({ START_TIMEOUT_MS: '900000' })).toBe(900_000);
    expect(startTimeoutFromEnv({})).toBe(DEFAULT_START_TIMEOUT_MS);
    expect(DEFAULT_START_TIMEOUT_MS).toBeGreaterThanOrEqual(180_000);
    expect(() => startTimeoutFromEnv({ START_TIMEOUT_MS: 'long' })).toThrow(/START_TIMEOUT_MS must be a non-negative integer/);
  });

  it('when exceeded, stops the service and says which one and how to give it longer', async () => {
    const service = new ServiceProcess({ name: 'never-ready', entry: 'packages/local-federation/src/test-support/never-ready.ts', port: await freePort(), env: {} });
    await expect(service.start(1_500)).rejects.toThrow(/never-ready was not ready within 1500 ms \(START_TIMEOUT_MS raises the limit\)/);
    expect(service.state.phase).toBe('stopped');
  });
});

describe('a port taken between choosing it and binding it', () => {
  let squatter: Server;
  const sockets = new Set<Socket>();
  let taken: number;
  beforeAll(async () => {
    // It accepts and never answers; its connections are destroyed at the end so it can close.
    squatter = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    taken = (squatter.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => squatter.close(() => resolve()));
  });

  const entry = 'packages/local-federation/src/test-support/ready-server.ts';

  it('moves to another free port when the spec offers one', async () => {
    const service = new ServiceProcess({ name: 'ready-server', entry, port: taken, env: {}, nextPort: freePort });
    try {
      await service.start();
      expect(service.spec.port).not.toBe(taken);
      expect(await service.isReady()).toBe(true);
    } finally {
      await service.stop();
    }
  });

  it('fails naming EADDRINUSE when it offers none', async () => {
    const service = new ServiceProcess({ name: 'ready-server', entry, port: taken, env: {} });
    await expect(service.start()).rejects.toThrow(/ready-server exited with code 1[\s\S]*EADDRINUSE/);
  });
});
