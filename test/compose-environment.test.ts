// Every service of docker-compose.yml starts with exactly the environment compose gives it: the
// image's ENV (NODE_ENV=production), then the service's `environment` with compose's defaults. Run
// without Docker: each service's command (the compiled bundle of `npm run build:services`) as a
// process on this machine, with only what a container network does translated: a service's name or a
// published localhost port becomes 127.0.0.1 or localhost at that service's free port here, the
// `postgres` service the real PostgreSQL server of the tests (its superuser, one fresh database per
// instance) and the image's /app/data a temporary folder. Each must become ready, the gateway must
// see every instance, and a token from the compose identity provider must be accepted.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileEntry, freePort, repoRoot } from '@orebro/local-federation';
import { dropPostgresDatabase, testPostgresServer } from '@orebro/subgraph-kit';
import { SERVICE_ENTRIES, SERVICES_BUILD_DIR } from '../scripts/build-services';
import { imageEnvironment, publishedPorts, readComposeFile, serviceEnvironment, type ComposeService } from './support/compose-file';

const services = readComposeFile(repoRoot);
/** The graph's own services: everything compose builds from this repo (not the postgres image). */
const ours = Object.entries(services).filter(([, service]) => service.build !== undefined || service.image?.includes('orebro-lan-graph'));
const image = imageEnvironment(repoRoot);
const runId = `compose_${process.pid}`;

interface Running {
  name: string;
  port: number;
  /** Its management port (METRICS_PORT), here a free one; undefined for a service that has none (the identity provider). */
  metricsPort?: number;
  env: Record<string, string>;
  child?: ChildProcess;
  output: string[];
  exitCode?: number | null;
}

const running = new Map<string, Running>();
const databases: string[] = [];
let dataDir = '';

/** The port a service listens on inside its container: its PORT, else the image's. */
const containerPort = (env: Record<string, string>) => Number(env.PORT ?? image.PORT);

/** Rewrites container-network addresses to where each service runs on this machine. */
function translate(value: string, ports: Map<string, number>, publishedBy: Map<number, string>): string {
  return value
    .replace(/postgres:\/\/[^@/\s]+@postgres:5432\/(\w+)/g, (_m, database: string) => {
      databases.push(`${runId}_${database}`);
      return `${testPostgresServer()}/${runId}_${database}`;
    })
    .replace(/\/\/([a-z0-9-]+):(\d+)/g, (match, host: string, port: string) => {
      if (ports.has(host)) return `//127.0.0.1:${ports.get(host)}`;
      if ((host === 'localhost' || host === '127.0.0.1') && publishedBy.has(Number(port))) return `//${host}:${ports.get(publishedBy.get(Number(port))!)}`;
      return match;
    })
    .replace(/^\/app\/data\b/, dataDir);
}

function start(entry: Running, command: string[]): Promise<void> {
  const [program, ...args] = command;
  if (program !== 'node') throw new Error(`${entry.name}: expected a node command, got ${command.join(' ')}`);
  // Only what compose gives: no variable of this test process leaks in (PATH aside, to find nothing).
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', ...entry.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  entry.child = child;
  const keep = (chunk: Buffer) => entry.output.push(...chunk.toString('utf8').split('\n').filter(Boolean).slice(-50));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.once('exit', (code) => (entry.exitCode = code));
  return waitReady(entry);
}

