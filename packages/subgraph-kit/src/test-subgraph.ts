import { createLogger } from '@orebro/http';
import { authConfigFromEnv, createTokenVerifier } from '@orebro/huvudman-auth';
import type { SubgraphDefinition } from './subgraph-definition';
import { startSubgraph, type RunningSubgraph, type StartSubgraphOptions } from './start-subgraph';
import { subgraphLimitsFromEnv } from './subgraph-limits';
import { createTestDatabase } from './test-database';

export interface TestSubgraph extends RunningSubgraph {
  /** Sends one GraphQL request over HTTP, as the gateway would. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<{ data?: T; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] }>;
  /** SQL statements run since the last call: how many queries a request cost. */
  takeQueries(): string[];
}

/** A subgraph started the same way as in production, on a fresh real database, on a free port. */
export async function startTestSubgraph<L>(
  definition: SubgraphDefinition<L>,
  options: Partial<Pick<StartSubgraphOptions, 'limits' | 'metricsPort'>> = {},
): Promise<TestSubgraph> {
  const database = createTestDatabase(definition.instance);
  let queries: string[] = [];
  const logger = createLogger(definition.name, { instance: definition.instance });
  logger.level = 'silent';
  const running = await startSubgraph(definition, {
    database: database.config,
    logger,
    onQuery: (sql) => queries.push(sql),
    // The development configuration (the committed key, development limits) whatever this process's
    // environment holds: a test's subgraph is configured by the test, not by the shell that ran it.
    verifyToken: createTokenVerifier(authConfigFromEnv({})),
    limits: options.limits ?? subgraphLimitsFromEnv({}),
    metricsPort: options.metricsPort,
  });
  queries = [];
  return {
    ...running,
    async query(query, variables, options) {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options?.token ? { authorization: `Bearer ${options.token}` } : {}), ...options?.headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    takeQueries() {
      const taken = queries.filter((q) => !/^(begin|commit|rollback|savepoint|release)\b/i.test(q));
      queries = [];
      return taken;
    },
    async stop() {
      await running.stop();
      await database.drop();
    },
  };
}

/**
 * Starts a test subgraph before the file's tests and stops it after them; call at the top of a test
 * file. The returned handle forwards to the running subgraph. The stop waits for a start that outlived
 * its hook's timeout, so a slow start cannot leave a server and a database behind (which kept jest from
 * exiting).
 */
export function useTestSubgraph<L>(
  definition: () => SubgraphDefinition<L>,
  options: Partial<Pick<StartSubgraphOptions, 'limits' | 'metricsPort'>> = {},
): TestSubgraph {
  let starting: Promise<TestSubgraph> | undefined;
  let running: TestSubgraph | undefined;
  beforeAll(async () => {
    starting = startTestSubgraph(definition(), options);
    running = await starting;
  });
  afterAll(async () => {
    const started = await starting?.catch(() => undefined);
    await started?.stop();
  });
  return new Proxy({} as TestSubgraph, {
    get(_target, property) {
      if (!running)
        throw new Error(`The test subgraph is not running: use it inside a test or a hook that runs after its start (property ${String(property)}).`);
      const value = running[property as keyof TestSubgraph];
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}
