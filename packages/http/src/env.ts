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

/**
 * The management port Prometheus scrapes `GET /metrics` on in production (OpenTelemetry's Prometheus
 * exporter's default), apart from the public port: operation names, instance names and error counts are
 * for the operator, not for whoever reaches /graphql.
 */
export const DEFAULT_METRICS_PORT = 9464;

/**
 * METRICS_PORT: where `/metrics` is served. Set: on that port only (0: any free one), never on the public
 * port `publicPort`. Unset: `DEFAULT_METRICS_PORT` with NODE_ENV=production (the image), else undefined,
 * meaning the public port serves it (development, `npm start`, tests).
 */
export function metricsPortFromEnv(env: Env, publicPort: number): number | undefined {
  const raw = env.METRICS_PORT;
  if (raw === undefined || raw.trim() === '') return env.NODE_ENV === 'production' ? DEFAULT_METRICS_PORT : undefined;
  const port = intFromEnv(env, 'METRICS_PORT', DEFAULT_METRICS_PORT);
  if (port > 65_535) throw new Error(`Invalid configuration: METRICS_PORT must be a port number (0-65535), got "${raw}".`);
  if (port !== 0 && port === publicPort)
    throw new Error(`Invalid configuration: METRICS_PORT (${port}) must differ from PORT: metrics are served apart from the public port.`);
  return port;
}
