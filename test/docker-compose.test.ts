// The deployment files, checked without a Docker engine: docker-compose.yml against the services'
// contract (entry files, env, health), reference data (one instance per kommun) and the postgres init
// script (one database and one role per instance); the Dockerfile against the workspaces; and, where
// the tools are on the machine, `docker compose config` and the init script run on a real PostgreSQL.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kommuner } from '@orebro/reference-data';
import { parse } from 'yaml';
import { bundleFileName } from '@orebro/local-federation';
import { SERVICE_ENTRIES, SERVICES_BUILD_DIR } from '../scripts/build-services';

const root = resolve(__dirname, '..');
const composeFile = join(root, 'docker-compose.yml');
const initScriptPath = 'deploy/postgres/init/01-instances.sh';

type Scalar = string | number | boolean | null;

interface ComposeService {
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
const services: Record<string, ComposeService> = compose.services ?? {};
const serviceNames = Object.keys(services);

const SUBGRAPH_ENTRY = {
  samverkan: 'subgraphs/samverkan/src/index.ts',
  region: 'subgraphs/region/src/index.ts',
  kommun: 'subgraphs/kommun/src/index.ts',
} as const;
const GATEWAY_ENTRY = 'gateway/src/index.ts';
/** How the image runs a service: the entry compiled by `npm run build:services` (scripts/build-services.ts). */
const commandFor = (entry: string) => ['node', `${SERVICES_BUILD_DIR}/${bundleFileName(entry)}`];

// ---- reading a compose service ------------------------------------------------------------------

function environment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => {
      const at = entry.indexOf('=');
      return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
    }));
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === null ? '' : String(value)]));
}

function env(name: string, key: string): string | undefined {
  return environment(services[name] ?? {})[key];
}

function dependsOn(service: ComposeService): Record<string, string> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, dep]) => [name, dep?.condition ?? 'service_started']));
}

function commandOf(service: ComposeService): string[] | undefined {
  const command = service.command;
  if (command === undefined || command === null) return undefined;
  return Array.isArray(command) ? command.map(String) : command.trim().split(/\s+/);
}

function healthcheckText(service: ComposeService): string | undefined {
  const test = service.healthcheck?.test;
  if (service.healthcheck?.disable || test === undefined) return undefined;
  return Array.isArray(test) ? test.join(' ') : test;
}

/** Host ports published to container ports, from short ("4000:4000", "127.0.0.1:4000:4000/tcp") or long syntax. */
function publishedPorts(service: ComposeService): { published: string; target: string }[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') return { published: String(port.published ?? ''), target: String(port.target ?? '') };
    const parts = String(port).replace(/\/(tcp|udp)$/, '').split(':');
    const target = parts[parts.length - 1];
    return { published: parts.length > 1 ? parts[parts.length - 2] : '', target };
  });
}

/** Compose's interpolation of `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `$VAR` and `$$` against `vars`. */
function interpolate(text: string, vars: Record<string, string | undefined> = {}): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, braced?: string, op?: string, fallback?: string, bare?: string) => {
    if (match === '$$') return '$';
    const value = vars[(braced ?? bare) as string];
    if (op === ':-') return value ? value : fallback ?? '';
    if (op === '-') return value ?? fallback ?? '';
    return value ?? '';
  });
}

interface DatabaseUrl {
  service: string;
  user: string;
  /** The password as written in the file, e.g. `${KOMMUN_1814_DB_PASSWORD:-kommun-1814-dev}`. */
  password: string;
  host: string;
  port: string;
  database: string;
}

