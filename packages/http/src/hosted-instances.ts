import type { Env } from './env';

/** The variable that makes one process serve several instances of a subgraph (the local federation's kommun shards). */
export const HOSTED_INSTANCES_VARIABLE = 'HOSTED_INSTANCES';

/**
 * Each instance's environment when one process serves several instances of the same subgraph:
 * HOSTED_INSTANCES is a JSON array with one object per instance, holding the variables it sets over
 * the process's own (its PORT, its shard key such as KOMMUN_CODE, its database: DATA_DIR or
 * DATABASE_URL). Unset: the process is one instance with the process's environment.
 *
 * Why a process may host several: on one machine (`npm start`, the bench) twelve kommun processes
 * time-share the same cores, and each answer of a process that was not the last to run starts with
 * cold caches. Measured on two cores: `{ __typename }` sent to the twelve processes in turn cost
 * 1.2–2.4 ms of CPU each, against 0.3–0.9 ms sent to one repeatedly. A deployed huvudman runs its
 * own instance in its own process (Dockerfile, Kubernetes); this is for one machine running all of them.
 *
 * @returns one environment per instance, in the array's order.
 * @throws Error naming the variable when it is not a non-empty array of objects of strings, each with a PORT.
 */
export function hostedInstanceEnvs(env: Env): Env[] {
  const text = env[HOSTED_INSTANCES_VARIABLE];
  if (!text) return [env];
  const problem = (why: string) =>
    new Error(`${HOSTED_INSTANCES_VARIABLE} must be a JSON array with one object of environment variables per instance, each with its own PORT: ${why}.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw problem(`it is not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw problem('it is not a non-empty array');
  const { [HOSTED_INSTANCES_VARIABLE]: _hosted, ...shared } = env;
  const ports = new Set<string>();
  return parsed.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw problem(`entry ${index} is not an object`);
    for (const [name, value] of Object.entries(entry)) {
      if (typeof value !== 'string') throw problem(`entry ${index}'s ${name} is not a string`);
    }
    const own = entry as Record<string, string>;
    if (!own.PORT) throw problem(`entry ${index} has no PORT`);
    if (ports.has(own.PORT)) throw problem(`entry ${index}'s PORT ${own.PORT} is another entry's too`);
    ports.add(own.PORT);
    return { ...shared, ...own };
  });
}
