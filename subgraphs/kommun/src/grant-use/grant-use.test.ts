import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { kommunSubgraph } from '../subgraph';
import { GrantUse } from '@orebro/huvudman-reporting';

const orebro = useTestSubgraph(() => kommunSubgraph('1880'));

const USES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on GrantProgramme { id kommunGrantUse { huvudmanId year purpose amountSek service { id } } } } }';
const programme = (id: string) => ({ __typename: 'GrantProgramme', id });

describe("a kommun instance's own use of its grant allocations (Örebro, 1880)", () => {
  it('is public record, one list per programme, empty where the kommun reported nothing', async () => {
    const result = await orebro.query(USES, { r: ['god-och-nara-vard-2023', 'god-och-nara-vard-2024', 'suicidprevention-2021'].map(programme) });
    expect(result).toEqual({
      data: {
        _entities: [
          // Example: 160 140 inhabitants × 3 kr.
          {
            id: 'god-och-nara-vard-2023',
            kommunGrantUse: [
              { huvudmanId: '1880', year: 2023, purpose: 'Lokal processledare för omställningen till nära vård', amountSek: 480_420, service: null },
            ],
          },
          {
            id: 'god-och-nara-vard-2024',
            kommunGrantUse: [
              {
                huvudmanId: '1880',
                year: 2024,
                purpose: 'Pilotprojekt med mellanvårdsformer för sköra äldre på Tullhuset',
                amountSek: 1_500_000,
                service: { id: 'tullhuset' },
              },
            ],
          },
          { id: 'suicidprevention-2021', kommunGrantUse: [] },
        ],
      },
    });
  });

  it('refuses a use reported for another kommun, and a writer of another kommun, and changes nothing', async () => {
    const REPORT =
      'mutation($code: ID!) { reportKommunGrantUse(kommunCode: $code, input: { programmeId: "god-och-nara-vard-2024", year: 2024, purpose: "Test", amountSek: 1000, source: "Test" }) { amountSek } }';
    const before = await orebro.orm.em.fork().count(GrantUse);
    const own = await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'] });
    const forKumla = await orebro.query(REPORT, { code: '1881' }, { token: own });
    expect(forKumla.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'kommunCode' } });
    const asKumla = await orebro.query(REPORT, { code: '1880' }, { token: await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] }) });
    expect(asKumla.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await orebro.orm.em.fork().count(GrantUse)).toBe(before);
    const accepted = await orebro.query(REPORT, { code: '1880' }, { token: own });
    expect(accepted).toEqual({ data: { reportKommunGrantUse: { amountSek: 1000 } } });
  });

  // A subgraph trusts the gateway with nothing: hit directly, it refuses a bad Sek as the gateway does.
  it.each([
    ['"1e3"', '1e3'],
    ['10.5', 10.5],
    ['2^60', 2 ** 60],
  ])('refuses amountSek %s in a variable with 400 naming it, storing nothing', async (_label, amountSek) => {
    const before = await orebro.orm.em.fork().count(GrantUse);
    const response = await fetch(orebro.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'] })}` },
      body: JSON.stringify({
        query: 'mutation($input: GrantUseInput!) { reportKommunGrantUse(kommunCode: "1880", input: $input) { amountSek } }',
        variables: { input: { programmeId: 'god-och-nara-vard-2024', year: 2024, purpose: 'Test', amountSek, source: 'Test' } },
      }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect({ status: response.status, error: body.errors[0] }).toMatchObject({
      status: 400,
      error: {
        message: expect.stringMatching(/^Variable "\$input" got invalid value .*amountSek.*whole number of kronor/),
        extensions: { code: 'BAD_USER_INPUT' },
      },
    });
    expect(await orebro.orm.em.fork().count(GrantUse)).toBe(before);
  });

  it('reads the uses of many programmes with one query', async () => {
    orebro.takeQueries();
    await orebro.query(USES, { r: ['god-och-nara-vard-2023', 'god-och-nara-vard-2024', 'psykisk-halsa-2020'].map(programme) });
    expect(orebro.takeQueries().filter((q) => q.startsWith('select'))).toHaveLength(1);
  });
});
