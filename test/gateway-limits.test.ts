import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitsFromEnv, type LimitsConfig } from '@orebro/gateway/src/request-policies/limits-config';
import { manifestOf } from '@orebro/gateway/src/request-policies/trusted-documents';
import type { RunningGateway } from '@orebro/gateway/src/start-gateway';
import { startTestGateway, useMemberSubgraphs } from './support/in-process-federation';
import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { kommunMember } from '@orebro/gateway/src/members';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { startTestSubgraph, subgraphLimitsFromEnv } from '@orebro/subgraph-kit';
import { subgraphDefinition } from '../scripts/subgraph-definitions';
import { listNestingQueries } from './support/abusive-queries';
import { tokensNamingNobody } from './support/forged-tokens';

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
      const allowed = await fetch(gateway.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://dashboard.example', 'access-control-request-method': 'POST' },
      });
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
      const other = await fetch(gateway.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(other.status).toBe(403);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    }));
});

const statusesOf = async (gateway: RunningGateway, tokens: (string | undefined)[]) => {
  const statuses: number[] = [];
  for (const token of tokens) statuses.push((await post(gateway, { query: '{ lansdelar { id } }' }, token ? { authorization: `Bearer ${token}` } : {})).status);
  return statuses;
};

/** Tokens that look like a real user's but are signed with a key nobody trusts. */
async function forgedFor(subjects: string[]): Promise<string[]> {
  const { privateKey } = await generateKeyPair('ES256');
  const now = Math.floor(Date.now() / 1000);
  return Promise.all(
    subjects.map((sub) =>
      new SignJWT({ huvudman: '1880', roles: ['writer'], iss: 'urn:orebro-lan:development-identity', aud: 'orebro-lan-graph', iat: now, exp: now + 600, sub })
        .setProtectedHeader({ alg: 'ES256', kid: 'orebro-development-key-1' })
        .sign(privateKey),
    ),
  );
}

