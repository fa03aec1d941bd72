import { once } from 'node:events';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import pino from 'pino';
import { parseJsonBody, readBody } from './body';
import { closeServer, createHttpServer, listen } from './http-server';
import { createLogger } from './logger';

/** One GET over its own connection; resolves with the status and body, rejects on a connection error. */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('graceful shutdown (closeServer)', () => {
  it('lets a request in progress finish and refuses new connections', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inProgress = new Promise<void>((resolve) => (started = resolve));
    const server = createHttpServer({
      logger: createLogger('test'),
      routes: {
        '/slow': async (_req, res) => {
          started();
          await released;
          res.end('finished');
        },
      },
    });
    const port = await listen(server, 0, '127.0.0.1');
    const slow = get(port, '/slow');
    await inProgress;
    const closed = closeServer(server);
    await expect(get(port, '/slow')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    release();
    await expect(slow).resolves.toEqual({ status: 200, body: 'finished' });
    await closed;
  });

  /**
   * A server whose `/slow` route waits until released (never, unless the test releases it). Each case
   * below closes it with a grace period of a minute (past the test's timeout: a close held by a client
   * fails the test) or of 100 ms (the grace period is what must cut the connection).
   */
  async function serverWithSlowRoute() {
    let started!: () => void;
    const inProgress = new Promise<void>((resolve) => (started = resolve));
    const server = createHttpServer({
      logger: createLogger('test'),
      routes: {
        '/slow': async (req) => {
          await readBody(req, 1_000);
          started();
          await new Promise(() => undefined);
        },
      },
    });
    return { server, port: await listen(server, 0, '127.0.0.1'), inProgress };
  }

  /** A raw TCP connection that records whether the server closed it (the test never closes it itself). */
  async function rawConnection(port: number) {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const closedByServer = new Promise<boolean>((resolve) => socket.once('close', () => resolve(true)));
    socket.on('error', () => undefined);
    return { socket, closedByServer };
  }

  it('closes at once a connection on which the client has sent nothing', async () => {
    const { server, port } = await serverWithSlowRoute();
    const client = await rawConnection(port);
    await closeServer(server, 60_000);
    await expect(client.closedByServer).resolves.toBe(true);
  });

  it('is not held by the spare connection undici keeps after an aborted fetch', async () => {
    const { server, port, inProgress } = await serverWithSlowRoute();
    const aborting = new AbortController();
    const fetched = fetch(`http://127.0.0.1:${port}/slow`, { method: 'POST', body: '{}', signal: aborting.signal }).catch((error: Error) => error.name);
    await inProgress;
    const spare = once(server, 'connection') as Promise<[Socket]>;
    aborting.abort();
    expect(await fetched).toBe('AbortError');
    // undici cuts the aborted request's connection and opens a spare one (Node 20 and 24), which sends
    // nothing and which undici itself lets go after 4 s: the server must close it, not wait for that.
    const [socket] = await spare;
    let clientLetGo = false;
    socket.once('end', () => (clientLetGo = true));
    await closeServer(server, 60_000);
    expect(clientLetGo).toBe(false);
  });

  it('cuts, after the grace period, a connection sending its headers a byte at a time', async () => {
    const { server, port } = await serverWithSlowRoute();
    const client = await rawConnection(port);
    client.socket.write('GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await closeServer(server, 100);
    await expect(client.closedByServer).resolves.toBe(true);
  });

  it('cuts, after the grace period, a request still in progress', async () => {
    const { server, port, inProgress } = await serverWithSlowRoute();
    const slow = get(port, '/slow');
    await inProgress;
    await closeServer(server, 100);
    await expect(slow).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});

/** One POST over its own connection; resolves with the status. */
function post(port: number, path: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('what a failed request logs', () => {
  const lines: { level: number; msg: string; status?: number; err?: { stack?: string } }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const server = createHttpServer({
    logger,
    routes: {
      '/json': async (req) => {
        parseJsonBody(await readBody(req, 20));
      },
      '/broken': () => {
        throw new Error('a bug of ours');
      },
    },
  });
  let port: number;
  beforeAll(async () => (port = await listen(server, 0, '127.0.0.1')));
  afterAll(() => closeServer(server));
  beforeEach(() => void lines.splice(0));

  it.each([
    ['invalid JSON', '{"query":', 400, /not valid JSON/],
    ['a body over the limit', JSON.stringify({ query: '{ __typename }'.repeat(10) }), 413, /larger than the limit/],
  ])('logs a client mistake (%s) as one info line naming it and its status, without a stack', async (_label, body, status, message) => {
    expect(await post(port, '/json', body)).toBe(status);
    const refused = lines.filter((l) => l.msg !== 'request');
    expect(refused).toEqual([expect.objectContaining({ level: 30, status, msg: expect.stringMatching(message) })]);
    expect(refused[0].err).toBeUndefined();
    expect(lines.every((l) => l.level < 50)).toBe(true);
  });

  it('logs a fault of ours as an error with its stack', async () => {
    expect(await post(port, '/broken', '{}')).toBe(500);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 50, msg: 'request failed', err: expect.objectContaining({ stack: expect.stringMatching(/a bug of ours/) }) }),
    );
  });
});
