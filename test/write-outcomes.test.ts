import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { forgedTokens } from './support/forged-tokens';
import { startTestFederation, type TestFederation } from './support/test-federation';

/**
 * Honest write outcomes through the gateway: a write whose instance stalls is reported as of unknown
 * outcome (and can be retried safely), a mutation with several fields shows what was written, and a
 * write refused for its token is audited by the subgraph that owns the data.
 */
let federation: TestFederation;

beforeAll(async () => {
  federation = await startTestFederation({ kommuner: ['1881'] });
});
afterAll(() => federation?.stop());

const kumlaWriter = () => mintDevelopmentToken({ huvudman: '1881', roles: ['writer'], subject: 'kumla-writer' });
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const USE = 'mutation($input: GrantUseInput!) { reportKommunGrantUse(kommunCode: "1881", input: $input) { purpose amountSek } }';
const POPULATION = 'mutation($input: PopulationInput!) { reportPopulation(input: $input) { year value } }';

async function kumlaAudit(): Promise<{ operation: string; outcome: string; subject: string | null; detail: string | null }[]> {
  const auditor = await mintDevelopmentToken({ huvudman: '1881', roles: ['auditor'] });
  const result = await federation.query<{ kommunAuditRecords: { operation: string; outcome: string; subject: string | null; detail: string | null }[] }>(
    '{ kommunAuditRecords(kommunCode: "1881", limit: 500) { operation outcome subject detail } }',
    {},
    auth(auditor),
  );
  return result.data!.kommunAuditRecords;
}

describe('a write to a kommun instance that stalls past the shard timeout', () => {
  it('is reported OUTCOME_UNKNOWN, is carried out when the instance resumes, and a retry with the same key writes nothing twice', async () => {
    const token = await kumlaWriter();
    const input = {
      programmeId: 'god-och-nara-vard-2024',
      year: 2024,
      purpose: 'Stalled report',
      amountSek: 77_000,
      source: 'Exempeldata',
      isExample: true,
      idempotencyKey: 'stall-1',
    };
    const kumla = federation.instance('kommun-1881');
    kumla.pause();
    let answer;
    try {
      answer = await federation.query(USE, { input }, auth(token));
    } finally {
      kumla.resume();
    }
    expect(answer.data).toEqual({ reportKommunGrantUse: null });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1881', reason: 'OUTCOME_UNKNOWN' });
    expect(answer.errors?.[0].message).toMatch(/may or may not have been saved/);

    const retried = await federation.query(USE, { input }, auth(token));
    expect(retried).toEqual({ data: { reportKommunGrantUse: { purpose: 'Stalled report', amountSek: 77_000 } } });
    const uses = await federation.query<{ grantProgramme: { kommunGrantUse: { purpose: string }[] } }>(
      '{ grantProgramme(id: "god-och-nara-vard-2024") { kommunGrantUse { purpose } } }',
    );
    expect(uses.data!.grantProgramme.kommunGrantUse.filter((u) => u.purpose === 'Stalled report')).toHaveLength(1);
  });
});

describe('a mutation with two fields where the second is denied', () => {
  it('answers what the first wrote, and null with FORBIDDEN for the second', async () => {
    const result = await federation.query(
      `mutation { first: reportPopulation(input: { kommunCode: "1881", year: 2036, value: 23100, source: "SCB" }) { year value }
                  second: setCoOwnedServiceBudget(input: { serviceId: "dietist-direkt", year: 2036, amountSek: 1, source: "x" }) { id } }`,
      {},
      auth(await kumlaWriter()),
    );
    expect(result.data).toEqual({ first: { year: 2036, value: 23100 }, second: null });
    expect(result.errors).toEqual([expect.objectContaining({ path: ['second'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });
});

describe('a write refused at the gateway for its token', () => {
  it.each(['expired', 'tampered signature', 'wrong audience'] as const)(
    'with a token that is %s is refused (401) and audited by the owning kommun, without the token',
    async (kind) => {
      const token = (await forgedTokens({ huvudman: '1881', roles: ['writer'] }))[kind];
      const before = (await kumlaAudit()).filter((r) => r.outcome === 'denied').length;
      const response = await fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth(token) },
        body: JSON.stringify({ query: POPULATION, variables: { input: { kommunCode: '1881', year: 2037, value: 1, source: 'SCB' } } }),
      });
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(response.status).toBe(401);
      expect(body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] });
      const denied = (await kumlaAudit()).filter((r) => r.outcome === 'denied');
      expect(denied).toHaveLength(before + 1);
      expect(denied[0]).toMatchObject({ operation: 'Mutation.reportPopulation', subject: null, detail: expect.stringMatching(/^UNAUTHENTICATED: /) });
      expect(JSON.stringify(denied)).not.toContain(token.split('.')[2] || token);
      const figure = await federation.query<{ municipality: { population: number | null } }>('{ municipality(code: "1881") { population(year: 2037) } }');
      expect(figure.data!.municipality.population).toBeNull();
    },
  );

  it('refuses a read with a bad token at once, as before', async () => {
    const token = (await forgedTokens({ huvudman: '1881', roles: ['writer'] })).expired;
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth(token) },
      body: JSON.stringify({ query: '{ lansdelar { id } }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('text entering a write through the gateway', () => {
  it.each([
    ['an en dash', '811218–9876'],
    ['a no-break space', '811218\u00a09876'],
    ['" - "', '811218 - 9876'],
  ])('refuses a personnummer written with %s in an agenda item title, naming the field', async (_label, pnr) => {
    const secretariat = await mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'] });
    const result = await federation.query(
      'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
      { input: { meetingId: 'chefsgrupp-2021-05-28', number: '17', title: `Ärende ${pnr}` } },
      auth(secretariat),
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  it('refuses a 256-character source with BAD_USER_INPUT naming it, on this run’s database', async () => {
    const result = await federation.query(
      POPULATION,
      { input: { kommunCode: '1881', year: 2038, value: 1, source: 'S'.repeat(256) } },
      auth(await kumlaWriter()),
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
  });
});
