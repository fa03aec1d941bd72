import { useTestFederation } from './support/test-federation';

const POPULATIONS = '{ huvudmen { id municipality { code population(year: 2024) } } }';

const federation = useTestFederation({ kommuner: ['1814', '1880'], notStarted: ['kommun-1880'] });

describe('a kommun instance that starts after the gateway', () => {
  it('is reported missing while it is not running', async () => {
    const result = await federation.query<{ huvudmen: { id: string; municipality: { code: string; population: number | null } | null }[] }>(POPULATIONS);
    expect(result.data!.huvudmen.find((h) => h.id === '1814')!.municipality!.population).toBe(8606);
    // The reference comes from samverkan; only the kommun's own fields are missing.
    expect(result.data!.huvudmen.find((h) => h.id === '1880')!.municipality).toEqual({ code: '1880', population: null });
    // 1880 is configured but not running; the ten kommuner with no instance here are named as such.
    expect(result.errors?.filter((e) => e.extensions?.reason !== 'NOT_CONFIGURED').map((e) => e.extensions?.huvudman)).toEqual(['1880']);
    expect(result.errors?.filter((e) => e.extensions?.reason === 'NOT_CONFIGURED')).toHaveLength(10);
  });

  it('is picked up once it starts: its data appears and /ready judges its schema', async () => {
    await federation.instance('kommun-1880').start();
    const result = await federation.query<{ huvudmen: { id: string; municipality: { population: number | null } | null }[] }>(POPULATIONS);
    expect(result.errors?.filter((e) => e.extensions?.reason !== 'NOT_CONFIGURED')).toEqual([]);
    expect(result.data!.huvudmen.find((h) => h.id === '1880')!.municipality!.population).toBe(160140);
    const ready = await federation.ready();
    expect(ready.instances.find((i) => i.huvudman === '1880')).toMatchObject({ answers: true, schema: 'compatible' });
  });
});
