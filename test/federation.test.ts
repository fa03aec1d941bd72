import { kommuner } from '@orebro/reference-data';
import { example, exampleHeaders, loadExamples } from './support/examples';
import { useTestFederation, whileStopped } from './support/test-federation';

interface Overview {
  huvudmen: { id: string; kind: string; lansdel: { id: string } | null; municipality: { code: string; population: number | null } | null }[];
}

const federation = useTestFederation();

const overview = () => {
  const { query, variables } = example('huvudman-overview');
  return federation.query<Overview>(query, variables);
};

describe('the whole federation: gateway, samverkan, region and twelve kommun instances as processes', () => {
  it.each(loadExamples().map((e) => [e.name, e] as const))(
    'runs examples/%s.graphql through the gateway without errors',
    async (_name, { query, variables, staffOf }) => {
      const result = await federation.query(query, variables, await exampleHeaders({ staffOf }));
      expect(result).toHaveNoErrors();
      expect(result.data).toBeTruthy();
    },
  );

  it('gives thirteen huvudmän and twelve populations, each from its own kommun instance, summing to 308375', async () => {
    const result = await overview();
    const huvudmen = result.data!.huvudmen;
    expect(huvudmen).toHaveLength(13);
    const populations = huvudmen.flatMap((h) => (h.municipality ? [h.municipality] : []));
    expect(populations).toHaveLength(12);
    expect(populations.reduce((sum, m) => sum + m.population!, 0)).toBe(308375);
    for (const kommun of kommuner) {
      expect(populations.find((m) => m.code === kommun.code)?.population).toBe(kommun.population2024);
    }
  });

  it('concatenates a root list over every kommun instance in kommun-code order', async () => {
    const result = await federation.query<{ municipalities: { code: string }[] }>('{ municipalities { code } }');
    expect(result.data!.municipalities.map((m) => m.code)).toEqual(kommuner.map((k) => k.code));
  });

  it('lists every instance on /ready with its URL, whether it answers and its schema verdict', async () => {
    const ready = await federation.ready();
    expect(ready.allAnswering).toBe(true);
    expect(ready.instances).toHaveLength(14);
    expect(ready.instances.filter((i) => i.subgraph === 'kommun').map((i) => [i.huvudman, i.schema])).toEqual(kommuner.map((k) => [k.code, 'compatible']));
  });

  it('checks on /ready that each kommun instance serves the kommun it is configured for', async () => {
    const ready = await federation.ready();
    expect({ wiring: ready.wiring, problems: ready.problems }).toEqual({ wiring: 'ok', problems: [] });
    expect(ready.instances.filter((i) => i.subgraph === 'kommun').map((i) => [i.huvudman, i.serves, i.wiring])).toEqual(
      kommuner.map((k) => [k.code, k.code, 'ok']),
    );
  });

  describe('routes every operation shape the query planner sends to the kommun instances', () => {
    const codes = kommuner.map((k) => k.code);
    it('fields inside an @include-d inline fragment at the root (the reported case)', async () => {
      const query = 'query($x: Boolean!) { ... @include(if: $x) { municipalities { code } } }';
      const included = await federation.query<{ municipalities: { code: string }[] }>(query, { x: true });
      expect(included.errors).toBeUndefined();
      expect(included.data!.municipalities.map((m) => m.code)).toEqual(codes);
      expect(await federation.query(query, { x: false })).toEqual({ data: {} });
    });

    it('named fragments, @skip with a variable and aliases of root fields naming a kommun', async () => {
      const query = `query($skip: Boolean!) { ...Both } fragment Both on Query {
        first: municipality(code: "1814") @skip(if: $skip) { code population(year: 2024) }
        second: municipality(code: "1880") { code population(year: 2024) } all: municipalities { code } }`;
      const result = await federation.query<Record<string, unknown>>(query, { skip: true });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ second: { code: '1880', population: 160140 }, all: codes.map((code) => ({ code })) });
      const both = await federation.query<Record<string, unknown>>(query, { skip: false });
      expect(both.data!.first).toEqual({ code: '1814', population: 8606 });
    });
  });

  it('serves the IDE page to a browser at /graphql', async () => {
    const response = await fetch(federation.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('graphiql');
  });

  it.each([
    ['a malformed query', JSON.stringify({ query: '{ huvudmen { id ' }), 400, /Syntax Error/],
    ['an unknown field', JSON.stringify({ query: '{ huvudmen { shoeSize } }' }), 400, /Cannot query field "shoeSize" on type "Huvudman"/],
    ['a body that is not JSON', '{"query":', 400, /not valid JSON/],
    ['an oversized body', JSON.stringify({ query: `{ huvudmen { id } } # ${'x'.repeat(200_000)}` }), 413, /larger than the limit/],
  ])('refuses %s with a clear error', async (_label, body, status, message) => {
    const response = await fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(status);
    const result = (await response.json()) as { errors: { message: string }[] };
    expect(result.errors[0].message).toMatch(message);
  });

  it('answers null for an unknown huvudman id, without an error', async () => {
    const result = await federation.query('{ huvudman(id: "9999") { id } }');
    expect(result).toEqual({ data: { huvudman: null } });
  });

  describe('when one kommun instance is down', () => {
    const down = '1862';
    whileStopped(federation, `kommun-${down}`);

    it('still answers for the other eleven, and names the missing kommun in a HUVUDMAN_UNAVAILABLE error', async () => {
      const result = await overview();
      const huvudmen = result.data!.huvudmen;
      expect(huvudmen).toHaveLength(13);
      const withPopulation = huvudmen.filter((h) => h.municipality?.population != null);
      expect(withPopulation).toHaveLength(11);
      expect(withPopulation.map((h) => h.id)).not.toContain(down);
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error.extensions).toMatchObject({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: down });
      const index = huvudmen.findIndex((h) => h.id === down);
      expect(error.path).toEqual(['huvudmen', index, 'municipality']);
    });

    it('answers null with the same error when the one kommun asked for is down', async () => {
      const result = await federation.query(`{ municipality(code: "${down}") { name } }`);
      expect(result.data).toEqual({ municipality: null });
      expect(result).toHaveErrorCode('HUVUDMAN_UNAVAILABLE', { huvudman: down });
    });

    it('reports it on /ready as not answering', async () => {
      const ready = await federation.ready();
      expect(ready.allAnswering).toBe(false);
      expect(ready.instances.filter((i) => !i.answers).map((i) => i.huvudman)).toEqual([down]);
    });
  });

  it('answers fully again once the kommun instance is back, with its data kept', async () => {
    const result = await overview();
    expect(result).toHaveNoErrors();
    expect(result.data!.huvudmen.find((h) => h.id === '1862')!.municipality!.population).toBe(9278);
  });
});
