// docker-compose.yml against the services' contract and the members list (gateway/src/members.ts):
// which services exist, what each runs, health, ports, and how the gateway reaches every instance.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { federationMembers, gatewayService, singleMembers, type ShardedMember } from '@orebro/gateway/src/members';
import { SERVICE_ENTRIES } from '../../scripts/build-services';
import {
  appServices,
  commandFor,
  commandOf,
  dependsOn,
  dockerfileCmd,
  entryFor,
  env,
  expectNoProblems,
  healthcheckText,
  publishedPorts,
  root,
  serviceUrl,
  services,
  shardedMemberOf,
  shardServices,
  subgraphServices,
} from './deployment-files';

const shardedMembers = federationMembers.filter((m): m is ShardedMember => m.sharded);

describe('docker-compose.yml', () => {
  test('has a postgres service, a service per single member and the gateway', () => {
    const missing = ['postgres', ...singleMembers.map((m) => m.name), gatewayService.name].filter((name) => !services[name]);
    expectNoProblems(missing.map((name) => `no service "${name}" in docker-compose.yml`));
  });

  test('every shard key of a sharded member (every kommun) has exactly one instance, and no instance serves another key', () => {
    const problems: string[] = [];
    for (const member of shardedMembers) {
      for (const key of member.shardKeys) {
        const instances = shardServices.filter((name) => env(name, member.shardKeyVariable) === key);
        if (instances.length !== 1) {
          problems.push(
            `${member.name} ${key}: expected exactly one service with ${member.shardKeyVariable}=${key}, found ${instances.length} (${instances.join(', ') || 'none'})`,
          );
        }
      }
    }
    for (const name of shardServices) {
      const member = shardedMemberOf(name)!;
      const key = env(name, member.shardKeyVariable) ?? '';
      if (!member.shardKeys.includes(key))
        problems.push(`service "${name}" has ${member.shardKeyVariable}=${key}, which is not a shard key of ${member.name} (gateway/src/members.ts)`);
      if (name !== `${member.name}-${key}`)
        problems.push(`service "${name}" serves ${member.name} ${key}: name it "${member.name}-${key}" so the gateway's ${member.urlVariable} can name it`);
    }
    expectNoProblems(problems);
  });

  test('every subgraph service runs its own entry file, which exists in the repo', () => {
    const problems: string[] = [];
    for (const name of subgraphServices) {
      const entry = entryFor(name)!;
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
    const expected = commandFor(gatewayService.entry);
    if (!command || command.join(' ') !== expected.join(' ')) {
      problems.push(`gateway: command should be ${JSON.stringify(expected)}, is ${JSON.stringify(command ?? null)}`);
    }
    if (!existsSync(join(root, gatewayService.entry))) problems.push(`the gateway runs ${gatewayService.entry}, which does not exist`);
    if (!SERVICE_ENTRIES.includes(gatewayService.entry)) problems.push(`npm run build:services does not compile the gateway's ${gatewayService.entry}`);
    expectNoProblems(problems);
  });

  test('every service of the graph runs the one image built from this repo', () => {
    const problems: string[] = [];
    const images = new Set(appServices.map((name) => services[name].image));
    if (images.size !== 1) problems.push(`the gateway and subgraphs should share one image, found ${[...images].map(String).join(', ')}`);
    for (const name of appServices) {
      const build = services[name].build;
      const context = typeof build === 'string' ? build : build?.context;
      if (context !== '.' && context !== './')
        problems.push(`service "${name}" should build the repo's Dockerfile (build: .), has ${JSON.stringify(build ?? null)}`);
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
      else if (!check.includes(`:${env(name, 'PORT') ?? '4000'}/ready`))
        problems.push(`service "${name}": the healthcheck should GET /ready on its PORT, is: ${check}`);
      else if (/\bcurl\b|\bwget\b/.test(check)) problems.push(`service "${name}": the healthcheck uses curl/wget, which the slim image lacks: ${check}`);
      const condition = dependsOn(service).postgres;
      if (condition !== 'service_healthy')
        problems.push(`service "${name}" should depend on postgres with condition service_healthy, has ${condition ?? 'no dependency'}`);
      if (service.restart !== 'unless-stopped') problems.push(`service "${name}": restart should be unless-stopped, is ${service.restart ?? 'unset'}`);
      if (publishedPorts(service).length > 0) problems.push(`service "${name}" publishes ports; only the gateway should be reachable from outside`);
    }
    expectNoProblems(problems);
  });

  test('the gateway waits for each single member to be healthy and for every shard instance (kommun) to have started', () => {
    const gatewayDeps = dependsOn(services.gateway ?? {});
    // A kommun instance that never gets healthy must not keep the gateway (and the joint view) down.
    const wanted = (name: string) => (shardServices.includes(name) ? 'service_started' : 'service_healthy');
    const problems = subgraphServices
      .filter((name) => gatewayDeps[name] !== wanted(name))
      .map((name) => `gateway should depend on "${name}" with condition ${wanted(name)}, has ${gatewayDeps[name] ?? 'no dependency'}`);
    for (const dep of Object.keys(gatewayDeps)) if (!services[dep]) problems.push(`gateway depends on "${dep}", which is not a service`);
    expectNoProblems(problems);
  });

  test.each(shardedMembers.map((m) => [m.urlVariable, m] as const))(
    "the gateway's %s lists every shard key (all twelve kommuner), each at its own instance",
    (variable, member) => {
      const problems: string[] = [];
      const raw = env('gateway', variable) ?? '';
      const entries = raw
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      const seen = new Map<string, string>();
      for (const entry of entries) {
        const at = entry.indexOf('=');
        const code = entry.slice(0, at);
        const url = entry.slice(at + 1);
        if (at < 1) {
          problems.push(`${variable} entry "${entry}" is not <key>=<url>`);
          continue;
        }
        if (seen.has(code)) problems.push(`${variable} lists ${member.name} ${code} twice`);
        seen.set(code, url);
        const target = serviceUrl(url);
        const owner = shardServices.find((name) => env(name, member.shardKeyVariable) === code);
        if (!target) problems.push(`${variable}: ${member.name} ${code} has URL "${url}", expected http://<service>:<port>/graphql`);
        else if (!owner) problems.push(`${variable}: ${member.name} ${code} has no service with ${member.shardKeyVariable}=${code}`);
        else if (target.host !== owner)
          problems.push(`${variable}: ${member.name} ${code} points at "${target.host}", but its instance is the service "${owner}"`);
        else if (target.port !== env(owner, 'PORT') || target.path !== '/graphql')
          problems.push(`${variable}: ${member.name} ${code} URL "${url}" should be http://${owner}:${env(owner, 'PORT')}/graphql`);
      }
      for (const key of member.shardKeys) if (!seen.has(key)) problems.push(`${variable} does not list ${member.name} ${key}`);
      expectNoProblems(problems);
    },
  );

  test("each single member's URL variable (SAMVERKAN_URL, REGION_URL) points at its service", () => {
    const problems: string[] = [];
    for (const { urlVariable: variable, name, entry } of singleMembers) {
      const raw = env('gateway', variable);
      const target = serviceUrl(raw);
      if (!target) problems.push(`gateway ${variable} "${raw ?? 'unset'}" should be http://${name}:4000/graphql`);
      else if (!services[target.host]) problems.push(`gateway ${variable} points at "${target.host}", which is not a service`);
      else if (commandOf(services[target.host])?.join(' ') !== commandFor(entry).join(' '))
        problems.push(`gateway ${variable} points at "${target.host}", which does not run the ${name} subgraph`);
      else if (target.port !== env(target.host, 'PORT') || target.path !== '/graphql')
        problems.push(`gateway ${variable} "${raw}" should be http://${target.host}:${env(target.host, 'PORT')}/graphql`);
    }
    expectNoProblems(problems);
  });

  test('every service serves /metrics on its management port 9464 (METRICS_PORT), which none publishes', () => {
    const problems: string[] = [];
    for (const name of [...subgraphServices, 'gateway']) {
      const metricsPort = env(name, 'METRICS_PORT');
      if (metricsPort !== '9464')
        problems.push(`service "${name}": METRICS_PORT should be 9464 (the public port serves no /metrics), is ${metricsPort ?? 'unset'}`);
      for (const port of publishedPorts(services[name] ?? {}))
        if (port.target === metricsPort)
          problems.push(`service "${name}" publishes its metrics port ${port.target}: /metrics is for Prometheus on the compose network`);
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
