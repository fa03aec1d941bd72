import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { repoRoot } from '@orebro/local-federation';
import { kommuner } from '@orebro/reference-data';
import { example } from './support/examples';
import { useTestFederation, whileStopped, type GraphQLResponse } from './support/test-federation';

/** The joint follow-up model through the real gateway: definitions from samverkan, values from each huvudman's own subgraph. */
const federation = useTestFederation();

type Huvudman = { id: string; name?: string };
type Cell = { huvudman: Huvudman; status: string; value: number | null; met: boolean | null; isExample: boolean };
type Aggregate = {
  lansdel: { id: string } | null;
  value: number | null;
  complete: boolean;
  inputs: { huvudman: Huvudman; value: number; weight: number | null }[];
  missing: { huvudman: Huvudman; reason: string }[];
};
type Matrix = {
  period: string;
  target: { text: string; max: number | null } | null;
  cells: Cell[];
  lansdelar: Aggregate[];
  lan: Aggregate;
  notReported: Huvudman[];
  unavailable: Huvudman[];
};

const MATRIX = `query($id: ID!, $period: String!) { indicator(id: $id) { matrix(period: $period) {
  period target { text max }
  cells { huvudman { id } status value met isExample }
  lansdelar { lansdel { id } value complete inputs { huvudman { id } value weight } missing { huvudman { id } reason } }
  lan { lansdel { id } value complete inputs { huvudman { id } value weight } missing { huvudman { id } reason } }
  notReported { id } unavailable { id }
} } }`;
const matrix = async (id: string, period = '2024') => federation.query<{ indicator: { matrix: Matrix } }>(MATRIX, { id, period });
const run = async <T>(name: string) => {
  const e = example(name);
  const result = await federation.query<T>(e.query, e.variables);
  expect(result).toHaveNoErrors();
  return result.data!;
};
/** What a kommun's own instance stores, asked of that instance alone (the gateway routes by kommunCode). */
const storedValue = async (code: string, indicatorId: string, period = '2024') => {
  const result = await federation.query<{ kommunIndicatorValues: { period: string; gender: string; value: number }[] }>(
    'query($code: ID!, $id: ID!) { kommunIndicatorValues(kommunCode: $code, indicatorId: $id) { period gender value } }',
    { code, id: indicatorId },
  );
  return result.data!.kommunIndicatorValues.find((v) => v.period === period && v.gender === 'T')?.value;
};
const inLansdel = (lansdel: string) => kommuner.filter((k) => k.lansdel === lansdel);

