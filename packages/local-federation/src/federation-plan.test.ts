import { federationPlan, SUBGRAPH_NODE_ARGS, type PlannedSubgraph } from './federation-plan';

const members: PlannedSubgraph[] = [
  { name: 'samverkan', entry: 'subgraphs/samverkan/src/main.ts', urlVariable: 'SAMVERKAN_URL', sharded: false },
  {
    name: 'kommun',
    entry: 'subgraphs/kommun/src/main.ts',
    urlVariable: 'KOMMUN_URLS',
    sharded: true,
    shardKeys: ['1880', '1881'],
    shardKeyVariable: 'KOMMUN_CODE',
  },
];

describe('the V8 options of the planned processes', () => {
  const plan = federationPlan({
    database: { kind: 'libsql', dataDir: '/tmp/unused' },
    members,
    gatewayEntry: 'gateway/src/main.ts',
    port: () => 4000,
    identityProvider: { keysFile: '/tmp/unused/keys.json' },
  });

  it('cap the young generation of every subgraph instance, and of nothing else', () => {
    expect(SUBGRAPH_NODE_ARGS).toContain('--max-semi-space-size=4');
    expect(plan.subgraphs.map((s) => [s.name, s.nodeArgs])).toEqual([
      ['samverkan', SUBGRAPH_NODE_ARGS],
      ['kommun-1880', SUBGRAPH_NODE_ARGS],
      ['kommun-1881', SUBGRAPH_NODE_ARGS],
    ]);
    expect(plan.gateway.nodeArgs).toBeUndefined();
    expect(plan.identity?.nodeArgs).toBeUndefined();
  });
});

describe('hosted shards (hostShards)', () => {
  const plan = (database: Parameters<typeof federationPlan>[0]['database']) =>
    federationPlan({
      database,
      members,
      gatewayEntry: 'gateway/src/main.ts',
      port: (instance) => ({ samverkan: 4001, 'kommun-1880': 4880, 'kommun-1881': 4881, gateway: 4000 })[instance] ?? 1,
      env: { LOG_LEVEL: 'warn' },
      hostShards: true,
    });

  it("runs a sharded subgraph's instances in one process, each with its own port, shard key and database", () => {
    const { subgraphs, gateway } = plan({ kind: 'postgresql', serverUrl: 'postgres://pg', prefix: 'orebro' });
    expect(subgraphs.map((s) => s.name)).toEqual(['samverkan', 'kommun']);
    const host = subgraphs[1];
    expect(host.hosted).toEqual([
      { name: 'kommun-1880', port: 4880 },
      { name: 'kommun-1881', port: 4881 },
    ]);
    expect(host.port).toBe(4880);
    expect(host.env.LOG_LEVEL).toBe('warn');
    expect(JSON.parse(host.env.HOSTED_INSTANCES)).toEqual([
      { KOMMUN_CODE: '1880', DATABASE_URL: 'postgres://pg/orebro_kommun_1880', PORT: '4880' },
      { KOMMUN_CODE: '1881', DATABASE_URL: 'postgres://pg/orebro_kommun_1881', PORT: '4881' },
    ]);
    // The gateway still knows each instance by its own URL: hosting changes processes, not the graph's wiring.
    expect(gateway.env.KOMMUN_URLS).toBe('1880=http://127.0.0.1:4880/graphql,1881=http://127.0.0.1:4881/graphql');
  });

  it('shares what every hosted instance has alike (the embedded databases directory)', () => {
    const host = plan({ kind: 'libsql', dataDir: '/tmp/data' }).subgraphs[1];
    expect(host.env.DATA_DIR).toBe('/tmp/data');
    expect(JSON.parse(host.env.HOSTED_INSTANCES)).toEqual([
      { KOMMUN_CODE: '1880', PORT: '4880' },
      { KOMMUN_CODE: '1881', PORT: '4881' },
    ]);
    expect(host.nodeArgs).toBeUndefined();
  });
});
