import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { forgedTokens } from './support/forged-tokens';
import { useTestFederation } from './support/test-federation';

/**
 * Every kind of bad input, in one table: each must get the right error, through the gateway and
 * directly at a subgraph, and leave the stored data as it was.
 */
let snapshotBefore: unknown;

const REPORT = 'mutation($input: PopulationInput!) { reportPopulation(input: $input) { year value } }';
const report = (kommunCode: string, extra: Record<string, unknown> = {}) => ({
  query: REPORT,
  variables: { input: { kommunCode, year: 2030, value: 1000, source: 'SCB', ...extra } },
});
const SNAPSHOT =
  '{ huvudmen { id name } a: municipality(code: "1880") { populations { year value source } } b: municipality(code: "1881") { populations { year value source } } }';

const federation = useTestFederation({ kommuner: ['1880', '1881'] });
beforeAll(async () => {
  snapshotBefore = (await federation.query(SNAPSHOT)).data;
});

async function send(url: string, body: unknown, token?: string): Promise<{ status: number; code?: string; message?: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, code: json.errors?.[0]?.extensions?.code, message: json.errors?.[0]?.message };
}

describe('bad tokens are refused at the gateway and at every subgraph, never treated as anonymous', () => {
  const kumlaWriter = { huvudman: '1881', roles: ['writer' as const] };
  it.each(['expired', 'not yet valid', 'wrong issuer', 'wrong audience', 'alg none', 'tampered signature', 'unknown key', 'not a JWT'] as const)(
    'a token that is %s',
    async (kind) => {
      const token = (await forgedTokens(kumlaWriter))[kind];
      const read = { query: '{ lansdelar { id } }' };
      for (const url of [federation.gatewayUrl, federation.instance('kommun-1881').url, federation.instance('samverkan').url]) {
        const result = await send(url, url === federation.gatewayUrl ? report('1881') : read, token);
        expect({ url, status: result.status, code: result.code }).toEqual({ url, status: 401, code: 'UNAUTHENTICATED' });
      }
      const direct = await send(federation.instance('kommun-1881').url, report('1881'), token);
      expect(direct.code).toBe('UNAUTHENTICATED');
    },
  );
});

describe('writes reach only the owner', () => {
  // Every row has all four cells: jest would take a missing last one for a `done` callback.
  const cases: [string, () => Promise<{ status: number; code?: string; message?: string }>, string, RegExp | undefined][] = [
    [
      'a Kumla writer writing Örebro data through the gateway',
      async () => send(federation.gatewayUrl, report('1880'), await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] })),
      'FORBIDDEN',
      undefined,
    ],
    [
      'a Kumla writer writing directly at Örebro’s instance',
      async () => send(federation.instance('kommun-1880').url, report('1880'), await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] })),
      'FORBIDDEN',
      undefined,
    ],
    [
      'a Kumla writer sending Örebro’s figure to Kumla’s instance directly',
      async () => send(federation.instance('kommun-1881').url, report('1880'), await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] })),
      'BAD_USER_INPUT',
      /1881 only/,
    ],
    ['a write directly at a subgraph with no token', async () => send(federation.instance('kommun-1881').url, report('1881')), 'UNAUTHENTICATED', undefined],
    ['a write through the gateway with no token', async () => send(federation.gatewayUrl, report('1881')), 'UNAUTHENTICATED', undefined],
    [
      'a write naming no kommun instance that exists',
      async () => send(federation.gatewayUrl, report('9999'), await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] })),
      'BAD_USER_INPUT',
      /No kommun instance serves "9999"/,
    ],
    [
      'a personnummer in free text',
      async () =>
        send(
          federation.gatewayUrl,
          report('1881', { source: 'uppgift från 811218-9876' }),
          await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] }),
        ),
      'BAD_USER_INPUT',
      /personnummer/,
    ],
    [
      'a negative figure',
      async () => send(federation.gatewayUrl, report('1881', { value: -5 }), await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] })),
      'BAD_USER_INPUT',
      /non-negative/,
    ],
  ];
  it.each(cases)('refuses %s', async (_label, act, code, message) => {
    const result = await act();
    expect(result.code).toBe(code);
    if (message) expect(result.message).toMatch(message);
  });
});

describe('malformed and abusive requests are refused early with a clear error', () => {
  const cases: [string, () => Promise<{ status: number; code?: string; message?: string }>, number, RegExp][] = [
    [
      'an oversized body at the gateway',
      () => send(federation.gatewayUrl, { query: `{ lansdelar { id } } #${'x'.repeat(150_000)}` }),
      413,
      /larger than the limit/,
    ],
    [
      'an oversized body at a subgraph',
      () => send(federation.instance('kommun-1881').url, { query: `{ municipalities { code } } #${'x'.repeat(1_100_000)}` }),
      413,
      /larger than the limit/,
    ],
    [
      'a deeply nested query',
      () => send(federation.gatewayUrl, { query: `{ lansdelar { ${'huvudmen { lansdel { '.repeat(8)}id${' } }'.repeat(8)} } }` }),
      400,
      /depth/i,
    ],
    [
      'an alias bomb',
      () => send(federation.gatewayUrl, { query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: lansdelar { id }`).join(' ')} }` }),
      400,
      /aliases/i,
    ],
    ['a body that is not JSON', () => send(federation.gatewayUrl, '{"query": "{ lansdelar'), 400, /not valid JSON/],
    ['a query that does not parse', () => send(federation.gatewayUrl, { query: '{ lansdelar { id ' }), 400, /Syntax Error/],
    ['an unknown argument', () => send(federation.gatewayUrl, { query: '{ huvudman(idd: "18") { id } }' }), 400, /Unknown argument "idd"/],
  ];
  it.each(cases)('refuses %s', async (_label, act, status, message) => {
    const result = await act();
    expect(result.status).toBe(status);
    expect(result.message).toMatch(message);
  });

  it('treats strings that look like SQL as plain values', async () => {
    const result = await federation.query(`{ huvudman(id: "1880' OR '1'='1") { id } municipality(code: "1881; DROP TABLE population_figure; --") { code } }`);
    expect(result).toEqual({ data: { huvudman: null, municipality: null } });
  });
});

describe('after all of it', () => {
  it('the stored data is exactly as before', async () => {
    expect((await federation.query(SNAPSHOT)).data).toEqual(snapshotBefore);
  });
});
