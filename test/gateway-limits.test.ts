import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitsFromEnv, type LimitsConfig } from '@orebro/gateway/src/limits/limits-config';
import { manifestOf } from '@orebro/gateway/src/limits/trusted-documents';
import type { RunningGateway } from '@orebro/gateway/src/server';
import { startTestGateway, useMemberSubgraphs } from './support/in-process-federation';

const subgraphs = useMemberSubgraphs(['1880']);

async function withGateway(overrides: Partial<LimitsConfig>, check: (gateway: RunningGateway) => Promise<void>): Promise<void> {
  const gateway = await startTestGateway(subgraphs.urls(), overrides);
  try {
    await check(gateway);
  } finally {
    await gateway.stop();
  }
}

const post = (gateway: RunningGateway, body: unknown, headers: Record<string, string> = {}) =>
  fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const errorOf = async (response: Response) => ((await response.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0];

describe('gateway limits', () => {
  it('refuses a query deeper than the limit, naming the limit', () =>
    withGateway({ maxDepth: 3 }, async (gateway) => {
      const error = await errorOf(await post(gateway, { query: '{ lansdelar { huvudmen { lansdel { huvudmen { id } } } } }' }));
      expect(error.message).toMatch(/depth/i);
    }));

  it('refuses an alias bomb', () =>
    withGateway({ maxAliases: 5 }, async (gateway) => {
      const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: huvudmen { id }`).join(' ');
      const error = await errorOf(await post(gateway, { query: `{ ${aliases} }` }));
      expect(error.message).toMatch(/aliases/i);
    }));

  it('refuses a query over the cost limit', () =>
    withGateway({ maxCost: 20 }, async (gateway) => {
      const error = await errorOf(await post(gateway, { query: '{ huvudmen { id name kind lansdel { id name huvudmen { id name kind } } } }' }));
      expect(error.message).toMatch(/cost/i);
    }));

  it('limits each client to its budget per minute with 429 and Retry-After', () =>
    withGateway({ ratePerMinute: 3 }, async (gateway) => {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(gateway, { query: '{ lansdelar { id } }' })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await post(gateway, { query: '{ lansdelar { id } }' });
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await errorOf(limited)).extensions.code).toBe('RATE_LIMITED');
    }));

  it('serves only registered operations when trusted documents are on, by text or by hash', async () => {
    const registered = '{ lansdelar { id } }';
    const manifest = manifestOf([{ name: 'Lansdelar', body: registered }]);
    const file = join(mkdtempSync(join(tmpdir(), 'trusted-')), 'manifest.json');
    writeFileSync(file, JSON.stringify(manifest));
    await withGateway({ trustedDocumentsFile: file }, async (gateway) => {
      expect((await post(gateway, { query: registered })).status).toBe(200);
      const byHash = await post(gateway, { extensions: { persistedQuery: { version: 1, sha256Hash: manifest.operations[0].id } } });
      expect(((await byHash.json()) as { data: { lansdelar: unknown[] } }).data.lansdelar).toHaveLength(4);
      const unregistered = await post(gateway, { query: '{ huvudmen { id } }' });
      expect(unregistered.status).toBe(400);
      expect((await errorOf(unregistered)).extensions.code).toBe('OPERATION_NOT_REGISTERED');
    });
  });

  it('turns introspection and the IDE off when configured (the production default)', () =>
    withGateway({ introspection: false, ide: false }, async (gateway) => {
      const error = await errorOf(await post(gateway, { query: '{ __schema { types { name } } }' }));
      expect(error.message).toMatch(/introspection/i);
      const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
      expect(limitsFromEnv({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, ide: false });
    }));

  it('refuses a cross-site simple request (CSRF prevention)', () =>
    withGateway({}, async (gateway) => {
      const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ lansdelar { id } }')}`);
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF|preflight/i);
    }));

  it('answers CORS only for allowed origins', () =>
    withGateway({ corsOrigins: ['https://dashboard.example'] }, async (gateway) => {
      const allowed = await fetch(gateway.url, { method: 'OPTIONS', headers: { origin: 'https://dashboard.example', 'access-control-request-method': 'POST' } });
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
      const other = await fetch(gateway.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(other.status).toBe(403);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    }));
});
