import { createServer, type Server } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { closeServer, listen } from '@orebro/http';

export type Encoding = 'gzip' | 'deflate' | 'br';

const encoders: Record<Encoding, (body: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };

/**
 * A real HTTP proxy in front of a GraphQL server that answers with `content-encoding: <encoding>`, as
 * a reverse proxy in front of an instance may. It records the `accept-encoding` each request carried.
 */
export async function startCompressingProxy(
  targetUrl: string,
  encoding: Encoding,
): Promise<{ url: string; acceptEncodings: (string | undefined)[]; stop: () => Promise<void> }> {
  const acceptEncodings: (string | undefined)[] = [];
  const server: Server = createServer(async (req, res) => {
    acceptEncodings.push(req.headers['accept-encoding']);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(targetUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
    const body = encoders[encoding](Buffer.from(await upstream.arrayBuffer()));
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      'content-encoding': encoding,
      'content-length': body.length,
      ...(upstream.headers.get('x-shard-key') ? { 'x-shard-key': upstream.headers.get('x-shard-key')! } : {}),
    });
    res.end(body);
  });
  const port = await listen(server, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}/graphql`, acceptEncodings, stop: () => closeServer(server) };
}
