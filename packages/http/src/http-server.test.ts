import { request } from 'node:http';
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
});
