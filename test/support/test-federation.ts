import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startFederation, type DatabaseMode, type Federation } from '@orebro/local-federation';
import { instanceNames, localFederation } from '@orebro/gateway/src/members';
import { dropPostgresDatabase, testPostgresServer, testsUsePostgres, type DatabaseConfig } from '@orebro/subgraph-kit';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface ReadyReport {
  allAnswering: boolean;
  /** `ok`, or `misconfigured` with one sentence per wiring mistake in `problems`. */
  wiring: string;
  problems: string[];
  /** Instances skipped by the gateway's circuit breaker (open or half-open), each with reason CIRCUIT_OPEN. */
  openCircuits: { subgraph: string; huvudman?: string; circuit: string; reason: string }[];
  instances: {
    subgraph: string;
    huvudman?: string;
    url: string;
    answers: boolean;
    circuit: string;
    reason?: string;
    schema?: string;
    serves?: string;
    wiring?: string;
  }[];
}

export interface TestFederation extends Federation {
  gatewayUrl: string;
  /** The identity provider's key file, when it runs (rotate with `rotateKeys`, then restart `identity`). */
  identityKeysFile?: string;
  /** The gateway's /ready report. */
  ready(): Promise<ReadyReport>;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** The database an instance (`region`, `kommun-1881`) stores in, to check what it holds. */
  databaseOf(instance: string): DatabaseConfig;
}

let runs = 0;

/**
 * The real federation as separate processes on free ports, on fresh databases of the kind this test
 * run uses (SQLite files, or PostgreSQL databases dropped afterwards).
 */
export async function startTestFederation(
  options: {
    kommuner?: readonly string[];
    notStarted?: string[];
    /** Run the development identity provider (`identity`) and have every service trust it, not the development key. */
    identityProvider?: boolean;
    /** More environment for every process. */
    env?: Record<string, string>;
    /** The kommun instances in one process, as `npm start` runs them (hostShards); tests otherwise get a process per instance. */
    hostShards?: boolean;
  } = {},
): Promise<TestFederation> {
  const instances = [...instanceNames(options.kommuner), ...(options.identityProvider ? ['identity'] : [])];
  const ports = new Map<string, number>();
  for (const instance of instances) ports.set(instance, await freePort());

  const prefix = `test_fed_${process.pid}_${++runs}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'orebro-federation-'));
  const identityKeysFile = options.identityProvider ? join(dataDir, 'dev-identity-provider-keys.json') : undefined;
  const database: DatabaseMode = testsUsePostgres() ? { kind: 'postgresql', serverUrl: testPostgresServer(), prefix } : { kind: 'libsql', dataDir };
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (testsUsePostgres())
      await Promise.all(
        instances
          .slice(1)
          .filter((i) => i !== 'identity')
          .map((i) => dropPostgresDatabase(`${prefix}_${i.replace(/-/g, '_')}`)),
      );
  };

  const federation = await startFederation({
    ...localFederation,
    database,
    shardKeys: options.kommuner,
    port: (instance) => ports.get(instance)!,
    nextPort: freePort,
    notStarted: options.notStarted,
    hostShards: options.hostShards,
    identityProvider: identityKeysFile ? { keysFile: identityKeysFile } : undefined,
    // Generous: these tests are about routing and failure, not speed, and CI machines are shared. A
    // stopped instance refuses at once, so no test waits for these limits.
    // Circuits off unless a test turns them on: tests that stop instances expect every request to try them.
    // The response cache too (test/response-cache.test.ts turns it on): a test that stops an instance or
    // writes past the gateway expects each query to be answered by the instances as they are now.
    env: {
      LOG_LEVEL: 'warn',
      SHARD_TIMEOUT_MS: '60000',
      SUBGRAPH_TIMEOUT_MS: '60000',
      CIRCUIT_FAILURES: '0',
      RESPONSE_CACHE: 'off',
      ...options.env,
    },
  });
  const gatewayUrl = federation.gateway.url;
  return {
    ...federation,
    gatewayUrl,
    identityKeysFile,
    async query(query, variables, headers = {}) {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    databaseOf(instance) {
      return database.kind === 'libsql'
        ? { kind: 'libsql', file: join(database.dataDir, `${instance}.sqlite`) }
        : { kind: 'postgresql', url: `${database.serverUrl}/${database.prefix}_${instance.replace(/-/g, '_')}` };
    },
    async ready() {
      return (await (await fetch(gatewayUrl.replace(/\/graphql$/, '/ready'))).json()) as ReadyReport;
    },
    async stop() {
      await federation.stop();
      await cleanUp();
    },
  };
}

/**
 * Starts the federation before the file's tests and stops it after them; call at the top of a test
 * file. The handle forwards to the running federation. The stop waits for a start that outlived its
 * hook's timeout, so a slow start cannot leave fifteen processes behind.
 */
export function useTestFederation(options: { kommuner?: readonly string[]; notStarted?: string[]; hostShards?: boolean } = {}): TestFederation {
  let starting: Promise<TestFederation> | undefined;
  let running: TestFederation | undefined;
  beforeAll(async () => {
    starting = startTestFederation(options);
    running = await starting;
  });
  afterAll(async () => {
    const started = await starting?.catch(() => undefined);
    await started?.stop();
  });
  return new Proxy({} as TestFederation, {
    get(_target, property) {
      if (!running)
        throw new Error(`The test federation is not running: use it inside a test or a hook that runs after its start (property ${String(property)}).`);
      const value = running[property as keyof TestFederation];
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}

/** Stops one instance (`kommun-1880`, `region`) for the enclosing `describe` block and starts it again after it. */
export function whileStopped(federation: TestFederation, instance: string): void {
  beforeAll(() => federation.instance(instance).stop());
  afterAll(() => federation.instance(instance).start());
}
