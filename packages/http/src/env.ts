/** Missing configuration fails at start with a sentence that names it. */
export function requireEnv(name: string, what: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`Missing configuration: set ${name} to ${what}.`);
  }
  return value;
}

export function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`Invalid configuration: ${name} must be a non-negative integer, got "${raw}".`);
  return value;
}