describe('gateway limits: lists, suggestions, verified budgets', () => {
  it.each(listNestingQueries.map((q) => [q.name, q] as const))(
    'refuses the list-nesting query %s before planning, with the default limits',
    (_name, { query, variables }) =>
      withGateway({}, async (gateway) => {
        const samverkan = subgraphs.get('samverkan');
        samverkan.takeQueries();
        const response = await post(gateway, { query, variables });
        const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string; cost: number } }[] };
        expect(response.status).toBe(400);
        expect(body.data ?? null).toBeNull();
        expect(body.errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
        expect(body.errors[0].message).toMatch(/estimated cost \d+ is over the limit of 50000|cost cannot be estimated/);
        // Refused before execution: samverkan was not asked for anything.
        expect(samverkan.takeQueries()).toEqual([]);
      }),
  );

  it('still answers a query with lists nested within the limit', () =>
    withGateway({}, async (gateway) => {
      const response = await post(gateway, { query: '{ bodies { id members { id person { name } huvudman { name } } } }' });
      const body = (await response.json()) as { data: { bodies: { members: unknown[] }[] }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data.bodies.some((b) => b.members.length > 0)).toBe(true);
    }));

  it.each([
    ['a field', { query: '{ bodie { id } }' }],
    ['an enum value', { query: '{ bodies(kind: COUNCI) { id } }' }],
    ['an enum value in a variable', { query: 'query($kind: BodyKind) { bodies(kind: $kind) { id } }', variables: { kind: 'COUNCI' } }],
    ['an argument', { query: '{ bodies(kinds: COUNCIL) { id } }' }],
    ['a type', { query: 'query($k: BodyKin) { bodies(kind: $k) { id } }' }],
  ])('with introspection off hides the suggestion for %s (and shows it in development)', (_what, request) =>
    withGateway({ introspection: false }, async (gateway) => {
      const production = ((await (await post(gateway, request)).json()) as { errors: { message: string }[] }).errors;
      expect(production.length).toBeGreaterThan(0);
      expect(production.map((e) => e.message).join('\n')).not.toMatch(/did you mean/i);
      await withGateway({ introspection: true }, async (development) => {
        const shown = ((await (await post(development, request)).json()) as { errors: { message: string }[] }).errors;
        expect(shown.map((e) => e.message).join('\n')).toMatch(/did you mean/i);
      });
    }),
  );

  it("forged tokens naming a real user count against the sender's address, not the user's budget", () =>
    withGateway({ ratePerMinute: 3 }, async (gateway) => {
      const forged = await forgedFor(Array.from({ length: 5 }, () => 'dev-1880'));
      expect(await statusesOf(gateway, forged)).toEqual([401, 401, 401, 429, 429]);
      const real = await mintDevelopmentToken({ huvudman: '1880', subject: 'dev-1880' });
      expect(await statusesOf(gateway, [real, real, real, real])).toEqual([200, 200, 200, 429]);
    }));

  it('forged tokens with fresh random subjects do not escape the address limit', () =>
    withGateway({ ratePerMinute: 3 }, async (gateway) => {
      const forged = await forgedFor(Array.from({ length: 5 }, () => randomUUID()));
      expect(await statusesOf(gateway, forged)).toEqual([401, 401, 401, 429, 429]);
      expect(await statusesOf(gateway, [undefined])).toEqual([429]);
      // Unsigned and malformed tokens are the same kind: counted by address.
      expect(await statusesOf(gateway, ['not-a-jwt'])).toEqual([429]);
    }));

  it('two gateways sharing one Redis share one budget per client', async () => {
    const shared = { ratePerMinute: 4, redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', redisKeyPrefix: `test-${randomUUID()}` };
    const [first, second] = await Promise.all([startTestGateway(subgraphs.urls(), shared), startTestGateway(subgraphs.urls(), shared)]);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push(...(await statusesOf(i % 2 === 0 ? first : second, [undefined])));
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
      const user = await mintDevelopmentToken({ huvudman: '18', subject: `user-${randomUUID()}` });
      expect([...(await statusesOf(first, [user, user])), ...(await statusesOf(second, [user, user, user]))]).toEqual([200, 200, 200, 200, 429]);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  it('refuses correctly signed tokens whose subject or huvudman names nobody', () =>
    withGateway({}, async (gateway) => {
      for (const [kind, token] of Object.entries(await tokensNamingNobody())) {
        const response = await post(gateway, { query: '{ lansdelar { id } }' }, { authorization: `Bearer ${token}` });
        expect([kind, response.status, (await errorOf(response)).extensions.code]).toEqual([kind, 401, 'UNAUTHENTICATED']);
      }
    }));

  it('asks a kommun instance for its schema with the shared SDL secret', async () => {
    // A kommun instance that serves its SDL only with the secret, as in production.
    const secret = `sdl-${randomUUID()}`;
    const guarded = await startTestSubgraph(subgraphDefinition(kommunMember, '1880'), {
      limits: { ...subgraphLimitsFromEnv({}), sdlAccess: { secret, openWithoutSecret: false } },
    });
    const urls = new Map([...subgraphs.urls()].map(([name, url]) => [name, name === 'kommun-1880' ? guarded.url : url]));
    const schemaState = async (config: { subgraphSdlSecret?: string }) => {
      const gateway = await startTestGateway(urls, {}, config);
      try {
        await gateway.kommun.schemas.refresh();
        return gateway.kommun.schemas.state('1880');
      } finally {
        await gateway.stop();
      }
    };
    try {
      expect((await schemaState({ subgraphSdlSecret: secret })).phase).toBe('compatible');
      const without = await schemaState({});
      expect(without.phase).toBe('unknown');
      expect(without.phase === 'unknown' && without.reason).toMatch(/gateway only/);
    } finally {
      await guarded.stop();
    }
  });
});
