import { createServer, type Server } from 'node:http';
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
    const service = new ServiceProcess({
      name: 'never-ready',
      entry: 'packages/local-federation/src/test-support/never-ready.ts',
      port: await freePort(),
      env: {},
    });
    await expect(service.start(1_500)).rejects.toThrow(/never-ready was not ready within 1500 ms \(START_TIMEOUT_MS raises the limit\)/);
    expect(service.state.phase).toBe('stopped');
  });
});

describe('a port taken between choosing it and binding it', () => {
  let squatter: Server;
  let taken: number;
  beforeAll(async () => {
    squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    taken = (squatter.address() as { port: number }).port;
  });
  // A readiness probe may have connected to the squatter; it never answers, so drop such connections.
  afterAll(() => {
    const closed = new Promise<void>((resolve) => squatter.close(() => resolve()));
    squatter.closeAllConnections();
    return closed;
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