const DATABASE_URL = /^postgres(?:ql)?:\/\/([^:@/]+):(.+)@([^:@/]+):(\d+)\/([^/?#]+)$/;

function databaseUrl(service: string): DatabaseUrl | string {
  const raw = env(service, 'DATABASE_URL');
  if (!raw) return `service "${service}" has no DATABASE_URL`;
  const match = DATABASE_URL.exec(raw);
  if (!match) return `service "${service}": DATABASE_URL "${raw}" is not postgres://user:password@host:port/database`;
  const [, user, password, host, port, database] = match;
  return { service, user, password, host, port, database };
}

/** host and port of an http URL pointing at a compose service's /graphql. */
function serviceUrl(raw: string | undefined): { host: string; port: string; path: string } | undefined {
  const match = raw === undefined ? null : /^http:\/\/([^:/]+):(\d+)(\/.*)$/.exec(raw);
  return match ? { host: match[1], port: match[2], path: match[3] } : undefined;
}

// ---- the services by role -----------------------------------------------------------------------

const kommunServices = serviceNames.filter((name) => env(name, 'KOMMUN_CODE') !== undefined);
/** Every service that runs a subgraph: samverkan, region and the kommun instances. */
const subgraphServices = serviceNames.filter((name) => name === 'samverkan' || name === 'region' || kommunServices.includes(name));
const appServices = [...subgraphServices, 'gateway'].filter((name) => services[name]);

function entryFor(name: string): string {
  if (name === 'gateway') return GATEWAY_ENTRY;
  if (kommunServices.includes(name)) return SUBGRAPH_ENTRY.kommun;
  return SUBGRAPH_ENTRY[name as 'samverkan' | 'region'];
}

// ---- the init script ----------------------------------------------------------------------------

const initScript = readFileSync(join(root, initScriptPath), 'utf8');

/** The INSTANCES=( ... ) list the script loops over: each name is both a database and a role. */
function scriptInstances(): string[] {
  const match = /^\s*INSTANCES=\(([^)]*)\)/m.exec(initScript);
  if (!match) return [];
  return match[1]
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

/** The environment variable the script reads an instance's password from (`${instance^^}_DB_PASSWORD`). */
function passwordVariable(instance: string): string {
  return `${instance.toUpperCase()}_DB_PASSWORD`;
}

function expectNoProblems(problems: string[]): void {
  expect(problems).toEqual([]);
}

// ---- tests --------------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  test('has a postgres, samverkan, region and gateway service', () => {
    const missing = ['postgres', 'samverkan', 'region', 'gateway'].filter((name) => !services[name]);
    expectNoProblems(missing.map((name) => `no service "${name}" in docker-compose.yml`));
  });

  test('every kommun in reference data has exactly one instance, and no instance serves another code', () => {
    const problems: string[] = [];
    const knownCodes = new Set(kommuner.map((k) => k.code));
    for (const kommun of kommuner) {
      const instances = kommunServices.filter((name) => env(name, 'KOMMUN_CODE') === kommun.code);
      if (instances.length !== 1) {
        problems.push(`kommun ${kommun.code} ${kommun.name}: expected exactly one service with KOMMUN_CODE=${kommun.code}, found ${instances.length} (${instances.join(', ') || 'none'})`);
      }
    }
    for (const name of kommunServices) {
      const code = env(name, 'KOMMUN_CODE') ?? '';
      if (!knownCodes.has(code)) problems.push(`service "${name}" has KOMMUN_CODE=${code}, which is not a kommun in reference data`);
      if (name !== `kommun-${code}`) problems.push(`service "${name}" serves kommun ${code}: name it "kommun-${code}" so the gateway's KOMMUN_URLS can name it`);
    }
    expectNoProblems(problems);
  });

  test('every instance has its own database and its own role on the postgres service', () => {
    const problems: string[] = [];
    const byDatabase = new Map<string, string>();
    const byUser = new Map<string, string>();
    const postgresEnv = environment(services.postgres ?? {});
    for (const name of subgraphServices) {
      const url = databaseUrl(name);
      if (typeof url === 'string') {
        problems.push(url);
        continue;
      }
      if (!services[url.host]) problems.push(`service "${name}": DATABASE_URL host "${url.host}" is not a service`);
      else if (url.host !== 'postgres') problems.push(`service "${name}": DATABASE_URL host "${url.host}" should be the postgres service`);
      if (url.port !== '5432') problems.push(`service "${name}": DATABASE_URL port ${url.port}, postgres listens on 5432`);
      const otherDb = byDatabase.get(url.database);
      if (otherDb) problems.push(`services "${otherDb}" and "${name}" share database "${url.database}"`);
      byDatabase.set(url.database, name);
      const otherUser = byUser.get(url.user);
      if (otherUser) problems.push(`services "${otherUser}" and "${name}" share role "${url.user}"`);
      byUser.set(url.user, name);
      if (url.user !== url.database) {
        problems.push(`service "${name}": role "${url.user}" and database "${url.database}" differ; the init script creates a role and a database of the same name per instance`);
      }
      // The role's password is set from the postgres container's environment and the service connects
      // with the same variable: both must be the same expression, so they agree whether it is set or not.
      const variable = passwordVariable(url.user);
      const expression = new RegExp(`^\\$\\{${variable}(:-[^}]*)?\\}$`);
      if (!expression.test(url.password)) {
        problems.push(`service "${name}": the password in DATABASE_URL should be \${${variable}:-<dev default>}, got "${url.password}"`);
      } else if (postgresEnv[variable] !== url.password) {
        problems.push(`service "${name}": the postgres service must pass ${variable}: "${url.password}" (the same expression as in DATABASE_URL), it has ${postgresEnv[variable] === undefined ? 'none' : `"${postgresEnv[variable]}"`}`);
      }
      const effective = interpolate(url.password);
      if (!/^[A-Za-z0-9._~-]+$/.test(effective)) problems.push(`service "${name}": the default password "${effective}" is not URL-safe`);
    }
    for (const name of ['samverkan', 'region']) {
      const url = databaseUrl(name);
      if (typeof url !== 'string' && url.database !== name) problems.push(`service "${name}" should use database "${name}", uses "${url.database}"`);
    }
    expectNoProblems(problems);
  });

  test('every subgraph service runs its own entry file, which exists in the repo', () => {
    const problems: string[] = [];
    for (const name of subgraphServices) {
      const entry = entryFor(name);
      const command = commandOf(services[name]);
      const expected = commandFor(entry);
      if (!command || command.join(' ') !== expected.join(' ')) {
        problems.push(`service "${name}": command should be ${JSON.stringify(expected)}, is ${JSON.stringify(command ?? null)}`);
      }
      if (!existsSync(join(root, entry))) problems.push(`service "${name}" runs ${entry}, which does not exist`);
      if (!SERVICE_ENTRIES.includes(entry)) problems.push(`service "${name}" runs ${entry}, which npm run build:services does not compile`);
    }
    expectNoProblems(problems);
  });

  test('the gateway runs its entry file (from compose or the image CMD), which exists in the repo', () => {
    const problems: string[] = [];
    const command = commandOf(services.gateway ?? {}) ?? dockerfileCmd();
    const expected = commandFor(GATEWAY_ENTRY);
    if (!command || command.join(' ') !== expected.join(' ')) {
      problems.push(`gateway: command should be ${JSON.stringify(expected)}, is ${JSON.stringify(command ?? null)}`);
    }
    if (!existsSync(join(root, GATEWAY_ENTRY))) problems.push(`the gateway runs ${GATEWAY_ENTRY}, which does not exist`);
    if (!SERVICE_ENTRIES.includes(GATEWAY_ENTRY)) problems.push(`npm run build:services does not compile the gateway's ${GATEWAY_ENTRY}`);
    expectNoProblems(problems);
  });

  test('every service of the graph runs the one image built from this repo', () => {
    const problems: string[] = [];
    const images = new Set(appServices.map((name) => services[name].image));
    if (images.size !== 1) problems.push(`the gateway and subgraphs should share one image, found ${[...images].map(String).join(', ')}`);
    for (const name of appServices) {
      const build = services[name].build;
      const context = typeof build === 'string' ? build : build?.context;
      if (context !== '.' && context !== './') problems.push(`service "${name}" should build the repo's Dockerfile (build: .), has ${JSON.stringify(build ?? null)}`);
    }
    expectNoProblems(problems);
  });

  test('every subgraph listens on 0.0.0.0:4000, is health-checked on /ready, waits for a healthy postgres and restarts', () => {
    const problems: string[] = [];
    for (const name of subgraphServices) {
      const service = services[name];
      if (env(name, 'HOST') !== '0.0.0.0') problems.push(`service "${name}": HOST should be 0.0.0.0, is ${env(name, 'HOST') ?? 'unset'}`);
      if (env(name, 'PORT') !== '4000') problems.push(`service "${name}": PORT should be 4000, is ${env(name, 'PORT') ?? 'unset'}`);
      const check = healthcheckText(service);
      if (!check) problems.push(`service "${name}" has no healthcheck`);
      else if (!check.includes(`:${env(name, 'PORT') ?? '4000'}/ready`)) problems.push(`service "${name}": the healthcheck should GET /ready on its PORT, is: ${check}`);
      else if (/\bcurl\b|\bwget\b/.test(check)) problems.push(`service "${name}": the healthcheck uses curl/wget, which the slim image lacks: ${check}`);
      const condition = dependsOn(service).postgres;
      if (condition !== 'service_healthy') problems.push(`service "${name}" should depend on postgres with condition service_healthy, has ${condition ?? 'no dependency'}`);
      if (service.restart !== 'unless-stopped') problems.push(`service "${name}": restart should be unless-stopped, is ${service.restart ?? 'unset'}`);
      if (publishedPorts(service).length > 0) problems.push(`service "${name}" publishes ports; only the gateway should be reachable from outside`);
    }
    expectNoProblems(problems);
  });

  test('the gateway waits for samverkan and region to be healthy and for every kommun instance to have started', () => {
    const gatewayDeps = dependsOn(services.gateway ?? {});
    // A kommun instance that never gets healthy must not keep the gateway (and the joint view) down.
    const wanted = (name: string) => (name.startsWith('kommun-') ? 'service_started' : 'service_healthy');
    const problems = subgraphServices
      .filter((name) => gatewayDeps[name] !== wanted(name))
      .map((name) => `gateway should depend on "${name}" with condition ${wanted(name)}, has ${gatewayDeps[name] ?? 'no dependency'}`);
    for (const dep of Object.keys(gatewayDeps)) if (!services[dep]) problems.push(`gateway depends on "${dep}", which is not a service`);
    expectNoProblems(problems);
  });

  test("the gateway's KOMMUN_URLS lists all twelve kommuner, each at its own instance", () => {
    const problems: string[] = [];
    const raw = env('gateway', 'KOMMUN_URLS') ?? '';
    const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const at = entry.indexOf('=');
      const code = entry.slice(0, at);
      const url = entry.slice(at + 1);
      if (at < 1) {
        problems.push(`KOMMUN_URLS entry "${entry}" is not <code>=<url>`);
        continue;
      }
      if (seen.has(code)) problems.push(`KOMMUN_URLS lists kommun ${code} twice`);
      seen.set(code, url);
      const target = serviceUrl(url);
      const owner = kommunServices.find((name) => env(name, 'KOMMUN_CODE') === code);
      if (!target) problems.push(`KOMMUN_URLS: kommun ${code} has URL "${url}", expected http://<service>:<port>/graphql`);
      else if (!owner) problems.push(`KOMMUN_URLS: kommun ${code} has no service with KOMMUN_CODE=${code}`);
      else if (target.host !== owner) problems.push(`KOMMUN_URLS: kommun ${code} points at "${target.host}", but its instance is the service "${owner}"`);
      else if (target.port !== env(owner, 'PORT') || target.path !== '/graphql') problems.push(`KOMMUN_URLS: kommun ${code} URL "${url}" should be http://${owner}:${env(owner, 'PORT')}/graphql`);
    }
    for (const kommun of kommuner) if (!seen.has(kommun.code)) problems.push(`KOMMUN_URLS does not list kommun ${kommun.code} ${kommun.name}`);
    expectNoProblems(problems);
  });

  test('SAMVERKAN_URL and REGION_URL point at the samverkan and region services', () => {
    const problems: string[] = [];
    for (const [variable, name] of [['SAMVERKAN_URL', 'samverkan'], ['REGION_URL', 'region']] as const) {
      const raw = env('gateway', variable);
      const target = serviceUrl(raw);
      if (!target) problems.push(`gateway ${variable} "${raw ?? 'unset'}" should be http://${name}:4000/graphql`);
      else if (!services[target.host]) problems.push(`gateway ${variable} points at "${target.host}", which is not a service`);
      else if (commandOf(services[target.host])?.join(' ') !== commandFor(SUBGRAPH_ENTRY[name]).join(' ')) problems.push(`gateway ${variable} points at "${target.host}", which does not run the ${name} subgraph`);
      else if (target.port !== env(target.host, 'PORT') || target.path !== '/graphql') problems.push(`gateway ${variable} "${raw}" should be http://${target.host}:${env(target.host, 'PORT')}/graphql`);
    }
    expectNoProblems(problems);
  });

  test('the gateway listens on 0.0.0.0:4000 and publishes port 4000', () => {
    const problems: string[] = [];
    const gateway = services.gateway ?? {};
    if (env('gateway', 'HOST') !== '0.0.0.0') problems.push(`gateway: HOST should be 0.0.0.0, is ${env('gateway', 'HOST') ?? 'unset'}`);
    if (env('gateway', 'PORT') !== '4000') problems.push(`gateway: PORT should be 4000, is ${env('gateway', 'PORT') ?? 'unset'}`);
    const ports = publishedPorts(gateway);
    if (!ports.some((port) => port.published === '4000' && port.target === '4000')) {
      problems.push(`gateway should publish 4000:4000, publishes ${JSON.stringify(gateway.ports ?? [])}`);
    }
    expectNoProblems(problems);
  });
});

