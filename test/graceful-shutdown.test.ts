import { startTestFederation, type TestFederation } from './support/test-federation';

/**
 * Every service of the federation stops cleanly on SIGTERM (what Kubernetes and `npm start`'s Ctrl-C
 * send): it closes its servers, its database and tracing, and exits with status 0. Run with
 * NODE_ENV=development, as outside tests: Apollo Server registers its own signal handlers unless
 * NODE_ENV=test, and those killed the process on the re-raised signal before our shutdown finished.
 */
describe('stopping the federation with SIGTERM', () => {
  let federation: TestFederation | undefined;
  afterAll(() => federation?.stop());

  it('lets every process, the hosted kommun instances too, finish its shutdown and exit with 0', async () => {
    federation = await startTestFederation({ kommuner: ['1880', '1881'], hostShards: true, identityProvider: true, env: { NODE_ENV: 'development' } });
    const processes = [federation.gateway, ...federation.subgraphs, ...(federation.identity ? [federation.identity] : [])];
    expect(processes.map((p) => p.spec.name).sort()).toEqual(['gateway', 'identity', 'kommun', 'region', 'samverkan']);
    for (const service of processes) {
      await service.stop(30_000);
      expect([service.spec.name, service.state]).toEqual([service.spec.name, { phase: 'stopped', exitCode: 0 }]);
    }
  });
});
