import { useTestSubgraph } from '@orebro/subgraph-kit';
import { Hospital } from './region-organisation.entity';
import { saveHospital } from './organisation.service';
import { regionSubgraph } from '../subgraph';

const region = useTestSubgraph(() => regionSubgraph());

describe('region subgraph: Region Örebro län and its own organisation', () => {
  it('serves the region with its närsjukvårdsområden, hospitals and primary care', async () => {
    const result = await region.query(`{ region {
      id name orgNumber
      narsjukvardsomraden { id name lansdelar { id } }
      hospitals { name shortName approxBeds narsjukvardsomrade { id } }
      primaryCare { vardcentraler privateVardcentraler note }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      region: {
        id: '18',
        name: 'Region Örebro län',
        orgNumber: '232100-0164',
        narsjukvardsomraden: [
          { id: 'norr', name: 'Närsjukvårdsområde norr', lansdelar: [{ id: 'norr' }] },
          { id: 'soder-orebro', name: 'Närsjukvårdsområde söder och Örebro', lansdelar: [{ id: 'soder' }, { id: 'orebro' }] },
          { id: 'vaster', name: 'Närsjukvårdsområde väster', lansdelar: [{ id: 'vaster' }] },
        ],
        hospitals: [
          { name: 'Universitetssjukhuset Örebro', shortName: 'USÖ', approxBeds: 590, narsjukvardsomrade: null },
          { name: 'Karlskoga lasarett', shortName: null, approxBeds: 150, narsjukvardsomrade: { id: 'vaster' } },
          { name: 'Lindesbergs lasarett', shortName: null, approxBeds: 100, narsjukvardsomrade: { id: 'norr' } },
        ],
        primaryCare: { vardcentraler: 29, privateVardcentraler: 4, note: "figure from the region's public site, date unknown" },
      },
    });
  });

  it('resolves the Region entity by id, and null for an unknown id', async () => {
    const result = await region.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { id name } } }', {
      r: [
        { __typename: 'Region', id: '18' },
        { __typename: 'Region', id: '99' },
      ],
    });
    expect(result.data).toEqual({ _entities: [{ id: '18', name: 'Region Örebro län' }, null] });
  });

  it('refuses a hospital in an unknown närsjukvårdsområde and stores nothing', async () => {
    await expect(
      saveHospital(region.orm.em.fork(), { name: 'Nytt sjukhus', shortName: null, approxBeds: 10, narsjukvardsomradeId: 'ost', source: 'test' }),
    ).rejects.toThrow('Unknown närsjukvårdsområde "ost".');
    expect(await region.orm.em.fork().count(Hospital)).toBe(3);
  });
});
