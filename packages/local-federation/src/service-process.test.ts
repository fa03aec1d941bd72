import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

  it('names the taken port of a process hosting several instances, not its first', async () => {
    const first = await freePort();
    const hosted = [
      { name: 'kommun-1880', port: first },
      { name: 'kommun-1881', port: taken },
    ];
    const env = { HOSTED_INSTANCES: JSON.stringify(hosted.map((i) => ({ PORT: String(i.port) }))) };
    const service = new ServiceProcess({
      name: 'kommun',
      entry: 'packages/local-federation/src/test-support/hosted-ready-servers.ts',
      port: first,
      env,
      hosted,
      nextPort: freePort,
    });
    await expect(service.start()).rejects.toMatchObject({ service: 'kommun', port: taken });
  });

  it('fails naming the service, the port and EADDRINUSE when it offers none', async () => {
    const service = new ServiceProcess({ name: 'ready-server', entry, port: taken, env: {} });
    const failure = service.start();
    await expect(failure).rejects.toThrow(new RegExp(`ready-server could not listen on port ${taken}: another process has it \\(EADDRINUSE\\)`));
    await expect(failure).rejects.toMatchObject({ service: 'ready-server', port: taken });
  });
});

describe('a process hosting several instances (HOSTED_INSTANCES)', () => {
  it("is ready when every hosted instance answers /ready, and lists each one's URL", async () => {
    const hosted = [
      { name: 'kommun-1880', port: await freePort() },
      { name: 'kommun-1881', port: await freePort() },
    ];
    const env = { HOSTED_INSTANCES: JSON.stringify(hosted.map((i) => ({ PORT: String(i.port) }))) };
    const service = new ServiceProcess({
      name: 'kommun',
      entry: 'packages/local-federation/src/test-support/hosted-ready-servers.ts',
      port: hosted[0].port,
      env,
      hosted,
    });
    try {
      await service.start();
      expect([...service.urls]).toEqual(hosted.map((i) => [i.name, `http://127.0.0.1:${i.port}/graphql`]));
      for (const { port } of hosted) expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    } finally {
      await service.stop();
    }
  });
});

describe('a service that exits after it was ready', () => {
  const entry = 'packages/local-federation/src/test-support/ready-server.ts';

  it('is reported with its name and signal; a stop we asked for is not', async () => {
    const lines: string[] = [];
    const service = new ServiceProcess({ name: 'kommun-1862', entry, port: await freePort(), env: {} }, (line) => lines.push(line));
    await service.start();
    const exited = new Promise((resolve) => (service.state as { child: ChildProcess }).child.once('exit', resolve));
    (service.state as { child: ChildProcess }).child.kill('SIGKILL');
    await exited;
    expect(lines.filter((l) => l.includes('exited'))).toEqual([
      expect.stringMatching(/^kommun-1862 exited on signal SIGKILL after it was ready; the other instances keep running/),
    ]);

    lines.length = 0;
    await service.start();
    await service.stop();
    expect(lines.filter((l) => l.includes('exited'))).toEqual([]);
  });
});

describe('node options of a service', () => {
  it('are given to its node process before the entry', async () => {
    const entry = 'packages/local-federation/src/test-support/ready-server.ts';
    const service = new ServiceProcess({ name: 'kommun-1880', entry, port: await freePort(), env: {}, nodeArgs: ['--max-semi-space-size=4'] });
    try {
      await service.start();
      const { pid } = (service.state as { child: ChildProcess }).child;
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      expect(args[1]).toBe('--max-semi-space-size=4');
      expect(args.indexOf('--max-semi-space-size=4')).toBeLessThan(args.findIndex((a) => /ready-server/.test(a)));
    } finally {
      await service.stop();
    }
  });
});