async function waitReady(entry: Running, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (entry.exitCode !== undefined)
      throw new Error(`${entry.name} exited (${entry.exitCode}) before it was ready with compose's environment:\n${entry.output.slice(-15).join('\n')}`);
    const ok = await fetch(`http://127.0.0.1:${entry.port}/ready`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${entry.name} was not ready within ${timeoutMs} ms:\n${entry.output.slice(-15).join('\n')}`);
}

function dependencies(service: ComposeService): string[] {
  const deps = service.depends_on ?? [];
  return Array.isArray(deps) ? deps : Object.keys(deps);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'orebro-compose-'));
  // `npm run build:services`, as the image's build does.
  await Promise.all(SERVICE_ENTRIES.map((entry) => compileEntry(entry, join(repoRoot, SERVICES_BUILD_DIR))));

  const ports = new Map<string, number>();
  for (const [name] of ours) ports.set(name, await freePort());
  const publishedBy = new Map<number, string>();
  for (const [name, service] of ours) for (const { host } of publishedPorts(service)) publishedBy.set(host, name);

  for (const [name, service] of ours) {
    const composed = { ...image, ...serviceEnvironment(service) };
    const env = Object.fromEntries(Object.entries(composed).map(([key, value]) => [key, translate(value, ports, publishedBy)]));
    env.PORT = String(ports.get(name)); // the container's port, here a free one
    // Each container has its own 9464; here, one host, each service gets a free one.
    const metricsPort = name === 'identity' ? undefined : await freePort();
    if (metricsPort !== undefined) env.METRICS_PORT = String(metricsPort);
    running.set(name, { name, port: ports.get(name)!, metricsPort, env, output: [] });
  }

  // In dependency order (compose's depends_on); independent services start together.
  const started = new Map<string, Promise<void>>();
  const startWithDependencies = (name: string): Promise<void> => {
    if (!started.has(name)) {
      const service = services[name];
      const deps = dependencies(service).filter((dep) => running.has(dep));
      started.set(
        name,
        Promise.all(deps.map(startWithDependencies)).then(() => start(running.get(name)!, [service.command].flat() as string[])),
      );
    }
    return started.get(name)!;
  };
  const all = await Promise.allSettled(ours.map(([name]) => startWithDependencies(name)));
  const failures = all.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as Error).message);
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
}, 400_000);

afterAll(async () => {
  await Promise.all(
    [...running.values()].map(async (entry) => {
      if (!entry.child || entry.exitCode !== undefined) return;
      const exited = new Promise((resolve) => entry.child!.once('exit', resolve));
      entry.child.kill('SIGTERM');
      const timer = setTimeout(() => entry.child!.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }),
  );
  await Promise.all([...new Set(databases)].map((db) => dropPostgresDatabase(db).catch(() => undefined)));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

test('every service of the graph in docker-compose.yml becomes ready with exactly its compose environment under the image NODE_ENV=production', () => {
  expect(image.NODE_ENV).toBe('production');
  const names = ours.map(([name]) => name).sort();
  expect(names).toEqual(expect.arrayContaining(['gateway', 'identity', 'samverkan', 'region', 'kommun-1880']));
  expect(names.filter((n) => n.startsWith('kommun-'))).toHaveLength(12);
  for (const entry of running.values()) expect({ service: entry.name, running: entry.exitCode === undefined }).toEqual({ service: entry.name, running: true });
});

test('every service of the graph serves /metrics on its management port only, under the image NODE_ENV=production', async () => {
  expect(image.METRICS_PORT).toBe('9464');
  for (const entry of running.values()) {
    if (entry.metricsPort === undefined) continue;
    const scraped = await fetch(`http://127.0.0.1:${entry.metricsPort}/metrics`);
    const text = await scraped.text();
    const onPublic = await fetch(`http://127.0.0.1:${entry.port}/metrics`);
    expect({ service: entry.name, management: scraped.status, ours: text.includes('orebro_http_request_duration_seconds'), public: onPublic.status }).toEqual({
      service: entry.name,
      management: 200,
      ours: true,
      public: 404,
    });
  }
});

/** README's `docker run` of a kommun instance: its `-e` variables and its command. */
function readmeDockerRun(): { env: Record<string, string>; command: string[] } {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = /docker run -d --name kommun-\d+[^\n]*\\\n(?:[^\n]*\\\n)*[^\n]*\n/.exec(readme)?.[0];
  if (!block) throw new Error('README.md has no `docker run -d --name kommun-...` block');
  const env = Object.fromEntries([...block.matchAll(/-e ([A-Z_]+)=(\S+(?: [^\\\n-][^\\\n]*)?)\s*\\/g)].map((m) => [m[1], m[2].trim()]));
  const command = /orebro-lan-graph (node \S+)/.exec(block)![1].split(' ');
  return { env, command };
}

