// What the deployment checks read: docker-compose.yml (parsed as docker compose reads it), the
// PostgreSQL init script and the Dockerfile, and which compose service runs which federation member
// (gateway/src/members.ts). The checks themselves are the *.test.ts files beside this one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { federationMembers, gatewayService, singleMembers, type FederationMember, type ShardedMember } from '@orebro/gateway/src/members';
import { bundleFileName } from '@orebro/local-federation';
import { SERVICES_BUILD_DIR } from '../../scripts/build-services';

export const root = resolve(__dirname, '../..');
export const composeFile = join(root, 'docker-compose.yml');
export const initScriptPath = 'deploy/postgres/init/01-instances.sh';

type Scalar = string | number | boolean | null;

export interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[] | null;
  environment?: Record<string, Scalar> | string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | number | { target?: number | string; published?: number | string })[];
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  restart?: string;
}

interface ComposeFile {
  services?: Record<string, ComposeService>;
}

// Merge keys (`<<: *subgraph`) as docker compose reads them; the aliases of the twelve kommun services
// exceed the parser's default guard against alias bombs, which is meant for untrusted input.
const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true, maxAliasCount: -1 }) as ComposeFile;
export const services: Record<string, ComposeService> = compose.services ?? {};
const serviceNames = Object.keys(services);

/** How the image runs a service: the entry compiled by `npm run build:services` (scripts/build-services.ts). */
export const commandFor = (entry: string) => ['node', `${SERVICES_BUILD_DIR}/${bundleFileName(entry)}`];

// ---- reading a compose service ------------------------------------------------------------------

export function environment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === null ? '' : String(value)]));
}

export function env(name: string, key: string): string | undefined {
  return environment(services[name] ?? {})[key];
}

export function dependsOn(service: ComposeService): Record<string, string> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, dep]) => [name, dep?.condition ?? 'service_started']));
}

export function commandOf(service: ComposeService): string[] | undefined {
  const command = service.command;
  if (command === undefined || command === null) return undefined;
  return Array.isArray(command) ? command.map(String) : command.trim().split(/\s+/);
}

export function healthcheckText(service: ComposeService): string | undefined {
  const test = service.healthcheck?.test;
  if (service.healthcheck?.disable || test === undefined) return undefined;
  return Array.isArray(test) ? test.join(' ') : test;
}

/** Host ports published to container ports, from short ("4000:4000", "127.0.0.1:4000:4000/tcp") or long syntax. */
export function publishedPorts(service: ComposeService): { published: string; target: string }[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') return { published: String(port.published ?? ''), target: String(port.target ?? '') };
    const parts = String(port)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const target = parts[parts.length - 1];
    return { published: parts.length > 1 ? parts[parts.length - 2] : '', target };
  });
}

/** Compose's interpolation of `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `$VAR` and `$$` against `vars`. */
export function interpolate(text: string, vars: Record<string, string | undefined> = {}): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, braced?: string, op?: string, fallback?: string, bare?: string) => {
      if (match === '$$') return '$';
      const value = vars[(braced ?? bare) as string];
      if (op === ':-') return value ? value : (fallback ?? '');
      if (op === '-') return value ?? fallback ?? '';
      return value ?? '';
    },
  );
}

export interface DatabaseUrl {
  service: string;
  user: string;
  /** The password as written in the file, e.g. `${KOMMUN_1814_DB_PASSWORD:-kommun-1814-dev}`. */
  password: string;
  host: string;
  port: string;
  database: string;
}

const DATABASE_URL = /^postgres(?:ql)?:\/\/([^:@/]+):(.+)@([^:@/]+):(\d+)\/([^/?#]+)$/;

export function databaseUrl(service: string): DatabaseUrl | string {
  const raw = env(service, 'DATABASE_URL');
  if (!raw) return `service "${service}" has no DATABASE_URL`;
  const match = DATABASE_URL.exec(raw);
  if (!match) return `service "${service}": DATABASE_URL "${raw}" is not postgres://user:password@host:port/database`;
  const [, user, password, host, port, database] = match;
  return { service, user, password, host, port, database };
}

/** host and port of an http URL pointing at a compose service's /graphql. */
export function serviceUrl(raw: string | undefined): { host: string; port: string; path: string } | undefined {
  const match = raw === undefined ? null : /^http:\/\/([^:/]+):(\d+)(\/.*)$/.exec(raw);
  return match ? { host: match[1], port: match[2], path: match[3] } : undefined;
}

// ---- the services by role (from the members list) -----------------------------------------------

const shardedMembers = federationMembers.filter((m): m is ShardedMember => m.sharded);

/** The sharded member a service runs one instance of (its environment names a shard key), if any. */
export function shardedMemberOf(name: string): ShardedMember | undefined {
  return shardedMembers.find((member) => env(name, member.shardKeyVariable) !== undefined);
}

/** Services that run one shard of a sharded member (the kommun instances). */
export const shardServices = serviceNames.filter((name) => shardedMemberOf(name) !== undefined);
/** Every service that runs a subgraph: each single member and every shard instance. */
export const subgraphServices = serviceNames.filter((name) => singleMembers.some((m) => m.name === name) || shardServices.includes(name));
export const appServices = [...subgraphServices, gatewayService.name].filter((name) => services[name]);

/** The member a subgraph service runs. */
export function memberOf(name: string): FederationMember | undefined {
  return shardedMemberOf(name) ?? singleMembers.find((m) => m.name === name);
}

export function entryFor(name: string): string | undefined {
  return name === gatewayService.name ? gatewayService.entry : memberOf(name)?.entry;
}

// ---- the init script ----------------------------------------------------------------------------

export const initScript = readFileSync(join(root, initScriptPath), 'utf8');

/** The INSTANCES=( ... ) list the script loops over: each name is both a database and a role. */
export function scriptInstances(): string[] {
  const match = /^\s*INSTANCES=\(([^)]*)\)/m.exec(initScript);
  if (!match) return [];
  return match[1]
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

/** The environment variable the script reads an instance's password from (`${instance^^}_DB_PASSWORD`). */
export function passwordVariable(instance: string): string {
  return `${instance.toUpperCase()}_DB_PASSWORD`;
}

export function expectNoProblems(problems: string[]): void {
  expect(problems).toEqual([]);
}

// ---- the Dockerfile -----------------------------------------------------------------------------

export const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

export function dockerfileCmd(): string[] | undefined {
  const match = /^CMD\s+(\[.*\])\s*$/m.exec(dockerfile);
  return match ? (JSON.parse(match[1]) as string[]) : undefined;
}

/** The workspace folders of the root package.json, its globs (`packages/*`) expanded. */
export function workspaceFolders(): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  return (manifest.workspaces ?? []).flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, parent, entry.name, 'package.json')))
      .map((entry) => `${parent}/${entry.name}`);
  });
}
