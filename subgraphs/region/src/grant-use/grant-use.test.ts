import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { regionSubgraph } from '../subgraph';
import { GrantUse } from '@orebro/huvudman-reporting';

const region = useTestSubgraph(() => regionSubgraph());

const USES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on GrantProgramme { id regionGrantUse { huvudmanId year purpose amountSek service { id } isExample } } } }';
const programme = (id: string) => ({ __typename: 'GrantProgramme', id });

describe("the region's own use of its grant allocations", () => {
  it('is public record: anyone reads what the region used its nära vård money for', async () => {
    const result = await region.query(USES, { r: [programme('god-och-nara-vard-2023'), programme('psykisk-halsa-2020')] });
    expect(result).toEqual({
      data: {
        _entities: [
          {
            id: 'god-och-nara-vard-2023',
            regionGrantUse: [
              {
                huvudmanId: '18',
                year: 2023,
                purpose: 'Dietist direkt (två dietister, projektform)',
                amountSek: 780_000,
                service: { id: 'dietist-direkt' },
                isExample: true,
              },
              {
                huvudmanId: '18',
                year: 2023,
                purpose: 'Mobilt närsjukvårdsteam Örebro',
                amountSek: 2_000_000,
                service: { id: 'mobilt-narsjukvardsteam-orebro' },
                isExample: true,
              },
            ],
          },
          { id: 'psykisk-halsa-2020', regionGrantUse: [] },
        ],
      },
    });
  });

  it('reads the uses of many programmes with one query', async () => {
    region.takeQueries();
    await region.query(USES, { r: ['god-och-nara-vard-2023', 'god-och-nara-vard-2024', 'psykisk-halsa-2020', 'suicidprevention-2021'].map(programme) });
    expect(region.takeQueries().filter((q) => q.startsWith('select'))).toHaveLength(1);
  });

  describe('reporting a use', () => {
    const REPORT = 'mutation($input: GrantUseInput!) { reportRegionGrantUse(input: $input) { huvudmanId programmeId amountSek } }';
    const input = {
      programmeId: 'god-och-nara-vard-2024',
      year: 2024,
      purpose: 'Sammanhållen hemrehabilitering',
      amountSek: 500_000,
      serviceId: 'sammanhallen-hemrehabilitering',
      source: 'Test',
    };
    const count = () => region.orm.em.fork().count(GrantUse);

    it.each([
      ['a negative amount', { amountSek: -1 }, /non-negative whole number/],
      ['no purpose', { purpose: ' ' }, /purpose must not be empty/],
      ['a malformed programme id', { programmeId: 'God och nära vård' }, /not a grant programme id/],
      ['a personnummer in the purpose', { purpose: 'För 19121212-1212' }, /personnummer/],
    ])('refuses %s and changes nothing', async (_label, bad, message) => {
      const before = await count();
      const result = await region.query(REPORT, { input: { ...input, ...bad } }, { token: await mintDevelopmentToken({ huvudman: '18', roles: ['writer'] }) });
      expect(result.errors?.[0].message).toMatch(message);
      expect(await count()).toBe(before);
    });

    it("accepts only the region's own writers", async () => {
      const before = await count();
      const kommun = await region.query(REPORT, { input }, { token: await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] }) });
      expect(kommun.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(await count()).toBe(before);
      const own = await region.query(REPORT, { input }, { token: await mintDevelopmentToken({ huvudman: '18', roles: ['writer'] }) });
      expect(own).toEqual({ data: { reportRegionGrantUse: { huvudmanId: '18', programmeId: 'god-och-nara-vard-2024', amountSek: 500_000 } } });
    });
  });
});
