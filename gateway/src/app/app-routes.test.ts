import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { closeServer } from '@orebro/http';
import { appConfigRoute, appOidcFromEnv, appStaticRoute, type AppOidcConfig } from './app-routes';

let dist: string;
let server: Server;
let base: string;
const bundle = `console.log(${JSON.stringify('x'.repeat(4000))});`;

async function serve(distDir: string, oidc: AppOidcConfig | null = null): Promise<void> {
  const route = appStaticRoute(distDir, oidc);
  const config = appConfigRoute(oidc);
  server = createServer((req, res) => void (req.url === '/app-config.json' ? config(req, res, '') : route(req, res, '')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'app-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="sv"><script type="module" src="/assets/index-abc123.js"></script></html>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), bundle);
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
  writeFileSync(join(tmpdir(), 'outside-the-dist.txt'), 'secret');
});
afterEach(async () => {
  await closeServer(server);
  rmSync(dist, { recursive: true, force: true });
});

describe('the app at /', () => {
  it('answers client routes (with their filters) with index.html, never cached, under a content security policy', async () => {
    await serve(dist, { issuer: 'https://idp.example.se/realms/orebro', clientId: 'app', scope: 'openid' });
    for (const path of ['/', '/beslut', '/beslut/chefsgrupp-2021-05-28-b03?x=1', '/moten?organ=chefsgrupp']) {
      const response = await fetch(base + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('lang="sv"');
    }
    const csp = (await fetch(base)).headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' https://idp.example.se");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves hashed assets with their type, cached for a year, gzipped when accepted', async () => {
    await serve(dist);
    const plain = await fetch(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await plain.text()).toBe(bundle);
    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
      get(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } }, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      });
    });
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(bundle);
    expect((await fetch(`${base}/robots.txt`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('gives 404 for a missing file or any path outside dist/, and 405 for other methods', async () => {
    await serve(dist);
    for (const path of [
      '/assets/missing-1.js',
      '/missing.js',
      '/assets/../../outside-the-dist.txt',
      '/assets/%2e%2e%2f%2e%2e%2foutside-the-dist.txt',
      '/..%2foutside-the-dist.txt',
      '/assets/sub/x.js',
    ]) {
      const response = await fetch(base + path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect((await fetch(base, { method: 'POST' })).status).toBe(405);
  });

  it('says the app is not built (503) rather than failing when dist/ is missing', async () => {
    await serve(join(dist, 'nothing-here'));
    const response = await fetch(base);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm start');
  });
});

describe('GET /app-config.json', () => {
  it('announces the identity provider from the environment, or none', async () => {
    expect(appOidcFromEnv({})).toBeNull();
    expect(appOidcFromEnv({ AUTH_ISSUER: 'urn:orebro-lan:development-identity' })).toBeNull();
    expect(appOidcFromEnv({ AUTH_ISSUER: 'http://localhost:4100' })).toEqual({
      issuer: 'http://localhost:4100',
      clientId: 'systemledning-app',
      scope: 'openid profile',
    });
    const oidc = appOidcFromEnv({
      APP_OIDC_ISSUER: 'https://login.example.se',
      AUTH_ISSUER: 'https://other',
      APP_OIDC_CLIENT_ID: 'x',
      APP_OIDC_SCOPE: 'openid',
      APP_OIDC_RESOURCE: 'urn:api',
    });
    expect(oidc).toEqual({ issuer: 'https://login.example.se', clientId: 'x', scope: 'openid', resource: 'urn:api' });
    await serve(dist, oidc);
    const response = await fetch(`${base}/app-config.json`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ oidc });
  });
});