test("README's `docker run` of a kommun instance gives it every variable it needs under the image's NODE_ENV=production", async () => {
  const { env, command } = readmeDockerRun();
  const identity = running.get('identity')!;
  // Placeholders a kommun fills in: its database (here a fresh one on the test server) and the IdP (here the running one).
  const fill: Record<string, string> = {
    DATABASE_URL: `${testPostgresServer()}/${runId}_readme_kommun`,
    AUTH_ISSUER: identity.env.IDP_ISSUER,
  };
  databases.push(`${runId}_readme_kommun`);
  const unknown = Object.entries(env)
    .filter(([key, value]) => value.includes('<') && !(key in fill))
    .map(([key]) => key);
  expect({ placeholdersWithoutAValue: unknown }).toEqual({ placeholdersWithoutAValue: [] });
  const entry: Running = {
    name: 'readme-kommun',
    port: await freePort(),
    env: { ...image, ...Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value.includes('<') ? fill[key] : value])) },
    output: [],
  };
  entry.env.PORT = String(entry.port); // -p 4000:4000 publishes the image's port; here a free one
  entry.env.METRICS_PORT = String(await freePort()); // the container's own 9464; here a free one
  running.set(entry.name, entry);
  await start(entry, command);
  const token = (await (
    await fetch(`http://127.0.0.1:${identity.port}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('dev-token:dev-token-secret').toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', huvudman: env.KOMMUN_CODE, roles: 'auditor' }),
    })
  ).json()) as { access_token: string };
  const answer = await fetch(`http://127.0.0.1:${entry.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token.access_token}` },
    body: JSON.stringify({ query: `{ kommunAuditRecords(kommunCode: "${env.KOMMUN_CODE}", limit: 1) { operation } }` }),
  });
  expect({ status: answer.status, body: await answer.json() }).toEqual({ status: 200, body: { data: { kommunAuditRecords: expect.any(Array) } } });
}, 300_000);

test('every compose service of the graph is told who the identity provider is; the healthcheck probes the port it listens on', () => {
  for (const [name, service] of ours) {
    const env = serviceEnvironment(service);
    if (name === 'identity') {
      expect(env.IDP_ISSUER).toBe('http://localhost:4100');
      continue;
    }
    expect({ name, issuer: env.AUTH_ISSUER, discovery: env.AUTH_DISCOVERY_URL }).toEqual({
      name,
      issuer: 'http://localhost:4100',
      discovery: 'http://identity:4100/.well-known/openid-configuration',
    });
    const check = [service.healthcheck?.test ?? []].flat().join(' ');
    expect({ name, probes: check.includes(`127.0.0.1:${containerPort({ ...image, ...env })}/ready`) }).toEqual({ name, probes: true });
  }
});

test('the gateway sees every instance, and a token from the compose identity provider is accepted through it', async () => {
  const gateway = running.get('gateway')!;
  const ready = (await (await fetch(`http://127.0.0.1:${gateway.port}/ready`)).json()) as { allAnswering: boolean; instances: unknown[] };
  expect(ready).toMatchObject({ allAnswering: true });
  expect(ready.instances).toHaveLength(14);

  const identity = running.get('identity')!;
  const issued = await fetch(`http://127.0.0.1:${identity.port}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('dev-token:dev-token-secret').toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', huvudman: '1880', roles: 'auditor' }),
  });
  const { access_token: token } = (await issued.json()) as { access_token: string };
  const answer = await fetch(`http://127.0.0.1:${gateway.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ kommunAuditRecords(kommunCode: "1880", limit: 1) { operation } }' }),
  });
  expect({ status: answer.status, body: await answer.json() }).toEqual({ status: 200, body: { data: { kommunAuditRecords: expect.any(Array) } } });
});
