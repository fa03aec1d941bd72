import { useTestSubgraph } from '@orebro/subgraph-kit';
import { Huvudman } from './huvudman.entity';
import { registerHuvudman } from './register.service';
import { samverkanSubgraph } from '../subgraph';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

describe('samverkan subgraph: the register of huvudmän and länsdelar', () => {
  it('lists the thirteen participants: the region and twelve kommuner', async () => {
    const result = await samverkan.query<{ huvudmen: { id: string; kind: string }[] }>('{ huvudmen { id kind } }');
    const huvudmen = result.data!.huvudmen;
    expect(huvudmen).toHaveLength(13);
    expect(huvudmen.filter((h) => h.kind === 'REGION').map((h) => h.id)).toEqual(['18']);
    expect(huvudmen.filter((h) => h.kind === 'MUNICIPALITY')).toHaveLength(12);
  });

  it('finds a huvudman by id with its länsdel and the references the other subgraphs resolve', async () => {
    const result = await samverkan.query(
      '{ region: huvudman(id: "18") { name orgNumber lansdel { id } municipality { code } region { id } } orebro: huvudman(id: "1880") { name orgNumber lansdel { name } municipality { code } region { id } } nobody: huvudman(id: "9999") { id } }',
    );
    expect(result).toEqual({
      data: {
        region: { name: 'Region Örebro län', orgNumber: '232100-0164', lansdel: null, municipality: null, region: { id: '18' } },
        orebro: { name: 'Örebro kommun', orgNumber: '212000-1967', lansdel: { name: 'Örebro' }, municipality: { code: '1880' }, region: null },
        nobody: null,
      },
    });
  });

  it('groups the kommuner by länsdel and marks unconfirmed groupings', async () => {
    const result = await samverkan.query<{ lansdelar: { id: string; membershipUnverified: boolean; huvudmen: { id: string }[] }[] }>(
      '{ lansdelar { id membershipUnverified huvudmen { id } } }',
    );
    const norr = result.data!.lansdelar.find((l) => l.id === 'norr')!;
    expect(norr).toEqual({ id: 'norr', membershipUnverified: false, huvudmen: ['1863', '1864', '1884', '1885'].map((id) => ({ id })) });
    expect(
      result
        .data!.lansdelar.filter((l) => l.membershipUnverified)
        .map((l) => l.id)
        .sort(),
    ).toEqual(['orebro', 'soder', 'vaster']);
    expect(result.data!.lansdelar.flatMap((l) => l.huvudmen)).toHaveLength(12);
  });

  it('resolves thirteen huvudman references with one query per entity type', async () => {
    samverkan.takeQueries();
    const r = ['18', '1814', '1860', '1861', '1862', '1863', '1864', '1880', '1881', '1882', '1883', '1884', '1885'].map((id) => ({
      __typename: 'Huvudman',
      id,
    }));
    const result = await samverkan.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Huvudman { name lansdel { name huvudmen { id } } } } }',
      { r },
    );
    expect(result.errors).toBeUndefined();
    const queries = samverkan.takeQueries();
    expect(queries.filter((q) => /from .huvudman./.test(q))).toHaveLength(1); // the references and the members of their länsdelar
    expect(queries.filter((q) => /from .lansdel./.test(q))).toHaveLength(1);
  });

  it.each([
    ['a kommun id that is not an SCB code of the län', { id: '0180' }, /four-digit SCB code/],
    ['a malformed organisationsnummer', { orgNumber: '12345' }, /must look like/],
    ['an unknown länsdel', { lansdelId: 'ost' }, /Unknown länsdel "ost"/],
  ])('refuses %s and stores nothing', async (_label, input, message) => {
    const em = samverkan.orm.em.fork();
    await expect(registerHuvudman(em, { id: '1899', name: 'Test', kind: 'MUNICIPALITY', orgNumber: null, lansdelId: null, ...input })).rejects.toThrow(message);
    expect(await samverkan.orm.em.fork().count(Huvudman)).toBe(13);
  });

  it('registers every kommun under its official name from reference data, in the Swedish genitive', async () => {
    const result = await samverkan.query<{ huvudmen: { id: string; name: string; kind: string }[] }>('{ huvudmen { id name kind } }');
    const names = Object.fromEntries(result.data!.huvudmen.filter((h) => h.kind === 'MUNICIPALITY').map((h) => [h.id, h.name]));
    expect(names).toEqual({
      '1814': 'Lekebergs kommun',
      '1860': 'Laxå kommun',
      '1861': 'Hallsbergs kommun',
      '1862': 'Degerfors kommun',
      '1863': 'Hällefors kommun',
      '1864': 'Ljusnarsbergs kommun',
      '1880': 'Örebro kommun',
      '1881': 'Kumla kommun',
      '1882': 'Askersunds kommun',
      '1883': 'Karlskoga kommun',
      '1884': 'Nora kommun',
      '1885': 'Lindesbergs kommun',
    });
  });
});