describe(initScriptPath, () => {
  const instances = scriptInstances();
  const urls = subgraphServices.map(databaseUrl).filter((url): url is DatabaseUrl => typeof url !== 'string');

  test('creates exactly the databases and roles named in the services\' DATABASE_URLs', () => {
    const problems: string[] = [];
    if (instances.length === 0) problems.push(`${initScriptPath} has no INSTANCES=( ... ) list`);
    for (const url of urls) {
      if (!instances.includes(url.database)) problems.push(`service "${url.service}" uses database "${url.database}", which the init script does not create`);
      if (!instances.includes(url.user)) problems.push(`service "${url.service}" connects as role "${url.user}", which the init script does not create`);
    }
    for (const instance of instances) {
      if (!urls.some((url) => url.database === instance)) problems.push(`the init script creates database "${instance}", which no service uses`);
    }
    const duplicates = instances.filter((name, i) => instances.indexOf(name) !== i);
    if (duplicates.length) problems.push(`the init script lists ${duplicates.join(', ')} twice`);
    expectNoProblems(problems);
  });

  test('loops over the list, makes each role own only its database and revokes CONNECT from PUBLIC', () => {
    const problems: string[] = [];
    const required: [RegExp, string][] = [
      [/for instance in "\$\{INSTANCES\[@\]\}"/, 'a loop over "${INSTANCES[@]}"'],
      [/ON_ERROR_STOP=1/, 'psql with ON_ERROR_STOP=1'],
      [/CREATE ROLE %I/, 'CREATE ROLE for each instance'],
      [/ALTER ROLE :"name" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE/, 'a login role without superuser, createdb or createrole'],
      [/CREATE DATABASE %I OWNER %I/, 'CREATE DATABASE ... OWNER <its role>'],
      [/REVOKE CONNECT\b[^;]*ON DATABASE :"name" FROM PUBLIC;/, 'REVOKE CONNECT ON DATABASE ... FROM PUBLIC'],
      [/\$\{instance\^\^\}_DB_PASSWORD/, 'the password read from <INSTANCE>_DB_PASSWORD in the environment'],
    ];
    for (const [pattern, what] of required) if (!pattern.test(initScript)) problems.push(`${initScriptPath} lacks ${what}`);
    if (/PASSWORD\s+'[^']/.test(initScript)) problems.push(`${initScriptPath} hard-codes a password`);
    const syntax = spawnSync('bash', ['-n', join(root, initScriptPath)], { encoding: 'utf8' });
    if (syntax.status !== 0) problems.push(`bash -n ${initScriptPath}: ${syntax.stderr.trim()}`);
    expectNoProblems(problems);
  });

  test('the postgres service runs it, passes every password variable and is health-checked with pg_isready', () => {
    const problems: string[] = [];
    const postgres = services.postgres ?? {};
    if (!/^postgres:16(\b|$)/.test(postgres.image ?? '')) problems.push(`postgres should use the postgres:16 image, uses ${postgres.image ?? 'none'}`);
    const mounts = (postgres.volumes ?? []).map((volume) => (typeof volume === 'string' ? volume : `${volume.source}:${volume.target}`));
    if (!mounts.some((mount) => /^\.\/deploy\/postgres\/init\/?:\/docker-entrypoint-initdb\.d(:ro)?$/.test(mount))) {
      problems.push(`postgres should mount ./deploy/postgres/init at /docker-entrypoint-initdb.d, mounts ${JSON.stringify(mounts)}`);
    }
    const postgresEnv = environment(postgres);
    for (const instance of instances) {
      if (!postgresEnv[passwordVariable(instance)]) problems.push(`postgres does not pass ${passwordVariable(instance)}, which the init script needs for "${instance}"`);
    }
    if (!postgresEnv.POSTGRES_PASSWORD) problems.push('postgres has no POSTGRES_PASSWORD');
    const check = healthcheckText(postgres);
    if (!check || !check.includes('pg_isready')) problems.push(`postgres should have a pg_isready healthcheck, has ${check ?? 'none'}`);
    expectNoProblems(problems);
  });
});