describe('indicator views through the gateway', () => {
  it("puts all thirteen huvudmän side by side: the real 2024 population from each kommun's own instance, summed for the län", async () => {
    const result = await matrix('N01951');
    expect(result).toHaveNoErrors();
    const { cells, lan } = result.data!.indicator.matrix;
    expect(cells.map((c) => c.huvudman.id)).toEqual(['18', ...kommuner.map((k) => k.code)]);
    expect(cells[0]).toMatchObject({ status: 'NOT_APPLICABLE', value: null });
    for (const k of kommuner)
      expect(cells.find((c) => c.huvudman.id === k.code)).toMatchObject({ status: 'REPORTED', value: k.population2024, isExample: false });
    expect(lan).toMatchObject({ value: 308375, complete: true });
  });

  it('shows the target and whether each huvudman meets it (examples/indicator-matrix)', async () => {
    const { indicator } = await run<{ indicator: { matrix: { target: { max: number; isExample: boolean }; cells: (Cell & { source: string })[] } } }>(
      'indicator-matrix',
    );
    const { target, cells } = indicator.matrix;
    expect(target).toMatchObject({ max: 2600, isExample: true });
    const kommunCells = cells.filter((c) => c.status === 'REPORTED');
    expect(kommunCells).toHaveLength(12);
    for (const cell of kommunCells) {
      expect(cell.met).toBe(cell.value! <= 2600);
      expect(cell.source).toMatch(/^Exempeldata/);
    }
    expect(new Set(kommunCells.map((c) => c.met))).toEqual(new Set([true, false])); // the example data shows both
  });

  it("computes a länsdel's population-weighted mean that matches the stored values, checked by hand", async () => {
    const { lansdelar, lan } = (await matrix('fallskador-65')).data!.indicator.matrix;
    const norr = inLansdel('norr');
    const values = (await Promise.all(norr.map((k) => storedValue(k.code, 'fallskador-65')))).map(Number);
    const weights = await Promise.all(
      norr.map(
        async (k) =>
          (await federation.query<{ municipality: { population: number } }>(`{ municipality(code: "${k.code}") { population(year: 2024) } }`)).data!
            .municipality.population,
      ),
    );
    const byHand = values.reduce((sum, v, i) => sum + v * weights[i], 0) / weights.reduce((a, b) => a + b, 0);
    const figure = lansdelar.find((l) => l.lansdel!.id === 'norr')!;
    expect(figure.complete).toBe(true);
    expect(figure.value).toBeCloseTo(byHand, 9);
    expect(figure.inputs).toEqual(norr.map((k, i) => ({ huvudman: { id: k.code }, value: values[i], weight: weights[i] })));
    expect(lan.complete).toBe(true);
  });

  it('sums a count per länsdel, and leaves a figure out rather than counting a missing kommun as zero (examples/indicator-aggregates)', async () => {
    const { indicator } = await run<{ indicator: { matrix: { lansdelar: (Aggregate & { lansdel: { id: string } })[]; lan: Aggregate } } }>(
      'indicator-aggregates',
    );
    const soder = indicator.matrix.lansdelar.find((l) => l.lansdel.id === 'soder')!;
    const byHand = (await Promise.all(inLansdel('soder').map((k) => storedValue(k.code, 'sip-antal')))).reduce((a: number, b) => a + b!, 0);
    expect(soder).toMatchObject({ value: byHand, complete: true });
    const norr = indicator.matrix.lansdelar.find((l) => l.lansdel.id === 'norr')!;
    expect(norr).toMatchObject({ value: null, complete: false, missing: [{ huvudman: { name: 'Ljusnarsbergs kommun' }, reason: 'NOT_REPORTED' }] });
    expect(indicator.matrix.lan).toMatchObject({ value: null, complete: false });
  });

  it('follows an indicator over the years (examples/indicator-trend)', async () => {
    const { indicator } = await run<{ indicator: { trend: { period: string; lan: { value: number | null; complete: boolean }; cells: Cell[] }[] } }>(
      'indicator-trend',
    );
    expect(indicator.trend.map((m) => m.period)).toEqual(['2022', '2023', '2024']);
    for (const year of indicator.trend) {
      expect(year.cells.filter((c) => c.status === 'REPORTED')).toHaveLength(12);
      expect(year.lan.complete).toBe(true); // weighted by the nearest population each kommun holds
    }
    expect(await storedValue('1880', 'aterinskrivning-30-dagar-65', '2022')).toBe(
      indicator.trend[0].cells.find((c) => c.huvudman.name === 'Örebro kommun')!.value,
    );
  });

  it('lists who has not reported (examples/indicator-reporting-gaps)', async () => {
    const { indicators } = await run<{ indicators: { id: string; reporters: Huvudman[]; reporting: { notReported: Huvudman[]; unavailable: Huvudman[] } }[] }>(
      'indicator-reporting-gaps',
    );
    const gaps = Object.fromEntries(indicators.map((i) => [i.id, i.reporting.notReported.map((h) => h.id)]));
    expect(gaps['sip-antal']).toEqual(['1864']);
    expect(gaps['N01951']).toEqual([]);
    expect(gaps['hme-total']).toEqual([]);
    expect(indicators.every((i) => i.reporting.unavailable.length === 0)).toBe(true);
  });

  it("gives through `reporting` the same lists as the matrix's, for every indicator and gender", async () => {
    const lists = '{ notReported { id } unavailable { id } }';
    for (const gender of ['T', 'K']) {
      const result = await federation.query<{ indicators: { id: string; matrix: unknown; reporting: unknown }[] }>(
        `{ indicators { id matrix(period: "2024", gender: ${gender}) ${lists} reporting(period: "2024", gender: ${gender}) ${lists} } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.indicators).toHaveLength(15);
      for (const indicator of result.data!.indicators) expect([indicator.id, indicator.reporting]).toEqual([indicator.id, indicator.matrix]);
    }
  });

  it('finds the indicators that follow up a delmål (examples/indicators-for-goal)', async () => {
    const { indicators } = await run<{ indicators: { id: string }[] }>('indicators-for-goal');
    expect(indicators.map((i) => i.id)).toEqual(['aterinskrivning-30-dagar-65', 'undvikbar-slutenvard', 'utskrivningsklar-dagar']);
  });

  describe('with one kommun instance stopped', () => {
    const down = '1862';
    whileStopped(federation, `kommun-${down}`);

    it('marks that kommun HUVUDMAN_UNAVAILABLE: not dropped, not zero, and no figure that needs it', async () => {
      const result = await matrix('sip-antal');
      const { cells, lansdelar, lan, unavailable } = result.data!.indicator.matrix;
      expect(cells).toHaveLength(13);
      expect(cells.find((c) => c.huvudman.id === down)).toMatchObject({ status: 'HUVUDMAN_UNAVAILABLE', value: null, met: null });
      expect(unavailable).toEqual([{ id: down }]);
      expect(result).toHaveErrorCode('HUVUDMAN_UNAVAILABLE', { huvudman: down });
      const vaster = lansdelar.find((l) => l.lansdel!.id === 'vaster')!;
      expect(vaster).toMatchObject({ value: null, complete: false });
      expect(vaster.missing).toContainEqual({ huvudman: { id: down }, reason: 'HUVUDMAN_UNAVAILABLE' });
      expect(lan.missing).toContainEqual({ huvudman: { id: down }, reason: 'HUVUDMAN_UNAVAILABLE' });
      expect(lansdelar.find((l) => l.lansdel!.id === 'soder')!.complete).toBe(true); // the others still answer
    });

    it('lists that kommun as unavailable in reporting, never as not reported, and names it in the errors', async () => {
      const result = await federation.query<{ indicator: { reporting: { notReported: Huvudman[]; unavailable: Huvudman[] } } }>(
        '{ indicator(id: "sip-antal") { reporting(period: "2024") { notReported { id } unavailable { id } } } }',
      );
      expect(result.data!.indicator.reporting).toEqual({ notReported: [{ id: '1864' }], unavailable: [{ id: down }] });
      expect(result).toHaveErrorCode('HUVUDMAN_UNAVAILABLE', { huvudman: down });
    });
  });

  describe("with the region's subgraph stopped", () => {
    whileStopped(federation, 'region');

    // A view computed from every owner's values degrades per owner: the region named, the rest computed.
    it("still computes the matrix from every kommun, with the region's cell HUVUDMAN_UNAVAILABLE and named in the errors", async () => {
      const result = await federation.query<{ indicator: { kommunValues: { huvudmanId: string }[]; regionValues: unknown; matrix: Matrix | null } }>(
        `query { indicator(id: "samverkansavvikelser") { kommunValues { huvudmanId } regionValues { value } matrix(period: "2024") {
          cells { huvudman { id } status value } lan { value complete missing { huvudman { id } reason } } unavailable { id } } } }`,
      );
      const { matrix: view, kommunValues, regionValues } = result.data!.indicator;
      expect(view).not.toBeNull();
      expect(view!.cells).toHaveLength(13);
      expect(view!.cells[0]).toMatchObject({ huvudman: { id: '18' }, status: 'HUVUDMAN_UNAVAILABLE', value: null });
      for (const k of kommuner) expect(view!.cells.find((c) => c.huvudman.id === k.code)).toMatchObject({ status: 'REPORTED', value: expect.any(Number) });
      expect(view!.unavailable).toEqual([{ id: '18' }]);
      expect(view!.lan).toMatchObject({ value: null, complete: false });
      expect(view!.lan.missing).toContainEqual({ huvudman: { id: '18' }, reason: 'HUVUDMAN_UNAVAILABLE' });
      expect(regionValues).toBeNull();
      expect(new Set(kommunValues.map((v) => v.huvudmanId))).toEqual(new Set(kommuner.map((k) => k.code)));
      expect(result.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '18' }));
      expect(result.errors!.every((e) => e.extensions?.code === 'HUVUDMAN_UNAVAILABLE')).toBe(true);
    });

    it('keeps a kommun-level matrix and a trend whole, the region-only indicator marked unavailable period by period', async () => {
      const kommunLevel = await matrix('sip-antal');
      // A kommun-level indicator does not need the region: nothing is unavailable.
      expect(kommunLevel.data!.indicator.matrix.unavailable).toEqual([]);
      expect(kommunLevel.data!.indicator.matrix.cells.filter((c) => c.status === 'REPORTED').length).toBeGreaterThan(9);
      const trend = await federation.query<{ indicator: { trend: { period: string; cells: Cell[]; unavailable: Huvudman[] }[] | null } }>(
        '{ indicator(id: "undvikbar-slutenvard") { trend(fromYear: 2022, toYear: 2024) { period cells { huvudman { id } status value met isExample } unavailable { id } } } }',
      );
      expect(trend.data!.indicator.trend!.map((m) => [m.period, m.unavailable])).toEqual([
        ['2022', [{ id: '18' }]],
        ['2023', [{ id: '18' }]],
        ['2024', [{ id: '18' }]],
      ]);
      expect(trend.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '18' }));
    });

    it("keeps the rest of an answer that also asks the region's and a kommun's own root fields", async () => {
      const result = await federation.query<{
        region: unknown;
        regionIndicatorValues: unknown;
        huvudmen: unknown[];
        values: unknown[];
        indicator: { name: string };
      }>(
        '{ region { name } regionIndicatorValues(indicatorId: "frisktal") { value } huvudmen { id } values: kommunIndicatorValues(kommunCode: "1880", indicatorId: "sip-antal") { value } indicator(id: "sip-antal") { name } }',
      );
      expect(result.data!.region).toBeNull();
      expect(result.data!.regionIndicatorValues).toBeNull();
      expect(result.data!.huvudmen).toHaveLength(13);
      expect(result.data!.values.length).toBeGreaterThan(0);
      expect(result.data!.indicator.name).toEqual(expect.any(String));
      expect(result.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '18' }));
    });

    describe('and one kommun instance stopped too', () => {
      whileStopped(federation, 'kommun-1814');

      it('names both missing owners and computes the other eleven kommuner', async () => {
        const result = await matrix('samverkansavvikelser');
        const view = result.data!.indicator.matrix;
        expect(view.unavailable).toEqual([{ id: '18' }, { id: '1814' }]);
        expect(view.cells.filter((c) => c.status === 'REPORTED')).toHaveLength(11);
        const named = result.errors!.filter((e) => e.extensions?.code === 'HUVUDMAN_UNAVAILABLE').map((e) => e.extensions!.huvudman);
        expect(new Set(named)).toEqual(new Set(['18', '1814']));
        // Norr has no missing member: its figure is still there.
        expect(view.lansdelar.find((l) => l.lansdel!.id === 'norr')).toMatchObject({ complete: true, value: expect.any(Number) });
      });

      it("answers everything else when the stopped kommun's own root field is asked for", async () => {
        const result = await federation.query<{ values: unknown; municipalities: { code: string }[]; indicator: { name: string } }>(
          '{ values: kommunIndicatorValues(kommunCode: "1814", indicatorId: "sip-antal") { value } municipalities { code } indicator(id: "sip-antal") { name } }',
        );
        expect(result.data!.values).toBeNull();
        expect(result.data!.municipalities.map((m) => m.code)).toEqual(kommuner.map((k) => k.code).filter((c) => c !== '1814'));
        expect(result.data!.indicator.name).toEqual(expect.any(String));
        expect(result.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1814' }));
      });
    });
  });

  it('answers fully again once the kommun instance is back', async () => {
    const result = await matrix('sip-antal');
    expect(result).toHaveNoErrors();
    expect(result.data!.indicator.matrix.unavailable).toEqual([]);
  });
});

describe("importing a Kolada file into a kommun's own subgraph through the gateway", () => {
  const IMPORT =
    'mutation($code: ID!, $input: IndicatorImportInput!) { importKommunIndicatorValues(kommunCode: $code, input: $input) { huvudmanId rows created updated unchanged } }';
  const file = (rows: [string, number][]) =>
    JSON.stringify(
      rows.map(([municipality, value]) => ({ kpi: 'sip-antal', municipality, period: 2025, values: [{ gender: 'T', count: 1, status: '', value }] })),
    );
  const importAs = async (huvudman: string, code: string, content: string) => {
    const token = await mintDevelopmentToken({ huvudman, roles: ['writer'] });
    return federation.query<{ importKommunIndicatorValues: Record<string, number | string> }>(
      IMPORT,
      { code, input: { format: 'KOLADA_JSON', content } },
      { authorization: `Bearer ${token}` },
    );
  };

  it('refuses a file with one row for another kommun as a whole, lists that row, and changes nothing', async () => {
    const before = await storedValue('1881', 'sip-antal', '2025');
    const result: GraphQLResponse = await importAs(
      '1881',
      '1881',
      file([
        ['1881', 70],
        ['1880', 700],
      ]),
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', huvudman: '1881', refused: [{ row: 2, municipality: '1880' }] });
    expect(await storedValue('1881', 'sip-antal', '2025')).toBe(before);
    expect(await storedValue('1880', 'sip-antal', '2025')).toBeUndefined();
  });

  it("stores a kommun's own file once, however often it is imported, and the joint view shows it", async () => {
    const content = file([['1881', 71]]);
    expect((await importAs('1881', '1881', content)).data!.importKommunIndicatorValues).toMatchObject({ created: 1 });
    expect((await importAs('1881', '1881', content)).data!.importKommunIndicatorValues).toMatchObject({ created: 0, unchanged: 1 });
    const { data } = await federation.query<{ kommunIndicatorValues: { period: string }[] }>(
      '{ kommunIndicatorValues(kommunCode: "1881", indicatorId: "sip-antal") { period } }',
    );
    expect(data!.kommunIndicatorValues.filter((v) => v.period === '2025')).toHaveLength(1);
  });

  it('refuses a writer of one kommun writing into another', async () => {
    const result = await importAs('1880', '1881', file([['1881', 1]]));
    expect(result).toHaveErrorCode('FORBIDDEN');
  });

  it("imports through the command into the running instance's own database, by the same service", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orebro-kolada-'));
    try {
      const path = join(dir, 'kumla.csv');
      writeFileSync(path, 'kpi,municipality,period,gender,value\nsip-antal,1881,2026,T,88\n');
      const env = { ...process.env, ...federation.instance('kommun-1881').spec.env, LOG_LEVEL: 'warn' };
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/import-kolada.ts', '--kommun', '1881', path], {
        cwd: repoRoot,
        env,
      });
      expect(stdout).toMatch(/1 values for huvudman 1881: 1 created/);
      const { data } = await matrix('sip-antal', '2026');
      expect(data!.indicator.matrix.cells.find((c) => c.huvudman.id === '1881')).toMatchObject({ status: 'REPORTED', value: 88, isExample: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Last in the file: it stops every kommun instance and leaves them stopped.
describe('with every kommun instance stopped', () => {
  beforeAll(() => Promise.all(kommuner.map((k) => federation.instance(`kommun-${k.code}`).stop())));

  it("still computes the matrix from the region's values, every kommun marked HUVUDMAN_UNAVAILABLE and named", async () => {
    const result = await matrix('samverkansavvikelser');
    const view = result.data!.indicator.matrix;
    expect(view).not.toBeNull();
    expect(view.cells[0]).toMatchObject({ huvudman: { id: '18' }, status: 'REPORTED', value: 431 });
    expect(view.unavailable.map((h) => h.id)).toEqual(kommuner.map((k) => k.code));
    const named = result.errors!.filter((e) => e.extensions?.code === 'HUVUDMAN_UNAVAILABLE').map((e) => e.extensions!.huvudman);
    expect(new Set(named)).toEqual(new Set(kommuner.map((k) => k.code)));
  });

  it('keeps a region-only indicator whole: nothing it needs is missing', async () => {
    const result = await matrix('undvikbar-slutenvard');
    expect(result.data!.indicator.matrix.cells[0]).toMatchObject({ huvudman: { id: '18' }, status: 'REPORTED', value: 864 });
    expect(result.data!.indicator.matrix.unavailable).toEqual([]);
  });
});
