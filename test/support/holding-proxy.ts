import { createServer, type Server } from 'node:http';

export interface HoldingProxy {
  /** The proxy's GraphQL URL, to give the gateway instead of the instance's. */
  url: string;
  /** Requests that have reached the proxy so far. */
  received(): number;
  /** Holds every request from now until `release()`. */
  hold(): void;
  /** Lets every held request through, and every later one straight away. */
  release(): void;
  stop(): Promise<void>;
}

/**
 * An HTTP proxy in front of one instance that, between `hold()` and `release()`, holds every request:
 * a test decides when the instance answers (a promise, not a sleep), so requests overlap for certain.
 * It passes requests straight through until the first `hold()`.
 */
export async function startHoldingProxy(target: string): Promise<HoldingProxy> {
  let count = 0;
  let released: Promise<void> = Promise.resolve();
  let release = () => undefined as void;
  const server: Server = createServer((req, res) => {
    count += 1;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    const gate = released;
    req.on('end', () => {
      void (async () => {
        await gate;
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name))) as Record<
          string,
          string
        >;
        const answer = await fetch(target, { method: req.method, headers, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined });
        const body = Buffer.from(await answer.arrayBuffer());
        const skip = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection']);
        answer.headers.forEach((value, name) => {
          if (!skip.has(name)) res.setHeader(name, value);
        });
        res.writeHead(answer.status).end(body);
      })().catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${new URL(target).pathname}`,
    received: () => count,
    hold: () => {
      released = new Promise<void>((resolve) => (release = resolve));
    },
    release: () => release(),
    stop: () => {
      release();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
