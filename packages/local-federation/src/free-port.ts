import { createServer } from 'node:net';

const handedOut = new Set<number>();

/**
 * A port free right now on 127.0.0.1, for tests that must know a port before the process starts.
 * Never one this process was given before: ports are chosen for many instances before any of them
 * binds, and the system may offer a just-released port again.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = await anyFreePort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('No free port this process has not handed out already (100 tries).');
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
