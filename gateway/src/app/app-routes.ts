import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sendJson, type Env, type Route } from '@orebro/http';

/** Where `npm run build -w dashboard` writes the app (override with APP_DIST). */
export const DEFAULT_APP_DIST = join(__dirname, '../../../dashboard/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);
// A file name inside dist/ or dist/assets/: no path separators, no "..", so a URL is never a filesystem path.
const SAFE_NAME = /^[\w-][\w.-]*$/;

export interface AppOidcConfig {
  issuer: string;
  clientId: string;
  scope: string;
  /** A resource indicator (RFC 8707) to ask tokens for, when the provider needs one to issue the API's audience. */
  resource?: string;
}

/** The app's OpenID Connect client id unless APP_OIDC_CLIENT_ID says otherwise (the development provider's too). */
export const DEFAULT_APP_CLIENT_ID = 'systemledning-app';

/**
 * The identity provider the app signs in against: APP_OIDC_ISSUER, else AUTH_ISSUER (the issuer the
 * graph trusts) when it is an http(s) URL; client APP_OIDC_CLIENT_ID, scope APP_OIDC_SCOPE, resource
 * APP_OIDC_RESOURCE. Null (the app is anonymous only) when there is no such issuer, e.g. with the
 * committed development key.
 */
export function appOidcFromEnv(env: Env): AppOidcConfig | null {
  const issuer = env.APP_OIDC_ISSUER || env.AUTH_ISSUER || '';
  if (!/^https?:\/\//.test(issuer)) return null;
  return {
    issuer,
    clientId: env.APP_OIDC_CLIENT_ID || DEFAULT_APP_CLIENT_ID,
    scope: env.APP_OIDC_SCOPE || 'openid profile',
    ...(env.APP_OIDC_RESOURCE ? { resource: env.APP_OIDC_RESOURCE } : {}),
  };
}

/** GET /app-config.json: what the browser app needs to know at run time (so one build serves every deployment). */
export function appConfigRoute(oidc: AppOidcConfig | null): Route {
  return (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    sendJson(res, 200, { oidc });
  };
}

/**
 * Serves the built app at `/`: content-hashed files under /assets/ cached for a year (their name
 * changes when they do), index.html never cached, and index.html for any other path without a file
 * extension, so client-side routes (/beslut?organ=…) load the app. A file path that does not exist is
 * a 404. gzip when the browser accepts it. The content security policy allows only this origin, plus
 * the identity provider for sign-in.
 */
export function appStaticRoute(distDir: string, oidc: AppOidcConfig | null): Route {
  const compressed = new Map<string, Buffer>();
  const csp = contentSecurityPolicy(oidc);

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    const path = decodeURIComponentSafe((req.url ?? '/').split('?')[0] ?? '/');
    if (!existsSync(join(distDir, 'index.html'))) return notBuilt(res);
    const segments = path.split('/').filter(Boolean);
    const isAsset = segments.length === 2 && segments[0] === 'assets' && SAFE_NAME.test(segments[1]!);
    const isRootFile = segments.length === 1 && SAFE_NAME.test(segments[0]!) && extname(segments[0]!) !== '';
    if (isAsset || isRootFile) {
      const file = join(distDir, ...segments);
      if (!(await isFile(file))) return notFound(res);
      return send(req, res, file, isAsset ? 'public, max-age=31536000, immutable' : 'no-cache', csp, isAsset ? compressed : undefined);
    }
    if (extname(path) !== '' || path.startsWith('/assets/')) return notFound(res);
    return send(req, res, join(distDir, 'index.html'), 'no-cache', csp);
  };
}

async function send(req: IncomingMessage, res: ServerResponse, file: string, cacheControl: string, csp: string, cache?: Map<string, Buffer>): Promise<void> {
  const extension = extname(file);
  let body: Buffer = await readFile(file);
  const headers: Record<string, string | number> = {
    'content-type': TYPES[extension] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    vary: 'accept-encoding',
  };
  if (extension === '.html') {
    headers['content-security-policy'] = csp;
    headers['x-frame-options'] = 'DENY';
  }
  if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 1024) {
    const cached = cache?.get(file);
    body = cached ?? gzipSync(body);
    if (cache && !cached) cache.set(file, body);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function contentSecurityPolicy(oidc: AppOidcConfig | null): string {
  const issuerOrigin = oidc ? new URL(oidc.issuer).origin : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // ECharts and React set inline style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${issuerOrigin ? ` ${issuerOrigin}` : ''}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${issuerOrigin ? ` ${issuerOrigin}` : ''}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end('Not found');
}

function notBuilt(res: ServerResponse): void {
  res
    .writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' })
    .end('The app is not built. `npm start` builds it; or run `npm run build -w dashboard`. The GraphQL IDE is at /graphql.');
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
