import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One service of docker-compose.yml, as far as these tests read it. */
export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target?: number | string; published?: number | string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
}

/** docker-compose.yml with its merge keys resolved, as docker compose reads it. */
export function readComposeFile(root: string): Record<string, ComposeService> {
  // The aliases of the twelve kommun services exceed the parser's default guard against alias bombs.
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true, maxAliasCount: -1 }) as {
    services?: Record<string, ComposeService>;
  };
  return compose.services ?? {};
}

/**
 * Compose's variable interpolation with the given shell environment: `${VAR}`, `${VAR:-default}`
 * (unset or empty), `${VAR-default}` (unset), `${VAR:?message}`/`${VAR?message}` (required), `$$`.
 */
export function interpolate(value: string, shell: Record<string, string | undefined> = {}): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, name, colon, kind, operand, bare) => {
    if (match === '$$') return '$';
    if (bare) return shell[bare] ?? '';
    const set = shell[name];
    const missing = colon ? set === undefined || set === '' : set === undefined;
    if (!kind) return set ?? '';
    if (kind === '-') return missing ? operand : set!;
    if (missing) throw new Error(`docker-compose.yml requires ${name}: ${operand}`);
    return set!;
  });
}

/** A service's environment after interpolation, as the container gets it. */
export function serviceEnvironment(service: ComposeService, shell: Record<string, string | undefined> = {}): Record<string, string> {
  const env = service.environment ?? {};
  const entries: [string, string][] = Array.isArray(env)
    ? env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, shell[entry] ?? ''] : [entry.slice(0, at), entry.slice(at + 1)];
      })
    : Object.entries(env).map(([key, value]) => [key, value === null ? '' : String(value)]);
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value, shell)]));
}

/** The `ENV` of the Dockerfile (what every container starts with before compose's environment). */
export function imageEnvironment(root: string): Record<string, string> {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^ENV\s+(.*)$/.exec(line.trim());
    if (!match) continue;
    for (const pair of match[1].trim().split(/\s+/)) {
      const at = pair.indexOf('=');
      if (at > 0) env[pair.slice(0, at)] = pair.slice(at + 1).replace(/^"(.*)"$/, '$1');
    }
  }
  return env;
}

/** The container ports a service publishes on the host: "4100:4100" → { host: 4100, container: 4100 }. */
export function publishedPorts(service: ComposeService): { host: number; container: number }[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') return { host: Number(port.published), container: Number(port.target) };
    const parts = String(port).split(':');
    return { host: Number(parts.at(-2) ?? parts.at(-1)), container: Number(parts.at(-1)) };
  });
}
