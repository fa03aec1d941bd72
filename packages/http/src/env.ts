/** The environment a configuration is read from: `process.env` in a service, any object in a test. */
export type Env = Record<string, string | undefined>;

/** Missing configuration fails at start with a sentence that names it. */
export function requireEnv(name: string, what: string, env: Env): string {
  const value = env[name];
  if (value === undefined || value === '') {
    throw new Error(`Missing configuration: set ${name} to ${what}.`);
  }
  return value;
}

/** A non-negative integer variable of `env`, or `fallback` when unset or empty; anything else fails naming it. */
export function intFromEnv(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`Invalid configuration: ${name} must be a non-negative integer, got "${raw}".`);
  return value;
}
