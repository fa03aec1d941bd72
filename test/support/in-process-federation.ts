import type { GatewayConfig } from '@orebro/gateway/src/config';
import { limitsFromEnv, type LimitsConfig } from '@orebro/gateway/src/request-policies/limits-config';
import { federationMembers, kommunMember, singleMembers } from '@orebro/gateway/src/members';
import { startGateway, type RunningGateway } from '@orebro/gateway/src/start-gateway';
import { createLogger } from '@orebro/http';
import { DEFAULT_CIRCUIT_OPTIONS } from '@orebro/sharded-source';
import { startTestSubgraph, type TestSubgraph } from '@orebro/subgraph-kit';
import { subgraphDefinition } from '../../scripts/subgraph-definitions';

/**
 * The federation in this test process, for tests that look inside it (SQL per request, one gateway per
 * limit): every member from the members list as a test subgraph on a fresh database (the sharded one
 * once per given kommun), and gateways over them.
 */
export interface MemberSubgraphs {
  /** The test subgraph of an instance: `samverkan`, `region`, `kommun-1880`. */
  get(instance: string): TestSubgraph;
  /** Every instance by name, in members order. */
  all(): [string, TestSubgraph][];
  /** Each instance's GraphQL URL by name, as `gatewayConfigFor` takes them. */
  urls(): Map<string, string>;
}

/**
 * Starts every member's test subgraph before the file's tests and stops them after (also when a start
 * outlived its hook). `when` false: nothing is started (a file whose checks are skipped).
 */
export function useMemberSubgraphs(kommuner: readonly string[], when: () => boolean = () => true): MemberSubgraphs {
  const names = federationMembers.flatMap((m) => (m.sharded ? kommuner.map((key) => `${m.name}-${key}`) : [m.name]));
  const starting = new Map<string, Promise<TestSubgraph>>();
  const running = new Map<string, TestSubgraph>();
  beforeAll(async () => {
    if (!when()) return;
    for (const member of federationMembers) {
      const keys = member.sharded ? kommuner : [undefined];
      for (const key of keys) {
        const name = key === undefined ? member.name : `${member.name}-${key}`;
        starting.set(name, startTestSubgraph(subgraphDefinition(member, key)));
      }
    }
    for (const [name, start] of starting) running.set(name, await start);
  });
  afterAll(async () => {
    await Promise.all([...starting.values()].map((start) => start.then((s) => s.stop()).catch(() => undefined)));
  });
  const get = (instance: string) => {
    const subgraph = running.get(instance);
    if (!subgraph) throw new Error(`No running test subgraph "${instance}" (started: ${[...running.keys()].join(', ') || 'none'}).`);
    return subgraph;
  };
  return {
    get,
    all: () => names.map((name) => [name, get(name)]),
    urls: () => new Map(names.map((name) => [name, get(name).url])),
  };
}

/**
 * A gateway configuration over instances by name (`samverkan`, `kommun-1880`), on a free port. Time
 * limits are a minute: a test's verdict must not depend on how busy the machine is.
 */
export function gatewayConfigFor(urls: ReadonlyMap<string, string>, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  const url = (name: string) => {
    const found = urls.get(name);
    if (!found) throw new Error(`No URL for the ${name} subgraph.`);
    return found;
  };
  const prefix = `${kommunMember.name}-`;
  return {
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(singleMembers.map((m) => [m.name, url(m.name)])),
    kommunShards: [...urls].filter(([name]) => name.startsWith(prefix)).map(([name, shardUrl]) => ({ key: name.slice(prefix.length), url: shardUrl })),
    shardTimeoutMs: 60_000,
    subgraphTimeoutMs: 60_000,
    bodyLimitBytes: 100_000,
    // Off unless a test turns them on: tests that stop instances expect each request to try them.
    circuit: { ...DEFAULT_CIRCUIT_OPTIONS, failures: 0 },
    ...overrides,
  };
}

/** Our gateway in this process over `urls`, with the default limits changed by `limits` and its configuration by `config`, logging nothing. */
export function startTestGateway(
  urls: ReadonlyMap<string, string>,
  limits: Partial<LimitsConfig> = {},
  config: Partial<GatewayConfig> = {},
): Promise<RunningGateway> {
  const logger = createLogger('test-gateway');
  logger.level = 'silent';
  return startGateway(gatewayConfigFor(urls, config), logger, { ...limitsFromEnv({}), ...limits });
}