// ---- the Dockerfile -----------------------------------------------------------------------------

const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

function dockerfileCmd(): string[] | undefined {
  const match = /^CMD\s+(\[.*\])\s*$/m.exec(dockerfile);
  return match ? (JSON.parse(match[1]) as string[]) : undefined;
}

/** The workspace folders of the root package.json, its globs (`packages/*`) expanded. */
function workspaceFolders(): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  return (manifest.workspaces ?? []).flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, parent, entry.name, 'package.json')))
      .map((entry) => `${parent}/${entry.name}`);
  });
}

describe('Dockerfile', () => {
  test('copies every workspace manifest before `npm ci`, keeps the build tools, compiles the services, runs as node and defaults to the gateway', () => {
    const problems: string[] = [];
    const lines = dockerfile.split('\n');
    const npmCi = lines.findIndex((line) => /^RUN\b.*\bnpm ci\b/.test(line));
    const copyAll = lines.findIndex((line) => /^COPY\s+\.\s+\.\s*$/.test(line));
    if (npmCi < 0) problems.push('the Dockerfile does not run npm ci');
    else if (/--omit[= ]dev|--production/.test(lines[npmCi])) problems.push('npm ci omits dev dependencies, but the services are compiled through tsx and esbuild');
    const nodeEnv = lines.findIndex((line) => !/^\s*#/.test(line) && /NODE_ENV=production/.test(line));
    if (nodeEnv >= 0 && npmCi >= 0 && nodeEnv < npmCi) problems.push('NODE_ENV=production is set before npm ci, which then omits dev dependencies (tsx, esbuild)');
    const buildServices = lines.findIndex((line) => /^RUN\b.*\bnpm run build:services\b/.test(line));
    if (buildServices < 0 || buildServices < copyAll) problems.push('the Dockerfile should `RUN npm run build:services` after `COPY . .`, so the CMDs find build/services');
    if (copyAll >= 0 && npmCi >= 0 && copyAll < npmCi) problems.push('`COPY . .` comes before npm ci: every source change would reinstall the dependencies');
    const copied = (file: string) => lines.slice(0, npmCi < 0 ? lines.length : npmCi).some((line) => new RegExp(`^COPY\\s+(.*\\s)?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`).test(line));
    for (const file of ['package.json', 'package-lock.json', ...workspaceFolders().map((folder) => `${folder}/package.json`)]) {
      if (!copied(file)) problems.push(`the Dockerfile does not copy ${file} before npm ci (npm ci needs every workspace's manifest)`);
    }
    if (!/^USER node\s*$/m.test(dockerfile)) problems.push('the Dockerfile should switch to USER node');
    if (!/^EXPOSE 4000\s*$/m.test(dockerfile)) problems.push('the Dockerfile should EXPOSE 4000');
    if (!/^FROM node:22-bookworm-slim\b/m.test(dockerfile)) problems.push('the Dockerfile should build FROM node:22-bookworm-slim');
    if (dockerfileCmd()?.join(' ') !== commandFor(GATEWAY_ENTRY).join(' ')) problems.push(`the default CMD should run the compiled ${GATEWAY_ENTRY}, is ${JSON.stringify(dockerfileCmd() ?? null)}`);
    const ignore = readFileSync(join(root, '.dockerignore'), 'utf8');
    // build/: a build from the host would carry the host's source paths into the image.
    for (const pattern of ['node_modules', 'data', 'dist', 'build', '.git', '*.sqlite', '.env']) {
      if (!ignore.split('\n').some((line) => line.trim().replace(/^\*\*\//, '') === pattern)) problems.push(`.dockerignore should exclude ${pattern}`);
    }
    expectNoProblems(problems);
  });
});

// ---- with the tools of the machine --------------------------------------------------------------

const composeAvailable = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;

(composeAvailable ? test : test.skip)('`docker compose config` accepts the file (skipped where the compose plugin is missing)', () => {
  const result = spawnSync('docker', ['compose', '-f', composeFile, 'config', '--quiet'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`docker compose config rejects docker-compose.yml:\n${result.stderr}`);
});

/** initdb and pg_ctl of an installed PostgreSQL, and how to run them (initdb refuses to run as root). */
function findPostgres(): { bin: string; asUser: string[] } | undefined {
  const candidates = [
    ...(process.env.PATH ?? '').split(':'),
    ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort().reverse().map((v) => `/usr/lib/postgresql/${v}/bin`) : []),
  ];
  const bin = candidates.find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!bin || spawnSync('psql', ['--version']).status !== 0) return undefined;
  if (process.getuid?.() !== 0) return { bin, asUser: [] };
  if (spawnSync('id', ['-u', 'postgres']).status !== 0 || spawnSync('runuser', ['--help']).status !== 0) return undefined;
  return { bin, asUser: ['runuser', '-u', 'postgres', '--'] };
}

const postgresTools = findPostgres();

// The script as the postgres image runs it, against a throwaway server on a unix socket in a temp
// folder (no TCP port, nothing shared with any other server), with the passwords docker compose
// would pass by default; then every service's DATABASE_URL role connects to its own database and is
// refused by every other instance's.
(postgresTools ? describe : describe.skip)(`${initScriptPath} on a real PostgreSQL (skipped without initdb)`, () => {
  const tools = postgresTools as NonNullable<typeof postgresTools>;
  const superPassword = 'init-script-test';
  let dir = '';
  let started = false;

  const run = (command: string[], extraEnv: Record<string, string> = {}) => {
    const [file, ...args] = command;
    return spawnSync(file, args, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...extraEnv }, timeout: 60_000 });
  };
  const psql = (user: string, password: string, database: string, sql: string) =>
    run(['psql', '-h', dir, '-p', '5432', '-U', user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-Atc', sql], { PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'orebro-pg-init-'));
    if (tools.asUser.length) {
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      chownSync(dir, uid, gid);
    }
    const pwfile = join(dir, 'superuser-password');
    writeFileSync(pwfile, superPassword, { mode: 0o644 });
    const init = run([...tools.asUser, join(tools.bin, 'initdb'), '-D', join(dir, 'data'), '-U', 'postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--no-sync']);
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
    const start = run([...tools.asUser, join(tools.bin, 'pg_ctl'), '-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-c listen_addresses='' -k ${dir} -p 5432`, 'start']);
    if (start.status !== 0) throw new Error(`pg_ctl start failed: ${start.stderr}\n${existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : ''}`);
    started = true;
  }, 120_000);

  afterAll(() => {
    if (started) run([...tools.asUser, join(tools.bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The postgres service's environment as docker compose passes it when no variable is set. */
  const postgresEnvironment = () =>
    Object.fromEntries(Object.entries(environment(services.postgres ?? {})).map(([key, value]) => [key, interpolate(value)]));

  const runScript = (environmentOverride: Record<string, string> = {}) =>
    run(['bash', join(root, initScriptPath)], { ...postgresEnvironment(), PGHOST: dir, PGPORT: '5432', PGPASSWORD: superPassword, ...environmentOverride });

  test('creates every instance, twice without error, and each role reaches only its own database', () => {
    const problems: string[] = [];
    for (const attempt of ['first run', 'second run (idempotent)']) {
      const result = runScript();
      if (result.status !== 0) problems.push(`${initScriptPath} failed on its ${attempt}: ${result.stderr.trim()}`);
    }
    const urls = subgraphServices.map(databaseUrl).filter((url): url is DatabaseUrl => typeof url !== 'string');
    for (const url of urls) {
      const password = interpolate(url.password);
      const own = psql(url.user, password, url.database, 'CREATE TABLE IF NOT EXISTS isolation_probe (id int); SELECT current_user');
      if (own.status !== 0) problems.push(`service "${url.service}": role ${url.user} cannot use its database ${url.database} with its DATABASE_URL password: ${own.stderr.trim()}`);
      const other = urls.find((candidate) => candidate.database !== url.database);
      if (other) {
        const cross = psql(url.user, password, other.database, 'SELECT 1');
        if (cross.status === 0) problems.push(`role ${url.user} can connect to ${other.database}, another instance's database`);
        else if (!/permission denied for database/.test(cross.stderr)) problems.push(`role ${url.user} on ${other.database}: expected "permission denied for database", got: ${cross.stderr.trim()}`);
      }
    }
    const owners = psql('postgres', superPassword, 'postgres', "SELECT datname || '=' || pg_get_userbyid(datdba) FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'");
    const expected = [...new Set(urls.map((url) => `${url.database}=${url.user}`))].sort();
    const actual = owners.stdout.trim().split('\n').filter(Boolean).sort();
    if (actual.join(',') !== expected.join(',')) problems.push(`databases and owners: expected ${expected.join(', ')}, found ${actual.join(', ')}`);
    expectNoProblems(problems);
  }, 120_000);

  test('fails, naming the variable, when an instance has no password', () => {
    const [first] = scriptInstances();
    const result = runScript({ [passwordVariable(first)]: '' });
    expect({ status: result.status, mentions: result.stderr.includes(passwordVariable(first)) }).toEqual({ status: 1, mentions: true });
  }, 60_000);
});
