import { kommuner } from '@orebro/reference-data';
import { example, exampleHeaders, loadExamples } from './support/examples';
import { useTestFederation } from './support/test-federation';

/**
 * The federation as `npm start` runs it: the twelve kommun instances in one process (hostShards,
 * HOSTED_INSTANCES), each still on its own port with its own database and shard key. The gateway and
 * its rules see twelve instances, exactly as with a process apiece (test/federation.test.ts).
 */
const federation = useTestFederation({ hostShards: true });

const codes = kommuner.map((k) => k.code);

describe('the twelve kommun instances hosted in one process', () => {
  it('runs one kommun process that serves every kommun instance on its own port', () => {
    expect(federation.subgraphs.map((s) => s.spec.name)).toEqual(['samverkan', 'region', 'kommun']);
    const urls = federation.urls();
    const kommunUrls = codes.map((code) => urls.get(`kommun-${code}`));
    expect(kommunUrls.every(Boolean)).toBe(true);
    expect(new Set(kommunUrls).size).toBe(12);
    expect(() => federation.instance('kommun-1881')).toThrow('kommun-1881 runs in the process kommun with the other hosted instances (hostShards).');
  });

  it('has each hosted instance serve its own kommun and answer on /ready, as the gateway checks', async () => {
    const ready = await federation.ready();
    expect({ allAnswering: ready.allAnswering, wiring: ready.wiring, problems: ready.problems }).toEqual({ allAnswering: true, wiring: 'ok', problems: [] });
    expect(ready.instances.filter((i) => i.subgraph === 'kommun').map((i) => [i.huvudman, i.serves, i.url])).toEqual(
      codes.map((code) => [code, code, federation.urls().get(`kommun-${code}`)]),
    );
  });

  it('keeps each instance to its own database: a kommun answers only for itself', async () => {
    for (const code of ['1814', '1881', '1885']) {
      const response = await fetch(federation.urls().get(`kommun-${code}`)!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ municipalities { code } }' }),
      });
      expect(await response.json()).toEqual({ data: { municipalities: [{ code }] } });
    }
  });

  it.each(loadExamples().map((e) => [e.name] as const))('answers examples/%s.graphql as a process apiece does (no errors)', async (name) => {
    const { query, variables, staffOf } = example(name);
    const result = await federation.query(query, variables, await exampleHeaders({ staffOf }));
    expect(result).toHaveNoErrors();
    expect(result.data).toBeTruthy();
  });

  it("loses every hosted instance's data, each reported by its kommun, when the process stops", async () => {
    await federation.instance('kommun').stop();
    try {
      const result = await federation.query<{ municipalities: unknown[] }>('{ municipalities { code } }');
      expect(result.data?.municipalities ?? []).toEqual([]);
      const missing = (result.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.huvudman]);
      expect(missing).toEqual(codes.map((code) => ['HUVUDMAN_UNAVAILABLE', code]));
    } finally {
      await federation.instance('kommun').start();
    }
    const again = await federation.query<{ municipalities: { code: string }[] }>('{ municipalities { code } }');
    expect(again.data!.municipalities.map((m) => m.code)).toEqual(codes);
  });
});
