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
