import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for an allow-list of origins: allowed origins get the headers, a preflight is answered here;
 * other origins get no CORS headers, so browsers block them.
 * Returns true when the request was a preflight and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  const permitted = origin !== undefined && allowed.includes(origin);
  if (permitted) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
  }
  if (req.method !== 'OPTIONS') return false;
  if (permitted) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight');
    res.setHeader('access-control-max-age', '600');
  }
  res.writeHead(permitted ? 204 : 403).end();
  return true;
}
