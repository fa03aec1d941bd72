import { federationMembers, kommunMember } from '@orebro/gateway/src/members';
import { subgraphLimitsFromEnv, useTestSubgraph, type TestSubgraph } from '@orebro/subgraph-kit';
import { subgraphDefinition } from '../scripts/subgraph-definitions';
import { tokensNamingNobody } from './support/forged-tokens';
import { listNestingQueries, nested } from './support/abusive-queries';

// Issue 12: a subgraph trusts the gateway with nothing, so each applies the limits itself. Samverkan
// runs as in production (introspection and suggestions off, its SDL behind the shared secret), the
// kommun instance with the development defaults, which must still hold every limit.
const SDL_SECRET = 'test-sdl-secret';
const member = (name: string) => federationMembers.find((m) => m.name === name)!;
const samverkan = useTestSubgraph(() => subgraphDefinition(member('samverkan')), {
  limits: subgraphLimitsFromEnv({ NODE_ENV: 'production', SUBGRAPH_SDL_SECRET: SDL_SECRET }),
});
const kommun = useTestSubgraph(() => subgraphDefinition(kommunMember, '1880'));
const region = useTestSubgraph(() => subgraphDefinition(member('region')));

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const messages = (errors: Errors) => (errors ?? []).map((e) => e.message).join('\n');

/** Sends a query that must be refused before any resolver ran: no SQL statement, no data. */
async function refusedBeforeExecution(subgraph: TestSubgraph, query: string, variables?: Record<string, unknown>) {
  subgraph.takeQueries();
  const result = await subgraph.query(query, variables);
  expect(result.errors?.length).toBeGreaterThan(0);
  expect(result.data ?? null).toBeNull();
  expect(subgraph.takeQueries()).toEqual([]);
  return result;
}

describe('limits in every subgraph', () => {
  it('refuses a depth-18 query straight to samverkan', async () => {
    const result = await refusedBeforeExecution(
      samverkan,
      `{ ${nested(['bodies', 'members', 'body', 'members', 'body', 'members', 'body', 'members', 'body', 'members', 'body', 'members', 'body', 'members', 'body', 'members', 'body', 'members'], 'id')} }`,
    );
    expect(messages(result.errors)).toMatch(/depth/i);
  });

  it.each([
    ['samverkan', () => samverkan, 'huvudmen { id }'],
    ['a kommun instance', () => kommun, 'municipalities { code }'],
  ])('refuses 2000 aliases, and 60, straight to %s', async (_name, subgraph, field) => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    expect(messages((await refusedBeforeExecution(subgraph(), aliases(2000))).errors)).toMatch(/aliases|tokens/i);
    expect(messages((await refusedBeforeExecution(subgraph(), aliases(60))).errors)).toMatch(/aliases/i);
  });

  it('refuses a document over the token limit', async () => {
    const fields = Array.from({ length: 7000 }, () => 'code').join(' ');
    expect(messages((await refusedBeforeExecution(kommun, `{ municipalities { ${fields} } }`)).errors)).toMatch(/token/i);
  });

  it.each(listNestingQueries.map((q) => [q.name, q] as const))(
    'refuses the list-nesting query %s straight to samverkan before any resolver runs',
    async (_name, { query, variables }) => {
      const result = await refusedBeforeExecution(samverkan, query, variables);
      expect(result.errors![0].extensions?.code).toBe('COST_LIMIT_EXCEEDED');
      expect(result.errors![0].message).toMatch(/estimated cost \d+ is over the limit of 50000|cost cannot be estimated/);
    },
  );

  it('counts an _entities fetch by its representations', async () => {
    const representations = Array.from({ length: 100 }, () => ({ __typename: 'Body', id: 'chefsgrupp' }));
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Body { members { person { memberships { body { id } } } } } } }';
    const refused = await refusedBeforeExecution(samverkan, query, { r: representations });
    expect(refused.errors![0].extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    const answered = await samverkan.query(query, { r: representations.slice(0, 2) });
    expect(answered.errors).toBeUndefined();
  });

  it('still answers a query within the limits', async () => {
    const result = await samverkan.query<{ bodies: { members: unknown[] }[] }>('{ bodies { id members { id person { name } body { id } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.bodies.length).toBeGreaterThan(3);
    expect(result.data!.bodies.some((b) => b.members.length > 0)).toBe(true);
  });

  describe('schema disclosure', () => {
    it.each([
      ['a field', '{ bodie { id } }', undefined],
      ['an enum value', '{ bodies(kind: COUNCI) { id } }', undefined],
      ['an enum value in a variable', 'query($kind: BodyKind) { bodies(kind: $kind) { id } }', { kind: 'COUNCI' }],
      ['an argument', '{ bodies(kinds: COUNCIL) { id } }', undefined],
      ['a type in a fragment', '{ bodies { ... on Bod { id } } }', undefined],
    ])('in production hides the suggestion for %s', async (_what, query, variables) => {
      const result = await samverkan.query(query, variables);
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(messages(result.errors)).not.toMatch(/did you mean|COUNCIL\b.*\?|bodies\?/i);
    });

    it('in development still suggests (so the production check above can fail)', async () => {
      expect(messages((await kommun.query('{ municipalitie { code } }')).errors)).toMatch(/Did you mean/);
    });

    it.each([
      ['directly', '{ _service { sdl } }'],
      ['under an alias', '{ schema: _service { sdl } }'],
      ['in a fragment', '{ ...S } fragment S on Query { _service { sdl } }'],
      ['with __typename', '{ __typename _service { sdl } }'],
    ])('in production serves _service only with the shared secret (%s)', async (_how, query) => {
      const anonymous = await samverkan.query(query);
      expect(anonymous.data ?? null).toBeNull();
      expect(anonymous.errors![0].extensions?.code).toBe('FORBIDDEN');
      const wrong = await samverkan.query(query, undefined, { headers: { 'x-subgraph-sdl-secret': `${SDL_SECRET}x` } });
      expect(wrong.errors![0].extensions?.code).toBe('FORBIDDEN');
      const gateway = await samverkan.query<Record<string, { sdl: string }>>(query, undefined, { headers: { 'x-subgraph-sdl-secret': SDL_SECRET } });
      expect(gateway.errors).toBeUndefined();
      expect(JSON.stringify(gateway.data)).toContain('type Body');
    });

    it('in production refuses introspection', async () => {
      expect(messages((await samverkan.query('{ __schema { types { name } } }')).errors)).toMatch(/introspection/i);
    });

    it('without a secret in production serves _service to no one; in development to anyone', () => {
      expect(subgraphLimitsFromEnv({ NODE_ENV: 'production' }).sdlAccess).toEqual({ secret: undefined, openWithoutSecret: false });
      expect(subgraphLimitsFromEnv({}).sdlAccess.openWithoutSecret).toBe(true);
    });
  });

  describe('tokens naming nobody', () => {
    let tokens: Record<string, string>;
    beforeAll(async () => {
      tokens = await tokensNamingNobody();
    });

    it.each([
      ['samverkan', () => samverkan],
      ['region', () => region],
      ['a kommun instance', () => kommun],
    ])('are refused by %s', async (_name, subgraph) => {
      for (const [kind, token] of Object.entries(tokens)) {
        const result = await subgraph().query('{ __typename }', undefined, { token });
        expect([kind, result.errors?.[0]?.extensions?.code]).toEqual([kind, 'UNAUTHENTICATED']);
        expect([kind, result.data ?? null]).toEqual([kind, null]);
      }
    });
  });
});
